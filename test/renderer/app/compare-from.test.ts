import { describe, expect, it } from 'vitest';
import { compareIdsFrom } from '../../../renderer/app/compare-from';

// The presets come in pairs per region: qingyuan-baseline / qingyuan-policy (seeds/index.ts).
describe('情景对比 opened from a scenario', () => {
  it('measures a derived scenario against its parent, whatever preset it started from', () => {
    expect(compareIdsFrom({ id: 'u-child', parentId: 'u-parent', presetId: 'qingyuan-policy' })).toEqual(['u-parent', 'u-child']);
  });

  it('measures a policy preset and a copy of one against the baseline of the same region', () => {
    expect(compareIdsFrom({ id: 'qingyuan-policy', presetId: 'qingyuan-policy' })).toEqual(['qingyuan-baseline', 'qingyuan-policy']);
    expect(compareIdsFrom({ id: 'lianzhou-policy' })).toEqual(['lianzhou-baseline', 'lianzhou-policy']);
    expect(compareIdsFrom({ id: 'u-mine', presetId: 'shaoguan-policy' })).toEqual(['shaoguan-baseline', 'u-mine']);
  });

  it('measures a copy of a baseline against that baseline, and the baseline itself against its policy scenario', () => {
    expect(compareIdsFrom({ id: 'u-mine', presetId: 'qingyuan-baseline' })).toEqual(['qingyuan-baseline', 'u-mine']);
    expect(compareIdsFrom({ id: 'qingyuan-baseline', presetId: 'qingyuan-baseline' })).toEqual(['qingyuan-baseline', 'qingyuan-policy']);
  });

  it('opens a scenario of its own (a county from scratch) alone, for the user to add others', () => {
    expect(compareIdsFrom({ id: 'u-yangshan' })).toEqual(['u-yangshan']);
    expect(compareIdsFrom({ id: 'u-x', presetId: 'gone-preset' })).toEqual(['u-x']);
  });
});
