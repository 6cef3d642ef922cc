import { describe, expect, it } from 'vitest';
import { presetById } from '../../../seeds/index';
import { applyOverridesWithReport, deriveFrom, diffScenario } from '../../../shared/model/inherit';
import type { Scenario } from '../../../shared/model/scenario';

const parent = (): Scenario => structuredClone(presetById('lianzhou-policy')!);

describe('a derived scenario’s hourly settings', () => {
  it('stores only what changed: a limit, a battery by id, a whole imported profile', () => {
    const base = parent();
    const edited = parent();
    edited.hourly!.exportLimitMW = 150;
    edited.hourly!.batteries.push({
      id: 'lz-bess-a',
      name: '储能 A',
      powerMW: 50,
      energyMWh: 100,
      roundTripEfficiencyPct: 85,
      commissioningYear: 2027,
      included: true,
      source: { kind: 'user' },
    });
    const load = Array<number>(8760).fill(1);
    edited.hourly!.profiles = { load: { values: load, unit: 'MW', source: { kind: 'user', note: 'a.csv' } } };
    const paths = diffScenario(base, edited).map((o) => o.path);
    expect(paths).toContain('hourly.exportLimitMW');
    expect(paths).toContain('hourly.batteries[id=lz-bess-a]');
    expect(paths.some((p) => p.startsWith('hourly.profiles'))).toBe(true);
    // nothing else of the balance is restated
    expect(paths.filter((p) => p.startsWith('hourly')).length).toBe(3);

    const child = deriveFrom(base, edited);
    const { scenario, stale } = applyOverridesWithReport(base, child);
    expect(stale).toEqual([]);
    expect(scenario.hourly).toEqual(edited.hourly);
  });

  it('follows the parent where it did not change: a new site in the parent reaches the child', () => {
    const base = parent();
    const edited = parent();
    edited.hourly!.feedback = true;
    const child = deriveFrom(base, edited);
    const moved = parent();
    moved.hourly!.latitude = 25.0;
    const { scenario } = applyOverridesWithReport(moved, child);
    expect(scenario.hourly!.latitude).toBe(25.0);
    expect(scenario.hourly!.feedback).toBe(true);
  });
});
