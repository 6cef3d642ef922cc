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

  it('policy adds the 14th-plan 300 MW of wind and 600 MW of PV by 2025 (001 lines 3558–3560)', () => {
    // wind 300 = items 33–36 (21 + 100 + 100 + 21 = 242) + 58 unnamed; PV 600 = items 27–31 (40 + 30 + 100 + 200 + 210 = 580) + 20 distributed
    expect(added(policy, 'wind', 2025)).toBe(300);
    expect(added(policy, 'pv', 2025)).toBe(600);
    expect(added(policy, 'wind', 2030)).toBe(300);
    expect(added(policy, 'pv', 2030)).toBe(600);
  });

  it('泉山/慧光 (98 MW, under construction in 2020, 001 line 325) is in the 2020 fleet', () => {
    const g = baseline.electricity.fleet.find((x) => x.id === 'lz-wind-quanshan-huiguang')!;
    expect([g.capacityMW, g.commissioningYear, g.status]).toEqual([98, 2020, 'operating']);
    expect(policy.electricity.projects.some((x) => x.id === 'lz-wind-quanshan-huiguang')).toBe(false);
  });

  it('潭岭（天湖）: only a first phase is counted, its size and year shown as assumed (001 line 3682; 000 line 1257)', () => {
    const ps = (id: string) => policy.electricity.pumpedStorage.find((s) => s.id === id)!;
    const one = ps('lz-ps-tanling');
    // half of the 240万千瓦 of 004 line 269
    expect(one.capacityMW).toBe(2400 / 2);
    expect(one.included).toBe(true);
    expect(one.source.kind).toBe('assumed');
    expect(one.attribution).toBe('gridAsset');
    expect(one.roundTripEfficiencyPct).toBe(75);
    expect(one.storageHours * one.annualCycles).toBeCloseTo(1440, 6);
    expect(ps('lz-ps-tanling-phase2').included).toBe(false);
  });

  it('the waste-to-energy park carries its fossil CO2 (IPCC 2006 Vol. 5 Ch. 5)', () => {
    const g = policy.electricity.projects.find((x) => x.id === 'lz-wte-energy-park')!;
    // 0.418 tCO2 per tonne of waste ÷ 0.35 MWh per tonne = 1.194 → 1.19 tCO2/MWh
    expect(g.fossilCo2TPerMWh).toBeCloseTo(0.418 / 0.35, 2);
  });

  it('does not double count the overlapping items', () => {
    const byId = new Map(policy.electricity.projects.map((g) => [g.id, g] as const));
    expect(byId.get('lz-wind-umbrella-340')!.included).toBe(false);
    expect(byId.get('lz-pv-xingzi-100-narrative')!.included).toBe(false);
    expect(byId.get('lz-pv-xingzi-40')!.included).toBe(true);
    expect(byId.get('lz-pv-xingzi-30')!.included).toBe(true);
  });

  it('baseline counts only what was under way in 2020', () => {
    expect(ids(baseline.electricity.projects).sort()).toEqual(['lz-pv-xingzi-30', 'lz-pv-xingzi-40', 'lz-wind-fushan-extension-100'].sort());
    expect(ids(baseline.electricity.pumpedStorage)).toEqual([]);
  });
});

describe('清远 (000)', () => {
  const policy = p('qingyuan-policy');
  const baseline = p('qingyuan-baseline');

  it('splits the 4,469.2 MW clean-energy capacity of 2020 (000 line 175) into fleet and pumped storage, beside the coal plant', () => {
    const clean = baseline.electricity.fleet.filter((g) => g.type !== 'coal' && g.type !== 'gas').reduce((a, g) => a + g.capacityMW, 0);
    const ps = baseline.electricity.pumpedStorage.filter((s) => s.status === 'operating').reduce((a, s) => a + s.capacityMW, 0);
    expect(clean + ps).toBeCloseTo(4469.2, 6);
    // 国能（神华国华）清远电厂, 2 × 1,000 MW coal (qy-coal-guohua-qingyuan)
    const fossil = baseline.electricity.fleet.filter((g) => g.type === 'coal' || g.type === 'gas');
    expect(fossil.map((g) => [g.id, g.type, g.capacityMW])).toEqual([['qy-fleet-coal-guohua', 'coal', 2000]]);
    // the existing station is the grid company's: a grid asset
    expect(baseline.electricity.pumpedStorage.find((s) => s.id === 'qy-ps-qingyuan')!.attribution).toBe('gridAsset');
  });

  it('the policy\'s local capacity at the end of 2023 is within 2 % of the 760.46万kW the city reported', () => {
    // 2020: 4,469.2 clean (pumped storage included) + 2,000 coal = 6,469.2 MW. Entering by 2023:
    // 连州 PV 40 + 30 + 100 + 200 + 210 (2021), wind 21 + 21 (2022), 100 + 100 (2023), rooftop PV 20 (2023);
    // 清远 PV 120 + 100 (2023), biogas 3 (2023), gas 100 (2022) + 100 (2023).
    const mw = 6469.2 + 580 + 42 + 200 + 20 + 220 + 3 + 200;
    expect(mw).toBeCloseTo(7734.2, 6);
    const reported = policy.history!.localCapacityMW!['2023']!.value;
    expect(reported).toBeCloseTo(7604.6, 6);
    expect(Math.abs(mw / reported - 1)).toBeLessThan(0.02);
    const sum = (type: GeneratorType) =>
      [...policy.electricity.fleet, ...policy.electricity.projects].filter((g) => g.included && g.type === type && g.commissioningYear <= 2023).reduce((a, g) => a + g.capacityMW, 0);
    const ledger = (['coal', 'gas', 'hydro', 'pv', 'wind', 'biomass'] as const).reduce((a, t) => a + sum(t), 0) + 1280;
    expect(ledger).toBeCloseTo(mw, 6);
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
    const tianhu = policy.electricity.pumpedStorage.filter((s) => /天湖|潭岭/.test(s.name) && s.included);
    expect(tianhu.map((s) => [s.id, s.capacityMW])).toEqual([['lz-ps-tanling', 1200]]);
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
    // spread over the programme's years: a tenth a year 2021–2030, each in July
    expect([...new Set(policy.electricity.projects.map((g) => g.commissioningYear))]).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(policy.electricity.projects.filter((g) => g.type === 'pv').map((g) => g.capacityMW)).toEqual(Array(10).fill(250));
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
      // Guangdong's −14.0 % (粤府〔2022〕68号) stands in for the city's allocation, not the national −13.5 %
      expect([energy.value, energy.fromYear, energy.year, energy.source.kind]).toEqual([14, 2020, 2025, 'assumed']);
      expect(JSON.stringify(energy.source)).toContain('gd-14fyp-energy-intensity');
      expect(energy.label).toContain('单位地区生产总值能源消耗降低');
      expect(co2.label).toContain('单位地区生产总值二氧化碳排放降低');
    }
  });
});
