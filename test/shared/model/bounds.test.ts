import { describe, expect, it } from 'vitest';
import { validateScenario, type ScenarioIssue } from '../../../shared/model/validate';
import { bodyOf, type IssueBody } from '../../../shared/model/issue-codes';
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

function onlyIssue(edit: (s: Loose) => void, path: string): IssueBody {
  const issues = issuesOf(edit);
  expect(issues.map((i) => i.path)).toEqual([path]);
  return bodyOf(issues[0]!);
}

const said = (code: string, params: Record<string, unknown> = {}) => ({ code, params });
const atMost = (limit: number, unit: string) => said('value.atMost', { limit, unit });

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
    expect(onlyIssue((s) => (s.economy.baseGdpYiYuan = 1e308), 'economy.baseGdpYiYuan')).toEqual(atMost(1e6, '亿元'));
    // Guangdong's 2023 GDP, about 1.36e5 亿元, is well inside
    expect(valid((s) => (s.economy.baseGdpYiYuan = 136_000))).toBe(true);
  });

  it('capacity of a plant, a fleet entry or storage', () => {
    expect(onlyIssue((s) => (s.electricity.projects = [gen('pv-1', 'pv', 1e308, 1200, 2024)]), 'electricity.projects[0].capacityMW'))
      .toEqual(atMost(1e6, 'MW'));
    expect(onlyIssue((s) => (s.electricity.fleet = [gen('c', 'coal', 2e6, 4000)]), 'electricity.fleet[0].capacityMW'))
      .toEqual(atMost(1e6, 'MW'));
    expect(onlyIssue((s) => (s.electricity.pumpedStorage = [pumped('ps', 1e9, 6, 75, 250)]), 'electricity.pumpedStorage[0].capacityMW'))
      .toEqual(atMost(1e6, 'MW'));
    // the Three Gorges, 22,500 MW, as one entry
    expect(valid((s) => (s.electricity.fleet = [gen('h', 'hydro', 22_500, 4000)]))).toBe(true);
  });

  it('base-year energy intensity', () => {
    expect(onlyIssue((s) => (s.energy.baseIntensityTcePerWanYuan = 1e10), 'energy.baseIntensityTcePerWanYuan'))
      .toEqual(atMost(50, 'tce/万元'));
  });

  it('storage hours: at most the hours of a year; cycles: at most a year of operation with them', () => {
    expect(onlyIssue((s) => (s.electricity.pumpedStorage = [pumped('ps', 1200, 1e300, 75, 0)]), 'electricity.pumpedStorage[0].storageHours'))
      .toEqual(atMost(8760, 'h'));
    // 1e300 cycles of 6 h: 6e300 h of operation in a year of 8,760
    expect(onlyIssue((s) => (s.electricity.pumpedStorage = [pumped('ps', 1200, 6, 75, 1e300)]), 'electricity.pumpedStorage[0].annualCycles'))
      .toEqual(said('storage.cycles'));
  });

  it('population, in any series form: the yearly value is checked', () => {
    // the value as it is (the text shows 1e308, whose rounding overflows, as 1.00e+308: test/renderer/i18n)
    expect(onlyIssue((s) => (s.populationWan = 1e308), 'populationWan'))
      .toEqual(said('value.range', { bound: 'atMost', limit: 1e5, value: 1e308, year: 2020 }));
    expect(onlyIssue((s) => (s.populationWan = { expr: 'growth(1)', baseValue: 1e200 }), 'populationWan'))
      .toEqual(said('value.range', { bound: 'atMost', limit: 1e5, value: 1e200, year: 2020 }));
  });

  it('target values by metric', () => {
    expect(onlyIssue((s) => (s.targets = [target('energyCap', 1e308)]), 'targets[0].value')).toEqual(atMost(1e6, '万tce'));
    expect(onlyIssue((s) => (s.targets = [target('co2Cap', 1e7)]), 'targets[0].value')).toEqual(atMost(2e6, '万tCO2'));
    expect(onlyIssue((s) => (s.targets = [target('co2IntensityReduction', 180, { fromYear: 2020 })]), 'targets[0].value'))
      .toEqual(said('target.reductionRange', { min: -100, max: 100 }));
    expect(onlyIssue((s) => (s.targets = [target('peakYear', 1e308)]), 'targets[0].value'))
      .toEqual(said('target.peakYearRange', { min: 1990, max: 2100 }));
  });
});

describe('non-finite numbers (1e999 in a JSON file is Infinity once parsed)', () => {
  const INF = JSON.parse('1e999') as number;

  const notFinite = said('value.notFinite');

  it('say "must be a finite number", not "expected number, got number"', () => {
    expect(INF).toBe(Number.POSITIVE_INFINITY);
    expect(onlyIssue((s) => (s.economy.baseGdpYiYuan = INF), 'economy.baseGdpYiYuan')).toEqual(notFinite);
    expect(onlyIssue((s) => (s.baseYear = -INF), 'baseYear')).toEqual(notFinite);
    expect(onlyIssue((s) => (s.targets = [target('co2Cap', Number.NaN)]), 'targets[0].value')).toEqual(notFinite);
  });

  it('in each series form', () => {
    expect(onlyIssue((s) => (s.populationWan = INF), 'populationWan')).toEqual(notFinite);
    expect(onlyIssue((s) => (s.populationWan = [{ year: 2020, value: INF }]), 'populationWan[0].value')).toEqual(notFinite);
    expect(onlyIssue((s) => (s.populationWan = { expr: 'growth(1)', baseValue: INF }), 'populationWan.baseValue')).toEqual(notFinite);
    expect(onlyIssue((s) => (s.populationWan = { expr: '1e999' }), 'populationWan.expr'))
      .toEqual(said('expr.errorAt', { position: 1, error: said('expr.numberTooLarge', { number: '1e999' }) }));
  });
});

describe('issues that quote the input stay short', () => {
  it('hundreds of long unknown keys: the first few, cut, and how many more', () => {
    const issues = issuesOf((s) => {
      for (let i = 0; i < 200; i++) s.region[`${'k'.repeat(5_000)}${i}`] = 1;
    });
    expect(issues).toHaveLength(1);
    // five keys of 59 characters and an ellipsis, and the count of the rest: well under 500 characters (it was 1,000,000)
    expect(issues[0]).toMatchObject({ code: 'schema.unknownField', params: { keys: { more: 195 } } });
    const { items } = (issues[0]!.params as { keys: { items: string[] } }).keys;
    expect(items).toHaveLength(5);
    expect(items[0]).toMatch(/^k{59}…$/);
    expect(JSON.stringify(issues[0]).length).toBeLessThan(500);
  });

  it('an unknown source kind of 30,000 characters', () => {
    const msg = onlyIssue((s) => (s.sources = { populationWan: { kind: 'x'.repeat(30_000), reason: 'r' } }), 'sources.populationWan.kind');
    expect(msg).toEqual(said('schema.oneOfGot', { options: ['document', 'reference', 'assumed', 'user'], got: `"${'x'.repeat(58)}…` }));
  });

  it('a field path holding a 30,000-character key of the file', () => {
    const issues = issuesOf((s) => (s.sources = { ['p'.repeat(30_000)]: { kind: 'nope' } }));
    expect(issues[0]!.path).toBe(`sources.${'p'.repeat(119)}….kind`);
  });
});
