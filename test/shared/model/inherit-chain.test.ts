import { describe, expect, it } from 'vitest';
import {
  applyOverrides,
  createChainResolver,
  InheritanceError,
  MAX_DERIVATION_DEPTH,
  resolveChain,
  resolveChainWithReport,
  type DerivedScenario,
  type ScenarioLookup,
} from '../../../shared/model/inherit';
import type { Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';

const root = (): Scenario => makeScenario((s) => (s.id = 'c-0'));

/** `c-0` (a root) and `c-1` … `c-{n-1}`, each derived from the one before and setting GDP growth to its own number. */
function chain(n: number): Map<string, Scenario | DerivedScenario> {
  const m = new Map<string, Scenario | DerivedScenario>([['c-0', root()]]);
  for (let i = 1; i < n; i++) m.set(`c-${i}`, { id: `c-${i}`, parentId: `c-${i - 1}`, name: `链 ${i}`, overrides: [{ path: 'economy.gdpGrowthPct', value: i }] });
  return m;
}

/** A lookup that counts its calls. */
function counted(m: Map<string, Scenario | DerivedScenario>): { lookup: ScenarioLookup; calls: () => number } {
  let calls = 0;
  return { lookup: (id) => (calls++, m.get(id)), calls: () => calls };
}

const thrown = (f: () => unknown): InheritanceError => {
  try {
    f();
  } catch (err) {
    if (err instanceof InheritanceError) return err;
    throw err;
  }
  throw new Error('expected an InheritanceError');
};

describe('createChainResolver', () => {
  it('resolves every scenario of a 2,000-deep chain with one lookup each, leaf first or root first', () => {
    const n = 2000;
    const m = chain(n);
    for (const order of ['leaf first', 'root first']) {
      const { lookup, calls } = counted(m);
      const resolve = createChainResolver(lookup, Infinity);
      const ids = [...m.keys()];
      if (order === 'leaf first') ids.reverse();
      for (const id of ids) resolve(id);
      // resolving from scratch costs 1 + 2 + … + n lookups (2,001,000); each scenario looked up once costs n
      expect(calls(), order).toBe(n);
      // c-1999's own override, and its name is its own
      expect(resolve('c-1999').scenario).toMatchObject({ id: 'c-1999', name: '链 1999', economy: { gdpGrowthPct: 1999 } });
      expect(resolve('c-1999').depth).toBe(1999);
      expect(calls(), 'asking again looks nothing up').toBe(n);
    }
  });

  it('refuses a chain deeper than the limit, naming the scenario, its depth and the limit, with one lookup per scenario', () => {
    const { lookup, calls } = counted(chain(2000));
    const resolve = createChainResolver(lookup);
    expect(MAX_DERIVATION_DEPTH).toBe(100);
    // c-100 is 100 derivations from c-0: the deepest allowed
    expect(resolve('c-100').scenario.economy.gdpGrowthPct).toBe(100);
    const err = thrown(() => resolve('c-1999'));
    expect(err).toMatchObject({ kind: 'too-deep', chain: ['c-1999', 'c-0'], depth: 1999, limit: 100 });
    expect(err.issue).toEqual({ code: 'derive.tooDeep', params: { id: 'c-1999', depth: 1999, root: 'c-0', limit: 100 } });
    expect(thrown(() => resolve('c-101')).issue).toEqual({ code: 'derive.tooDeep', params: { id: 'c-101', depth: 101, root: 'c-0', limit: 100 } });
    expect(calls()).toBe(2000);
    // the single-scenario form has the same limit
    expect(thrown(() => resolveChain('c-101', (id) => chain(102).get(id))).kind).toBe('too-deep');
  });

  it('finds a cycle once, names the scenarios in it, and refuses what derives from it', () => {
    const d = (id: string, parentId: string): DerivedScenario => ({ id, parentId, name: id, overrides: [] });
    const m = new Map<string, Scenario | DerivedScenario>([['a', d('a', 'b')], ['b', d('b', 'c')], ['c', d('c', 'a')], ['x', d('x', 'a')]]);
    const { lookup, calls } = counted(m);
    const resolve = createChainResolver(lookup);
    const err = thrown(() => resolve('x'));
    expect(err).toMatchObject({ kind: 'cycle', chain: ['a', 'b', 'c', 'a'], issue: { code: 'derive.cycle', params: { chain: ['a', 'b', 'c', 'a'] } } });
    for (const id of ['a', 'b', 'c']) expect(thrown(() => resolve(id)).chain).toEqual(['a', 'b', 'c', 'a']);
    expect(calls()).toBe(4);
  });

  it('names the missing parent from every scenario below it', () => {
    const m = chain(4);
    m.delete('c-0');
    const resolve = createChainResolver((id) => m.get(id));
    expect(thrown(() => resolve('c-3'))).toMatchObject({
      kind: 'missing',
      chain: ['c-3', 'c-1', 'c-0'],
      issue: { code: 'derive.missing', params: { id: 'c-1', parent: 'c-0' } },
    });
    expect(thrown(() => resolve('c-1')).chain).toEqual(['c-1', 'c-0']);
    expect(thrown(() => resolve('c-2')).chain).toEqual(['c-2', 'c-1', 'c-0']);
  });

  it('gives what applying each level by hand gives, for a short chain', () => {
    // root: population 50, GDP growth 0, grid factor as made (see makeScenario)
    const base = root();
    const mid: DerivedScenario = { id: 'mid', parentId: 'c-0', name: '中', overrides: [{ path: 'economy.gdpGrowthPct', value: 5 }, { path: 'populationWan', value: 60 }] };
    const leaf: DerivedScenario = {
      id: 'leaf',
      parentId: 'mid',
      name: '叶',
      overrides: [{ path: 'economy.gdpGrowthPct', value: 4 }, { path: 'electricity.projects[id=gone].capacityMW', value: 1 }],
    };
    const m = new Map<string, Scenario | DerivedScenario>([['c-0', base], ['mid', mid], ['leaf', leaf]]);
    const resolve = createChainResolver((id) => m.get(id));
    const naive = applyOverrides(applyOverrides(base, mid), leaf);
    expect(resolve('leaf').scenario).toEqual(naive);
    // leaf's growth 4 replaces mid's 5; population 60 comes from mid; the rest is the root's
    expect(naive).toMatchObject({ id: 'leaf', name: '叶', populationWan: 60, economy: { baseGdpYiYuan: 100, gdpGrowthPct: 4 } });
    expect(resolve('mid').depth).toBe(1);
    expect(resolve('leaf')).toMatchObject({ depth: 2, rootId: 'c-0', parentId: 'mid' });
    // the stale override (a project that does not exist) is the leaf's own
    expect(resolve('leaf').stale.map((s) => [s.scenarioId, s.override.path])).toEqual([['leaf', 'electricity.projects[id=gone].capacityMW']]);
    expect(resolveChainWithReport('leaf', (id) => m.get(id)).stale.map((s) => s.scenarioId)).toEqual(['leaf']);
  });
});
