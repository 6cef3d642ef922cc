import { resultsToLongCsv, resultsToWideCsv } from '../../../shared/io/results-csv';
import { resultsToXlsx, type ResultsExportItem } from '../../../shared/io/results-xlsx';
import { encodeUtf8 } from '../../../shared/io/text';
import type { Scenario } from '../../../shared/model/scenario';
import { resultsOf } from '../../engine/outcomes';

/** A scenario the engine refused; names it so the user knows which. */
export class ResultsExportError extends Error {
  override name = 'ResultsExportError';
  constructor(readonly scenarioName: string, readonly detail: string) {
    super(`${scenarioName}: ${detail}`);
  }
}

/**
 * Computes each scenario with the engine (worker) and builds the file: an
 * .xlsx workbook (a sheet per scenario, a summary, the sources), or CSV
 * (wide: the scenarios' tables one under the other; or long). The renderer never
 * computes emissions itself.
 */
export async function resultsFileBytes(
  format: 'xlsx' | 'csv' | 'csvLong',
  scenarios: readonly Scenario[],
  meta: { exportedAt: string; appVersion: string },
): Promise<Uint8Array> {
  const items: ResultsExportItem[] = [];
  for (const scenario of scenarios) {
    try {
      items.push({ scenario, results: await resultsOf(scenario) });
    } catch (err) {
      throw new ResultsExportError(scenario.name, err instanceof Error ? err.message : String(err));
    }
  }
  if (format === 'xlsx') return resultsToXlsx(items, meta);
  return encodeUtf8(format === 'csvLong' ? resultsToLongCsv(items) : resultsToWideCsv(items));
}
