import { describe, expect, it } from 'vitest';
import { planImport } from '../../../shared/io/import-plan';
import type { DerivedScenario } from '../../../shared/model/inherit';
import { makeScenario } from '../../helpers/make-scenario';

const scenario = (id: string, name: string) => makeScenario((s) => {
  s.id = id;
  s.name = name;
});

describe('planImport', () => {
  const library = [
    { id: 'foshan-base', name: '佛山基准', readOnly: true },
    { id: 'my-1', name: '我的情景' },
    { id: 'my-1-2', name: '我的情景 (导入)' },
    { id: 'other', name: 'Other' },
  ];

  it('changes nothing when nothing clashes', () => {
    const plan = planImport(library, { scenarios: [scenario('new', '新情景')] });
    expect(plan.renames).toEqual([]);
    expect(plan.clashes).toEqual([]);
    expect(plan.replaces).toEqual([]);
    expect(plan.scenarios).toEqual([scenario('new', '新情景')]);
  });

  it('keep both: clashing ids get -2, -3 …; clashing names get (导入), (导入 2) …', () => {
    const plan = planImport(library, { scenarios: [scenario('my-1', '我的情景'), scenario('other', 'other ')] }, 'keepBoth');
    expect(plan.scenarios.map((s) => [s.id, s.name])).toEqual([
      ['my-1-3', '我的情景 (导入 2)'],
      ['other-2', 'other (导入)'],
    ]);
    expect(plan.renames).toEqual([
      { kind: 'id', scenarioId: 'my-1', from: 'my-1', to: 'my-1-3' },
      { kind: 'id', scenarioId: 'other', from: 'other', to: 'other-2' },
      { kind: 'name', scenarioId: 'my-1', from: '我的情景', to: '我的情景 (导入 2)' },
      { kind: 'name', scenarioId: 'other', from: 'other ', to: 'other (导入)' },
    ]);
    expect(plan.clashes.map((c) => [c.by, c.incomingId, c.existingId])).toEqual([
      ['id', 'my-1', 'my-1'],
      ['id', 'other', 'other'],
    ]);
    expect(plan.replaces).toEqual([]);
  });

  it('replace: same id replaces (listed for confirmation), names of other scenarios are still kept apart', () => {
    const plan = planImport(library, { scenarios: [scenario('my-1', '我的情景'), scenario('fresh', 'Other')] }, 'replace');
    expect(plan.scenarios.map((s) => [s.id, s.name])).toEqual([
      ['my-1', '我的情景'],
      ['fresh', 'Other (导入)'],
    ]);
    expect(plan.replaces).toEqual([{ id: 'my-1', name: '我的情景' }]);
    expect(plan.clashes.map((c) => [c.by, c.incomingId, c.existingId])).toEqual([
      ['id', 'my-1', 'my-1'],
      ['name', 'fresh', 'other'],
    ]);
  });

  it('never replaces a read-only entry (a preset), whatever the mode', () => {
    for (const mode of ['keepBoth', 'replace'] as const) {
      const plan = planImport(library, { scenarios: [scenario('foshan-base', '佛山基准')] }, mode);
      expect(plan.scenarios.map((s) => [s.id, s.name])).toEqual([['foshan-base-2', '佛山基准 (导入)']]);
      expect(plan.replaces).toEqual([]);
      expect(plan.clashes[0]).toMatchObject({ by: 'id', readOnly: true });
    }
  });

  it('derived scenarios follow their parent to its new id', () => {
    const child: DerivedScenario = { id: 'child', parentId: 'my-1', name: '子情景', overrides: [] };
    const plan = planImport(library, { scenarios: [scenario('my-1', 'X')], derived: [child] });
    expect(plan.derived).toEqual([{ ...child, parentId: 'my-1-3' }]);
    // a parent that is not in the file stays as it is (it is in the library)
    const outside = planImport(library, { scenarios: [], derived: [child] });
    expect(outside.derived[0]!.parentId).toBe('my-1');
  });

  it('keeps new ids within 80 characters and unique among themselves', () => {
    const long = 'a'.repeat(80);
    const plan = planImport([{ id: long, name: 'x' }, { id: `${'a'.repeat(78)}-2`, name: 'y' }], { scenarios: [scenario(long, 'z')] });
    expect(plan.scenarios[0]!.id).toBe(`${'a'.repeat(78)}-3`);
    expect(plan.scenarios[0]!.id.length).toBeLessThanOrEqual(80);
  });

  it('two incoming scenarios with one name do not end up with the same new name', () => {
    const plan = planImport([{ id: 'x', name: 'A' }], { scenarios: [scenario('a1', 'A'), scenario('a2', 'A')] });
    expect(plan.scenarios.map((s) => s.name)).toEqual(['A (导入)', 'A (导入 2)']);
  });

  it('does not change its inputs', () => {
    const s = scenario('my-1', '我的情景');
    const before = JSON.stringify(s);
    planImport(library, { scenarios: [s] });
    expect(JSON.stringify(s)).toBe(before);
  });

  describe('roll-up members', () => {
    const city = (members: string[]) =>
      makeScenario((s) => {
        s.id = 'city';
        s.name = '某市';
        s.rollup = { members: members.map((scenarioId) => ({ scenarioId })) };
      });

    it('follow a member imported in the same file to its new id', () => {
      // "my-1" and "my-1-2" are taken in the library, so the incoming county becomes "my-1-3"
      const plan = planImport(library, { scenarios: [scenario('my-1', '某县'), city(['my-1', 'elsewhere'])] });
      expect(plan.scenarios[0]!.id).toBe('my-1-3');
      // the member in the file follows; one not in the file keeps the id it names in the library
      expect(plan.scenarios[1]!.rollup!.members.map((m) => m.scenarioId)).toEqual(['my-1-3', 'elsewhere']);
    });

    it('keep their ids, and the city stays the checked object, when no member was renamed', () => {
      const c = city(['county-a']);
      const plan = planImport(library, { scenarios: [scenario('county-a', '甲县'), c] });
      expect(plan.scenarios[1]).toBe(c);
    });

    it('follow in a derived scenario that changes the members', () => {
      const d: DerivedScenario = { id: 'kid', parentId: 'city', name: '子', overrides: [{ path: 'rollup.members', value: [{ scenarioId: 'other' }] }] };
      const plan = planImport(library, { scenarios: [scenario('other', '另一个'), city([])], derived: [d] });
      // "other" is taken: the incoming one is "other-2", and the derived city's override names it
      expect(plan.derived[0]!.overrides).toEqual([{ path: 'rollup.members', value: [{ scenarioId: 'other-2' }] }]);
    });
  });
});
