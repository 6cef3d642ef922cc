import { describe, expect, it } from 'vitest';
import type { ScenarioResults, TargetStatus, YearResult } from '../../../shared/engine/results';
import { runScenario } from '../../../shared/engine/run';
import { intensityTargetPath, levelTargets } from '../../../shared/engine/target-path';
import { presetById } from '../../../seeds/index';

/** Years 2020–2035 with CO2 per GDP 2.0 falling 0.05 a year; energy intensity 0.5 falling 0.01. */
function results(targets: Partial<TargetStatus>[]): Pick<ScenarioResults, 'years' | 'targets'> {
  const years = Array.from({ length: 16 }, (_, i) => ({ year: 2020 + i, co2PerGdp: 2 - 0.05 * i, energyPerGdpAssessed: 0.5 - 0.01 * i }) as YearResult);
  return {
    years,
    targets: targets.map((t, i) => ({ id: `t${i}`, label: '', metric: 'co2IntensityReduction', year: 2025, target: 0, actual: null, met: null, margin: null, unit: '%', binding: true, ...t })),
  };
}

describe('intensityTargetPath', () => {
  it('reduces the base-year value by the target over its period', () => {
    expect(intensityTargetPath(results([{ fromYear: 2020, year: 2025, target: 20 }]))).toEqual([
      { year: 2020, value: 2 },
      { year: 2025, value: 1.6 },
    ]);
  });

  it('compounds consecutive periods from the path, not from the scenario', () => {
    const path = intensityTargetPath(
      results([
        { fromYear: 2025, year: 2030, target: 18 },
        { fromYear: 2020, year: 2025, target: 19.5 },
      ]),
    );
    expect(path.map((p) => p.year)).toEqual([2020, 2025, 2030]);
    expect(path[1]!.value).toBeCloseTo(2 * 0.805, 12);
    expect(path[2]!.value).toBeCloseTo(2 * 0.805 * 0.82, 12);
  });

  it("starts a period with no target before it from the scenario's own value", () => {
    // 2025 scenario value: 2 − 0.25 = 1.75
    expect(intensityTargetPath(results([{ fromYear: 2025, year: 2030, target: 10 }]))).toEqual([
      { year: 2025, value: 1.75 },
      { year: 2030, value: 1.575 },
    ]);
  });

  it('keeps the stricter value where two targets end in the same year', () => {
    const path = intensityTargetPath(
      results([
        { fromYear: 2020, year: 2025, target: 10 },
        { fromYear: 2020, year: 2030, target: 30 },
        { fromYear: 2025, year: 2030, target: 10 },
      ]),
    );
    // 2030: min(2 × 0.7 = 1.4, 1.8 × 0.9 = 1.62)
    expect(path.find((p) => p.year === 2030)!.value).toBeCloseTo(1.4, 12);
  });

  it('ignores other metrics, targets without a start year and periods starting outside the horizon', () => {
    expect(
      intensityTargetPath(
        results([
          { metric: 'nonFossilShare', year: 2025, target: 20 },
          { year: 2025, target: 20 },
          { fromYear: 2015, year: 2025, target: 40 },
        ]),
      ),
    ).toEqual([]);
  });

  it('draws the energy-intensity path from the assessed intensity', () => {
    const path = intensityTargetPath(results([{ metric: 'energyIntensityReduction', fromYear: 2020, year: 2025, target: 14 }]), 'energyIntensityReduction');
    expect(path[1]!.value).toBeCloseTo(0.5 * 0.86, 12);
  });

  it("on real results the path ends exactly where a just-met target's actual value would be", () => {
    const r = runScenario(presetById('qingyuan-policy')!);
    // its only CO2-intensity target: −18 % from 2020 to 2025
    const t = r.targets.find((x) => x.id === 'qy-co2-intensity-2025')!;
    expect(r.targets.filter((x) => x.metric === 'co2IntensityReduction')).toEqual([t]);
    const [start, end] = intensityTargetPath(r);
    expect(start).toEqual({ year: 2020, value: r.years[0]!.co2PerGdp });
    // margin = actual − target reduction, so the 2025 value sits margin points of the base value below the path
    expect(end!.value - r.years[5]!.co2PerGdp).toBeCloseTo((t.margin! / 100) * r.years[0]!.co2PerGdp, 9);
  });
});

describe('levelTargets', () => {
  it('gives the level targets of one metric as points', () => {
    expect(levelTargets(results([{ metric: 'nonFossilShare', year: 2030, target: 25 }, { metric: 'co2Cap', year: 2030, target: 900 }]), 'nonFossilShare')).toEqual([
      { id: 't0', year: 2030, value: 25 },
    ]);
  });
});
