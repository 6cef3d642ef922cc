import { describe, expect, it } from 'vitest';
import { presetById } from '../../../seeds/index';
import { runScenario } from '../../../shared/engine/run';
import { isHorizon, setHorizon, setRegion, unusedPoints } from '../../../shared/model/ops-horizon';
import { validateScenario } from '../../../shared/model/validate';
import { makeScenario } from '../../helpers/make-scenario';

describe('setHorizon', () => {
  it('a preset moved to 2020–2035 gives the same results for 2020–2035, year by year', () => {
    // Every yearly input is held by year and the base-year figures stay, so cutting the end
    // from 2060 to 2035 can change no year before it: the 16 years 2020…2035 equal the full run's.
    const preset = presetById('lianzhou-policy')!;
    const moved = setHorizon(preset, 2020, 2035);
    expect(validateScenario(moved).ok).toBe(true);
    const full = runScenario(preset).years;
    const short = runScenario(moved).years;
    expect(short.map((y) => y.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
    short.forEach((y, i) => {
      expect(y.gdp).toBe(full[i]!.gdp);
      expect(y.energy).toBe(full[i]!.energy);
      expect(y.co2).toBe(full[i]!.co2);
      expect(y.nonFossilShare).toBe(full[i]!.nonFossilShare);
    });
  });

  it('is one edit of both years with their sources, keeping every series and history entry', () => {
    const preset = presetById('qingyuan-baseline')!;
    const moved = setHorizon(preset, 2020, 2035);
    expect(moved.endYear).toBe(2035);
    expect(moved.sources.endYear).toEqual({ kind: 'user' });
    expect(moved.sources.baseYear).toBe(preset.sources.baseYear);
    // the growth path's points after 2035 stay in the scenario
    expect(moved.economy).toBe(preset.economy);
    expect(moved.history).toBe(preset.history);
    // and come back into use when the horizon grows again
    const back = setHorizon(moved, 2020, 2060);
    expect(runScenario(back).years.map((y) => y.co2)).toEqual(runScenario(preset).years.map((y) => y.co2));
  });

  it('a later base year starts the run from the base figures in that year; expressions go on working', () => {
    // makeScenario: GDP 100 亿元 in the base year, growth as given. With growth(…) as an expression
    // the series is evaluated over the new years: base 2022, 5 % a year from 2023 → 2023 GDP 105.
    const s = makeScenario((x) => {
      x.economy.gdpGrowthPct = { expr: 'year <= 2025 ? 5 : 4' };
    });
    const moved = setHorizon(s, 2022, 2035);
    expect(validateScenario(moved).ok).toBe(true);
    const years = runScenario(moved).years;
    expect(years[0]!.year).toBe(2022);
    expect(years[0]!.gdp).toBeCloseTo(100, 9);
    expect(years[1]!.gdp).toBeCloseTo(105, 9);
    // 2026 at 4 %: 100 × 1.05³ × 1.04 = 100 × 1.157625 × 1.04 = 120.393
    expect(years[4]!.gdp).toBeCloseTo(120.393, 9);
    expect(years.at(-1)!.year).toBe(2035);
  });

  it('the same years are no edit', () => {
    const s = makeScenario();
    expect(setHorizon(s, s.baseYear, s.endYear)).toBe(s);
  });

  it('offers base years 2015–2025 and end years 2030–2060, the base before the end', () => {
    expect(isHorizon(2015, 2030)).toBe(true);
    expect(isHorizon(2025, 2060)).toBe(true);
    expect(isHorizon(2014, 2030)).toBe(false);
    expect(isHorizon(2020, 2061)).toBe(false);
    expect(isHorizon(2020, 2029)).toBe(false);
    expect(isHorizon(2020.5, 2035)).toBe(false);
  });
});

describe('unusedPoints', () => {
  it('names the points outside the horizon; numbers and expressions have none', () => {
    const pts = [
      { year: 2018, value: 1 },
      { year: 2025, value: 2 },
      { year: 2040, value: 3 },
    ];
    expect(unusedPoints(pts, 2020, 2035)).toEqual([pts[0], pts[2]]);
    expect(unusedPoints(5, 2020, 2035)).toEqual([]);
    expect(unusedPoints({ expr: 'year' }, 2020, 2035)).toEqual([]);
  });
});

describe('setRegion', () => {
  it('replaces the region in one edit with the user as its source, dropping empty texts', () => {
    const s = makeScenario();
    const next = setRegion(s, { name: ' 阳山县 ', level: 'county', parentRegion: '清远市', nameEn: ' ' });
    expect(next.region).toEqual({ name: '阳山县', level: 'county', parentRegion: '清远市' });
    expect(next.sources.region).toEqual({ kind: 'user' });
    expect(validateScenario(next).ok).toBe(true);
  });
});
