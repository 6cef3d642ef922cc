import { describe, expect, it } from 'vitest';
import { plainAndExpressionForms } from '../../bench/engine';
import { runScenario } from '../../shared/engine/run';
import { PRESETS } from '../../seeds/index';

/**
 * The engine benchmark times each preset in two forms that must give the same
 * results: every series as yearly numbers, and every series as an expression
 * through the same points. A field that is a number but no series (a plant's
 * commissioning month, a tolerance) must stay as it is, or the benchmark
 * times a scenario the engine refuses.
 */
describe('the engine benchmark’s two forms of a preset', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: both run and agree year by year', (_id, preset) => {
    const { plain, expr, count } = plainAndExpressionForms({ ...preset, endYear: 2060 });
    expect(count).toBeGreaterThan(50);
    const a = runScenario(plain).years;
    const b = runScenario(expr).years;
    expect(b).toHaveLength(a.length);
    // interp() through every year's point gives that year's value: equal to rounding
    b.forEach((y, i) => expect(y.co2).toBeCloseTo(a[i]!.co2, 6));
  });
});
