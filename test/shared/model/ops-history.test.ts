import { describe, expect, it } from 'vitest';
import {
  historyEntry,
  historyYears,
  nextHistoryYear,
  removeHistoryYear,
  setHistoryNote,
  setHistorySource,
  setHistoryValue,
} from '../../../shared/model/ops-history';
import { clearValue } from '../../../shared/model/ops-optional';
import type { Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';
import { makeScenario } from '../../helpers/make-scenario';

/** The round scenario (2020–2030) with this schema's accounting, whatever the helper's version. */
function scenario(edit: (s: Scenario) => void = () => {}): Scenario {
  return makeScenario((s) => {
    s.schemaVersion = 2;
    delete (s.conventions as { excludeNewRenewablesFromIntensity?: boolean }).excludeNewRenewablesFromIntensity;
    s.accounting = { energyControl: 'nonFossilExcluded', renewableAttribution: 'provincialPool', electricityCo2: 'netImports', gridFactorScope: 'provincial', peakTolerancePct: 2 };
    edit(s);
  });
}

const BULLETIN = { kind: 'document', file: '000_cf0eda570017d74c.txt', line: 103 } as const;

describe('published statistics (history)', () => {
  it('a typed value is the user’s and keeps the user’s note; a value from a document becomes the user’s when retyped', () => {
    let s = setHistoryValue(scenario(), 'gdpYiYuan', 2021, 110);
    expect(historyEntry(s, 'gdpYiYuan', 2021)).toEqual({ value: 110, source: { kind: 'user' } });
    s = setHistoryNote(s, 'gdpYiYuan', 2021, '  2021年统计公报  ');
    expect(historyEntry(s, 'gdpYiYuan', 2021)?.source).toEqual({ kind: 'user', note: '2021年统计公报' });
    s = setHistoryValue(s, 'gdpYiYuan', 2021, 111);
    expect(historyEntry(s, 'gdpYiYuan', 2021)).toEqual({ value: 111, source: { kind: 'user', note: '2021年统计公报' } });

    s = setHistorySource(s, 'gdpYiYuan', 2021, BULLETIN);
    expect(historyEntry(s, 'gdpYiYuan', 2021)?.source).toBe(BULLETIN);
    // the same value again is no edit; another value is no longer what the document says
    expect(setHistoryValue(s, 'gdpYiYuan', 2021, 111)).toBe(s);
    expect(historyEntry(setHistoryValue(s, 'gdpYiYuan', 2021, 112), 'gdpYiYuan', 2021)?.source).toEqual({ kind: 'user' });
    // an empty note leaves a plain user edit
    expect(historyEntry(setHistoryNote(s, 'gdpYiYuan', 2021, ' '), 'gdpYiYuan', 2021)?.source).toEqual({ kind: 'user' });
    expect(validateScenario(s).ok).toBe(true);
  });

  it('a source without a value changes nothing', () => {
    const s = scenario();
    expect(setHistorySource(s, 'energyWanTce', 2022, BULLETIN)).toBe(s);
    expect(setHistoryNote(s, 'energyWanTce', 2022, '年鉴')).toBe(s);
  });

  it('years are the union over the metrics, ascending; removing a year takes every metric’s value of it in one edit', () => {
    let s = scenario();
    s = setHistoryValue(s, 'energyWanTce', 2023, 52);
    s = setHistoryValue(s, 'gdpYiYuan', 2021, 105);
    s = setHistoryValue(s, 'electricityUseYiKWh', 2021, 6.5);
    s = setHistoryValue(s, 'localCapacityMW', 2022, 760);
    expect(historyYears(s)).toEqual([2021, 2022, 2023]);

    const without2021 = removeHistoryYear(s, 2021);
    expect(historyYears(without2021)).toEqual([2022, 2023]);
    // 2021 held GDP and electricity use only: both records are gone, not left empty
    expect(without2021.history).toEqual({ energyWanTce: { 2023: { value: 52, source: { kind: 'user' } } }, localCapacityMW: { 2022: { value: 760, source: { kind: 'user' } } } });
    expect(removeHistoryYear(s, 2029)).toEqual(s);
  });

  it('removing the last value leaves no history at all', () => {
    const s = setHistoryValue(scenario(), 'localGenerationYiKWh', 2022, 30);
    expect(s.history).toEqual({ localGenerationYiKWh: { 2022: { value: 30, source: { kind: 'user' } } } });
    expect('history' in setHistoryValue(s, 'localGenerationYiKWh', 2022, undefined)).toBe(false);
    expect('history' in removeHistoryYear(s, 2022)).toBe(false);
    const none = scenario();
    expect(setHistoryValue(none, 'gdpYiYuan', 2022, undefined)).toBe(none);
  });

  it('the year a new row offers: after the latest shown, first the year after the base year, none past the horizon', () => {
    const s = scenario(); // 2020–2030
    expect(nextHistoryYear(s, [])).toBe(2021);
    expect(nextHistoryYear(s, [2021, 2023])).toBe(2024);
    expect(nextHistoryYear(s, [2030])).toBeUndefined();
  });

  it('what the edits write passes the scenario’s validation (year keys, a value and a source each)', () => {
    let s = setHistoryValue(scenario(), 'gdpYiYuan', 2022, 120);
    s = setHistoryNote(s, 'gdpYiYuan', 2022, '2022年统计公报');
    s = setHistoryValue(s, 'localCapacityMW', 2023, 7604.6);
    expect(validateScenario(s).ok).toBe(true);
  });
});

describe('clearing an optional input', () => {
  it('removes the value and the sources that spoke for it; a missing value is no edit', () => {
    const s = scenario((x) => {
      x.energy.feedstockSharePct = { coal: 10, gas: 5 };
      x.electricity.greenPowerYiKWh = 2;
      x.sources['energy.feedstockSharePct.coal'] = { kind: 'user' };
      x.sources['electricity.greenPowerYiKWh'] = { kind: 'user' };
    });
    const a = clearValue(s, 'energy.feedstockSharePct.coal');
    expect(a.energy.feedstockSharePct).toEqual({ gas: 5 });
    expect('energy.feedstockSharePct.coal' in a.sources).toBe(false);
    expect(a.sources['electricity.greenPowerYiKWh']).toEqual({ kind: 'user' });
    const b = clearValue(a, 'electricity.greenPowerYiKWh');
    expect('greenPowerYiKWh' in b.electricity).toBe(false);
    expect(validateScenario(b).ok).toBe(true);
    expect(clearValue(b, 'electricity.hydroYearFactor')).toBe(b);
    expect(clearValue(b, 'energy.feedstockSharePct.oil')).toBe(b);
  });

  it('a field of a ledger row: its source entry is keyed by the row’s id', () => {
    const s = scenario((x) => {
      x.electricity.projects = [{ id: 'pv-a', name: 'PV', type: 'pv', capacityMW: 10, utilisationHours: 1000, commissioningYear: 2022, commissioningMonth: 7, status: 'planned', included: true, source: { kind: 'user' } }];
      x.sources['electricity.projects[id=pv-a].commissioningMonth'] = { kind: 'user' };
    });
    const next = clearValue(s, 'electricity.projects[0].commissioningMonth');
    expect('commissioningMonth' in next.electricity.projects[0]!).toBe(false);
    expect(next.sources['electricity.projects[id=pv-a].commissioningMonth']).toBeUndefined();
  });
});
