import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioResults, TargetStatus } from '../../../../shared/engine/results';
import { setLanguage } from '../../../../renderer/i18n';
import { makeFormatter } from '../../../../renderer/components/results/format';
import { TargetTable } from '../../../../renderer/components/results/TargetTable';
import { FlagList } from '../../../../renderer/features/results/FlagList';
import { HistoryTable } from '../../../../renderer/features/results/HistoryTable';
import { KpiCards } from '../../../../renderer/features/results/KpiCards';
import { MethodsLine } from '../../../../renderer/features/results/MethodsLine';
import { handResults } from '../../components/results/hand-results';
import { makeCity } from './fixture';

afterEach(cleanup);
beforeEach(() => setLanguage('zh'));

const fmtFor = (lang: 'zh' | 'en') => {
  const t = i18next.getFixedT(lang, 'results');
  return { t, fmt: makeFormatter(lang, (u) => t(`units.${u}`)) };
};

const peakTarget: TargetStatus = {
  id: 'peak', label: '2030年前碳达峰', metric: 'peakYear', year: 2030, binding: true, target: 2030, actual: 2020, met: false, margin: null, unit: '年',
};

/**
 * 95 万tCO2 in 2020, a fall to 47 in 2026 and a climb back to 84 by 2030. With a 2 % tolerance of the
 * peak (1.9) the first year above 47 + 1.9 = 48.9 is 2027 (60): the rebound, so the 2020 peak does not hold.
 */
const rebounding = handResults('test-city', 2020, [95, 61, 58, 55, 52, 50, 47, 60, 70, 80, 84], {
  year: 2020,
  co2: 95,
  rebound: { year: 2027, co2: 60, fromYear: 2026, fromCo2: 47 },
  holds: false,
}, { targets: [peakTarget] });

function renderKpis(results: ScenarioResults, scenario = makeCity()) {
  const { t, fmt } = fmtFor('zh');
  return render(<KpiCards scenario={scenario} results={results} fmt={fmt} t={t} lang="zh" />);
}

describe('peak with plateau and rebound', () => {
  it('says a peak followed by a rebound is no peak, naming the rebound and the low before it', () => {
    renderKpis(rebounding);
    const card = screen.getByTestId('kpi-peak-year');
    expect(card).toHaveAttribute('data-holds', 'false');
    expect(card).toHaveTextContent('未达峰：排放回升');
    expect(card).toHaveTextContent('最高排放在2020年');
    expect(screen.getByTestId('kpi-rebound')).toHaveTextContent('2027年回升至 60.0 万吨二氧化碳，较2026年低点 47.0 万吨二氧化碳 回升超过峰值的 2.0%，不算达峰');
    expect(card).toHaveTextContent('未达成');
    expect(card).toHaveClass('bad');
    // the CO2 card is the highest value, not a peak
    expect(screen.getByTestId('kpi-peak-co2')).toHaveTextContent('规划期内最高排放');
  });

  it('reads missed in the target table, the margin saying why', () => {
    const { t, fmt } = fmtFor('zh');
    render(<TargetTable scenario={makeCity()} results={rebounding} fmt={fmt} t={t} lang="zh" />);
    const row = screen.getByTestId('target-row-peak');
    expect(row).toHaveAttribute('data-met', 'false');
    expect(row).toHaveTextContent('未达成');
    expect(row).toHaveTextContent('最高 2020年');
    expect(within(row).getByTestId('target-margin')).toHaveTextContent('2027年回升，不算达峰');
  });

  it('gives the plateau of a peak that holds', () => {
    // 100 in 2021; 2022–2024 within 2 % of it (≥ 98): plateau 2021–2024
    const r = handResults('test-city', 2020, [96, 100, 99.5, 98.6, 98.1, 95, 92], { year: 2021, co2: 100, plateau: { fromYear: 2021, toYear: 2024 } });
    renderKpis(r);
    expect(screen.getByTestId('kpi-peak-year')).toHaveTextContent('2021年');
    expect(screen.getByTestId('kpi-peak-year')).toHaveAttribute('data-holds', 'true');
    expect(screen.getByTestId('kpi-plateau')).toHaveTextContent('平台期 2021–2024年（峰值 ±2.0% 以内）');
    expect(screen.queryByTestId('kpi-rebound')).toBeNull();
    expect(screen.queryByTestId('kpi-reached')).toBeNull();
  });

  it('names the year a long plateau is reached, on which a peak-year target is judged', () => {
    // highest in 2032 at 100; plateau ≥ 98 from 2029 to 2033 (2034 is 97). From 2029 (98.5) on no later
    // year is more than 2 (2 % of 100) above it or above a later low; from 2028 (97), 2031 (99.5 > 99) is:
    // the peak is reached in 2029
    const r = handResults('test-city', 2025, [90, 94, 96, 97, 98.5, 99, 99.5, 100, 99, 97, 95], {
      year: 2032, co2: 100, plateau: { fromYear: 2029, toYear: 2033 }, reachedYear: 2029,
    });
    renderKpis(r);
    expect(screen.getByTestId('kpi-peak-year')).toHaveTextContent('2032年');
    expect(screen.getByTestId('kpi-reached')).toHaveTextContent('2029年起已在峰值容差内且不再回升，达峰目标按2029年判定');
  });
});

