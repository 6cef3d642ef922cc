import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHash } from '../../../../renderer/navigation/route';
import { loadChartLibrary } from '../../../../renderer/components/chart/load';
import { RepoProvider } from '../../../../renderer/db/RepoContext';
import type { ScenarioRepo } from '../../../../renderer/db/repo';
import { setLanguage } from '../../../../renderer/i18n';
import { freshRepo } from '../../db/fixtures';
import { presetScenario } from '../results/preset';
import { reportApi } from './fake-api';

// happy-dom has no canvas or SVG layout: charts get a stand-in
vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn(), getWidth: () => 0, getHeight: () => 0 })),
}));
vi.setConfig({ testTimeout: 60_000 });

const { ComparePage } = await import('../../../../renderer/features/compare/ComparePage');
const { ReportPage } = await import('../../../../renderer/features/report/ReportPage');

const BASE = 'qingyuan-baseline';
const POLICY = 'qingyuan-policy';
const IDS = [BASE, POLICY];

let repo: ScenarioRepo;

beforeAll(() => loadChartLibrary());
beforeEach(async () => {
  await setLanguage('zh');
  ({ repo } = await freshRepo({ presets: IDS.map((id) => presetScenario(id)) }));
  window.api = reportApi();
});
afterEach(() => {
  cleanup();
  delete window.api;
});

type Cell = { value: string | null; diff: string | null; diffPct: string | null };
const cellOf = (el: Element): Cell => ({ value: el.getAttribute('data-value'), diff: el.getAttribute('data-diff'), diffPct: el.getAttribute('data-diff-pct') });

/** Key figures by `${metric}-${year or 'all'}-${scenario id}`, and target-matrix verdicts by `${row}|${scenario id}`. */
type Tables = { figures: Map<string, Cell>; matrix: Map<string, { met: string | null; targets: number }>; rowOrder: string[]; lmdiTotal: number };

async function screenTables(query: string): Promise<Tables & { printHref: string }> {
  window.location.hash = `#/compare?${query}`;
  render(
    <RepoProvider repo={repo}>
      <ComparePage query={query} />
    </RepoProvider>,
  );
  const table = await screen.findByTestId('compare-table', {}, { timeout: 30_000 });
  const figures = new Map<string, Cell>();
  for (const el of table.querySelectorAll('[data-testid^="compare-cell-"]')) {
    const rest = el.getAttribute('data-testid')!.slice('compare-cell-'.length);
    const id = IDS.find((x) => rest.startsWith(`${x}-`))!;
    figures.set(`${rest.slice(id.length + 1)}-${id}`, cellOf(el));
  }
  const matrix = new Map<string, { met: string | null; targets: number }>();
  const rows = within(screen.getByTestId('target-matrix')).getAllByTestId(/^matrix-row-/);
  const rowOrder = rows.map((r) => r.getAttribute('data-testid')!.slice('matrix-row-'.length));
  for (const key of rowOrder) {
    for (const id of IDS) {
      const c = screen.getByTestId(`matrix-cell-${id}-${key}`);
      matrix.set(`${key}|${id}`, { met: c.getAttribute('data-met'), targets: c.querySelectorAll('.cmp-matrix-target').length });
    }
  }
  const lmdiTotal = Number(screen.getByTestId('lmdi-total').getAttribute('data-value'));
  const printHref = screen.getByTestId('btn-print-compare').getAttribute('href')!;
  cleanup();
  return { figures, matrix, rowOrder, lmdiTotal, printHref };
}

async function printedTables(href: string): Promise<Tables> {
  const route = parseHash(href);
  if (route.name !== 'compareReport') throw new Error(`not a comparison report: ${href}`);
  render(
    <RepoProvider repo={repo}>
      <ReportPage ids={route.ids} years={route.years} lmdiYear={route.lmdiYear} compare />
    </RepoProvider>,
  );
  await waitFor(() => expect(screen.getByTestId('report-page')).toHaveAttribute('data-ready', 'true'), { timeout: 30_000 });
  const figures = new Map<string, Cell>();
  for (const el of document.querySelectorAll('td[data-testid^="report-figure-"]')) {
    figures.set(el.getAttribute('data-testid')!.slice('report-figure-'.length), cellOf(el));
  }
  const rows = screen.getAllByTestId(/^report-matrix-/).filter((el) => el.tagName === 'TR');
  const rowOrder = rows.map((r) => r.getAttribute('data-testid')!.slice('report-matrix-'.length));
  const matrix = new Map<string, { met: string | null; targets: number }>();
  for (const key of rowOrder) {
    for (const id of IDS) {
      const c = screen.getByTestId(`report-matrix-${key}-${id}`);
      matrix.set(`${key}|${id}`, { met: c.getAttribute('data-met'), targets: c.querySelectorAll('.report-matrix-target').length });
    }
  }
  const lmdiTotal = Number(screen.getByTestId(`report-why-total-${POLICY}`).getAttribute('data-value'));
  cleanup();
  return { figures, matrix, rowOrder, lmdiTotal };
}

describe('the printed comparison shows what the compare page shows', () => {
  it.each([
    ['the default years', `ids=${BASE},${POLICY}`],
    ['years and a decomposition year chosen on the page', `ids=${BASE},${POLICY}&years=2025,2028,2040&lmdiYear=2035`],
  ])('qingyuan-baseline vs qingyuan-policy, %s', async (_what, query) => {
    const onScreen = await screenTables(query);
    const printed = await printedTables(onScreen.printHref);
    // same key figures, cell by cell: value, difference and relative difference to the reference
    expect(onScreen.figures.size).toBeGreaterThan(0);
    expect(printed.figures).toEqual(onScreen.figures);
    // same target rows in the same order, same verdict and number of targets per cell
    expect(printed.rowOrder).toEqual(onScreen.rowOrder);
    expect(printed.matrix).toEqual(onScreen.matrix);
    // same year of the CO2-gap decomposition
    expect(printed.lmdiTotal).toBe(onScreen.lmdiTotal);
  });

  it('the chosen years reach the report', async () => {
    const onScreen = await screenTables(`ids=${BASE},${POLICY}&years=2025,2028,2040&lmdiYear=2035`);
    expect(onScreen.printHref).toBe(`#/report?ids=${BASE},${POLICY}&years=2025,2028,2040&lmdiYear=2035`);
    // 2028 and 2040 are in both tables; 2030 (a default year) in neither
    expect(onScreen.figures.has(`co2-2028-${POLICY}`)).toBe(true);
    expect(onScreen.figures.has(`co2-2030-${POLICY}`)).toBe(false);
  });
});
