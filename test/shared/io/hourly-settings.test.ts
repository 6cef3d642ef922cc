import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILE_SOURCES } from '../../../shared/engine/hourly/profile-shapes';
import type { HourlyResults } from '../../../shared/engine/hourly/types';
import { hourlySettingLines, hourlySettingsOf, limitAt } from '../../../shared/io/hourly-settings';
import { defaultHourly } from '../../../shared/model/hourly';
import type { Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';

const assumed = { kind: 'assumed', reason: 'test' } as const;

/** What the lines need of the engine's results: feedback and the profiles' sources (all built in). */
const results = (feedback: boolean): HourlyResults => ({
  years: [],
  detail: null,
  feedback,
  profileSources: {
    load: { own: false, source: BUILT_IN_PROFILE_SOURCES.load },
    pv: { own: false, source: BUILT_IN_PROFILE_SOURCES.pv },
    wind: { own: false, source: BUILT_IN_PROFILE_SOURCES.wind },
    hydro: { own: false, source: BUILT_IN_PROFILE_SOURCES.hydro },
  },
});

/**
 * 2020–2030; two pumped-storage plants (one serving the local balance, one a grid asset), a
 * battery retiring in 2028 and one left out; the export limit by expression.
 */
function scenario(): Scenario {
  return makeScenario((s) => {
    s.endYear = 2030;
    const plant = { capacityMW: 1200, storageHours: 6, roundTripEfficiencyPct: 75, commissioningYear: 2022, included: true, source: assumed };
    s.electricity.pumpedStorage = [
      { ...plant, id: 'ps-host', name: '本地抽蓄', attribution: 'host' },
      { ...plant, id: 'ps-grid', name: '电网抽蓄', attribution: 'gridAsset' },
    ] as Scenario['electricity']['pumpedStorage'];
    const battery = { powerMW: 50, energyMWh: 100, roundTripEfficiencyPct: 88, commissioningYear: 2024, source: assumed };
    s.hourly = {
      ...defaultHourly(),
      feedback: true,
      exportLimitMW: { expr: 'interp(2020, 100, 2030, 200)' },
      batteries: [
        { ...battery, id: 'bat-a', name: '储能甲', retirementYear: 2028, included: true },
        { ...battery, id: 'bat-b', name: '储能乙', included: false },
      ],
    };
  });
}

describe('hourly settings for the exports', () => {
  it('list the storage the engine dispatches, most efficient first, and the grid asset outside the balance', () => {
    const lines = hourlySettingLines(scenario(), results(true), 'mw');
    const text = (item: string) => lines.filter((l) => l.item === item).map((l) => l.text);
    // the battery (88 %) before the pumped storage (75 %); 1,200 MW × 6 h = 7,200 MWh; the battery runs 2024–2027
    expect(text('储能（参与本地平衡） Storage in the balance')).toEqual([
      '储能甲（电化学储能 battery）50 MW，100 MWh，往返效率 88%，2024–2027年',
      '本地抽蓄（抽水蓄能 pumped storage）1200 MW，7200 MWh，往返效率 75%，2022年起',
    ]);
    expect(text('储能（不参与本地平衡） Storage outside the balance')).toEqual([
      '电网抽蓄（抽水蓄能，1200 MW）：电网资产，服务省级电网，按核算口径不计入本地平衡 a grid asset, outside the local balance as in the accounting',
    ]);
    expect(text('反馈年度结果 Feedback')[0]).toMatch(/^开 on/);
    expect(text('负荷曲线 Load profile')[0]).toMatch(/^内置 built-in（假设 assumption）：内置典型负荷曲线/);
    // no site given: the built-in one
    expect(text('光伏站址 PV site')).toEqual(['北纬 24.3°，东经 113°（内置：清远与韶关之间 built-in, between 清远 and 韶关）']);
  });

  it('give an expression limit as written and leave its years blank; no limit is blank too', () => {
    const s = scenario();
    const lines = hourlySettingLines(s, results(false), 'wanKw');
    expect(lines.find((l) => l.item === '外送限额 Export limit')!.text).toBe('按表达式 by expression: interp(2020, 100, 2030, 200) (MW)');
    expect(lines.find((l) => l.item === '受电限额 Import limit')!.text).toBe('无限制 no limit');
    const h = hourlySettingsOf(s)!;
    expect(limitAt(h.exportLimitMW, 5)).toBeNull();
    expect(limitAt(h.importLimitMW, 5)).toBeNull();
  });

  it('give a point-list limit by year (linear between points) and a constant one once', () => {
    const s = scenario();
    s.hourly!.exportLimitMW = [
      { year: 2020, value: 100 },
      { year: 2030, value: 300 },
    ];
    s.hourly!.importLimitMW = 250;
    const h = hourlySettingsOf(s)!;
    // 2025: 100 + (300 − 100) × 5 / 10 = 200 MW
    expect(limitAt(h.exportLimitMW, 5)).toBe(200);
    const lines = hourlySettingLines(s, results(false), 'wanKw');
    // 100–300 MW = 10–30 万千瓦; 250 MW = 25 万千瓦
    expect(lines.find((l) => l.item === '外送限额 Export limit')!.text).toBe('逐年见下表 by year, see the table (10–30 万千瓦)');
    expect(lines.find((l) => l.item === '受电限额 Import limit')!.text).toBe('25 万千瓦');
  });

  it('say so when nothing stores energy in the balance', () => {
    const s = scenario();
    s.electricity.pumpedStorage = [];
    s.hourly!.batteries = [];
    expect(hourlySettingLines(s, results(false), 'mw').filter((l) => l.item.startsWith('储能'))).toEqual([{ item: '储能 Storage', text: '无 none' }]);
  });
});
