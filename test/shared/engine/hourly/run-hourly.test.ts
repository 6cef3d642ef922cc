import { describe, expect, it } from 'vitest';
import { presetById } from '../../../../seeds/index';
import { runScenario } from '../../../../shared/engine/run';
import { validateScenario } from '../../../../shared/model/validate';
import { prepareScenario } from '../../../../shared/engine/prepare';
import { resolveSeries } from '../../../../shared/engine/series';
import { computeHeadline } from '../../../../shared/engine/hourly/with-hourly';
import { compareMethodsWith } from '../../../../shared/engine/methods';
import type { Scenario } from '../../../../shared/model/scenario';

const preset = (id: string): Scenario => structuredClone(presetById(id)!);

describe('the hourly balance of a preset', () => {
  const s = preset('lianzhou-policy');
  const r = runScenario(s);
  const h = r.hourly!;

  it('runs every year of the horizon, leap years with 8,784 hours', () => {
    expect(h.years.map((y) => y.year)).toEqual(r.years.map((y) => y.year));
    expect(h.years.find((y) => y.year === 2024)!.hours).toBe(8784);
    expect(h.years.find((y) => y.year === 2025)!.hours).toBe(8760);
    expect(h.years.find((y) => y.year === 2060)!.hours).toBe(8784);
  });

  it('spreads exactly the annual model’s demand and output', () => {
    for (const [i, y] of h.years.entries()) {
      const a = r.years[i]!;
      expect(y.loadYiKWh).toBeCloseTo(a.electricityDemand, 9);
      expect(y.renewableYiKWh.pv).toBe(a.generationByType.pv);
      expect(y.renewableYiKWh.wind).toBe(a.generationByType.wind);
    }
  });

  it('curtails nothing without an export limit, and exports at noon while importing at night', () => {
    const y2030 = h.years.find((y) => y.year === 2030)!;
    expect(y2030.curtailmentPct).toBe(0);
    // the annual model nets the year; hour by hour 连州 both exports and imports
    expect(y2030.exportYiKWh).toBeGreaterThan(0);
    expect(y2030.importYiKWh).toBeGreaterThan(0);
    // net imports of the year = imports − exports (no storage, nothing curtailed or unserved)
    expect(y2030.importYiKWh - y2030.exportYiKWh).toBeCloseTo(r.years.find((y) => y.year === 2030)!.netImports, 6);
  });

  it('names each profile’s source: built-in and assumed', () => {
    expect(h.profileSources.pv.own).toBe(false);
    expect(h.profileSources.pv.source.kind).toBe('assumed');
  });

  it('gives the detail of 2030: two stress weeks of 168 hours, 12 × 24 averages, duration curves from the highest', () => {
    const d = h.detail!;
    expect(d.year).toBe(2030);
    expect(d.stressWeeks.map((w) => w.kind)).toEqual(['deficit', 'surplus']);
    for (const w of d.stressWeeks) {
      expect(w.series.load).toHaveLength(168);
      expect(w.startHour % 24).toBe(0);
    }
    expect(d.netLoadByMonthHour).toHaveLength(12);
    expect(d.netLoadByMonthHour[0]).toHaveLength(24);
    const ldc = d.loadDurationMW;
    expect(ldc[0]).toBeCloseTo(h.years.find((y) => y.year === 2030)!.peakLoadMW, 9);
    for (let i = 1; i < ldc.length; i++) expect(ldc[i]).toBeLessThanOrEqual(ldc[i - 1]!);
  });

  it('never puts out more than the capacity in operation, even with utilisation hours the shape was not made for', () => {
    const s2 = preset('lianzhou-policy');
    // wind at 3,500 h: spread by the built-in shape its windiest hours would exceed the capacity
    for (const g of [...s2.electricity.fleet, ...s2.electricity.projects]) if (g.type === 'wind') g.utilisationHours = 3500;
    const r2 = runScenario(s2);
    const cap = r2.years.find((y) => y.year === 2030)!.capacityMW.wind;
    for (const w of r2.hourly!.detail!.stressWeeks) for (const v of w.series.wind) expect(v).toBeLessThanOrEqual(cap + 1e-6);
    // and the year's wind output is still the annual model's
    const y2 = r2.hourly!.years.find((y) => y.year === 2030)!;
    expect(y2.renewableYiKWh.wind).toBe(r2.years.find((y) => y.year === 2030)!.generationByType.wind);
  });

  it('is absent when the scenario does not ask for it', () => {
    const off = preset('lianzhou-policy');
    delete off.hourly;
    expect(runScenario(off).hourly).toBeUndefined();
  });
});

