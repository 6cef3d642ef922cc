import { describe, expect, it } from 'vitest';
import { PRESETS, presetById } from '../../../../seeds/index';
import { computeHeadline } from '../../../../shared/engine/hourly/with-hourly';
import { prepareScenario } from '../../../../shared/engine/prepare';
import { resolveSeries } from '../../../../shared/engine/series';
import { runScenario } from '../../../../shared/engine/run';
import { neutralValues, prepareKernel, runVariant, SLOT, variantOut } from '../../../../shared/engine/ensemble/kernel';
import { runEnsemble } from '../../../../shared/engine/ensemble/index';
import { FUELS, PLAN_SECTORS, type Scenario } from '../../../../shared/model/scenario';
import type { YearPoint } from '../../../../shared/model/series';
import { withIndustry } from './industry-fixture';

/**
 * The product inputs and the coal share off their central values: the kernel must give what the engine gives for
 * the scenario with the same change typed in by hand (every year's value written as a point, the factor or shift
 * applied from the first year the ranges act on). The kernel scales the products' summed energy by the two factors
 * where the engine multiplies each route's terms, so the two agree up to the rounding of the last bits.
 */

const OUTPUT = 1.1;
const UNIT = 0.96;
const COAL = 3;

/** A path written as one point a year, `f(value, yearIndex)` from the resolved values. */
const points = (values: Float64Array, baseYear: number, f: (v: number, i: number) => number): YearPoint[] =>
  Array.from(values, (v, i) => ({ year: baseYear + i, value: f(v, i) }));

/** The scenario with the product factors and the coal shift applied by hand from year index `first` on. */
function byHand(s: Scenario, first: number, output: number, unit: number, coal: number): Scenario {
  const p = prepareScenario(s, resolveSeries);
  const out = structuredClone(s);
  const live = (i: number) => i >= first;
  out.industry!.products = out.industry!.products.map((prod, j) => {
    const pp = p.industry.products[j]!;
    return {
      ...prod,
      outputWanT: points(pp.outputWanT, s.baseYear, (v, i) => (live(i) ? v * output : v)),
      routes: prod.routes.map((r, k) => ({
        ...r,
        unitEnergyKgcePerT: points(pp.routes[k]!.unitEnergyKgcePerT, s.baseYear, (v, i) => (live(i) ? v * unit : v)),
      })),
    };
  });
  if (coal !== 0) {
    // the rule: coal's share + shift (held to 0–100), the other fuels scaled in proportion to fill the rest
    const shares = p.fuelSharePct.industry;
    const shifted = (fuel: (typeof FUELS)[number]) =>
      points(shares[fuel], s.baseYear, (v, i) => {
        if (!live(i)) return v;
        const c = Math.min(100, Math.max(0, shares.coal[i]! + coal));
        if (fuel === 'coal') return c;
        const others = FUELS.filter((f) => f !== 'coal').reduce((sum, f) => sum + shares[f][i]!, 0);
        return (v / others) * (100 - c);
      });
    out.energy.sectors.industry.fuelSharesPct = Object.fromEntries(FUELS.map((f) => [f, shifted(f)])) as typeof out.energy.sectors.industry.fuelSharesPct;
  }
  return out;
}

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-11 * Math.max(1, Math.abs(b)));

function expectMirrors(s: Scenario, output: number, unit: number, coal: number) {
  const k = prepareKernel(s, resolveSeries, 0);
  const x = neutralValues();
  x[SLOT.productOutput] = output;
  x[SLOT.productUnitEnergy] = unit;
  x[SLOT.industryCoalShare] = coal;
  const out = variantOut(k.count);
  expect(runVariant(k, x, out)).toBe(true);
  const engine = computeHeadline(prepareScenario(byHand(s, k.first, output, unit, coal), resolveSeries));
  engine.years.forEach((y, i) => {
    close(out.co2[i]!, y.co2);
    close(out.co2Judged[i]!, y.co2Judged);
    close(out.energyAssessed[i]!, y.energyAssessed);
    close(out.energyPerGdpAssessed[i]!, y.energyPerGdpAssessed);
    close(out.nonFossilShare[i]!, y.nonFossilShare);
    if (k.sectors) PLAN_SECTORS.forEach((sector, j) => close(out.sectorJudged[j]![i]!, y.sectorCo2[sector].judged));
  });
  return { k, out, engine };
}

