import { describe, expect, it } from 'vitest';
import { validateScenario, type ScenarioIssue } from '../../../shared/model/validate';
import { bodyOf, type IssueBody } from '../../../shared/model/issue-codes';
import { makeScenario } from '../../helpers/make-scenario';
import { gen, json, pumped } from '../build';

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
const user = { kind: 'user' } as const;

describe('schema 2: accounting methods and the inputs they read', () => {
  it('a scenario using every new field passes and comes back as given', () => {
    const input = json(makeScenario((s) => {
      s.accounting = { energyControl: 'nonFossilExcluded', renewableAttribution: 'provincialPool', electricityCo2: 'marketBased', gridFactorScope: 'provincial', peakTolerancePct: 0 };
      s.energy.feedstockSharePct = { coal: 10, gas: [{ year: 2020, value: 5 }, { year: 2030, value: 8 }] };
      s.electricity.importedRenewableSharePct = 28;
      s.electricity.greenPowerYiKWh = { expr: 'year >= 2025 ? 2 : 0' };
      s.electricity.hydroYearFactor = [{ year: 2021, value: 0.85 }, { year: 2022, value: 1.1 }];
      s.electricity.projects = [
        gen('pv-1', 'pv', 100, 1100, 2024, { commissioningMonth: 7, degradationPctPerYear: 0.5 }),
        gen('waste-1', 'biomass', 30, 6000, 2022, { fossilCo2TPerMWh: 0.4 }),
      ];
      s.electricity.pumpedStorage = [pumped('ps-1', 1200, 6, 75, 250, 2027, { attribution: 'host' }), pumped('ps-2', 600, 6, 75, 250, 2029, { attribution: 'gridAsset' })];
      s.history = {
        gdpYiYuan: { '2021': { value: 108, source: user } },
        energyWanTce: { '2021': { value: 52, source: user } },
        electricityUseYiKWh: { '2022': { value: 17.5, source: user } },
        localCapacityMW: { '2023': { value: 7604.6, source: user } },
        localGenerationYiKWh: { '2023': { value: 1.2, source: user } },
      };
      s.targets = [{ id: 'budget', label: '碳排放预算', metric: 'co2Budget', fromYear: 2026, year: 2030, value: 1000, binding: false, source: user }];
    }));
    expect(validateScenario(input)).toEqual({ ok: true, scenario: input });
  });

  it('the methods are required, each one of its options', () => {
    expect(onlyIssue((s) => { delete s.accounting; }, 'accounting')).toEqual(said('schema.missing', { expected: 'object' }));
    expect(onlyIssue((s) => { s.accounting.energyControl = 'excludeNew'; }, 'accounting.energyControl'))
      .toEqual(said('schema.oneOf', { options: ['nonFossilExcluded', 'renewableIncreaseExcluded', 'none', 'legacyNewRenewables'] }));
    expect(onlyIssue((s) => { s.accounting.electricityCo2 = 'C'; }, 'accounting.electricityCo2'))
      .toEqual(said('schema.oneOf', { options: ['netImports', 'netImportsNoExportCredit', 'locationBased', 'marketBased'] }));
    // a missing choice lists the choices
    expect(onlyIssue((s) => { delete s.accounting.renewableAttribution; }, 'accounting.renewableAttribution'))
      .toEqual(said('schema.oneOf', { options: ['provincialPool', 'localBalance'] }));
    // the schema-1 flag is not read any more: named as an unknown field, not ignored
    expect(onlyIssue((s) => { s.conventions.excludeNewRenewablesFromIntensity = true; }, 'conventions'))
      .toEqual(said('schema.unknownField', { keys: { items: ['excludeNewRenewablesFromIntensity'], more: 0 } }));
  });

  it('peak tolerance: 0 to 20 %', () => {
    expect(onlyIssue((s) => { s.accounting.peakTolerancePct = -1; }, 'accounting.peakTolerancePct')).toEqual(said('value.negative'));
    expect(onlyIssue((s) => { s.accounting.peakTolerancePct = 25; }, 'accounting.peakTolerancePct')).toEqual(said('value.atMost', { limit: 20, unit: '' }));
  });

  it('every pumped-storage plant says who its losses are charged to', () => {
    const msg = onlyIssue((s) => { s.electricity.pumpedStorage = [pumped('ps', 100, 6, 75, 250)]; delete s.electricity.pumpedStorage[0].attribution; }, 'electricity.pumpedStorage[0].attribution');
    expect(msg).toEqual(said('schema.oneOf', { options: ['gridAsset', 'host', 'legacyCo2Only'] }));
  });

  it('a plant’s commissioning month is a month; degradation at most 5 %/yr', () => {
    const withProject = (extra: object) => (s: Loose) => { s.electricity.projects = [{ ...gen('pv', 'pv', 1, 1000, 2024), ...extra }]; };
    expect(onlyIssue(withProject({ commissioningMonth: 13 }), 'electricity.projects[0].commissioningMonth')).toEqual(said('value.atMost', { limit: 12, unit: '' }));
    expect(onlyIssue(withProject({ commissioningMonth: 6.5 }), 'electricity.projects[0].commissioningMonth')).toEqual(said('value.whole'));
    expect(onlyIssue(withProject({ degradationPctPerYear: 6 }), 'electricity.projects[0].degradationPctPerYear')).toEqual(said('value.atMost', { limit: 5, unit: '' }));
    expect(onlyIssue(withProject({ fossilCo2TPerMWh: -0.1 }), 'electricity.projects[0].fossilCo2TPerMWh')).toEqual(said('value.negative'));
  });

  it('feedstock shares: coal, oil and gas only, 0–100 % in every year', () => {
    expect(onlyIssue((s) => { s.energy.feedstockSharePct = { coal: 120 }; }, 'energy.feedstockSharePct.coal'))
      .toEqual(said('value.range', { bound: 'atMost', limit: 100, value: 120, year: 2020 }));
    expect(onlyIssue((s) => { s.energy.feedstockSharePct = { heat: 10 }; }, 'energy.feedstockSharePct'))
      .toEqual(said('schema.unknownField', { keys: { items: ['heat'], more: 0 } }));
    expect(onlyIssue((s) => { s.electricity.hydroYearFactor = 4; }, 'electricity.hydroYearFactor'))
      .toEqual(said('value.range', { bound: 'atMost', limit: 3, value: 4, year: 2020 }));
  });

  it('published statistics: keyed by year, GDP and energy above zero', () => {
    expect(onlyIssue((s) => { s.history = { gdpYiYuan: { '20x1': { value: 1, source: user } } }; }, 'history.gdpYiYuan.20x1')).toEqual(said('history.yearKey'));
    expect(onlyIssue((s) => { s.history = { energyWanTce: { '2021': { value: 0, source: user } } }; }, 'history.energyWanTce.2021.value')).toEqual(said('value.positive'));
    expect(onlyIssue((s) => { s.history = { localCapacityMW: { '2021': { value: -1, source: user } } }; }, 'history.localCapacityMW.2021.value')).toEqual(said('value.negative'));
    expect(onlyIssue((s) => { s.history = { gdpYiYuan: { '2021': { value: 100 } } }; }, 'history.gdpYiYuan.2021.source')).toMatchObject({ code: 'schema.missing' });
  });

  it('a carbon budget needs its first year and a positive total', () => {
    const budget = (extra: object) => (s: Loose) => { s.targets = [{ id: 'b', label: 'b', metric: 'co2Budget', year: 2030, value: 100, binding: true, source: user, ...extra }]; };
    expect(onlyIssue(budget({}), 'targets[0].fromYear')).toEqual(said('target.fromYearNeeded'));
    expect(onlyIssue(budget({ fromYear: 2026, value: 0 }), 'targets[0].value')).toEqual(said('target.capPositive'));
  });
});