describe('limits, storage and feedback', () => {
  // an export limit well under 连州's midday surplus makes PV and wind curtailed
  const limited = () => {
    const s = preset('lianzhou-policy');
    s.hourly = { ...s.hourly!, exportLimitMW: 100 };
    return s;
  };

  it('curtails under an export limit, and no more with a higher one', () => {
    const y = (s: Scenario) => runScenario(s).hourly!.years.find((x) => x.year === 2030)!;
    const tight = y(limited());
    expect(tight.curtailmentPct).toBeGreaterThan(0);
    expect(tight.peakExportMW).toBeLessThanOrEqual(100 + 1e-9);
    const wider = limited();
    wider.hourly!.exportLimitMW = 200;
    expect(y(wider).curtailmentPct).toBeLessThanOrEqual(tight.curtailmentPct);
  });

  it('feeds curtailment back into the annual results when asked: less local output, more imports, more CO2', () => {
    const without = runScenario(limited());
    const s = limited();
    s.hourly!.feedback = true;
    const withFeedback = runScenario(s);
    const i = withFeedback.years.findIndex((y) => y.year === 2030);
    const cut = withFeedback.hourly!.years[i]!.curtailedYiKWh;
    // the annual PV output falls by exactly what the balance curtailed
    expect(without.years[i]!.generationByType.pv - withFeedback.years[i]!.generationByType.pv).toBeCloseTo(cut.pv, 9);
    // demand is the same, so net imports rise by the total curtailed
    const total = cut.pv + cut.wind + cut.hydro + cut.biomass;
    expect(withFeedback.years[i]!.netImports - without.years[i]!.netImports).toBeCloseTo(total, 9);
    // under the net-imports method the extra imports carry the grid factor: 亿kWh × tCO2/MWh × 10 = 万tCO2
    const gf = withFeedback.years[i]!.gridFactor;
    expect(withFeedback.years[i]!.co2 - without.years[i]!.co2).toBeCloseTo(total * gf * 10, 6);
    expect(withFeedback.hourly!.feedback).toBe(true);
  });

  it('lets a battery take the midday surplus and cuts curtailment', () => {
    const s = limited();
    s.hourly!.batteries = [
      {
        id: 'lz-bess-test',
        name: '测试储能',
        powerMW: 100,
        energyMWh: 200,
        roundTripEfficiencyPct: 85,
        commissioningYear: 2026,
        included: true,
        source: { kind: 'user' },
      },
    ];
    expect(validateScenario(s).ok).toBe(true);
    const base = runScenario(limited()).hourly!.years.find((y) => y.year === 2030)!;
    const y = runScenario(s).hourly!.years.find((x) => x.year === 2030)!;
    expect(y.storagePowerMW).toBe(100);
    expect(y.storageCycles).toBeGreaterThan(0);
    // charging × (1 − 0.85) is lost
    expect(y.storageLossYiKWh).toBeCloseTo(y.storageChargeYiKWh * 0.15, 9);
    expect(y.curtailedYiKWh.pv + y.curtailedYiKWh.wind).toBeLessThan(base.curtailedYiKWh.pv + base.curtailedYiKWh.wind);
    // not yet operating in 2025
    expect(runScenario(s).hourly!.years.find((x) => x.year === 2025)!.storagePowerMW).toBe(0);
  });

  it('leaves a pumped-storage grid asset out of the local balance', () => {
    // 潭岭 is a grid asset (its attribution): the balance has no storage
    const y = runScenario(preset('lianzhou-policy')).hourly!.years.find((x) => x.year === 2040)!;
    expect(y.storagePowerMW).toBe(0);
    const s = preset('lianzhou-policy');
    const ps = s.electricity.pumpedStorage.find((p) => p.id === 'lz-ps-tanling')!;
    ps.attribution = 'host';
    const hosted = runScenario(s).hourly!.years.find((x) => x.year === 2040)!;
    expect(hosted.storagePowerMW).toBe(ps.included ? ps.capacityMW : 0);
  });
});