describe('MethodsLine', () => {
  const { t, fmt } = fmtFor('zh');

  it('names each method the engine used with its source, and says which are this tool’s own', () => {
    const s = makeCity((x) => (x.accounting.gridFactorScope = 'provincial'));
    render(<MethodsLine scenario={s} results={rebounding} fmt={fmt} t={t} />);
    const box = screen.getByTestId('results-methods');
    expect(box).toHaveTextContent('核算口径');
    expect(screen.getByTestId('method-energyControl')).toHaveTextContent('能耗 — 非化石能源消费量不纳入能源消费总量和强度，基准年与考核年同口径（发改环资〔2024〕113号）');
    expect(screen.getByTestId('method-electricityCo2')).toHaveTextContent('电力二氧化碳 — 本地火电按燃料计，另加净调入电量 × 电力平均二氧化碳排放因子，净调出电量按同一因子抵扣（本工具口径，非清单指南规定）');
    expect(screen.getByTestId('method-renewableAttribution')).toHaveTextContent('按消费量计');
    expect(screen.getByTestId('method-gridFactor')).toHaveTextContent('省级因子');
    // the fixture's one pumped-storage plant keeps the legacy attribution
    expect(screen.getByTestId('method-storage')).toHaveTextContent('旧版口径：抽发损耗电量只计入排放，不计入能耗');
    expect(screen.getByTestId('method-peak')).toHaveTextContent('峰值 ±2.0% 以内的年份为平台期');
    // no feedstock in any year: no feedstock line
    expect(screen.queryByTestId('method-feedstock')).toBeNull();
  });

  it('follows the results: another rule, feedstock excluded, no storage', () => {
    const r: ScenarioResults = {
      ...rebounding,
      methods: { energyControl: 'renewableIncreaseExcluded', renewableAttribution: 'localBalance', electricityCo2: 'marketBased', peakTolerancePct: 5, peakScope: 'energy' },
      years: rebounding.years.map((y) => ({ ...y, feedstockEnergy: 3 })),
    };
    render(<MethodsLine scenario={makeCity((x) => (x.electricity.pumpedStorage = []))} results={r} fmt={fmt} t={t} />);
    expect(screen.getByTestId('method-energyControl')).toHaveTextContent('发改运行〔2022〕1258号');
    expect(screen.getByTestId('method-electricityCo2')).toHaveTextContent('基于市场');
    expect(screen.getByTestId('method-feedstock')).toHaveTextContent('用作原料的部分不纳入');
    expect(screen.getByTestId('method-peak')).toHaveTextContent('±5.0%');
    expect(screen.queryByTestId('method-storage')).toBeNull();
  });
});

describe('FlagList', () => {
  const flagged = handResults('test-city', 2020, [95, 61, 62], { year: 2020, co2: 95 }, {
    flags: [
      {
        year: 2022,
        metric: 'energyPerGdpAssessed',
        from: 0.4,
        to: 0.5,
        changePct: 25,
        drivers: [
          { kind: 'actualData', field: 'energy' },
          { kind: 'factor', factor: 'excludedEnergy', contribution: 0.1 },
        ],
      },
      {
        year: 2021,
        metric: 'co2',
        from: 95,
        to: 61,
        // (61 / 95 − 1) × 100 = −35.79 %
        changePct: -35.79,
        drivers: [
          { kind: 'projectEnters', id: 'pv-1', name: '星子光伏', generatorType: 'pv', capacityMW: 100, commissioningYear: 2021 },
          { kind: 'projectEnters', id: 'w-1', name: '泉山风电', generatorType: 'wind', capacityMW: 49.5, commissioningYear: 2020, commissioningMonth: 7 },
          { kind: 'plantRetires', id: 'c-1', name: '旧煤电', generatorType: 'coal', capacityMW: 50 },
          { kind: 'storageEnters', id: 'ps', name: '潭岭抽水蓄能', capacityMW: 1200 },
          { kind: 'gridFactorStep', from: 0.4715, to: 0.4403 },
          { kind: 'factor', factor: 'electricityMix', contribution: -30.25 },
          { kind: 'factor', factor: 'gdp', contribution: 4.2 },
        ],
      },
    ],
  });

  it('lists each flag by year with its change and every driver worded', () => {
    const { t, fmt } = fmtFor('zh');
    render(<FlagList results={flagged} fmt={fmt} t={t} />);
    const items = screen.getAllByTestId(/^flag-\d{4}-/);
    expect(items.map((i) => i.getAttribute('data-testid'))).toEqual(['flag-2021-co2', 'flag-2022-energyPerGdpAssessed']);
    expect(items[0]).toHaveTextContent('2021年 二氧化碳排放 -35.8% 较上年');
    const drivers = within(items[0]!).getAllByTestId('flag-driver').map((d) => d.textContent);
    expect(drivers).toEqual([
      // capacity in 万千瓦, the Chinese default: 100 MW = 10, 49.5 MW = 4.95, 50 MW = 5, 1,200 MW = 120
      '星子光伏（光伏，10 万千瓦）投产',
      '泉山风电（风电，4.95 万千瓦）2020年7月投产，本年首个完整年',
      '旧煤电（煤电，5 万千瓦）退役',
      '潭岭抽水蓄能（抽水蓄能，120 万千瓦）投运',
      '电力平均二氧化碳排放因子由 0.4715 变为 0.4403 tCO2/MWh',
    ]);
    // the decomposition on one line
    expect(within(items[0]!).getByTestId('flag-factors')).toHaveTextContent('LMDI 分解：电力供应结构 -30.3 万吨二氧化碳；经济规模（地区生产总值） +4.2 万吨二氧化碳');
    expect(within(items[1]!).getAllByTestId('flag-driver').map((d) => d.textContent)).toEqual(['采用公布的统计数据（能源消费总量）']);
    // an intensity's factor is in the intensity's unit
    expect(within(items[1]!).getByTestId('flag-factors')).toHaveTextContent('LMDI 分解：能耗双控扣除的能源消费量 +0.100 吨标准煤/万元');
    expect(screen.getByTestId('results-flags')).toHaveTextContent('2 处');
  });

  it('says when no year changes by more than the threshold', () => {
    const { t, fmt } = fmtFor('zh');
    render(<FlagList results={rebounding} fmt={fmt} t={t} />);
    expect(screen.getByTestId('flags-none')).toHaveTextContent('没有较上年变化超过10%的年份。');
  });

  it('in English', async () => {
    await setLanguage('en');
    const { t, fmt } = fmtFor('en');
    render(<FlagList results={flagged} fmt={fmt} t={t} />);
    expect(within(screen.getByTestId('flag-2021-co2')).getAllByTestId('flag-driver')[0]).toHaveTextContent('星子光伏 (Solar PV, 100 MW) enters');
    expect(screen.getByTestId('results-flags')).toHaveTextContent('2 changes');
  });
});

