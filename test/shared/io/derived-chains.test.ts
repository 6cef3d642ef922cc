import { describe, expect, it } from 'vitest';
import { exportScenarios, parseScenarioFile, type ParsedScenarioFile } from '../../../shared/io/scenario-file';
import type { DerivedScenario, ScenarioLookup } from '../../../shared/model/inherit';
import type { Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';

const META = { exportedAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0' };
const root = (id: string): Scenario => makeScenario((s) => (s.id = id));
/** `${prefix}-1` … `${prefix}-${count}`, each derived from the one before (`${prefix}-0` is the root), each with its own GDP growth. */
const links = (prefix: string, count: number, from = 1): DerivedScenario[] =>
  Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return { id: `${prefix}-${i}`, parentId: `${prefix}-${i - 1}`, name: `${prefix} ${i}`, overrides: [{ path: 'economy.gdpGrowthPct', value: (i % 50) / 10 }] };
  });
const fileOf = (scenarios: Scenario[], derived: DerivedScenario[]) => exportScenarios({ scenarios, derived, ...META });

function problemsOf(r: ParsedScenarioFile) {
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('derived chains in a scenario file', () => {
  it('refuses a 2,000-deep chain at the first scenario past the limit, naming it, its root, its depth and the limit', () => {
    // derived[i] is c-(i+1), so derived[100] is c-101, the first 101 derivations from c-0
    const problems = problemsOf(parseScenarioFile(fileOf([root('c-0')], links('c', 1999))));
    expect(problems[0]).toEqual({
      path: 'derived[100].parentId',
      code: 'derive.tooDeep',
      params: { id: 'c-101', depth: 101, root: 'c-0', limit: 100 },
    });
    // every deeper one is refused too (1,899 of them), the list capped at 200 plus a summary line
    expect(problems).toHaveLength(201);
    // 1,899 refused: 200 listed, 1,699 summed up
    expect(problems.at(-1)).toEqual({ path: '(file)', code: 'file.more', params: { count: 1699 } });
  }, 60_000);

  it('accepts a chain exactly at the limit', () => {
    const r = parseScenarioFile(fileOf([root('c-0')], links('c', 100)));
    if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
    // c-100: 100 % 50 = 0 → growth 0
    expect(r.derivedResolved[99]).toMatchObject({ id: 'c-100', economy: { gdpGrowthPct: 0 } });
    expect(r.derivedResolved[48]).toMatchObject({ id: 'c-49', economy: { gdpGrowthPct: 4.9 } });
  }, 60_000);

  it('looks up each library parent once, however many scenarios of the file hang below it', () => {
    // the library holds L-0 (a root) … L-40; the file holds 300 scenarios derived from L-40
    const library = new Map<string, Scenario | DerivedScenario>([['L-0', root('L-0')], ...links('L', 40).map((d) => [d.id, d] as const)]);
    let calls = 0;
    const parents: ScenarioLookup = (id) => (calls++, library.get(id));
    const derived = Array.from({ length: 300 }, (_, i): DerivedScenario => ({ id: `f-${i}`, parentId: 'L-40', name: `文件 ${i}`, overrides: [{ path: 'populationWan', value: 10 + i }] }));
    const r = parseScenarioFile(fileOf([], derived), { parents });
    if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
    // resolving each from scratch would look up L-40 … L-0 (41 scenarios) 300 times: 12,300 calls
    expect(calls).toBe(41);
    // f-7: population 10 + 7; growth from L-40 (40 % 50 / 10 = 4)
    expect(r.derivedResolved[7]).toMatchObject({ id: 'f-7', populationWan: 17, economy: { gdpGrowthPct: 4 } });
  }, 60_000);

  it('names the scenarios of a cycle', () => {
    const d = (id: string, parentId: string): DerivedScenario => ({ id, parentId, name: id, overrides: [] });
    const problems = problemsOf(parseScenarioFile(fileOf([], [d('a', 'b'), d('b', 'c'), d('c', 'a')])));
    expect(problems[0]).toEqual({ path: 'derived[0].parentId', code: 'derive.cycle', params: { chain: ['a', 'b', 'c', 'a'] } });
    expect(problems.map((p) => p.path)).toEqual(['derived[0].parentId', 'derived[1].parentId', 'derived[2].parentId']);
  });
});