describe('checks', () => {
  it('refuses a profile of the wrong length, naming the field', () => {
    const s = preset('lianzhou-policy');
    s.hourly!.profiles = { load: { values: Array<number>(100).fill(1), unit: 'MW', source: { kind: 'user' } } };
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.issues.some((i) => i.path.startsWith('hourly.profiles.load') && i.code === 'hourly.profileValues')).toBe(
        true,
      );
  });

  it('uses an imported profile and says so', () => {
    const s = preset('lianzhou-policy');
    // a flat load: every hour the same, so the peak is the mean
    s.hourly!.profiles = {
      load: {
        values: Array<number>(8760).fill(3),
        unit: 'MW',
        year: 2023,
        source: { kind: 'user', note: 'bureau.csv' },
      },
    };
    expect(validateScenario(s).ok).toBe(true);
    const r = runScenario(s);
    expect(r.hourly!.profileSources.load.own).toBe(true);
    const y = r.hourly!.years.find((x) => x.year === 2030)!;
    // 亿kWh × 1e5 = MWh over 8,760 hours
    expect(y.peakLoadMW).toBeCloseTo((y.loadYiKWh * 1e5) / 8760, 6);
  });

  it('refuses a battery id used by a plant, and a battery retiring before it starts', () => {
    const s = preset('lianzhou-policy');
    const id = s.electricity.projects[0]!.id;
    s.hourly!.batteries = [
      {
        id,
        name: 'x',
        powerMW: 10,
        energyMWh: 20,
        roundTripEfficiencyPct: 85,
        commissioningYear: 2030,
        retirementYear: 2030,
        included: true,
        source: { kind: 'user' },
      },
    ];
    expect(() => runScenario(s)).toThrow();
    try {
      runScenario(s);
    } catch (e) {
      const codes = (e as { issues: { path: string; code: string }[] }).issues.map((i) => `${i.path} ${i.code}`);
      expect(codes).toContain('hourly.batteries[0].id id.duplicate');
      expect(codes).toContain('hourly.batteries[0].retirementYear year.retirement');
    }
  });
});

describe('the balance’s feedback beyond the scenario’s own run', () => {
  const feedbackOn = () => {
    const s = preset('lianzhou-policy');
    s.hourly = { ...s.hourly!, exportLimitMW: 100, feedback: true };
    return s;
  };

  it('is in the headline figures the library summarises, without the hours', () => {
    const s = feedbackOn();
    const p = prepareScenario(s, resolveSeries);
    const headline = computeHeadline(p);
    expect(headline.hourly).toBeUndefined();
    expect(headline.years.map((y) => y.co2)).toEqual(runScenario(s).years.map((y) => y.co2));
    // feedback off: the headline is the annual model alone
    const off = preset('lianzhou-policy');
    expect(computeHeadline(prepareScenario(off, resolveSeries)).years.map((y) => y.co2)).toEqual(runScenario(off).years.map((y) => y.co2));
  });

  it('is applied under every method the comparison reruns, so a method’s difference is the method’s alone', () => {
    const s = feedbackOn();
    const cmp = compareMethodsWith(s, resolveSeries);
    const own = runScenario(s);
    // the comparison's own headline is the scenario's figures, feedback included
    const y = cmp.own.years[0]!;
    expect(y.co2).toBeCloseTo(own.years.find((x) => x.year === y.year)!.co2, 9);
    // under location-based CO2 (C) the extra imports from curtailment carry no weight (use × grid factor),
    // so with feedback the alternative's CO2 equals the one without feedback
    const isC = (a: (typeof cmp.alternatives)[number]) => a.change?.axis === 'electricityCo2' && a.change.value === 'locationBased';
    const c = cmp.alternatives.find(isC)!;
    const plain = preset('lianzhou-policy');
    plain.hourly = { ...plain.hourly!, exportLimitMW: 100 };
    const cPlain = compareMethodsWith(plain, resolveSeries).alternatives.find(isC)!;
    expect(c.years.length).toBeGreaterThan(0);
    c.years.forEach((yy, i) => expect(yy.co2).toBeCloseTo(cPlain.years[i]!.co2, 6));
    // under the scenario's own method (net imports) the feedback does show
    expect(cmp.own.years.at(-1)!.co2).not.toBeCloseTo(compareMethodsWith(plain, resolveSeries).own.years.at(-1)!.co2, 3);
  });
});

describe('hostile profiles', () => {
  it.each([
    ['a value too large to sum', (v: number[]) => (v[5] = 1e300)],
    ['NaN', (v: number[]) => (v[5] = Number.NaN)],
    ['a negative', (v: number[]) => (v[5] = -1)],
    ['a string', (v: unknown[]) => (v[5] = '3')],
    ['all zero', (v: number[]) => v.fill(0)],
  ])('refuses %s', (_what, spoil) => {
    const s = preset('lianzhou-policy');
    const values = Array<number>(8760).fill(1);
    spoil(values as never);
    s.hourly!.profiles = { pv: { values, unit: 'kW', source: { kind: 'user' } } };
    const v = validateScenario(s);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues.map((i) => i.code)).toContain('hourly.profileValues');
  });
});
