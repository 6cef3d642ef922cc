import { afterEach, describe, expect, it } from 'vitest';
import { installEngineBackend, type EngineBackend } from '../../../renderer/engine/client';
import { inProcessBackend } from '../../../renderer/engine/in-process';
import { createEditGate, issuesForPath } from '../../../renderer/state/edit-gate';
import { setValue } from '../../../shared/model/ops';
import { applyLever } from '../../../shared/model/ops-levers';
import { isWithin } from '../../../shared/model/path';
import type { Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';
import { TYPICAL_HOURS } from '../../../seeds/reference/typical';
import { editorScenario } from '../features/editor/fixture';

/** The in-process engine, counting the commands it answers. */
function countingEngine() {
  const inner = inProcessBackend();
  const counts: Record<string, number> = {};
  const backend: EngineBackend = {
    call: (command, args) => {
      counts[command] = (counts[command] ?? 0) + 1;
      return inner.call(command, args);
    },
    dispose: () => {},
  };
  installEngineBackend(backend);
  return counts;
}
afterEach(() => installEngineBackend(inProcessBackend()));

function docOf(initial: Scenario = editorScenario(), readOnly = false) {
  let present = initial;
  const accepted: { next: Scenario; key: string }[] = [];
  const gate = createEditGate({
    present: () => present,
    readOnly: () => readOnly,
    accept: (next, key) => {
      accepted.push({ next, key });
      present = next;
    },
  });
  return {
    accepted,
    present: () => present,
    setPresent: (s: Scenario) => (present = s),
    set: (path: string, value: unknown, key?: string) => gate.propose({ path, key, replaceable: true, apply: (s) => setValue(s, path, value) }),
    propose: gate.propose,
  };
}

describe('the edit gate', () => {
  it('answers every proposal even when deciding one throws: refused at its field, the next one still decided', async () => {
    let present = editorScenario();
    const accepted: string[] = [];
    let calls = 0;
    const gate = createEditGate(
      { present: () => present, readOnly: () => false, accept: (next, key) => ((present = next), accepted.push(key)) },
      // the first check throws (a bug, not a refusal the engine reports); the rest answer
      async () => {
        if (++calls === 1) throw new Error('unexpected');
        return { valid: true, outcome: { ok: true, results: null } } as never;
      },
    );
    const first = gate.propose({ path: 'economy.baseGdpYiYuan', apply: (s) => setValue(s, 'economy.baseGdpYiYuan', 120) });
    const second = gate.propose({ path: 'populationWan', apply: (s) => setValue(s, 'populationWan', 400) });
    expect(await first).toEqual([expect.objectContaining({ path: 'economy.baseGdpYiYuan', code: 'edit.failed', params: { detail: 'unexpected' } })]);
    expect(await second).toEqual([]);
    expect(accepted).toEqual(['populationWan']);
  });

  it('applies a valid value with the path as undo key and marks the field as edited', async () => {
    const doc = docOf();
    expect(await doc.set('economy.baseGdpYiYuan', 120)).toEqual([]);
    expect(doc.accepted).toHaveLength(1);
    const { next, key } = doc.accepted[0]!;
    expect(key).toBe('economy.baseGdpYiYuan');
    expect(next.economy.baseGdpYiYuan).toBe(120);
    expect(next.sources['economy.baseGdpYiYuan']).toEqual({ kind: 'user' });
    expect(validateScenario(next).ok).toBe(true);
  });

  it('refuses an invalid value: the issues at that field, and the document does not take it', async () => {
    const doc = docOf();
    const issues = await doc.set('economy.baseGdpYiYuan', -5);
    expect(issues.map((i) => i.path)).toEqual(['economy.baseGdpYiYuan']);
    expect(doc.accepted).toHaveLength(0);
  });

  it('reports issues inside the field (a series point) and on an enclosing value (a row sum)', async () => {
    const doc = docOf();
    const points = [{ year: 2025, value: 3 }, { year: 2022, value: 4 }];
    expect((await doc.set('economy.gdpGrowthPct', points))[0]!.path).toBe('economy.gdpGrowthPct[1].year');
    const sum = await doc.set('energy.sectors.industry.fuelSharesPct.coal', 50);
    // the row's shares add up to 90 % (coal 50 + electricity 40): the issue is on the row, enclosing the field
    expect(sum.map((i) => i.path)).toEqual(['energy.sectors.industry.fuelSharesPct']);
    expect(doc.accepted).toHaveLength(0);
  });

  it('refuses an expression the engine cannot evaluate within the field’s range (only the worker evaluates it)', async () => {
    const doc = docOf();
    // year - 1900 is 120 in 2020: GDP growth must be at most 50 %/yr
    const issues = await doc.set('economy.gdpGrowthPct', { expr: 'year - 1900' });
    expect(issues[0]!.path).toBe('economy.gdpGrowthPct');
    expect(doc.accepted).toHaveLength(0);
  });

  it('does nothing for an unchanged value; refuses every edit of a read-only document', async () => {
    const doc = docOf();
    expect(await doc.propose({ path: 'economy.baseGdpYiYuan', apply: (s) => s })).toEqual([]);
    const ro = docOf(editorScenario(), true);
    expect(await ro.set('economy.baseGdpYiYuan', 120)).toEqual([{ path: 'economy.baseGdpYiYuan', code: 'edit.readOnly', params: {} }]);
    expect(doc.accepted).toHaveLength(0);
    expect(ro.accepted).toHaveLength(0);
  });

  it('lets a scenario that was already invalid be repaired one field at a time', async () => {
    const broken = editorScenario();
    broken.economy.gdpGrowthPct = 80; // out of range: an engine-level issue
    const doc = docOf(broken);
    expect(await doc.set('populationWan', -60)).not.toEqual([]);
    expect(await doc.set('populationWan', 60)).toEqual([]);
    expect(doc.accepted.map((a) => a.next.populationWan)).toEqual([60]);
  });

  it('decides edits in the order made, each on what the previous left; a waiting value is replaced by a newer one of the same field', async () => {
    const doc = docOf();
    const first = doc.set('economy.baseGdpYiYuan', 110);
    const second = doc.set('economy.baseGdpYiYuan', 111); // waits behind the first
    const third = doc.set('economy.baseGdpYiYuan', 112); // replaces the second
    const other = doc.set('populationWan', 51);
    expect(await Promise.all([first, second, third, other])).toEqual([[], [], [], []]);
    expect(doc.accepted.map((a) => [a.next.economy.baseGdpYiYuan, a.next.populationWan])).toEqual([
      [110, 50],
      [112, 50],
      [112, 51],
    ]);
  });

  it('an edit whose document changed meanwhile (undo) applies to the document as it is now', async () => {
    const doc = docOf();
    const start = doc.present();
    const pending = doc.set('populationWan', 70);
    // an undo to another version while the worker checks the edit
    const other = setValue(start, 'economy.baseGdpYiYuan', 130);
    doc.setPresent(other);
    expect(await pending).toEqual([]);
    expect(doc.present().populationWan).toBe(70);
    expect(doc.present().economy.baseGdpYiYuan).toBe(130);
  });

  it('a slider move is one request to the worker: one check and one run, with the results', async () => {
    const counts = countingEngine();
    const doc = docOf();
    await doc.propose({ path: 'economy.gdpGrowthPct', key: 'lever-gdpGrowth', replaceable: true, apply: (s) => applyLever(s, 'gdpGrowth', 6, { valueInYear: () => 5, hours: TYPICAL_HOURS, buildoutName: (type, y) => `${type} ${y}` }) });
    expect(doc.accepted).toHaveLength(1);
    expect(counts).toEqual({ evaluate: 1 });
  });
});

describe('issue paths', () => {
  it('isWithin respects path boundaries', () => {
    expect(isWithin('a.b[2].c', 'a.b')).toBe(true);
    expect(isWithin('a.b[2].c', 'a.b[2]')).toBe(true);
    expect(isWithin('a.bc', 'a.b')).toBe(false);
  });
  it('falls back to every issue when none is near the field', () => {
    const far = [{ path: 'targets[0].year', code: 'value.wholeYear' as const, params: {} }];
    expect(issuesForPath(far, 'economy.baseGdpYiYuan')).toEqual(far);
  });
});
