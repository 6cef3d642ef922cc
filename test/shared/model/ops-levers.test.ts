import { describe, expect, it } from 'vitest';
import { resolvePlainSeries } from '../../../shared/engine/series-values';
import type { TypicalHours } from '../../../shared/model/ops';
import { applyLever, buildoutYears, gridFactorPath, readLever, shiftSeries, type LeverContext, type ValueInYear } from '../../../shared/model/ops-levers';
import { validateScenario } from '../../../shared/model/validate';
import { makeScenario } from '../../helpers/make-scenario';
import { gen } from '../build';

/** Numbers and point lists, as the engine resolves them (these tests use no expressions). */
const valueInYear: ValueInYear = (series, year, base, end) => {
  if (typeof series === 'object' && !Array.isArray(series)) return undefined;
  return resolvePlainSeries(series, '', base, Math.max(end, year) - base + 1, [])[Math.max(0, year - base)];
};
const HOURS: TypicalHours = { pv: 1000, wind: 2000, hydro: 3000, biomass: 5000, coal: 4000, gas: 3500 };
const ctx: LeverContext = { valueInYear, hours: HOURS, buildoutName: (type, year) => `${type}-name-${year}` };

describe('levers', () => {
  it('growth: a constant is replaced, a path is shifted keeping its shape', () => {
    const s = makeScenario();
    expect(applyLever(s, 'gdpGrowth', 6.5, ctx).economy.gdpGrowthPct).toBe(6.5);
    const path = makeScenario((x) => {
      x.economy.gdpGrowthPct = [
        { year: 2021, value: 6 },
        { year: 2030, value: 4 },
      ];
    });
    // the lever reads 2021 (6); moving it to 7 shifts every point by +1
    expect(readLever(path, 'gdpGrowth', valueInYear)).toBe(6);
    expect(applyLever(path, 'gdpGrowth', 7, ctx).economy.gdpGrowthPct).toEqual([
      { year: 2021, value: 7 },
      { year: 2030, value: 5 },
    ]);
    expect(shiftSeries({ expr: 'interp(2020, 6, 2030, 4)' }, 1)).toEqual({ expr: '(interp(2020, 6, 2030, 4)) + (1)' });
    expect(shiftSeries({ expr: '(interp(2020, 6, 2030, 4)) + (1)' }, -1)).toEqual({ expr: 'interp(2020, 6, 2030, 4)' });
  });

  it('PV build-out: a project a year within the horizon, with the typical PV hours; 0 removes them', () => {
    // horizon 2020–2030: build-out years 2026–2030 (not to 2035)
    const s = makeScenario((x) => {
      x.electricity.projects = [gen('x', 'hydro', 5, 3000)];
      x.sources['electricity.projects[id=x].capacityMW'] = { kind: 'user' };
    });
    expect(buildoutYears(s)).toEqual({ from: 2026, to: 2030 });
    const next = applyLever(s, 'pvBuildout', 200, ctx);
    const rows = next.electricity.projects.filter((p) => p.id.startsWith('buildout-pv-'));
    expect(rows.map((p) => [p.commissioningYear, p.capacityMW, p.utilisationHours])).toEqual([2026, 2027, 2028, 2029, 2030].map((y) => [y, 200, 1000]));
    expect(readLever(next, 'pvBuildout', valueInYear)).toBe(200);
    expect(validateScenario(next).ok).toBe(true);
    const none = applyLever(next, 'pvBuildout', 0, ctx);
    expect(none.electricity.projects.map((p) => p.id)).toEqual(['x']);
    expect(none.sources['electricity.projects[id=x].capacityMW']).toEqual({ kind: 'user' });
  });

  it('grid factor: a straight path from the base-year value to the 2030 value', () => {
    const s = makeScenario();
    expect(gridFactorPath(s, 0.4, valueInYear)).toEqual([
      { year: 2020, value: 0.5 },
      { year: 2030, value: 0.4 },
    ]);
    expect(readLever(applyLever(s, 'gridFactor', 0.4, ctx), 'gridFactor', valueInYear)).toBeCloseTo(0.4, 12);
  });

  it('industry coal share: 2030 set on a straight line from the unchanged base year, the other fuels rescaled', () => {
    // coal 60, electricity 40 in every year → coal 30 in 2030: electricity takes the whole rest, 70;
    // the base year keeps its statistics (60 / 40), so products carved out of it still fit
    const s = makeScenario();
    const next = applyLever(s, 'coalShare', 30, ctx);
    const mix = next.energy.sectors.industry.fuelSharesPct;
    expect(mix.coal).toEqual([{ year: s.baseYear, value: 60 }, { year: 2030, value: 30 }]);
    expect(mix.electricity).toEqual([{ year: s.baseYear, value: 40 }, { year: 2030, value: 70 }]);
    expect(mix.gas).toEqual([{ year: s.baseYear, value: 0 }, { year: 2030, value: 0 }]);
    expect(readLever(next, 'coalShare', valueInYear)).toBe(30);
    expect(validateScenario(next).ok).toBe(true);
    // from 2030 on the base year, there is no year left to move
    const late = { ...s, baseYear: 2030, endYear: Math.max(s.endYear, 2031) };
    expect(applyLever(late, 'coalShare', 30, ctx)).toBe(late);
  });

  it("industry coal share keeps a path's later years, each fuel at its own value there", () => {
    // 2020 coal 60 / electricity 40, 2060 coal 20 / electricity 80; coal 40 in 2030 → electricity 60; 2060 as it was
    const s = makeScenario((x) => {
      x.energy.sectors.industry.fuelSharesPct.coal = [{ year: x.baseYear, value: 60 }, { year: 2060, value: 20 }];
      x.energy.sectors.industry.fuelSharesPct.electricity = [{ year: x.baseYear, value: 40 }, { year: 2060, value: 80 }];
    });
    const mix = applyLever(s, 'coalShare', 40, ctx).energy.sectors.industry.fuelSharesPct;
    expect(mix.coal).toEqual([{ year: s.baseYear, value: 60 }, { year: 2030, value: 40 }, { year: 2060, value: 20 }]);
    expect(mix.electricity).toEqual([{ year: s.baseYear, value: 40 }, { year: 2030, value: 60 }, { year: 2060, value: 80 }]);
    expect(mix.oil).toEqual([{ year: s.baseYear, value: 0 }, { year: 2030, value: 0 }, { year: 2060, value: 0 }]);
  });
});
