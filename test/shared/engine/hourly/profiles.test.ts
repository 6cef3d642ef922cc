import { describe, expect, it } from 'vitest';
import {
  builtInTypical,
  fitToYear,
  fitUnderCapacity,
  hoursInYear,
  normalise,
  profileShapes,
} from '../../../../shared/engine/hourly/profiles';
import { BUILT_IN_PROFILE_SOURCES } from '../../../../shared/engine/hourly/profile-shapes';
import { PROFILE_KINDS } from '../../../../shared/model/hourly';

const sum = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);

describe('built-in profiles', () => {
  it.each(PROFILE_KINDS)('%s: sums to 1 in 365- and 366-day years, never negative, same hours every time', (kind) => {
    const { common, leap } = profileShapes(kind, undefined);
    expect(common).toHaveLength(8760);
    expect(leap).toHaveLength(8784);
    expect(sum(common)).toBeCloseTo(1, 12);
    expect(sum(leap)).toBeCloseTo(1, 12);
    expect(common.every((v) => v >= 0)).toBe(true);
    // made from code with a fixed seed: a second site-free make gives the same values
    expect(Array.from(builtInTypical(kind).subarray(0, 48))).toEqual(Array.from(builtInTypical(kind).subarray(0, 48)));
    expect(BUILT_IN_PROFILE_SOURCES[kind].kind).toBe('assumed');
  });

  it('PV: nothing at night, the most around solar noon, longer days in June than in December', () => {
    // at 113° E solar noon is near 12:28 China Standard Time (120° E): 7° × 4 min later
    const pv = builtInTypical('pv', 24.3, 113.0);
    const dayOf = (d: number) => Array.from(pv.subarray(d * 24, d * 24 + 24));
    const june21 = dayOf(171);
    const dec21 = dayOf(354);
    expect(june21[0]).toBe(0);
    expect(june21[23]).toBe(0);
    const peakHour = june21.indexOf(Math.max(...june21));
    expect([11, 12]).toContain(peakHour);
    const lit = (d: number[]) => d.filter((v) => v > 0).length;
    expect(lit(june21)).toBeGreaterThan(lit(dec21));
  });

  it('hydro: more water in the flood season (May–June) than in the dry season (December–February)', () => {
    const hy = builtInTypical('hydro');
    const month = (from: number, days: number) => sum(hy.subarray(from * 24, (from + days) * 24)) / days;
    expect(month(151, 30)).toBeGreaterThan(2 * month(0, 31)); // June against January
  });

  it('load: weekends lower than weekdays, summer above spring festival February', () => {
    const load = builtInTypical('load');
    // 2 January 2023 was a Monday, 1 January a Sunday
    const day = (d: number) => sum(load.subarray(d * 24, d * 24 + 24));
    expect(day(0)).toBeLessThan(day(1) * 0.99);
    expect(sum(load.subarray(181 * 24, 212 * 24)) / 31).toBeGreaterThan(sum(load.subarray(31 * 24, 59 * 24)) / 28);
  });
});

describe('fitting a profile to the year', () => {
  it('repeats 28 February for a leap year and drops 29 February otherwise', () => {
    // hour index as the value: 28 February is day 58 (hours 1392–1415)
    const typical = Float64Array.from({ length: 8760 }, (_, h) => h);
    const leap = fitToYear(typical, 8784);
    expect(leap[1416]).toBe(1392); // 29 February 00:00 = 28 February 00:00
    expect(leap[1439]).toBe(1415);
    expect(leap[1440]).toBe(1416); // 1 March 00:00
    expect(leap[8783]).toBe(8759);
    const back = fitToYear(leap, 8760);
    expect(Array.from(back)).toEqual(Array.from(typical));
  });

  it('normalises to a sum of 1', () => {
    expect(sum(normalise(Float64Array.from([1, 3])))).toBe(1);
    expect(hoursInYear(2024)).toBe(8784);
    expect(hoursInYear(2100)).toBe(8760);
    expect(hoursInYear(2000)).toBe(8784);
  });
});

describe('output within the capacity', () => {
  it('cuts the hours above the capacity and spreads the energy cut over the others', () => {
    // shares 0.5, 0.3, 0.2 of 100 MWh on a 40 MW plant: 50 MW is cut to 40, the 10 MWh go to the
    // other two in proportion (0.3 : 0.2) → 30 + 6 = 36 and 20 + 4 = 24; all within 40, total 100
    const out = fitUnderCapacity(Float64Array.from([0.5, 0.3, 0.2]), 100, 40);
    expect(Array.from(out, (v) => v * 100).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([40, 36, 24]);
  });

  it('repeats until no hour is above: a second hour pushed over is cut too', () => {
    // 0.5, 0.38, 0.12 on 40 MW: 50 → 40; +10 shared 0.38 : 0.12 → 38 + 7.6 = 45.6 > 40, cut to 40;
    // its 5.6 go to the last hour: 12 + 2.4 + 5.6 = 20 → 40, 40, 20
    const out = fitUnderCapacity(Float64Array.from([0.5, 0.38, 0.12]), 100, 40);
    expect(Array.from(out, (v) => Math.round(v * 100 * 1e6) / 1e6)).toEqual([40, 40, 20]);
  });

  it('keeps the shape when it fits, and the built-in wind fits typical utilisation hours', () => {
    const wind = profileShapes('wind', undefined).common;
    // 2,200 h (the ledger's typical wind hours) on 100 MW = 220,000 MWh
    expect(fitUnderCapacity(wind, 220_000, 100)).toBe(wind);
    expect(Math.max(...wind) * 220_000).toBeLessThanOrEqual(100);
  });
});
