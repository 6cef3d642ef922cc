import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../shared/engine/run';
import { resolveSeries, type ScenarioIssue } from '../../../shared/engine/series';
import type { Scenario } from '../../../shared/model/scenario';
import type { Series } from '../../../shared/model/series';
import { makeScenario } from '../../helpers/make-scenario';
import { yearOf } from '../build';

/** Resolves for 2020–2030 (base year 2020). */
function resolve(series: Series): { values: number[]; issues: ScenarioIssue[] } {
  const issues: ScenarioIssue[] = [];
  const values = [...resolveSeries(series, 'x', 2020, 11, 2020, issues)];
  return { values, issues };
}

describe('resolveSeries: the three forms', () => {
  it('a number is the same every year', () => {
    expect(resolve(7.5)).toEqual({ values: Array(11).fill(7.5), issues: [] });
  });

  it('a point list: linear between points, held before the first and after the last', () => {
    // 2020: 10 (held); 2022: 10; 2024: 10 + (20 − 10) × 2/4 = 15; 2026: 20; 2030: 20 (held)
    const { values, issues } = resolve([{ year: 2022, value: 10 }, { year: 2026, value: 20 }]);
    expect(issues).toEqual([]);
    expect(values).toEqual([10, 10, 10, 12.5, 15, 17.5, 20, 20, 20, 20, 20]);
  });

  it('a point list whose years do not increase is reported at the offending point', () => {
    const { issues } = resolve([{ year: 2020, value: 1 }, { year: 2025, value: 2 }, { year: 2025, value: 3 }]);
    expect(issues).toEqual([{ path: 'x[2].year', code: 'series.yearsIncrease', params: {} }]);
  });

  it('an expression: interp / step / growth / year', () => {
    expect(resolve({ expr: 'interp(2021, 6, 2030, 4.5)' }).values[5]).toBeCloseTo(5.333333, 6); // 6 − 1.5 × 4/9
    expect(resolve({ expr: 'step(2025, 0.45, 2030, 0.4)' }).values).toEqual([...Array(10).fill(0.45), 0.4]);
    expect(resolve({ expr: 'growth(2)', baseValue: 50 }).values[5]).toBeCloseTo(55.20404, 6); // 50 × 1.02^5
    expect(resolve({ expr: '(year - 2020) / 2' }).values).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
  });

  it('a constant expression fills every year', () => {
    expect(resolve({ expr: '4 * 0.25 + 1' }).values).toEqual(Array(11).fill(2));
  });

  it('expression problems are reported at `.expr`, with the year for evaluation errors', () => {
    expect(resolve({ expr: 'year +' }).issues).toEqual([
      { path: 'x.expr', code: 'expr.errorAt', params: { position: 7, error: { code: 'expr.syntax', params: { detail: 'Unexpected end of expression' } } } },
    ]);
    expect(resolve({ expr: 'growth(2)' }).issues).toEqual([{ path: 'x.expr', code: 'expr.growthBase', params: {} }]);
    expect(resolve({ expr: '10 / (year - 2024)' }).issues).toEqual([{ path: 'x.expr', code: 'expr.value', params: { value: Infinity, year: 2024 } }]);
  });

  it('the interp expression and the equivalent point list resolve identically', () => {
    const pts = resolve([{ year: 2021, value: 6 }, { year: 2025, value: 5 }, { year: 2030, value: 4.5 }]).values;
    const expr = resolve({ expr: 'interp(2021, 6, 2025, 5, 2030, 4.5)' }).values;
    expect(expr).toEqual(pts);
  });
});

describe('series forms inside a run', () => {
  const run = (edit: (s: Scenario) => void) => runScenario(makeScenario(edit));

  it('an expression series gives the same results as the equivalent point list', () => {
    const byPoints = run((s) => {
      s.economy.gdpGrowthPct = [{ year: 2021, value: 6 }, { year: 2030, value: 4.5 }];
      s.energy.intensityDeclinePct = [{ year: 2021, value: 3 }, { year: 2025, value: 3 }, { year: 2026, value: 5 }];
      s.electricity.gridEmissionFactor = [{ year: 2020, value: 0.5 }, { year: 2030, value: 0.4 }];
    });
    const byExpr = run((s) => {
      s.economy.gdpGrowthPct = { expr: 'interp(2021, 6, 2030, 4.5)' };
      s.energy.intensityDeclinePct = { expr: 'step(2021, 3, 2026, 5)' };
      s.electricity.gridEmissionFactor = { expr: 'interp(2020, 0.5, 2030, 0.4)' };
    });
    expect(byExpr).toEqual(byPoints);
  });

  it('growth(rate) with baseValue drives population', () => {
    // population 2025 = 50 × 1.02^5 = 55.204040 万人; CO2 156.366965 / 55.204040 = 2.832528 t/人
    const y = yearOf(run((s) => { s.populationWan = { expr: 'growth(2)', baseValue: 50 }; }), 2025);
    expect(y.population).toBeCloseTo(55.20404, 6);
    expect(y.co2PerCapita).toBeCloseTo(2.832528, 6);
  });

  it('a constant expression equals the plain number', () => {
    expect(run((s) => { s.economy.gdpGrowthPct = { expr: '10 / 2' }; })).toEqual(run((s) => { s.economy.gdpGrowthPct = 5; }));
  });
});
