import { describe, expect, it } from 'vitest';
import { applyOverrides, deriveFrom } from '../../../shared/model/inherit';
import { attachMember, detachMember } from '../../../shared/model/ops-rollup';
import { MAX_ROLLUP_MEMBERS, type Scenario } from '../../../shared/model/scenario';
import { validateScenario } from '../../../shared/model/validate';
import { presetById } from '../../../seeds/index';

const base = (): Scenario => {
  const { rollup: _none, ...s } = structuredClone(presetById('qingyuan-policy')!);
  return s;
};

describe('attachMember / detachMember', () => {
  it('attaches at the end, with a trimmed label', () => {
    const s = attachMember(attachMember(base(), { scenarioId: 'a', label: '  英德市 ' }), { scenarioId: 'b', label: ' ' });
    expect(s.rollup).toEqual({ members: [{ scenarioId: 'a', label: '英德市' }, { scenarioId: 'b' }] });
  });

  it('attaches a scenario once and never the city itself', () => {
    const s = attachMember(base(), { scenarioId: 'a' });
    expect(attachMember(s, { scenarioId: 'a' })).toBe(s);
    expect(attachMember(s, { scenarioId: s.id })).toBe(s);
  });

  it('stops at the most members a roll-up holds', () => {
    let s = base();
    for (let i = 0; i < MAX_ROLLUP_MEMBERS; i++) s = attachMember(s, { scenarioId: `m${i}` });
    expect(attachMember(s, { scenarioId: 'one-more' })).toBe(s);
  });

  it('detaches; the roll-up goes with its last member', () => {
    const s = attachMember(attachMember(base(), { scenarioId: 'a' }), { scenarioId: 'b' });
    expect(detachMember(s, 'a').rollup).toEqual({ members: [{ scenarioId: 'b' }] });
    expect('rollup' in detachMember(detachMember(s, 'a'), 'b')).toBe(false);
    expect(detachMember(s, 'zzz')).toBe(s);
  });
});

describe('the roll-up in a scenario file', () => {
  it('validates with members that are not in any library (a city exported alone)', () => {
    const s = attachMember(base(), { scenarioId: 'not-here', label: '阳山县' });
    expect(validateScenario(s).ok).toBe(true);
  });

  it('refuses a malformed id and more members than allowed', () => {
    const bad = { ...base(), rollup: { members: [{ scenarioId: '../x' }] } };
    const res = validateScenario(bad);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.issues[0]!.path).toBe('rollup.members[0].scenarioId');
    const many = { ...base(), rollup: { members: Array.from({ length: MAX_ROLLUP_MEMBERS + 1 }, (_, i) => ({ scenarioId: `m${i}` })) } };
    expect(validateScenario(many).ok).toBe(false);
  });
});

describe('the roll-up of a derived scenario', () => {
  it('is stored as a change to the parent and read back whole', () => {
    const parent = structuredClone(presetById('qingyuan-policy')!);
    const edited = attachMember({ ...parent, id: 'child' }, { scenarioId: 'yangshan', label: '阳山县' });
    const child = deriveFrom(parent, edited);
    // the list of members has no ids of its own: it is overridden as a whole
    expect(child.overrides).toEqual([{ path: 'rollup.members', value: edited.rollup!.members }]);
    expect(applyOverrides(parent, child)).toEqual(edited);
  });
});
