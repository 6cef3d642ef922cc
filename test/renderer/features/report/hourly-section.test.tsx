import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../../shared/engine/run';
import type { Scenario } from '../../../../shared/model/scenario';
import { setLanguage } from '../../../../renderer/i18n';
import { reportText } from '../../../../renderer/features/report/report-text';
import { presetScenario } from '../results/preset';

vi.mock('../../../../renderer/components/chart/echarts', () => ({
  initChart: vi.fn(() => ({
    setOption: vi.fn(),
    resize: vi.fn(),
    dispose: vi.fn(),
    getWidth: () => 0,
    getHeight: () => 0,
  })),
}));

const { HourlySection } = await import('../../../../renderer/features/report/HourlySection');

beforeAll(async () => {
  await setLanguage('zh');
});
afterEach(cleanup);

function show(s: Scenario, lang: 'zh' | 'en' = 'zh', capacity?: 'mw' | 'wanKw') {
  const results = runScenario(s);
  render(<HourlySection scenario={s} results={results} x={reportText(lang, capacity)} />);
  return results;
}

const cell = (k: string, year: number) =>
  screen.getByTestId(`report-hourly-${k}`).querySelector(`td[data-year="${year}"]`)!;
const zh = (d: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: d, maximumFractionDigits: d });

describe('逐时电力平衡 in the scenario report', () => {
  it('lianzhou-policy: dispatch order, settings with no limits, 潭岭 outside as a grid asset, built-in profiles, the key years', () => {
    const r = show(presetScenario('lianzhou-policy'));
    const section = screen.getByTestId('report-hourly');
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('逐时电力平衡');
    // the four steps of the dispatch, in the engine's order
    const steps = screen.getByTestId('report-hourly-dispatch').querySelectorAll('li');
    expect(steps).toHaveLength(4);
    expect(steps[1]).toHaveTextContent(/先给储能充电.*外送功率上限内送出.*弃电/);
    expect(steps[2]).toHaveTextContent(/储能放电.*水库调节水电.*本地火电增发.*受电.*缺电/);
    // the presets set no limit (the documents give no line capacities)
    expect(screen.getByTestId('report-hourly-setting-export')).toHaveTextContent('未设定（不限）');
    expect(screen.getByTestId('report-hourly-setting-import')).toHaveTextContent(/^受电功率上限未设定（不限）同上$/);
    // 潭岭 phase one (1,200 MW = 120 万千瓦) is a grid asset; phase two is not counted at all
    const storage = screen.getByTestId('report-hourly-setting-storage');
    expect(storage).toHaveTextContent(
      /^参与本地平衡的储能无作为电网资产、不参与本地平衡的抽水蓄能：潭岭（天湖）抽水蓄能电站（一期）（抽水蓄能，120 万千瓦，储能时长 6 小时，2033 年投运）。$/,
    );
    expect(storage).not.toHaveTextContent('二期');
    expect(screen.getByTestId('report-hourly-setting-hydro')).toHaveTextContent(
      /^水库调节水电占水电出力的比重20%.*粤北小水电以径流式为主/,
    );
    expect(screen.getByTestId('report-hourly-setting-feedback')).toHaveTextContent('关闭');
    for (const k of ['load', 'pv', 'wind', 'hydro']) {
      const row = screen.getByTestId(`report-hourly-profile-${k}`);
      expect(row).toHaveAttribute('data-own', 'false');
      expect(row).toHaveTextContent('内置典型曲线');
      expect(row).toHaveTextContent('假设');
    }
    expect(screen.getByTestId('report-hourly-profile-pv')).toHaveTextContent('并非实测');
    // the report's key years: the first, every fifth, the last
    const head = [...screen.getByTestId('report-hourly-indicators').querySelectorAll('thead th.num')].map(
      (th) => th.textContent,
    );
    expect(head).toEqual(['2020', '2025', '2030', '2035', '2040', '2045', '2050', '2055', '2060']);
    // no limit set: no rows of limits by year
    expect(screen.queryByTestId('report-hourly-exportLimitMW')).toBeNull();
    // no storage in the balance: no storage rows
    expect(screen.queryByTestId('report-hourly-storageCycles')).toBeNull();
    // the engine's 2030 figures, as printed: peak import in 万千瓦 (MW ÷ 10, at most two decimals), rates to 0.1 %
    const y2030 = r.hourly!.years.find((y) => y.year === 2030)!;
    const wan = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
    expect(cell('peakImportMW', 2030)).toHaveTextContent(wan.format(y2030.peakImportMW / 10));
    expect(cell('peakImportMW', 2030)).toHaveAttribute('data-value', String(y2030.peakImportMW));
    expect(cell('peakExportMW', 2030)).toHaveTextContent(wan.format(y2030.peakExportMW / 10));
    expect(cell('selfSufficiencyPct', 2030)).toHaveTextContent(zh(1).format(y2030.selfSufficiencyPct));
    expect(cell('netExportHours', 2030)).toHaveTextContent(zh(0).format(y2030.netExportHours));
    // no limits: nothing curtailed, nothing unserved (every surplus exported, every deficit imported)
    expect(cell('curtailmentPct', 2030)).toHaveTextContent('0.0');
    expect(cell('unservedHours', 2030)).toHaveTextContent(/^0$/);
    expect(screen.getByTestId('report-hourly-peakImportMW').querySelector('th')).toHaveTextContent(
      '最大受电功率万千瓦',
    );
    // the stress weeks and the duration curve of the detail year (2030)
    expect(screen.getByTestId('report-chart-hourly-week-deficit')).toHaveTextContent(
      /^2030 年保供压力周：受电与缺电最多的一周（\d+月\d+日—\d+月\d+日）/,
    );
    expect(screen.getByTestId('report-chart-hourly-duration')).toHaveTextContent('2030 年持续负荷曲线');
    // no English, no field names (the PV profile's source names the library it uses)
    expect(section.textContent!.replace('suncalc', '')).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('a week without any deficit (or surplus) is left out: a region that never exports has no surplus week', () => {
    const s = presetScenario('shaoguan-baseline');
    const results = runScenario(s);
    // the engine's surplus week as a region with no export and no curtailment in the year would have it
    const weeks = results.hourly!.detail!.stressWeeks.map((w) => (w.kind === 'surplus' ? { ...w, totalMWh: 0 } : w));
    const hourly = { ...results.hourly!, detail: { ...results.hourly!.detail!, stressWeeks: weeks } };
    render(<HourlySection scenario={s} results={{ ...results, hourly }} x={reportText('zh')} />);
    expect(screen.queryByTestId('report-chart-hourly-week-surplus')).toBeNull();
    expect(screen.getByTestId('report-chart-hourly-week-deficit')).toBeInTheDocument();
    expect(screen.getByTestId('report-chart-hourly-duration')).toBeInTheDocument();
  });

  it('limits, a battery and an imported profile: curtailment, storage rows and the profile named as imported', () => {
    const s = presetScenario('lianzhou-policy');
    const source = { kind: 'assumed' as const, reason: 'test battery', reasonZh: '测试用储能' };
    s.hourly = {
      ...s.hourly!,
      exportLimitMW: 100,
      importLimitMW: [
        { year: 2020, value: 300 },
        { year: 2060, value: 500 },
      ],
      batteries: [
        {
          id: 'b1',
          name: '城北储能站',
          powerMW: 50,
          energyMWh: 100,
          roundTripEfficiencyPct: 85,
          commissioningYear: 2025,
          included: true,
          source,
        },
      ],
      profiles: {
        load: {
          values: Array.from({ length: 8760 }, (_, h) => 1 + (h % 24 >= 8 && h % 24 < 20 ? 0.5 : 0)),
          unit: 'MW',
          year: 2023,
          source: { kind: 'user' as const, note: '供电局 2023 年逐时负荷' },
        },
      },
    };
    const r = show(s);
    // 100 MW = 10 万千瓦; points in 万千瓦 too
    expect(screen.getByTestId('report-hourly-setting-export')).toHaveTextContent(/^外送功率上限10 万千瓦/);
    expect(screen.getByTestId('report-hourly-setting-import')).toHaveTextContent(
      /^受电功率上限2020 年 30 → 2060 年 50 万千瓦$/,
    );
    // 50 MW / 100 MWh = 5 万千瓦 / 10 万千瓦时
    expect(screen.getByTestId('report-hourly-setting-storage')).toHaveTextContent(
      '城北储能站（电化学储能，5 万千瓦／10 万千瓦时，综合效率 85%，2025 年投运）',
    );
    const load = screen.getByTestId('report-hourly-profile-load');
    expect(load).toHaveAttribute('data-own', 'true');
    expect(load).toHaveTextContent('本地导入（2023 年，8,760 小时，单位：兆瓦）');
    const y2030 = r.hourly!.years.find((y) => y.year === 2030)!;
    // an export limit of 100 MW against a 2030 peak export above 380 MW (no limit): some PV is curtailed
    expect(y2030.curtailmentPct).toBeGreaterThan(0);
    expect(cell('curtailmentPct', 2030)).toHaveTextContent(zh(1).format(y2030.curtailmentPct));
    // 弃电量: the engine's four types added, two decimals of 亿千瓦时
    expect(cell('curtailedYiKWh', 2030)).toHaveTextContent(zh(2).format(y2030.curtailedTotalYiKWh));
    // the limits each year was dispatched under: 100 MW = 10 万千瓦 throughout; the import path 300 → 500 MW
    // from 2020 to 2060, halfway in 2040: 400 MW = 40 万千瓦
    expect(cell('exportLimitMW', 2030)).toHaveTextContent(/^10$/);
    expect(cell('importLimitMW', 2020)).toHaveTextContent(/^30$/);
    expect(cell('importLimitMW', 2040)).toHaveTextContent(/^40$/);
    expect(cell('importLimitMW', 2060)).toHaveTextContent(/^50$/);
    // storage rows: 50 MW = 5 万千瓦, cycles and losses as the engine counts them
    expect(cell('storagePowerMW', 2030)).toHaveTextContent(/^5$/);
    expect(cell('storageEnergyMWh', 2030)).toHaveTextContent(/^10$/);
    expect(cell('storageCycles', 2030)).toHaveTextContent(zh(1).format(y2030.storageCycles));
    expect(cell('storageLossYiKWh', 2030)).toHaveTextContent(zh(2).format(y2030.storageLossYiKWh));
    // the battery did not exist in 2020
    expect(cell('storagePowerMW', 2020)).toHaveTextContent(/^0$/);
  });

  it('in English with capacity in MW', () => {
    const r = show(presetScenario('lianzhou-policy'), 'en', 'mw');
    expect(within(screen.getByTestId('report-hourly')).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Hourly power balance',
    );
    const y2030 = r.hourly!.years.find((y) => y.year === 2030)!;
    expect(cell('peakImportMW', 2030)).toHaveTextContent(
      new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(y2030.peakImportMW),
    );
    expect(screen.getByTestId('report-hourly-peakImportMW').querySelector('th')).toHaveTextContent('Peak importMW');
    expect(screen.getByTestId('report-hourly-setting-export')).toHaveTextContent('Not set (no limit)');
  });

  it('no section without the hourly balance', () => {
    const s = presetScenario('lianzhou-policy');
    delete s.hourly;
    show(s);
    expect(screen.queryByTestId('report-hourly')).toBeNull();
  });
});
