import { describe, expect, it } from 'vitest';
import { baselineCandidates, chooseBaseline, marksBaseline } from '../../../../renderer/features/report/baseline-choice';

type R = Parameters<typeof chooseBaseline>[0];
const rec = (id: string, name: string, more: Partial<R> = {}): R => ({
  id, name, kind: 'user', regionName: '清远市', updatedAt: 1, scenario: {}, ...more,
});
const qyBase = rec('qingyuan-baseline', '清远市 基准情景', { kind: 'preset', scenario: { nameEn: 'Qingyuan — baseline' } });
const qyPolicy = rec('qingyuan-policy', '清远市 政策情景', { kind: 'preset', scenario: { nameEn: 'Qingyuan — policy' } });
const lzBase = rec('lianzhou-baseline', '连州市 基准情景', { kind: 'preset', regionName: '连州市' });
const myBase = rec('u-1', '清远市 基准情景（修订）');
const myPolicy = rec('u-2', '清远 2035 情景');
const all = [myPolicy, myBase, lzBase, qyPolicy, qyBase];

describe('marksBaseline', () => {
  it('by 基准情景 in the name or "baseline" in the English name', () => {
    expect(marksBaseline(qyBase)).toBe(true);
    expect(marksBaseline(rec('x', 'Base', { scenario: { nameEn: 'Yingde baseline' } }))).toBe(true);
    expect(marksBaseline(qyPolicy)).toBe(false);
    // a word inside another is no mark
    expect(marksBaseline(rec('x', 'x', { scenario: { nameEn: 'baselines-free' } }))).toBe(false);
  });
});

describe('baselineCandidates', () => {
  it('the same region only, itself left out; baselines first, presets before the user’s', () => {
    expect(baselineCandidates(qyPolicy, all).map((r) => r.id)).toEqual(['qingyuan-baseline', 'u-1', 'u-2']);
  });
});

describe('chooseBaseline', () => {
  it('the one asked for, or none when asked for none (or for itself)', () => {
    expect(chooseBaseline(qyPolicy, all, 'u-1')).toEqual({ id: 'u-1', how: 'chosen' });
    expect(chooseBaseline(qyPolicy, all, null)).toBeNull();
    expect(chooseBaseline(qyPolicy, all, 'qingyuan-policy')).toBeNull();
  });

  it('a derived scenario: its parent, whatever its name', () => {
    const kid = rec('u-3', '清远 政策情景 加快光伏', { parentId: 'qingyuan-policy' });
    expect(chooseBaseline(kid, [...all, kid], undefined)).toEqual({ id: 'qingyuan-policy', how: 'parent' });
  });

  it('else the region’s baseline, the preset before a user’s copy', () => {
    expect(chooseBaseline(qyPolicy, all, undefined)).toEqual({ id: 'qingyuan-baseline', how: 'sameRegion' });
    expect(chooseBaseline(myPolicy, all, undefined)).toEqual({ id: 'qingyuan-baseline', how: 'sameRegion' });
    expect(chooseBaseline(myPolicy, [myPolicy, myBase], undefined)).toEqual({ id: 'u-1', how: 'sameRegion' });
  });

  it('none for a baseline itself, or a region without one', () => {
    expect(chooseBaseline(qyBase, all, undefined)).toBeNull();
    const yingde = rec('u-9', '英德市 政策情景', { regionName: '英德市' });
    expect(chooseBaseline(yingde, [...all, yingde], undefined)).toBeNull();
  });
});
