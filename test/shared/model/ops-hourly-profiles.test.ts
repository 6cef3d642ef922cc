import { describe, expect, it } from 'vitest';
import { presetById } from '../../../seeds/index';
import { runScenario } from '../../../shared/engine/run';
import { parseProfileCsv } from '../../../shared/io/profile-import';
import { DEFAULT_HYDRO_DISPATCHABLE_PCT, type HourlyProfile } from '../../../shared/model/hourly';
import { applyOverridesWithReport, deriveFrom } from '../../../shared/model/inherit';
import { removeProfile, setProfiles } from '../../../shared/model/ops-hourly-profiles';
import type { Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';

const preset = (id: string): Scenario => structuredClone(presetById(id)!);

const profile = (level: number, note = 'bureau.csv'): HourlyProfile => ({
  values: Array<number>(8760).fill(level),
  unit: 'MW',
  source: { kind: 'user', note },
});

describe('setProfiles / removeProfile', () => {
  it('sets the profiles given and keeps the others', () => {
    const s = setProfiles(preset('lianzhou-policy'), { load: profile(3) });
    const t = setProfiles(s, { pv: profile(1, 'pv.csv') });
    expect(Object.keys(t.hourly!.profiles!)).toEqual(['load', 'pv']);
    expect(t.hourly!.profiles!.load).toBe(s.hourly!.profiles!.load);
    // the other settings stay as the preset has them
    expect({ ...t.hourly, profiles: undefined }).toEqual({ ...preset('lianzhou-policy').hourly, profiles: undefined });
  });

  it('replaces a profile of the same kind', () => {
    const s = setProfiles(setProfiles(preset('lianzhou-policy'), { load: profile(3, 'a.csv') }), { load: profile(4, 'b.csv') });
    expect(s.hourly!.profiles!.load!.source).toEqual({ kind: 'user', note: 'b.csv' });
  });

  it('gives a scenario without hourly settings the defaults', () => {
    const { hourly: _none, ...bare } = preset('lianzhou-policy');
    const s = setProfiles(bare, { wind: profile(2) });
    expect(s.hourly).toMatchObject({ enabled: true, feedback: false, hydroDispatchablePct: DEFAULT_HYDRO_DISPATCHABLE_PCT, batteries: [] });
    expect(s.hourly!.profiles!.wind!.values[0]).toBe(2);
  });

  it('changes nothing when given no profile', () => {
    const s = preset('lianzhou-policy');
    expect(setProfiles(s, {})).toBe(s);
  });

  it('removes one profile; `profiles` goes with the last; removing what is not there changes nothing', () => {
    const s = setProfiles(preset('lianzhou-policy'), { load: profile(3), pv: profile(1) });
    const one = removeProfile(s, 'load');
    expect(Object.keys(one.hourly!.profiles!)).toEqual(['pv']);
    const none = removeProfile(one, 'pv');
    expect('profiles' in none.hourly!).toBe(false);
    expect(removeProfile(none, 'pv')).toBe(none);
  });

  it('drops source entries that spoke for a replaced or removed profile', () => {
    const s = { ...preset('lianzhou-policy'), sources: { 'hourly.profiles.load': { kind: 'user' as const }, 'economy.baseGdpYiYuan': { kind: 'user' as const } } };
    expect(Object.keys(setProfiles(s, { load: profile(3) }).sources)).toEqual(['economy.baseGdpYiYuan']);
    expect(Object.keys(removeProfile(setProfiles(s, { pv: profile(1) }), 'load').sources)).toEqual(['hourly.profiles.load', 'economy.baseGdpYiYuan']);
  });
});

describe('an imported profile in the scenario and the engine', () => {
  // a flat load of 5 MW in every hour of a common year
  const text = ['时间,负荷(MW)', ...Array.from({ length: 8760 }, (_, h) => `${h + 1},5`)].join('\n');
  const read = parseProfileCsv(text, { fileName: '供电局负荷.csv' });
  const s = setProfiles(preset('lianzhou-policy'), read.profiles!);

  it('passes validation', () => {
    expect(read.problems).toEqual([]);
    expect(validateScenario(s).ok).toBe(true);
  });

  it('is the load shape the engine uses, and the results say it is the region’s own', () => {
    const r = runScenario(s);
    expect(r.hourly!.profileSources.load).toEqual({ own: true, source: { kind: 'user', note: '供电局负荷.csv' } });
    expect(r.hourly!.profileSources.pv.own).toBe(false);
    // a flat shape: every hour carries the year's demand / 8,760, so the peak is the mean (亿kWh × 1e5 = MWh)
    const y = r.hourly!.years.find((x) => x.year === 2030)!;
    expect(y.peakLoadMW).toBeCloseTo((y.loadYiKWh * 1e5) / 8760, 6);
  });
});

describe('in a derived scenario', () => {
  const parent = setProfiles(preset('lianzhou-policy'), { load: profile(3, 'parent.csv') });

  it('inherits the parent’s profile and keeps its own import over it', () => {
    const own = deriveFrom(parent, setProfiles(parent, { load: profile(4, 'child.csv'), pv: profile(1, 'pv.csv') }));
    const { scenario, stale } = applyOverridesWithReport(parent, own);
    expect(stale).toEqual([]);
    expect(scenario.hourly!.profiles!.load!.source).toEqual({ kind: 'user', note: 'child.csv' });
    expect(scenario.hourly!.profiles!.pv!.values[0]).toBe(1);
  });

  it('removes the inherited profile for itself only', () => {
    const child = deriveFrom(parent, removeProfile(parent, 'load'));
    const { scenario } = applyOverridesWithReport(parent, child);
    expect(scenario.hourly!.profiles?.load).toBeUndefined();
    expect(parent.hourly!.profiles!.load).toBeDefined();
  });
});
