import { describe, expect, it } from 'vitest';
import { presetById } from '../../../seeds/index';
import { alternativeMethods, compareMethodsWith, type MethodHeadline } from '../../../shared/engine/methods';
import { resolveSeries } from '../../../shared/engine/series';
import { makeScenario } from '../../helpers/make-scenario';
import { assumed } from '../build';

/**
 * The peak judged on the other scope as one alternative method. The round scenario: 50 万tce, coal 60 % × 2.5 = 75
 * and electricity 20 万tce = 20 / 1.229 = 16.273393 亿kWh × 0.5 × 10 = 81.366965 万tCO2, 156.366965 in 2020, the
 * intensity falling 2 % a year, so energy CO2 is 156.366965 × 0.98^n: highest in 2020, falling after (the energy
 * peak is 2020 and holds). Clinker on its own activity path 0 → 100 万t (2025) → 0 (2030) × 0.5 tCO2/t adds 0, 10,
 * …, 50 (2025), …, 0: energy + process CO2 is 156.367 (2020), 184.228 (2024: 156.367 × 0.98^4 = 144.228, + 40),
 * 191.343 (2025: 141.343 + 50), 178.516 (2026: 138.516 + 40), then falls to 127.762 (2030): its peak is 2025, and
 * holds. A peak-by-2022 target is met on energy CO2, missed on energy and process CO2.
 */
const withClinker = makeScenario((s) => {
  s.energy.intensityDeclinePct = 2;
  s.industry = {
    products: [],
    processEmissions: [
      {
        id: 'clinker', kind: 'clinker', name: '熟料', factorTCo2PerT: 0.5, source: assumed,
        activityWanT: [{ year: 2020, value: 0 }, { year: 2025, value: 100 }, { year: 2030, value: 0 }],
      },
    ],
  };
  s.targets = [{ id: 'peak-2022', label: 'peak by 2022', metric: 'peakYear', year: 2022, value: 2022, binding: true, source: assumed }];
});

const scopeAlternative = (alternatives: MethodHeadline[]) => alternatives.filter((a) => a.change?.axis === 'peakScope');

describe('the peak scope among the other methods', () => {
  it('is offered, as the scope the scenario does not use, only when the scenario has process CO2', () => {
    const acc = withClinker.accounting;
    expect(alternativeMethods(acc).some((c) => c.axis === 'peakScope')).toBe(false);
    expect(alternativeMethods(acc, true).at(-1)).toEqual({ axis: 'peakScope', value: 'energyAndProcess' });
    expect(alternativeMethods({ ...acc, peakScope: 'energyAndProcess' }, true).at(-1)).toEqual({ axis: 'peakScope', value: 'energy' });
  });

  it('on energy CO2 the peak is 2020; judged on energy and process CO2 it is 2025, and the peak-by-2022 target then misses', () => {
    const c = compareMethodsWith(withClinker, resolveSeries);
    expect(c.own.peak).toMatchObject({ year: 2020, holds: true, scope: 'energy' });
    const [other, ...more] = scopeAlternative(c.alternatives);
    expect(more).toHaveLength(0);
    expect(other!.change).toEqual({ axis: 'peakScope', value: 'energyAndProcess' });
    expect(other!.peak).toMatchObject({ year: 2025, holds: true, scope: 'energyAndProcess' });
    expect(other!.peak.co2).toBeCloseTo(156.366965 * 0.98 ** 5 + 50, 5);
    // the scope moves the peak only: the energy CO2 and the intensity figures are the scenario's own
    expect(other!.years).toEqual(c.own.years);
    expect(c.methodDependentTargets).toEqual([
      { id: 'peak-2022', label: 'peak by 2022', met: true, otherwiseUnder: [{ axis: 'peakScope', value: 'energyAndProcess' }] },
    ]);
  });

  it('the other way round from a scenario judged on energy and process CO2', () => {
    const c = compareMethodsWith({ ...withClinker, accounting: { ...withClinker.accounting, peakScope: 'energyAndProcess' } }, resolveSeries);
    expect(c.own.peak).toMatchObject({ year: 2025, scope: 'energyAndProcess' });
    expect(scopeAlternative(c.alternatives).map((a) => a.peak)).toMatchObject([{ year: 2020, scope: 'energy' }]);
  });

  it('is left out without process CO2: the two scopes would judge the same CO2', () => {
    const c = compareMethodsWith({ ...withClinker, industry: { products: [], processEmissions: [] } }, resolveSeries);
    expect(scopeAlternative(c.alternatives)).toHaveLength(0);
  });

  it('韶关, with clinker and flux process CO2, has it', () => {
    const c = compareMethodsWith(presetById('shaoguan-baseline')!, resolveSeries);
    expect(scopeAlternative(c.alternatives).map((a) => a.change)).toEqual([{ axis: 'peakScope', value: 'energyAndProcess' }]);
  });
});