describe('HistoryTable', () => {
  const { t, fmt } = fmtFor('zh');

  it('marks published years 实际 and the rest 预测, and sets 全社会用电量 beside the engine’s demand', () => {
    // GDP and energy published for 2021–2022; 全社会用电量 25 in 2021 against the engine's 20 (every hand year)
    const r = handResults('test-city', 2020, [1, 2, 3, 4], { year: 2023, co2: 4, withinHorizon: false }, {
      years: (_, i) => ({ actual: { gdp: i === 1 || i === 2, energy: i === 1 || i === 2 }, reported: i === 1 ? { electricityUse: 25 } : {} }),
    });
    render(<HistoryTable results={r} fmt={fmt} t={t} />);
    // the published years, then the first projected one
    expect(screen.getAllByTestId(/^history-row-/).map((x) => x.getAttribute('data-testid'))).toEqual(['history-row-2021', 'history-row-2022', 'history-row-2023']);
    expect(screen.getByTestId('history-row-2021')).toHaveTextContent('实际');
    expect(screen.getByTestId('history-row-2023')).toHaveTextContent('预测');
    expect(screen.getByTestId('history-row-2023')).not.toHaveTextContent('实际');
    const cell = screen.getByTestId('history-electricityUse-2021');
    // 20 − 25 = −5 亿kWh, −5 / 25 = −20 %
    expect(cell).toHaveAttribute('data-diff', '-5');
    expect(cell).toHaveTextContent('本工具 20.0');
    expect(cell).toHaveTextContent('统计 25.0');
    expect(cell).toHaveTextContent('差 -5.0 亿千瓦时（-20.0%）');
  });

  it('sets published capacity beside the generators in operation, pumped storage named apart', () => {
    // hand years have no generators; 2023: 600 coal + 400 PV = 1,000 MW, 1,200 MW pumped storage beside it
    const r = handResults('test-city', 2022, [1, 2], { year: 2023, co2: 2, withinHorizon: false }, {
      years: (y, i) =>
        i === 1 ? { capacityMW: { ...y.capacityMW, coal: 600, pv: 400 }, pumpedStorageMW: 1200, reported: { localCapacityMW: 1250 } } : {},
    });
    render(<HistoryTable results={r} fmt={fmt} t={t} />);
    const cell = screen.getByTestId('history-localCapacityMW-2023');
    // 1,000 − 1,250 = −250 MW; −250 / 1,250 = −20 %; shown in 万千瓦 (÷ 10): 100, 125, −25, pumped storage 120
    expect(cell).toHaveAttribute('data-diff', '-250');
    expect(cell).toHaveTextContent('本工具 100');
    expect(cell).toHaveTextContent('不含抽水蓄能 120 万千瓦');
    expect(cell).toHaveTextContent('统计 125');
    expect(cell).toHaveTextContent('差 -25 万千瓦（-20.0%）');
  });

  it('is absent without statistics', () => {
    const { container } = render(<HistoryTable results={rebounding} fmt={fmt} t={t} />);
    expect(container).toBeEmptyDOMElement();
  });
});
