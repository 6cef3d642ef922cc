import { describe, expect, it } from 'vitest';
import { DEFAULT_HYDRO_DISPATCHABLE_PCT } from '../../../shared/model/hourly';
import {
  addBattery,
  DEFAULT_HYDRO_DISPATCHABLE_SOURCE,
  disableHourly,
  enableHourly,
  newBattery,
  removeBattery,
  setGridLimit,
  setHourlyFeedback,
  setHydroDispatchablePct,
  setSite,
  updateBattery,
} from '../../../shared/model/ops-hourly';
import type { Generator, Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';
import { presetById } from '../../../seeds/index';

/** 连州's policy scenario without its hourly settings and with an empty ledger (each test adds what it needs). */
const bare = (): Scenario => {
  const { hourly: _none, ...s } = structuredClone(presetById('lianzhou-policy')!);
  const sources = Object.fromEntries(Object.entries(s.sources).filter(([k]) => !k.startsWith('hourly')));
  return { ...s, sources, electricity: { ...s.electricity, projects: [] } };
};

const project = (id: string, type: Generator['type'], capacityMW: number, commissioningYear: number, included = true): Generator => ({
  id,
  name: id,
  type,
  capacityMW,
  utilisationHours: 1000,
  commissioningYear,
  status: 'planned',
  included,
  source: { kind: 'user' },
});

describe('switching the balance on and off', () => {
  it('first switch-on: the defaults, the reservoir share with its assumed source', () => {
    const s = enableHourly(bare());
    expect(s.hourly).toEqual({ enabled: true, feedback: false, hydroDispatchablePct: DEFAULT_HYDRO_DISPATCHABLE_PCT, batteries: [] });
    expect(s.sources['hourly.hydroDispatchablePct']).toEqual(DEFAULT_HYDRO_DISPATCHABLE_SOURCE);
    expect(validateScenario(s).ok).toBe(true);
  });

  it('off keeps the settings; on again finds them', () => {
    const on = setGridLimit(enableHourly(bare()), 'export', 50);
    const off = disableHourly(on);
    expect(off.hourly).toMatchObject({ enabled: false, exportLimitMW: 50 });
    expect(enableHourly(off).hourly).toMatchObject({ enabled: true, exportLimitMW: 50 });
  });

  it('switching to the state it is in changes nothing', () => {
    const s = enableHourly(bare());
    expect(enableHourly(s)).toBe(s);
    const b = bare();
    expect(disableHourly(b)).toBe(b);
  });
});

describe('settings', () => {
  it('leave a scenario without hourly settings as it is', () => {
    const b = bare();
    expect(setHourlyFeedback(b, true)).toBe(b);
    expect(setGridLimit(b, 'import', 10)).toBe(b);
    expect(setHydroDispatchablePct(b, 50)).toBe(b);
    expect(setSite(b, 'latitude', 24)).toBe(b);
    expect(addBattery(b, newBattery(b, 'x'))).toBe(b);
  });

  it('feedback, marked as the user’s', () => {
    const s = setHourlyFeedback(enableHourly(bare()), true);
    expect(s.hourly!.feedback).toBe(true);
    expect(s.sources['hourly.feedback']).toEqual({ kind: 'user' });
  });

  it('a limit set and removed: absent means no limit, and its source goes with it', () => {
    const s = setGridLimit(enableHourly(bare()), 'import', [{ year: 2025, value: 300 }, { year: 2030, value: 500 }]);
    expect(s.hourly!.importLimitMW).toEqual([{ year: 2025, value: 300 }, { year: 2030, value: 500 }]);
    expect(s.sources['hourly.importLimitMW']).toEqual({ kind: 'user' });
    const cleared = setGridLimit(s, 'import', undefined);
    expect('importLimitMW' in cleared.hourly!).toBe(false);
    expect(cleared.sources['hourly.importLimitMW']).toBeUndefined();
  });

  it('the reservoir share is held within 0–100 %', () => {
    const s = enableHourly(bare());
    expect(setHydroDispatchablePct(s, 35).hourly!.hydroDispatchablePct).toBe(35);
    expect(setHydroDispatchablePct(s, 140).hourly!.hydroDispatchablePct).toBe(100);
    expect(setHydroDispatchablePct(s, -5).hourly!.hydroDispatchablePct).toBe(0);
    expect(setHydroDispatchablePct(s, Number.NaN)).toBe(s);
  });

  it('the site: set, and back to the built-in one', () => {
    const s = setSite(setSite(enableHourly(bare()), 'latitude', 24.78), 'longitude', 112.38);
    expect(s.hourly).toMatchObject({ latitude: 24.78, longitude: 112.38 });
    const back = setSite(s, 'latitude', undefined);
    expect('latitude' in back.hourly!).toBe(false);
    expect(back.hourly!.longitude).toBe(112.38);
  });
});

describe('batteries', () => {
  it('sized by the pairing rule: 10 % of the wind and PV above 30 MW from 2025, 2 hours, 85 %', () => {
    let s = enableHourly(bare());
    s = {
      ...s,
      electricity: {
        ...s.electricity,
        projects: [
          project('pv-big', 'pv', 200, 2026), // under the rule
          project('wind-a', 'wind', 50, 2027), // under the rule (wind of any size)
          project('pv-small', 'pv', 30, 2026), // exempt: not above 30 MW
          project('pv-early', 'pv', 100, 2024), // connected before 2025
          project('wind-out', 'wind', 80, 2028, false), // not included
        ],
      },
    };
    const b = newBattery(s, '储能 1');
    // (200 + 50) MW × 10 % = 25 MW; 25 MW × 2 h = 50 MWh; from 2026, the first of the two
    expect(b).toMatchObject({ id: 'bat-user-1', name: '储能 1', powerMW: 25, energyMWh: 50, roundTripEfficiencyPct: 85, commissioningYear: 2026, included: true });
    expect(b.source.kind).toBe('assumed');
    if (b.source.kind === 'assumed') {
      expect(b.source.reason).toContain('250 MW');
      expect(b.source.basisZh).toContain('时长2小时');
    }
  });

  it('a placeholder where no project falls under the rule: 10 MW for 2 hours from the year after the base year', () => {
    const s = enableHourly(bare());
    const b = newBattery(s, 'x');
    // 10 MW × 2 h = 20 MWh
    expect(b).toMatchObject({ powerMW: 10, energyMWh: 20, commissioningYear: s.baseYear + 1 });
    if (b.source.kind === 'assumed') expect(b.source.reason).toContain('placeholder');
  });

  it('added, edited field by field, removed with its sources; each scenario valid', () => {
    let s = enableHourly(bare());
    s = addBattery(s, newBattery(s, 'a'));
    s = addBattery(s, newBattery(s, 'b'));
    expect(s.hourly!.batteries.map((b) => b.id)).toEqual(['bat-user-1', 'bat-user-2']);
    expect(validateScenario(s).ok).toBe(true);

    const edited = updateBattery(s, 'bat-user-2', { powerMW: 40, energyMWh: 160, name: 'b' });
    expect(edited.hourly!.batteries[1]).toMatchObject({ powerMW: 40, energyMWh: 160 });
    expect(edited.sources['hourly.batteries[id=bat-user-2].powerMW']).toEqual({ kind: 'user' });
    // the name was not changed, so it gets no source of its own
    expect(edited.sources['hourly.batteries[id=bat-user-2].name']).toBeUndefined();
    expect(updateBattery(s, 'nope', { powerMW: 1 })).toBe(s);

    const retiring = updateBattery(edited, 'bat-user-2', { retirementYear: 2045 });
    expect(updateBattery(retiring, 'bat-user-2', { retirementYear: undefined }).hourly!.batteries[1]).not.toHaveProperty('retirementYear');

    const removed = removeBattery(edited, 'bat-user-2');
    expect(removed.hourly!.batteries.map((b) => b.id)).toEqual(['bat-user-1']);
    expect(Object.keys(removed.sources).some((k) => k.includes('bat-user-2'))).toBe(false);
    expect(removeBattery(removed, 'bat-user-2')).toBe(removed);
    // the next new battery does not take an id in use
    expect(newBattery(edited, 'c').id).toBe('bat-user-3');
  });
});