describe('the key products’ inputs in the ensemble', () => {
  it('output × 1.1 and unit energy × 0.96 move the products’ energy by 1.056 and output-driven process CO2 by 1.1, from the year after the base', () => {
    const s = withIndustry(presetById('shaoguan-baseline')!);
    const k = prepareKernel(s, resolveSeries, 0);
    const central = runScenario(s);
    const moved = runScenario(byHand(s, k.first, OUTPUT, UNIT, 0));
    // energy = output × share × unit energy × fuel share: 1.1 × 0.96 = 1.056 on every product and fuel in 2030
    const i2030 = 2030 - s.baseYear;
    central.years[i2030]!.products.forEach((prod, j) => {
      for (const f of FUELS) close(moved.years[i2030]!.products[j]!.energyByFuel[f], prod.energyByFuel[f] * 1.056);
    });
    // clinker's process CO2 is output × 0.538: × 1.1; the flux on its own path (5 → 1 万t over 2020–2040) is not moved
    const proc = (r: typeof central, id: string) => r.years[i2030]!.processCo2ById[id]!;
    close(proc(moved, 'fx-clinker-process'), proc(central, 'fx-clinker-process') * 1.1);
    expect(proc(moved, 'fx-flux')).toBe(proc(central, 'fx-flux'));
    // 5 + (1 − 5) × 10/20 = 3 万t of limestone × 0.44 tCO2/t = 1.32 万tCO2
    close(proc(central, 'fx-flux'), 1.32);
    // the base year is not moved: the products are carved out of the same industry, the total is the same
    expect(k.first).toBe(1);
    expect(moved.years[0]!.energy).toBe(central.years[0]!.energy);
    expect(moved.years[0]!.co2).toBe(central.years[0]!.co2);
  });

  it('the kernel off its central values is the engine with the change typed in, for every preset', () => {
    for (const p of PRESETS) {
      const s = withIndustry(p);
      expectMirrors(s, OUTPUT, UNIT, 0);
      expectMirrors(s, 0.85, 1.05, 0);
      expectMirrors({ ...s, accounting: { ...s.accounting, peakScope: 'energy' } }, OUTPUT, UNIT, 0);
      // the presets as they are, with their own products and the peak on energy CO2
      expectMirrors(p, OUTPUT, UNIT, 0);
    }
  });

  it('the kernel follows a published year: the factors act only after it', () => {
    const s = withIndustry(presetById('qingyuan-policy')!);
    const energy2023 = runScenario(s).years.find((y) => y.year === 2023)!.energy;
    s.history = { ...s.history, energyWanTce: { '2023': { value: energy2023 * 1.03, source: { kind: 'assumed', reason: 'test value' } } } };
    const { k, out, engine } = expectMirrors(s, OUTPUT, UNIT, 0);
    // 2023 is published: the ranges act from 2024 on, and 2023 keeps the central run's CO2
    expect(k.baseYear + k.first).toBe(2024);
    const central = computeHeadline(prepareScenario(s, resolveSeries));
    expect(out.co2[3]).toBe(central.years[3]!.co2);
    expect(engine.years[4]!.co2).not.toBe(central.years[4]!.co2);
  });

  it('the coal share moves the coal of the industry left on the intensity path, never the products’ own coal', () => {
    for (const p of PRESETS) {
      const s = withIndustry(p);
      const { k, engine } = expectMirrors(s, 1, 1, COAL);
      expectMirrors(s, OUTPUT, UNIT, -COAL);
      // the products' coal comes from their routes' fuel mix: the same under the shift
      const central = runScenario(s);
      const i2030 = 2030 - k.baseYear;
      engine.years[i2030]!.products.forEach((prod, j) => expect(prod.energyByFuel.coal).toBe(central.years[i2030]!.products[j]!.energyByFuel.coal));
    }
  });

  it('the tornado and the bands take the product inputs where the scenario has products', () => {
    const s = presetById('shaoguan-baseline')!;
    const e = runEnsemble(s, { runs: 50, seed: 3 });
    expect(e.inputs.map((r) => r.input)).toEqual(expect.arrayContaining(['productOutput', 'productUnitEnergy']));
    const bar = e.tornado.find((b) => b.input === 'productOutput')!;
    // more output, more energy and CO2 in 2030: the high end above the low
    expect(bar.atHigh).toBeGreaterThan(bar.atLow);
    expect(e.failed).toBe(0);
  });
});
