import { describe, expect, it } from 'vitest';
import {
  addProjects,
  appendItem,
  newProject,
  newStorage,
  newTarget,
  removeItem,
  removeProject,
  setValue,
  usedIds,
  withList,
  type TypicalHours,
} from '../../../shared/model/ops';
import { validateScenario } from '../../../shared/model/validate';
import { makeScenario } from '../../helpers/make-scenario';
import { assumed, gen, pumped } from '../build';

/** A hand-made table (not the reference one, whose values test/seeds checks). */
const HOURS: TypicalHours = { pv: 1000, wind: 2000, hydro: 3000, biomass: 5000, coal: 4000, gas: 3500 };

describe('new items', () => {
  it('a project: 0 MW, planned, included, the typical hours of its type, counting from the year after the base year', () => {
    const s = makeScenario();
    const p = newProject(s, 'wind', '新风电', HOURS);
    expect(p).toEqual({
      id: 'p-user-1',
      name: '新风电',
      type: 'wind',
      capacityMW: 0,
      utilisationHours: 2000,
      // base year 2020 → 2021
      commissioningYear: 2021,
      status: 'planned',
      included: true,
      source: { kind: 'user', note: 'added in the project ledger' },
    });
    expect(validateScenario(addProjects(s, [p])).ok).toBe(true);
  });

  it('ids avoid every id of the power lists', () => {
    // one project, so numbering starts at 2; p-user-2 is a fleet plant and p-user-3 a storage plant: p-user-4
    const s = makeScenario((x) => {
      x.electricity.projects = [gen('a', 'pv', 1, 1000)];
      x.electricity.fleet = [gen('p-user-2', 'coal', 1, 4000)];
      x.electricity.pumpedStorage = [pumped('p-user-3', 1, 6, 75, 240)];
    });
    expect(usedIds(s)).toEqual(['p-user-2', 'a', 'p-user-3']);
    expect(newProject(s, 'pv', 'x', HOURS).id).toBe('p-user-4');
  });

  it('a pumped-storage plant with the typical figures given, and a target over the first five years', () => {
    const s = makeScenario();
    expect(newStorage(s, '抽蓄', { storageHours: 6, roundTripEfficiencyPct: 75, annualCycles: 240 })).toMatchObject({
      id: 'ps-user-1', capacityMW: 0, storageHours: 6, roundTripEfficiencyPct: 75, annualCycles: 240, commissioningYear: 2021, status: 'planned',
    });
    // 2020 → 2025 (the horizon ends in 2030)
    expect(newTarget(s, '目标')).toMatchObject({ id: 't-user-1', metric: 'co2IntensityReduction', fromYear: 2020, year: 2025, value: 0, binding: false });
    const short = makeScenario((x) => {
      x.endYear = 2023;
    });
    expect(newTarget(short, '目标').year).toBe(2023);
  });
});

describe('lists and their sources', () => {
  const withThree = () =>
    makeScenario((x) => {
      x.electricity.projects = [gen('a', 'pv', 10, 1000), gen('b', 'wind', 20, 2000), gen('c', 'hydro', 30, 3000)];
      x.sources = {
        ...x.sources,
        'electricity.projects[id=a].capacityMW': { kind: 'user' },
        'electricity.projects[id=b].name': assumed,
        'electricity.projects[id=c].capacityMW': { kind: 'user', note: 'c' },
      };
    });

  it('setValue inside a ledger row keys the source by the row’s id', () => {
    const next = setValue(withThree(), 'electricity.projects[1].capacityMW', 25);
    expect(next.electricity.projects[1]!.capacityMW).toBe(25);
    expect(next.sources['electricity.projects[id=b].capacityMW']).toEqual({ kind: 'user' });
    expect(next.sources).not.toHaveProperty(['electricity.projects[1].capacityMW']);
    // a point of a series is no row: its position stays
    const points = makeScenario((x) => {
      x.economy.gdpGrowthPct = [{ year: 2020, value: 5 }, { year: 2030, value: 4 }];
    });
    expect(setValue(points, 'economy.gdpGrowthPct[1].value', 3).sources['economy.gdpGrowthPct[1].value']).toEqual({ kind: 'user' });
  });

  it('removing a project drops its source entries and leaves the others’ keys as they are', () => {
    const s = withThree();
    const next = removeProject(s, 'b');
    expect(next.electricity.projects.map((p) => p.id)).toEqual(['a', 'c']);
    const keys = Object.keys(next.sources).filter((k) => k.startsWith('electricity.projects'));
    expect(keys).toEqual(['electricity.projects[id=a].capacityMW', 'electricity.projects[id=c].capacityMW']);
    expect(next.sources['electricity.projects[id=c].capacityMW']).toBe(s.sources['electricity.projects[id=c].capacityMW']);
  });

  it('appends and removes items of any id-keyed list; an unknown id changes nothing', () => {
    const s = withThree();
    expect(removeItem(s, 'targets', 'nope')).toBe(s);
    const t = newTarget(s, 'x');
    const added = appendItem(s, 'targets', t);
    expect(added.targets).toEqual([t]);
    expect(removeItem(added, 'targets', t.id).targets).toEqual([]);
  });

  it('a reordered list keeps its sources untouched (no key names a position)', () => {
    const s = withThree();
    const [a, b, c] = s.electricity.projects;
    const next = withList(s, 'electricity.projects', [c!, a!, b!]);
    expect(next.electricity.projects.map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(next.sources).toBe(s.sources);
  });

  it('setValue marks the field as the user’s', () => {
    const next = setValue(makeScenario(), 'economy.gdpGrowthPct', 6);
    expect(next.economy.gdpGrowthPct).toBe(6);
    expect(next.sources['economy.gdpGrowthPct']).toEqual({ kind: 'user' });
  });
});
