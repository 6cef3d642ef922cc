import { describe, expect, it } from 'vitest';
import { validateScenario, type ScenarioIssue } from '../../../shared/model/validate';
import { makeScenario } from '../../helpers/make-scenario';
import { assumed, gen, json, pumped } from '../build';

// Untrusted input is plain JSON of any shape; tests edit it freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function issuesOf(edit: (s: Loose) => void): ScenarioIssue[] {
  const s: Loose = json(makeScenario());
  edit(s);
  const r = validateScenario(s);
  if (r.ok) throw new Error('expected the scenario to be rejected');
  return r.issues;
}

function onlyIssue(edit: (s: Loose) => void, path: string): string {
  const issues = issuesOf(edit);
  expect(issues.map((i) => i.path)).toEqual([path]);
  return issues[0]!.message;
}

const valid = (edit: (s: Loose) => void) => {
  const s: Loose = json(makeScenario());
  edit(s);
  return validateScenario(s).ok;
};

const target = (metric: string, value: number, extra: object = {}) => ({
  id: 't', label: 't', metric, year: 2025, value, binding: true, source: assumed, ...extra,
});

describe('values no region could have are refused at validation, naming the field and the bound', () => {
  it('1e308 亿元 of GDP (it used to pass and overflow in the run)', () => {
    expect(onlyIssue((s) => (s.economy.baseGdpYiYuan = 1e308), 'economy.baseGdpYiYuan')).toBe('GDP must be at most 1000000 亿元');
    // Guangdong's 2023 GDP, about 1.36e5 亿元, is well inside
    expect(valid((s) => (s.economy.baseGdpYiYuan = 136_000))).toBe(true);
  });

  it('capacity of a plant, a fleet entry or storage', () => {
    expect(onlyIssue((s) => (s.electricity.projects = [gen('pv-1', 'pv', 1e308, 1200, 2024)]), 'electricity.projects[0].capacityMW'))
      .toBe('capacity must be at most 1000000 MW');
    expect(onlyIssue((s) => (s.electricity.fleet = [gen('c', 'coal', 2e6, 4000)]), 'electricity.fleet[0].capacityMW'))
      .toBe('capacity must be at most 1000000 MW');
    expect(onlyIssue((s) => (s.electricity.pumpedStorage = [pumped('ps', 1e9, 6, 75, 250)]), 'electricity.pumpedStorage[0].capacityMW'))
      .toBe('capacity must be at most 1000000 MW');
    // the Three Gorges, 22,500 MW, as one entry
    expect(valid((s) => (s.electricity.fleet = [gen('h', 'hydro', 22_500, 4000)]))).toBe(true);
  });

  it('base-year energy intensity', () => {
    expect(onlyIssue((s) => (s.energy.baseIntensityTcePerWanYuan = 1e10), 'energy.baseIntensityTcePerWanYuan'))
      .toBe('energy intensity must be at most 50 tce/万元');
  });

  it('storage hours: at most the hours of a year; cycles: at most a year of operation with them', () => {
    expect(onlyIssue((s) => (s.electricity.pumpedStorage = [pumped('ps', 1200, 1e300, 75, 0)]), 'electricity.pumpedStorage[0].storageHours'))
      .toBe('storage hours must be at most 8760 h');
    // 1e300 cycles of 6 h: 6e300 h of operation in a year of 8,760
    expect(onlyIssue((s) => (s.electricity.pumpedStorage = [pumped('ps', 1200, 6, 75, 1e300)]), 'electricity.pumpedStorage[0].annualCycles'))
      .toMatch(/^storage hours × cycles exceed the 8,760 hours/);
  });

  it('population, in any series form: the yearly value is checked', () => {
    // 1e308 × 1000 overflows the rounding for display: the value is shown as it is
    expect(onlyIssue((s) => (s.populationWan = 1e308), 'populationWan')).toBe('population must be at most 100000, but is 1.00e+308 in 2020');
    expect(onlyIssue((s) => (s.populationWan = { expr: 'growth(1)', baseValue: 1e200 }), 'populationWan'))
      .toBe('population must be at most 100000, but is 1e+200 in 2020');
  });

  it('target values by metric', () => {
    expect(onlyIssue((s) => (s.targets = [target('energyCap', 1e308)]), 'targets[0].value')).toBe('an energy cap must be at most 1000000 万tce');
    expect(onlyIssue((s) => (s.targets = [target('co2Cap', 1e7)]), 'targets[0].value')).toBe('a CO2 cap must be at most 2000000 万tCO2');
    expect(onlyIssue((s) => (s.targets = [target('co2IntensityReduction', 180, { fromYear: 2020 })]), 'targets[0].value'))
      .toBe('a reduction must be between -100 and 100 %');
    expect(onlyIssue((s) => (s.targets = [target('peakYear', 1e308)]), 'targets[0].value')).toBe('a peak year must be between 1990 and 2100');
  });
});

describe('non-finite numbers (1e999 in a JSON file is Infinity once parsed)', () => {
  const INF = JSON.parse('1e999') as number;

  it('say "must be a finite number", not "expected number, got number"', () => {
    expect(INF).toBe(Number.POSITIVE_INFINITY);
    expect(onlyIssue((s) => (s.economy.baseGdpYiYuan = INF), 'economy.baseGdpYiYuan')).toBe('must be a finite number');
    expect(onlyIssue((s) => (s.baseYear = -INF), 'baseYear')).toBe('must be a finite number');
    expect(onlyIssue((s) => (s.targets = [target('co2Cap', Number.NaN)]), 'targets[0].value')).toBe('must be a finite number');
  });

  it('in each series form', () => {
    expect(onlyIssue((s) => (s.populationWan = INF), 'populationWan')).toBe('must be a finite number');
    expect(onlyIssue((s) => (s.populationWan = [{ year: 2020, value: INF }]), 'populationWan[0].value')).toBe('must be a finite number');
    expect(onlyIssue((s) => (s.populationWan = { expr: 'growth(1)', baseValue: INF }), 'populationWan.baseValue')).toBe('must be a finite number');
    expect(onlyIssue((s) => (s.populationWan = { expr: '1e999' }), 'populationWan.expr'))
      .toBe('expression error at position 1: number 1e999 is too large: must be a finite number');
  });
});

describe('messages that quote the input stay short', () => {
  it('hundreds of long unknown keys: the first few, cut, and how many more', () => {
    const issues = issuesOf((s) => {
      for (let i = 0; i < 200; i++) s.region[`${'k'.repeat(5_000)}${i}`] = 1;
    });
    expect(issues).toHaveLength(1);
    // five keys of 59 characters and an ellipsis, quoted: well under 500 characters (it was 1,000,000)
    expect(issues[0]!.message).toMatch(/^unknown field 'k{59}…', .* and 195 more$/);
    expect(issues[0]!.message.length).toBeLessThan(500);
  });

  it('an unknown source kind of 30,000 characters', () => {
    const msg = onlyIssue((s) => (s.sources = { populationWan: { kind: 'x'.repeat(30_000), reason: 'r' } }), 'sources.populationWan.kind');
    expect(msg).toBe(`must be one of "document", "reference", "assumed", "user" (got "${'x'.repeat(58)}…)`);
  });

  it('a field path holding a 30,000-character key of the file', () => {
    const issues = issuesOf((s) => (s.sources = { ['p'.repeat(30_000)]: { kind: 'nope' } }));
    expect(issues[0]!.path).toBe(`sources.${'p'.repeat(119)}….kind`);
  });
});
