import { describe, expect, it } from 'vitest';
import {
  againstReference,
  cellVerdict,
  co2Gaps,
  commonYears,
  defaultTableYears,
  diffVerdict,
  horizonOf,
  keyFigures,
  keyFigureTable,
  lmdiYearFor,
  peakFigures,
  tableYears,
  targetMatrix,
  targetsMet,
} from '../../../shared/engine/compare';
import type { ScenarioResults, TargetStatus, YearResult } from '../../../shared/engine/results';
import { runScenario } from '../../../shared/engine/run';
import { presetById } from '../../../seeds/index';

/** A results object with only what the comparison reads: years (from `base`), peak and targets. */
function results(
  id: string,
  base: number,
  end: number,
  year: (y: number) => Partial<YearResult>,
  peak: ScenarioResults['peak'],
  targets: Partial<TargetStatus>[] = [],
): ScenarioResults {
  const years = Array.from({ length: end - base + 1 }, (_, i) => ({ year: base + i, ...year(base + i) }) as YearResult);
  return {
    scenarioId: id,
    baseYear: base,
    endYear: end,
    years,
    peak,
    targets: targets.map((t, i) => ({ id: `${id}-t${i}`, label: '', metric: 'peakYear', year: 2030, target: 0, actual: null, met: null, margin: null, unit: '%', binding: true, ...t })),
  } as unknown as ScenarioResults;
}

/** A peak as findPeak reports it, holding exactly when it lies within the horizon (no rebound). */
const peakAt = (year: number, co2: number, withinHorizon: boolean): ScenarioResults['peak'] => ({
  year, co2, withinHorizon, scope: 'energy', tolerancePct: 2, plateau: { fromYear: year, toYear: year }, rebound: null, holds: withinHorizon, reachedYear: year,
});

const cap = (hydro: number, pv: number) => ({ capacityMW: { hydro, pv, wind: 30, biomass: 20, coal: 600, gas: 50 } });

// A (2020–2030): CO2 200 and non-fossil 20 % in 2025, renewables 100 + 50 + 30 + 20 = 200 MW (coal and gas not counted).
const A = results('a', 2020, 2030, (y) => ({ co2: y === 2025 ? 200 : 100, nonFossilShare: 20, gdp: 1000, ...cap(100, 50) }), peakAt(2028, 210, true));
// B (2020–2030): CO2 150, non-fossil 25 %, renewables 100 + 150 + 30 + 20 = 300 MW; peaks in 2025.
const B = results('b', 2020, 2030, (y) => ({ co2: y === 2025 ? 150 : 100, nonFossilShare: 25, gdp: 0, ...cap(100, 150) }), peakAt(2025, 150, true));
// C (2022–2035): still rising at its end, so no peak year.
const C = results('c', 2022, 2035, () => ({ co2: 300, nonFossilShare: 30, gdp: 500, ...cap(0, 0) }), peakAt(2035, 300, false));

describe('key figures against the first scenario', () => {
  it('differences in the unit and in % of the reference; none for the reference or a missing value', () => {
    expect(againstReference([200, 150, null, 200])).toEqual([
      { value: 200, diff: null, diffPct: null },
      // 150 − 200 = −50; −50 / 200 = −25 %
      { value: 150, diff: -50, diffPct: -25 },
      { value: null, diff: null, diffPct: null },
      { value: 200, diff: 0, diffPct: 0 },
    ]);
    // a reference of 0 has no relative difference
    expect(againstReference([0, 5])[1]).toEqual({ value: 5, diff: 5, diffPct: null });
    expect(againstReference([2030, 2027], false)[1]).toEqual({ value: 2027, diff: -3, diffPct: null });
  });

  it('renewable capacity is hydro + PV + wind + biomass in operation', () => {
    // 300 − 200 = +100 MW, +50 %
    expect(keyFigures([A, B], 'renewableCapacity', 2025)).toEqual([
      { value: 200, diff: null, diffPct: null },
      { value: 300, diff: 100, diffPct: 50 },
    ]);
    // a share's difference: 25 − 20 = 5 percentage points, 25 % of the reference
    expect(keyFigures([A, B], 'nonFossilShare', 2025)[1]).toEqual({ value: 25, diff: 5, diffPct: 25 });
    // 2035 is outside A's horizon: no reference, no difference
    expect(keyFigures([A, C], 'co2', 2035)).toEqual([
      { value: null, diff: null, diffPct: null },
      { value: 300, diff: null, diffPct: null },
    ]);
  });

  it('peak year in years (no %), peak CO2 in 万tCO2 and %; a scenario that has not peaked has no peak year', () => {
    const p = peakFigures([A, B, C]);
    // 2025 − 2028 = −3 years
    expect(p.year).toEqual([
      { value: 2028, diff: null, diffPct: null },
      { value: 2025, diff: -3, diffPct: null },
      { value: null, diff: null, diffPct: null },
    ]);
    // 150 − 210 = −60; −60 / 210 = −28.571… %
    expect(p.co2[1]!.diff).toBe(-60);
    expect(p.co2[1]!.diffPct).toBeCloseTo(-28.5714285714, 9);
  });

  it('a peak followed by a rebound has no peak year either (its CO2 is still the highest value)', () => {
    const rebounding = { ...B, peak: { ...peakAt(2025, 150, true), rebound: { year: 2029, co2: 140, fromYear: 2027, fromCo2: 70 }, holds: false } };
    const p = peakFigures([A, rebounding]);
    expect(p.year[1]).toEqual({ value: null, diff: null, diffPct: null });
    expect(p.co2[1]!.value).toBe(150);
  });

  it('the table: a group per year with every key metric, then the peak', () => {
    const table = keyFigureTable([A, B], [2025, 2030]);
    expect(table.map((g) => g.year)).toEqual([2025, 2030, null]);
    expect(table[0]!.rows.map((r) => r.metric)).toEqual(['gdp', 'energy', 'co2', 'co2PerGdp', 'energyPerGdp', 'nonFossilShare', 'renewableCapacity']);
    expect(table[0]!.rows.find((r) => r.metric === 'co2')!.figures[1]).toEqual({ value: 150, diff: -50, diffPct: -25 });
    // 2030: 100 and 100, no difference
    expect(table[1]!.rows.find((r) => r.metric === 'co2')!.figures[1]).toEqual({ value: 100, diff: 0, diffPct: 0 });
    expect(table[2]!.rows.map((r) => r.metric)).toEqual(['peakYear', 'peakCo2']);
  });

  it('judges a difference by which way is better', () => {
    expect(diffVerdict('co2', -1)).toBe('better');
    expect(diffVerdict('nonFossilShare', -1)).toBe('worse');
    expect(diffVerdict('renewableCapacity', 100)).toBe('better');
    expect(diffVerdict('peakYear', 2)).toBe('worse');
    expect(diffVerdict('gdp', -100)).toBeNull();
    expect(diffVerdict('co2', 0)).toBeNull();
    expect(diffVerdict('co2', null)).toBeNull();
  });

  it('reads the engine results of the presets', () => {
    const a = runScenario(presetById('qingyuan-baseline')!);
    const b = runScenario(presetById('qingyuan-policy')!);
    const [fa, fb] = keyFigures([a, b], 'co2', 2030);
    // base year 2020: 2030 is the eleventh year
    expect(fa!.value).toBe(a.years[10]!.co2);
    expect(fb!.diff).toBeCloseTo(b.years[10]!.co2 - a.years[10]!.co2, 9);
  });
});

