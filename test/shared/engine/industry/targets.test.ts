import { describe, expect, it } from 'vitest';
import { type ScenarioError } from '../../../../shared/engine/prepare';
import type { TargetStatus } from '../../../../shared/engine/results';
import { runScenario } from '../../../../shared/engine/run';
import type { Forest, PlanSector, Scenario, Target, TargetMetric } from '../../../../shared/model/scenario';
import { makeScenario } from '../../../helpers/make-scenario';
import { assumed } from '../../build';

const target = (id: string, metric: TargetMetric, year: number, value: number, extra: Partial<Target> = {}): Target => ({
  id, label: id, metric, year, value, binding: true, source: assumed, ...extra,
});
const industry = { sector: 'industry' as PlanSector };

function statuses(targets: Target[], edit: (s: Scenario) => void = () => {}): Record<string, TargetStatus> {
  const r = runScenario(makeScenario((s) => {
    s.targets = targets;
    edit(s);
  }));
  return Object.fromEntries(r.targets.map((t) => [t.id, t]));
}

/**
 * The growing round scenario of test/shared/engine/targets.test.ts: GDP +5 %/yr, intensity −3 %/yr, all of it
 * industry, so industry's energy CO2 is all of CO2 and its CO2 per GDP falls by 1 − 0.97^5 = 14.126597 % over
 * 2020→2025; CO2 rises 1.05 × 0.97 = 1.0185 times a year: no peak.
 * 工业增加值 40 % of GDP in 2020 falling to 36 % in 2025: industry's CO2 per value added falls by
 * 1 − 0.8587340 × 40/36 = 1 − 0.9541489 = 4.585108 %; 2025 value added = 127.628156 × 0.36 = 45.946136 亿元.
 */
const growing = (s: Scenario) => {
  s.economy.gdpGrowthPct = 5;
  s.energy.intensityDeclinePct = 3;
  s.sectorReporting = { industryValueAddedSharePct: [{ year: 2020, value: 40 }, { year: 2025, value: 36 }] };
};

describe('工业增加值 CO2 intensity', () => {
  const t = statuses([
    target('met', 'sectorIntensityReduction', 2025, 4.5, { ...industry, fromYear: 2020 }),
    target('missed', 'sectorIntensityReduction', 2025, 5, { ...industry, fromYear: 2020 }),
  ], growing);

  it('4.585108 % achieved: 4.5 met by 0.085108, 5 missed by 0.414892', () => {
    expect(t.met).toMatchObject({ met: true, unit: '%', sector: 'industry', fromYear: 2020 });
    expect(t.met!.actual).toBeCloseTo(4.585108, 6);
    expect(t.met!.margin).toBeCloseTo(0.085108, 6);
    expect(t.missed!.met).toBe(false);
    expect(t.missed!.margin).toBeCloseTo(-0.414892, 6);
  });

  it('industry value added is reported', () => {
    const r = runScenario(makeScenario(growing));
    expect(r.years[5]!.industryValueAdded).toBeCloseTo(45.946136, 6);
    expect(runScenario(makeScenario()).years[0]!.industryValueAdded).toBeUndefined();
  });

  it('建筑业 out of industry at a constant share leaves the reduction as it is (both years × 0.9)', () => {
    const c = statuses([target('met', 'sectorIntensityReduction', 2025, 4.5, { ...industry, fromYear: 2020 })], (s) => {
      growing(s);
      s.sectorReporting!.constructionShareOfIndustryPct = 10;
    });
    expect(c.met!.actual).toBeCloseTo(4.585108, 6);
  });
});

describe('a sector’s peak year', () => {
  it('industry rising 1.85 %/yr has no peak: the target is missed with no margin', () => {
    const t = statuses([target('ind', 'sectorPeakYear', 2030, 2025, industry)], growing);
    expect(t.ind).toMatchObject({ met: false, margin: null, sector: 'industry', unit: '年' });
    // still highest in the last year: the actual is that year
    expect(t.ind!.actual).toBe(2030);
  });

  it('industry falling 3 %/yr from 2020: reached in 2020, 5 years ahead of 2025', () => {
    const t = statuses([target('ind', 'sectorPeakYear', 2030, 2025, industry)], (s) => (s.energy.intensityDeclinePct = 3));
    expect(t.ind).toMatchObject({ met: true, actual: 2020, margin: 5 });
  });

  it('a sector without CO2 (建筑业 left in 工业) is not judged', () => {
    const t = statuses([target('cons', 'sectorPeakYear', 2030, 2025, { sector: 'construction' })]);
    expect(t.cons).toMatchObject({ met: null, actual: null, margin: null });
  });
});

describe('forest cover and stock', () => {
  // cover 69.63 % (2020) → 70 % (2030): 2025 69.815 %; stock 1,000 万m³ growing 3 % a year: 2025 1,159.27407
  const forest: Forest = {
    coverPct: [{ year: 2020, value: 69.63 }, { year: 2030, value: 70 }],
    baseStockWanM3: 1000, grossGrowthPct: 5, lossPct: 2,
    woodDensityTPerM3: 0.5, biomassExpansionFactor: 1.4, rootShootRatio: 0.25, carbonFraction: 0.5,
  };
  const t = statuses([
    target('cover-2030', 'forestCover', 2030, 70),
    target('cover-2025', 'forestCover', 2025, 70),
    target('stock-met', 'forestStock', 2025, 1150),
    target('stock-missed', 'forestStock', 2025, 1200),
  ], (s) => (s.sinks = { forest }));

  it('cover: 70 % in 2030 met exactly (margin 0); 69.815 % in 2025 misses 70 by 0.185', () => {
    expect(t['cover-2030']).toMatchObject({ met: true, unit: '%' });
    expect(t['cover-2030']!.margin).toBeCloseTo(0, 12);
    expect(t['cover-2025']!.met).toBe(false);
    expect(t['cover-2025']!.margin).toBeCloseTo(-0.185, 12);
  });

  it('stock: 1,159.27407 万m³ meets 1,150 by 9.27407 and misses 1,200 by 40.72593', () => {
    expect(t['stock-met']).toMatchObject({ met: true, unit: '万m³' });
    expect(t['stock-met']!.margin).toBeCloseTo(9.27407, 5);
    expect(t['stock-missed']!.margin).toBeCloseTo(-40.72593, 5);
  });
});

describe('targets that cannot be judged are refused at their field', () => {
  const issuesOf = (targets: Target[], edit: (s: Scenario) => void = () => {}) => {
    try {
      statuses(targets, edit);
    } catch (e) {
      return (e as ScenarioError).issues.map((i) => `${i.path} ${i.code}`);
    }
    return [];
  };

  it('a sector target without its sector, an intensity of another sector or without value added, a forest target without a forest', () => {
    expect(issuesOf([
      target('a', 'sectorPeakYear', 2030, 2025),
      target('b', 'sectorIntensityReduction', 2025, 10, { sector: 'transport', fromYear: 2020 }),
      target('c', 'sectorIntensityReduction', 2025, 10, { ...industry, fromYear: 2020 }),
      target('d', 'forestCover', 2030, 70),
      target('e', 'forestStock', 2030, 1000),
    ])).toEqual([
      'targets[0].sector target.sectorNeeded',
      'targets[1].sector target.sectorIntensityIndustryOnly',
      'targets[2].metric target.valueAddedNeeded',
      'targets[3].metric target.forestNeeded',
      'targets[4].metric target.forestNeeded',
    ]);
  });
});
