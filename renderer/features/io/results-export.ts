import { resultsToLongCsv, resultsToWideCsv } from '../../../shared/io/results-csv';
import { resultsToXlsx, type ResultsExportItem } from '../../../shared/io/results-xlsx';
import { productBenchmarks } from '../../components/results/product-benchmarks';
import { encodeUtf8 } from '../../../shared/io/text';
import type { Scenario } from '../../../shared/model/scenario';
import type { CapacityUnit } from '../../../shared/model/units';
import i18next from 'i18next';
import { capacityUnitFor } from '../../components/fields/capacity';
import { ensembleOf, isStale } from '../../engine/ensemble-results';
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
 * .xlsx workbook (a sheet per scenario, a summary, the sources, the uncertainty
 * analysis where one was run on the scenario as it is), or CSV
 * (wide: the scenarios' tables one under the other; or long). The renderer never
 * computes emissions itself. Capacity in `meta.capacityUnit`, by default the
 * unit the planner reads it in: the setting, or by the UI language 万千瓦 in
 * Chinese and MW in English (capacityUnitFor), as the export dialog says.
 */
export async function resultsFileBytes(
  format: 'xlsx' | 'csv' | 'csvLong',
  scenarios: readonly Scenario[],
  meta: { exportedAt: string; appVersion: string; capacityUnit?: CapacityUnit },
): Promise<Uint8Array> {
  const items: ResultsExportItem[] = [];
  for (const scenario of scenarios) {
    try {
      // the uncertainty analysis goes along when one was run on this very version of the scenario
      const e = ensembleOf(scenario.id);
      const ensemble = e.done && !isStale(e, scenario) ? e.done.results : undefined;
      items.push({ scenario, results: await resultsOf(scenario), ...(ensemble ? { ensemble } : {}) });
    } catch (err) {
      throw new ResultsExportError(scenario.name, err instanceof Error ? err.message : String(err));
    }
  }
  const capacityUnit = meta.capacityUnit ?? capacityUnitFor(i18next.language);
  if (format === 'xlsx') return resultsToXlsx(items, { ...meta, capacityUnit, productLevels: productBenchmarks });
  const options = { capacityUnit };
  return encodeUtf8(format === 'csvLong' ? resultsToLongCsv(items, options) : resultsToWideCsv(items, options));
}
