import { describe, expect, it } from 'vitest';
import type { Generator, GeneratorType, Scenario } from '../../shared/model/scenario';
import { presetById } from '../../seeds/index';

const p = (id: string) => presetById(id)!;
/** MW of included projects of a type commissioned in 2021..year. */
const added = (s: Scenario, type: GeneratorType, year: number) =>
  s.electricity.projects.filter((g) => g.included && g.type === type && g.commissioningYear > s.baseYear && g.commissioningYear <= year).reduce((a, g) => a + g.capacityMW, 0);
const ids = (l: { id: string; included: boolean }[]) => l.filter((g) => g.included).map((g) => g.id);

describe('连州 (001, 004)', () => {
  const policy = p('lianzhou-policy');
  const baseline = p('lianzhou-baseline');

  it('policy adds at least the 14th-plan 300 MW of wind and 600 MW of PV by 2025 (001 line 3560)', () => {
    expect(added(policy, 'wind', 2025)).toBeGreaterThanOrEqual(300);
    expect(added(policy, 'pv', 2025)).toBeGreaterThanOrEqual(600);
    // 340 = items 33–36 (242) + 泉山/慧光 (98); PV 600 = items 27–31 (580) + 20 distributed
    expect(added(policy, 'wind', 2030)).toBe(340);
    expect(added(policy, 'pv', 2030)).toBe(600);
  });

  it('policy has the 2,400 MW 潭岭（天湖）pumped storage (004 line 269)', () => {
    const ps = policy.electricity.pumpedStorage.find((s) => s.id === 'lz-ps-tanling')!;
    expect(ps.capacityMW).toBe(2400);
    expect(ps.included).toBe(true);
    expect(ps.roundTripEfficiencyPct).toBe(75);
    expect(ps.storageHours * ps.annualCycles).toBeCloseTo(1440, 6);
  });

  it('does not double count the overlapping items', () => {
    const byId = new Map(policy.electricity.projects.map((g) => [g.id, g] as const));
    expect(byId.get('lz-wind-umbrella-340')!.included).toBe(false);
    expect(byId.get('lz-pv-xingzi-100-narrative')!.included).toBe(false);
    expect(byId.get('lz-pv-xingzi-40')!.included).toBe(true);
    expect(byId.get('lz-pv-xingzi-30')!.included).toBe(true);
  });

  it('baseline counts only what was under way in 2020', () => {
    expect(ids(baseline.electricity.projects).sort()).toEqual(['lz-pv-xingzi-30', 'lz-pv-xingzi-40', 'lz-wind-fushan-extension-100', 'lz-wind-quanshan-huiguang'].sort());
    expect(ids(baseline.electricity.pumpedStorage)).toEqual([]);
  });
});

describe('清远 (000)', () => {
  const policy = p('qingyuan-policy');
  const baseline = p('qingyuan-baseline');

  it('splits the 4,469.2 MW clean-energy capacity of 2020 (000 line 175) into fleet and pumped storage', () => {
    const fleet = baseline.electricity.fleet.reduce((a, g) => a + g.capacityMW, 0);
    const ps = baseline.electricity.pumpedStorage.filter((s) => s.status === 'operating').reduce((a, s) => a + s.capacityMW, 0);
    expect(fleet + ps).toBeCloseTo(4469.2, 6);
    expect(baseline.electricity.fleet.some((g) => g.type === 'coal' || g.type === 'gas')).toBe(false);
  });

  it('policy counts the agrivoltaic, wind, gas, biogas and waste-to-energy projects of 专栏 2', () => {
    const inc = new Set(ids(policy.electricity.projects));
    for (const id of ['qy-pv-qingxin-120', 'qy-pv-qingxin-100', 'qy-pv-sanpai-100', 'qy-wind-fogang-gaoshan', 'qy-gas-fogang', 'qy-biogas-heyun-3', 'qy-wte-sanlian-yiyang']) {
      expect(inc.has(id), id).toBe(true);
    }
    expect(added(policy, 'pv', 2025)).toBe(320 + 600); // 清远's own three + 连州's programme
  });

  it('counts 连州\'s projects once and 天湖（潭岭）once', () => {
    const all = policy.electricity.projects.map((g) => g.id);
    expect(all.filter((id) => id.startsWith('lz-'))).toContain('lz-wind-xingzi-longping-100');
    expect(all).not.toContain('lz-wte-energy-park'); // same plant as qy-wte-sanlian-yiyang
    const tianhu = policy.electricity.pumpedStorage.filter((s) => /天湖|潭岭/.test(s.name));
    expect(tianhu).toHaveLength(1);
    expect(tianhu[0]!.capacityMW).toBe(2400);
    // pre-feasibility stations without a capacity are kept but not counted
    for (const id of ['qy-ps-yingde', 'qy-ps-qingxin-xiaping', 'qy-ps-yangshan-shuijingbei']) {
      expect(policy.electricity.pumpedStorage.find((s) => s.id === id)!.included, id).toBe(false);
    }
  });
});

describe('韶关 (003)', () => {
  it('converts the 200 亿元 programme (line 977) at 4 元/W PV and 6 元/W wind, half each', () => {
    const policy = p('shaoguan-policy');
    const sum = (t: GeneratorType) => policy.electricity.projects.filter((g: Generator) => g.included && g.type === t).reduce((a, g) => a + g.capacityMW, 0);
    expect(sum('pv')).toBe(Math.round(100 * 100 / 4)); // 100 亿元 ÷ 4 元/W = 2,500 MW
    expect(sum('wind')).toBe(Math.round(100 * 100 / 6)); // 100 亿元 ÷ 6 元/W = 1,667 MW
    expect(Math.max(...policy.electricity.projects.map((g) => g.commissioningYear))).toBeLessThanOrEqual(2030);
    for (const g of policy.electricity.projects) expect(g.source.kind, g.id).toBe('assumed');
  });

  it('baseline has no new projects', () => {
    expect(ids(p('shaoguan-baseline').electricity.projects)).toEqual([]);
  });
});

describe('targets', () => {
  it('carry the documents\' own targets and the stand-ins', () => {
    const t = (id: string) => Object.fromEntries(p(id).targets.map((x) => [x.id, x]));
    expect(t('qingyuan-policy')['qy-nonfossil-2025']).toMatchObject({ metric: 'nonFossilShare', year: 2025, value: 34, binding: false });
    expect(t('qingyuan-policy')['qy-peak-2030']).toMatchObject({ metric: 'peakYear', value: 2030 });
    expect(t('shaoguan-policy')['sg-peak-2030']).toMatchObject({ metric: 'peakYear', value: 2030, binding: true });
    for (const id of ['qingyuan-policy', 'lianzhou-policy', 'shaoguan-policy']) {
      const list = p(id).targets;
      const co2 = list.find((x) => x.metric === 'co2IntensityReduction')!;
      const energy = list.find((x) => x.metric === 'energyIntensityReduction')!;
      expect([co2.value, co2.fromYear, co2.year, co2.source.kind]).toEqual([18, 2020, 2025, 'assumed']);
      expect([energy.value, energy.fromYear, energy.year, energy.source.kind]).toEqual([13.5, 2020, 2025, 'assumed']);
    }
  });
});