describe('years of the comparison', () => {
  it('horizon and common years', () => {
    expect(horizonOf([A, C])).toEqual({ from: 2020, to: 2035 });
    // 2022–2030: 9 years
    expect(commonYears([A, C])).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('table years: the chosen ones (or the milestones) within the joint horizon', () => {
    expect(defaultTableYears(2020, 2060)).toEqual([2025, 2030, 2035, 2060]);
    expect(defaultTableYears(2020, 2024)).toEqual([2024]);
    expect(tableYears([A, C], null)).toEqual([2025, 2030, 2035]);
    expect(tableYears([A, C], [2019, 2030, 2040])).toEqual([2030]);
    expect(tableYears([A, C], [])).toEqual([]);
  });

  it('decomposition year: the chosen one when shared, else 2030, else the last common year', () => {
    expect(lmdiYearFor(2040, [2020, 2030, 2040])).toBe(2040);
    expect(lmdiYearFor(2070, [2020, 2030, 2040])).toBe(2030);
    expect(lmdiYearFor(null, [2020, 2021])).toBe(2021);
    expect(lmdiYearFor(null, [])).toBeNull();
  });
});

describe('CO2 gaps by driver', () => {
  it('each scenario against the first: the drivers add up to the gap in CO2', () => {
    const a = runScenario(presetById('qingyuan-baseline')!);
    const b = runScenario(presetById('qingyuan-policy')!);
    const gaps = co2Gaps([a, b], 2030);
    expect(gaps.drivers).toHaveLength(9);
    const sum = gaps.drivers.reduce((s, d) => s + d.values[0]!, 0);
    expect(gaps.totals[0]).toBeCloseTo(b.years[10]!.co2 - a.years[10]!.co2, 9);
    expect(sum).toBeCloseTo(gaps.totals[0]!, 6);
  });
});

describe('target matrix', () => {
  const a = results('a', 2020, 2030, () => ({}), A.peak, [
    { metric: 'peakYear', year: 2030, met: true },
    { metric: 'co2IntensityReduction', fromYear: 2020, year: 2025, met: true },
  ]);
  const b = results('b', 2020, 2030, () => ({}), B.peak, [
    { metric: 'nonFossilShare', year: 2025, met: false },
    { metric: 'co2IntensityReduction', fromYear: 2020, year: 2025, met: true },
    { metric: 'co2IntensityReduction', fromYear: 2020, year: 2025, met: null, binding: false },
  ]);

  it('one row per metric and period, by year then metric; a cell per scenario with its own targets', () => {
    const rows = targetMatrix([a, b]);
    // 2025: CO2 intensity before non-fossil share (metric order); then 2030
    expect(rows.map((r) => r.key)).toEqual(['co2IntensityReduction-2020-2025', 'nonFossilShare-2025', 'peakYear-2030']);
    expect(rows.map((r) => r.cells.map((c) => c.length))).toEqual([
      [1, 2],
      [0, 1],
      [1, 0],
    ]);
    expect(rows[0]!.fromYear).toBe(2020);
    expect(rows[1]!.fromYear).toBeUndefined();
  });

  it('a cell is missed when one of its targets is, met when all are, else unknown', () => {
    const [co2, share, peak] = targetMatrix([a, b]);
    expect(cellVerdict(co2!.cells[0]!)).toBe('true');
    // met and outside the horizon
    expect(cellVerdict(co2!.cells[1]!)).toBe('unknown');
    expect(cellVerdict(share!.cells[1]!)).toBe('false');
    expect(cellVerdict(peak!.cells[1]!)).toBe('none');
  });

  it('counts the judged targets met', () => {
    // b: one missed, one met, one not judged
    expect(targetsMet(b)).toEqual({ met: 1, total: 2 });
  });
});
