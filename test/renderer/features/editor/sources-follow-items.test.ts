import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceFor } from '../../../../renderer/features/editor/sources';
import { applyOverrides, deriveFrom } from '../../../../shared/model/inherit';
import { addProject, removeItem, removeProject, setAnnualBuildout, setValue } from '../../../../shared/model/ops';
import { restoreFromParent } from '../../../../shared/model/ops-inherit';
import { setAt } from '../../../../shared/model/path';
import type { Generator, Scenario } from '../../../../shared/model/scenario';
import type { SourceRef } from '../../../../shared/model/provenance';
import { editorScenario } from './fixture';

/**
 * A source given to a field of a ledger row belongs to that row: whatever
 * happens to the list around it (rows added, removed, reordered, by an edit
 * here or by the scenario it derives from), the row's field shows it.
 */

const mark = (note: string): SourceRef => ({ kind: 'user', note });
const gen = (id: string, capacityMW = 10): Generator => ({
  id, name: id, type: 'pv', capacityMW, utilisationHours: 1100, commissioningYear: 2025, status: 'planned', included: true,
  source: { kind: 'assumed', reason: `row ${id}` },
});
const at = (s: Scenario, id: string) => s.electricity.projects.findIndex((p) => p.id === id);
const fieldSource = (s: Scenario, id: string) => sourceFor(s, `electricity.projects[${at(s, id)}].capacityMW`);

/** Three projects, each capacity with a source of its own (`a`, `b`, `c`). */
function threeMarked(): Scenario {
  let s = editorScenario();
  s = { ...s, electricity: { ...s.electricity, projects: [gen('a'), gen('b'), gen('c')] } };
  for (const [i, id] of ['a', 'b', 'c'].entries()) s = setValue(s, `electricity.projects[${i}].capacityMW`, 20 + i, mark(id));
  return s;
}

describe('a field source stays with its ledger row', () => {
  it('when the rows are reordered by writing the list', () => {
    const s = threeMarked();
    const [a, b, c] = s.electricity.projects;
    const next = setAt(s, 'electricity.projects', [c, a, b]);
    // c now at [0], a at [1], b at [2]
    expect(sourceFor(next, 'electricity.projects[0].capacityMW')).toEqual(mark('c'));
    expect(sourceFor(next, 'electricity.projects[1].capacityMW')).toEqual(mark('a'));
    expect(sourceFor(next, 'electricity.projects[2].capacityMW')).toEqual(mark('b'));
  });

  it('when a row is removed, added, or the build-out lever rewrites its rows', () => {
    let s = removeProject(threeMarked(), 'a');
    expect(['b', 'c'].map((id) => fieldSource(s, id))).toEqual([mark('b'), mark('c')]);
    s = addProject(s, gen('d'));
    // the new row has no field source of its own: its row's source shows
    expect(fieldSource(s, 'd')).toEqual({ kind: 'assumed', reason: 'row d' });
    s = setAnnualBuildout(s, 'wind', 5, 2026, 2028, 2000, (type, y) => `${type} ${y}`);
    expect(['b', 'c'].map((id) => fieldSource(s, id))).toEqual([mark('b'), mark('c')]);
  });

  it('and leaves with it: a removed row added back does not get its old field sources', () => {
    const s = removeProject(threeMarked(), 'b');
    const back = addProject(s, gen('b'));
    expect(fieldSource(back, 'b')).toEqual({ kind: 'assumed', reason: 'row b' });
  });

  it('when a derived scenario restores a row its parent has before them', () => {
    const parent = threeMarked();
    const child = removeProject(parent, 'b');
    const restored = restoreFromParent(parent, child, 'electricity.projects', 'b');
    expect(restored.electricity.projects.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(['a', 'b', 'c'].map((id) => fieldSource(restored, id))).toEqual([mark('a'), mark('b'), mark('c')]);
  });

  it('when the parent of a derived scenario adds a row before the ones the child gave sources to', () => {
    const parent = threeMarked();
    const child = deriveFrom(parent, setValue(parent, 'electricity.projects[2].capacityMW', 99, mark('mine')));
    const [a, b, c] = parent.electricity.projects;
    const parentLater = setAt(parent, 'electricity.projects', [gen('x'), b, a, c]);
    const resolved = applyOverrides(parentLater, child);
    expect(resolved.electricity.projects.map((p) => [p.id, p.capacityMW])).toEqual([['x', 10], ['b', 21], ['a', 20], ['c', 99]]);
    expect(['x', 'b', 'a', 'c'].map((id) => fieldSource(resolved, id))).toEqual([{ kind: 'assumed', reason: 'row x' }, mark('b'), mark('a'), mark('mine')]);
  });

  it('in other id-keyed lists too (targets)', () => {
    let s = editorScenario();
    s = { ...s, targets: [...s.targets, { ...s.targets[0]!, id: 't-2', label: '二' }] };
    s = setValue(s, 'targets[1].value', 20, mark('t-2'));
    s = setAt(s, 'targets', [s.targets[1]!, s.targets[0]!]);
    expect(sourceFor(s, 'targets[0].value')).toEqual(mark('t-2'));
    expect(sourceFor(removeItem(s, 'targets', 't-co2'), 'targets[0].value')).toEqual(mark('t-2'));
  });

  it('through any sequence of edits, additions, removals and reorderings', () => {
    type Step = { kind: 'mark'; i: number; note: string } | { kind: 'remove'; i: number } | { kind: 'add'; n: number } | { kind: 'move'; i: number; j: number };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('mark' as const), i: fc.nat(9), note: fc.constantFrom('p', 'q', 'r') }),
      fc.record({ kind: fc.constant('remove' as const), i: fc.nat(9) }),
      fc.record({ kind: fc.constant('add' as const), n: fc.nat(20) }),
      fc.record({ kind: fc.constant('move' as const), i: fc.nat(9), j: fc.nat(9) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let s = threeMarked();
        // what each row's capacity must show: its own mark, else (no entry) the row's source
        const expected = new Map<string, SourceRef>([['a', mark('a')], ['b', mark('b')], ['c', mark('c')]]);
        for (const st of steps) {
          const list = s.electricity.projects;
          const i = list.length ? ('i' in st ? st.i % list.length : 0) : -1;
          if (st.kind === 'mark' && i >= 0) {
            s = setValue(s, `electricity.projects[${i}].capacityMW`, 30, mark(`${list[i]!.id}:${st.note}`));
            expected.set(list[i]!.id, mark(`${list[i]!.id}:${st.note}`));
          } else if (st.kind === 'remove' && i >= 0) {
            expected.delete(list[i]!.id);
            s = removeProject(s, list[i]!.id);
          } else if (st.kind === 'add' && !list.some((p) => p.id === `n${st.n}`)) {
            s = addProject(s, gen(`n${st.n}`));
          } else if (st.kind === 'move' && i >= 0) {
            const rest = list.filter((_, k) => k !== i);
            rest.splice(st.j % (rest.length + 1), 0, list[i]!);
            s = setAt(s, 'electricity.projects', rest);
          }
          for (const p of s.electricity.projects) expect(fieldSource(s, p.id)).toEqual(expected.get(p.id) ?? p.source);
        }
      }),
      { numRuns: 300 },
    );
  });
});
