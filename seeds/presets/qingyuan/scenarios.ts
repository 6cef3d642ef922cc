import type { Scenario, Target } from '../../../shared/model/scenario';
import { QY_FOREST_TARGETS, QY_PEAK_SCOPE_SOURCE, QY_REPORTING_SOURCES, QY_SECTOR_REPORTING, QY_SINK_SOURCES, QY_SINKS, qingyuanIndustry } from './industry';
import { referenceValue } from '../../reference/index';
import {
  assumed,
  COMMON_SOURCES,
  CONVENTIONS,
  ACCOUNTING,
  derive,
  EMISSION_FACTORS,
  GRID_FACTOR,
  HEAT_RATES,
  IMPORTED_NON_FOSSIL,
  IMPORTED_RENEWABLE,
  ledger,
  mix,
  mixPath,
  pts,
  ref,
  sectorSources,
  SEED,
  withNote,
  type Text2,
  hourlyAt,
  hourlySources,
} from '../common';
import {
  FLEET,
  GDP_2020,
  INTENSITY,
  INTENSITY_TREND_PCT,
  NON_FOSSIL,
  POPULATION_2020,
  PROJECTS,
  PUMPED_STORAGE,
  SOURCES,
} from './facts';

/*
 * Base-year check (2020), see test/seeds/base-year.test.ts:
 *   GDP          = 892.7 / 0.502 = 1,778.29 亿元 (000 lines 97–101, derived)
 *   energy       = 1,778.29 × 0.834 = 1,483.1 万tce (等价值 in and out)
 *   energy / GDP = 0.834 tce/万元 (000 line 105)
 *   non-fossil   = (biomass + electricity × 44.0 %) / energy under the provincial pool,
 *                  not the published 33.7 %, which counts the city's own hydro, wind and PV
 *                  as its own (see the industry fuel mix's source).
 */

const Q = SEED.qyEco;
const S = SOURCES;

/** 清远's published −16.7 % over 2021–2023 as a yearly rate: 1 − 0.833^(1/3) = 5.91 %. */
const ACTUAL_DECLINE_2021_2023 = Math.round((1 - Math.pow(1 - referenceValue('qy-energy-intensity-2021-2023') / 100, 1 / 3)) * 10000) / 100;

const TARGETS: Target[] = [
  {
    id: 'qy-nonfossil-2025', label: '2025 年非化石能源消费比重 34%（预期性）', labelEn: 'Non-fossil share 34 % in 2025 (Anticipatory)',
    metric: 'nonFossilShare', year: 2025, value: NON_FOSSIL.y2025, binding: false,
    source: withNote(NON_FOSSIL.text2025, { en: '表1 #3 (line 848): 33.7 (2020) → 34 (2025), 预期性 (Anticipatory). Both figures count the city\'s own hydro, wind and PV as its own; the default provincial pool gives about 22 % for 2020, so this target is judged on another basis than the one it was set on (the methods view shows it under the local balance).', zh: '表1 第 3 项（第 848 行）：33.7（2020 年）→ 34（2025 年），预期性指标。两个数值均将本市自有的水电、风电、光伏计为本市消费；按默认的省级电力池口径，2020 年约为 22 %，故该目标的考核口径与其设定口径不同（核算口径对比中列示按本地电力平衡计算的结果）。' }),
  },
  {
    id: 'qy-co2-intensity-2025', label: '“十四五”单位地区生产总值二氧化碳排放降低（按省下达，暂按全国 18%）', labelEn: 'CO2 intensity −18 % 2020→2025 (stand-in for the provincial allocation)',
    metric: 'co2IntensityReduction', fromYear: 2020, year: 2025, value: 18, binding: true,
    source: assumed(
      {
        en: '表1 #1 (000 line 836) and line 1002 give the 2025 target only as 按省下达目标 / 达到省下达目标. The national 14th-plan −18 % (cn-14fyp-co2-intensity) stands in until the planner enters the provincial allocation.',
        zh: '表1 第 1 项（000 第 836 行）及第 1002 行对 2025 年目标仅表述为“按省下达目标”“达到省下达目标”。在规划人员录入省下达的分解目标之前，暂按国家“十四五”下降 18 %（cn-14fyp-co2-intensity）设定。',
      },
      { en: `${Q} lines 836–840, 1002; reference cn-14fyp-co2-intensity`, zh: `${Q} 第 836–840 行、第 1002 行；参考库条目 cn-14fyp-co2-intensity` },
    ),
  },
  {
    id: 'qy-energy-intensity-2025', label: '“十四五”单位地区生产总值能源消耗降低（按省下达，暂按全省 14.0%）', labelEn: 'Energy intensity −14.0 % 2020→2025 (Guangdong\'s target standing in for the allocation)',
    metric: 'energyIntensityReduction', fromYear: 2020, year: 2025, value: 14, binding: true,
    source: assumed(
      {
        en: '表1 #2 (000 line 842) and lines 1288–1290: 按省下达目标 / 控制在省定目标内. Guangdong\'s own 14th-plan −14.0 % (粤府〔2022〕68号, gd-14fyp-energy-intensity) stands in until the per-city allocation is found; assessed under 113号 (non-fossil energy deducted).',
        zh: '表1 第 2 项（000 第 842 行）及第 1288–1290 行：“按省下达目标”“控制在省定目标内”。在找到分解到本市的指标之前，暂按广东省“十四五”下降 14.0 %（粤府〔2022〕68号，gd-14fyp-energy-intensity）设定；按 113号口径（扣除非化石能源消费量）考核。',
      },
      { en: `${Q} lines 842–846, 1288–1290; reference gd-14fyp-energy-intensity`, zh: `${Q} 第 842–846 行、第 1288–1290 行；参考库条目 gd-14fyp-energy-intensity` },
    ),
  },
  {
    id: 'qy-peak-2030', label: '以 2030 年碳达峰为目标', labelEn: 'CO2 peak by 2030 (city target)',
    metric: 'peakYear', year: 2030, value: 2030, binding: true,
    source: withNote(S.energyCap, {
      en: 'The city\'s own peak year (line 1183), chosen over the provincial aspiration of line 343 (see qy-peak-province-2025).',
      zh: '本市自定的达峰年份（第 1183 行），优先于第 343 行的全省愿景（见 qy-peak-province-2025）。',
    }),
  },
  {
    id: 'qy-peak-province-2025', label: '全省“十四五”期间努力达峰（省级愿景）', labelEn: 'Provincial aspiration: peak within the 14th plan',
    metric: 'peakYear', year: 2025, value: 2025, binding: false,
    source: withNote(S.provincePeak, {
      en: 'Quoted from the 2021 provincial environment conference; a provincial aspiration, not allocated to the city. Kept as a non-binding check. The 2022 provincial carbon-peak plan later set "before 2030".',
      zh: '引自 2021 年全省生态环境保护工作会议；属全省愿景，未分解下达到本市，仅作非约束性校核。2022 年广东省碳达峰实施方案此后定为“2030 年前”达峰。',
    }),
  },
  {
    id: 'qy-nonfossil-2030-province', label: '广东省 2030 年非化石能源消费比重约 35%（参考）', labelEn: 'Guangdong non-fossil share ~35 % in 2030 (reference)',
    metric: 'nonFossilShare', year: 2030, value: 35, binding: false,
    source: ref('gd-nonfossil-2030', {
      en: 'Provincial target, shown for comparison; the city document has no 2030 value.',
      zh: '省级目标，仅供对比；市级规划文件未给出 2030 年目标值。',
    }),
  },
];

const SHARES = { industry: 62, services: 12, transport: 12, households: 11, agriculture: 3 };
/** Industry's 2020 electricity share, first solved for the published 33.7 % non-fossil share on a local basis (see its source). */
const INDUSTRY_2020 = { coal: 39.76, oil: 3, gas: 12, electricity: 40.24, heat: 2, biomass: 3 };
const BASE_MIX = {
  industry: mix(INDUSTRY_2020, 'qingyuan industry'),
  services: mix({ coal: 1, oil: 6, gas: 8, electricity: 83, heat: 0, biomass: 2 }, 'qingyuan services'),
  transport: mix({ coal: 0, oil: 88, gas: 4, electricity: 8, heat: 0, biomass: 0 }, 'qingyuan transport'),
  households: mix({ coal: 1, oil: 14, gas: 10, electricity: 73, heat: 0, biomass: 2 }, 'qingyuan households'),
  agriculture: mix({ coal: 4, oil: 46, gas: 0, electricity: 48, heat: 0, biomass: 2 }, 'qingyuan agriculture'),
};

const mixReason = (s: Text2): Text2 => ({
  en: `Assumed: 000 publishes no energy balance (facts/qingyuan.json data gaps). ${s.en}`,
  zh: `假设值：000 未公布能源平衡表。${s.zh}`,
});

const BASELINE_INDUSTRY = qingyuanIndustry('baseline');
const POLICY_INDUSTRY = qingyuanIndustry('policy');

export const qingyuanBaseline: Scenario = {
  schemaVersion: 2,
  id: 'qingyuan-baseline',
  name: '清远市 基准情景',
  nameEn: 'Qingyuan — baseline',
  description: '2020 年基数；2021–2023 年能耗强度按公布的累计下降 16.7% 计，此后延续“十三五”下降趋势（年均 −2.22%），能源结构保持 2020 年水平，只计在运和在建项目（含国能清远电厂 2 × 100 万千瓦燃煤机组、连州在建风电和光伏）。按默认核算口径（113号、省级电力池、方法 A、广东省级电力平均二氧化碳排放因子）计。重点产品（熟料 2,400 万吨、水泥 3,000 万吨、建筑陶瓷 400 万吨）保持 2020 年产量和单位能耗，熟料工业生产过程排放单列。Actual intensity cut to 2023, then the 13th-plan trend with the 2020 mix and operating or under-construction plants only; default methods. Key products (clinker, cement, ceramics) held at their 2020 output and unit energy; clinker process CO2 reported beside energy CO2.',
  region: { name: '清远市', nameEn: 'Qingyuan', level: 'city', parentRegion: '广东省', code: '441800' },
  baseYear: 2020,
  endYear: 2060,
  populationWan: pts(2020, POPULATION_2020.value, 2035, 405, 2060, 390),
  economy: {
    baseGdpYiYuan: GDP_2020.value,
    gdpGrowthPct: { expr: 'interp(2021, 6, 2030, 4.5, 2060, 2)' },
  },
  energy: {
    baseIntensityTcePerWanYuan: INTENSITY.y2020,
    intensityDeclinePct: pts(2021, ACTUAL_DECLINE_2021_2023, 2023, ACTUAL_DECLINE_2021_2023, 2024, INTENSITY_TREND_PCT),
    inputConvention: 'coalSubstitution',
    sectors: {
      industry: { sharePct: SHARES.industry, fuelSharesPct: BASE_MIX.industry },
      services: { sharePct: SHARES.services, fuelSharesPct: BASE_MIX.services },
      transport: { sharePct: SHARES.transport, fuelSharesPct: BASE_MIX.transport },
      households: { sharePct: SHARES.households, fuelSharesPct: BASE_MIX.households },
      agriculture: { sharePct: SHARES.agriculture, fuelSharesPct: BASE_MIX.agriculture },
    },
  },
  electricity: {
    fleet: ledger(FLEET, 'baseline'),
    projects: ledger(PROJECTS, 'baseline'),
    pumpedStorage: ledger(PUMPED_STORAGE, 'baseline'),
    heatRateGcePerKWh: HEAT_RATES,
    gridEmissionFactor: GRID_FACTOR,
    importedNonFossilSharePct: IMPORTED_NON_FOSSIL,
    importedRenewableSharePct: IMPORTED_RENEWABLE,
  },
  emissionFactors: EMISSION_FACTORS,
  conventions: CONVENTIONS,
  accounting: ACCOUNTING,
  targets: [...TARGETS, ...QY_FOREST_TARGETS],
  industry: BASELINE_INDUSTRY.industry,
  sectorReporting: QY_SECTOR_REPORTING,
  sinks: QY_SINKS,
  hourly: hourlyAt(23.68, 113.06),
  // 连州 is a county-level city of 清远 (the example of a roll-up): each 清远 scenario sums the 连州 scenario of its kind.
  rollup: { members: [{ scenarioId: 'lianzhou-baseline', label: '连州市' }] },
  history: {
    localCapacityMW: {
      '2023': {
        value: referenceValue('qy-capacity-2023') * 10,
        source: ref('qy-capacity-2023', {
          en: '760.46万kW = 7,604.6 MW at the end of 2023 (secondary). Set beside the engine\'s capacity as a cross-check; whether the 1,280 MW of pumped storage is inside the figure is not stated.',
          zh: '2023 年末 760.46 万千瓦 = 7,604.6 MW（间接来源）。与模型的装机容量并列作校核；未说明是否含 1,280 MW 抽水蓄能。',
        }),
      },
    },
  },
  sources: {
    ...COMMON_SOURCES,
    ...hourlySources({ zh: '清远市', en: 'Qingyuan' }),
    ...BASELINE_INDUSTRY.sources,
    ...QY_REPORTING_SOURCES,
    ...QY_SINK_SOURCES,
    'accounting.peakScope': QY_PEAK_SCOPE_SOURCE,
    populationWan: POPULATION_2020.source,
    'economy.baseGdpYiYuan': GDP_2020.source,
    'economy.gdpGrowthPct': assumed(
      {
        en: '6 %/yr in 2021 easing to 4.5 % by 2030 and 2 % by 2060. The documents give no GDP growth target; the only rate is services value added, +6.5 %/yr in 2015–2020 at comparable prices.',
        zh: '2021 年增长 6 %，此后逐步放缓，2030 年为 4.5 %，2060 年为 2 %。规划文件未给出地区生产总值增速目标，唯一的增速数据为服务业增加值 2015–2020 年按可比价年均增长 6.5 %。',
      },
      { en: `${Q} lines 101–103 (2015 年至 2020 年年均增长 6.5%)`, zh: `${Q} 第 101–103 行（2015 年至 2020 年年均增长 6.5%）` },
    ),
    'energy.baseIntensityTcePerWanYuan': INTENSITY.source,
    'energy.intensityDeclinePct': assumed(
      {
        en: `2021–2023 as published: −16.7 % over the three years (qy-energy-intensity-2021-2023, secondary) = 1 − 0.833^(1/3) = ${ACTUAL_DECLINE_2021_2023} %/yr, applied to the total intensity (the release does not say whether it is the total or the assessed figure). Baseline from 2024: the 13th-plan pace, 0.933 → 0.834 tce/万元 in five years = −${INTENSITY_TREND_PCT} %/yr, held to 2060. (表1 #2 reports −10.32 % for 2016–2020 against −10.61 % from the two levels: probably a different price base; the levels are used.)`,
        zh: `2021–2023 年采用公布值：三年累计下降 16.7 %（qy-energy-intensity-2021-2023，间接来源），即年均下降 1 − 0.833^(1/3) = ${ACTUAL_DECLINE_2021_2023} %，按能耗强度总量口径计（公布材料未说明是总量口径还是考核口径）。基准情景 2024 年起延续“十三五”下降节奏：五年间由 0.933 降至 0.834 吨标准煤/万元，即年均下降 ${INTENSITY_TREND_PCT} %，并保持至 2060 年。（表1 第 2 项 2016–2020 年降低率为 10.32 %，而按两个水平值计算为 10.61 %，差异可能源于价格基期不同；此处采用水平值。）`,
      },
      { en: `${Q} lines 103–105, 842; reference qy-energy-intensity-2021-2023`, zh: `${Q} 第 103–105 行、第 842 行；参考库条目 qy-energy-intensity-2021-2023` },
    ),
    ...sectorSources(
      assumed(
        {
          en: 'Energy by sector (% of total): industry 62, services 12, transport 12, households 11, agriculture 3. Industry is 33 % of GDP but carries energy-intensive ceramics, cement, non-ferrous metals and chemicals; services 50.2 % of GDP with low energy use.',
          zh: '分部门能源消费占比（%）：工业 62、服务业 12、交通运输 12、居民生活 11、农业 3。工业占地区生产总值的 33 %，但集中了陶瓷、水泥、有色金属、化工等高耗能行业；服务业占地区生产总值的 50.2 %，能耗较低。',
        },
        { en: `${Q} line 91 (16.8:33.0:50.2), lines 505–509, 1079–1081`, zh: `${Q} 第 91 行（16.8:33.0:50.2），第 505–509 行、第 1079–1081 行` },
      ),
      {
        industry: assumed(
          mixReason({
            en: `Industry 2020: coal 39.76 %, gas 12 %, electricity 40.24 %, oil 3 %, heat 2 %, biomass 3 %. Cement and part of the ceramics kilns burn coal, ceramics increasingly gas. The electricity share was first solved (coal taking the difference) for the published 2020 non-fossil share of ${NON_FOSSIL.y2020} % under a local balance of a clean-only fleet. Under the default provincial pool, electricity's non-fossil share is Guangdong's (44.0 % in 2020), whoever generates it, and the engine's 2020 share is about 22 %: the published figure evidently counts the city's own hydro, wind and PV (about 2.2 GW of hydro) as its own, a local basis the documents do not define. The gap is an accounting difference, not a fuel-mix error.`,
            zh: `2020 年工业：煤炭 39.76 %、天然气 12 %、电力 40.24 %、油品 3 %、热力 2 %、生物质 3 %。水泥及部分陶瓷窑炉燃煤，陶瓷行业逐步改用天然气。电力占比最初按公布的 2020 年非化石能源消费比重 ${NON_FOSSIL.y2020} % 反算（差额计入煤炭），当时采用仅含清洁能源电源的本地电力平衡。按默认的省级电力池口径，电力中的非化石比重取广东电力供应的比重（2020 年 44.0 %），与发电地无关，模型 2020 年非化石能源消费比重约为 22 %：公布值显然将本市自有的水电、风电、光伏（水电约 2.2 GW）计为本市消费，此为文件未加说明的本地口径。两者之差属核算口径差异，而非燃料结构有误。`,
          }),
          { en: `${Q} lines 505–509, 848, 1079–1081, 1974–1976`, zh: `${Q} 第 505–509、848、1079–1081、1974–1976 行` },
        ),
        services: assumed(
          mixReason({ en: 'Services: electricity 83 %, gas 8 %, oil 6 %, coal 1 %, biomass 2 %.', zh: '服务业：电力 83 %、天然气 8 %、油品 6 %、煤炭 1 %、生物质 2 %。' }),
          { en: `${Q} line 91`, zh: `${Q} 第 91 行` },
        ),
        transport: assumed(
          mixReason({
            en: 'Transport: oil 88 %, gas 4 % (LNG trucks, CNG), electricity 8 % (rail and electric buses: 63 % of buses electric, line 585).',
            zh: '交通运输：油品 88 %、天然气 4 %（LNG 货车、CNG 车辆）、电力 8 %（轨道交通和电动公交车：63 % 的公交车为电动车，见第 585 行）。',
          }),
          { en: `${Q} line 585`, zh: `${Q} 第 585 行` },
        ),
        households: assumed(
          mixReason({
            en: 'Households: electricity 73 %, LPG 14 % (counted as oil), piped gas 10 %, coal 1 %, commercial biomass 2 %; non-commercial firewood is outside the statistics.',
            zh: '居民生活：电力 73 %、液化石油气 14 %（计入油品）、管道天然气 10 %、煤炭 1 %、商品生物质能 2 %；非商品薪柴不在统计范围内。',
          }),
          { en: `${Q} line 91`, zh: `${Q} 第 91 行` },
        ),
        agriculture: assumed(
          mixReason({ en: 'Agriculture: oil 46 %, electricity 48 %, coal 4 %, biomass 2 %.', zh: '农业：油品 46 %、电力 48 %、煤炭 4 %、生物质 2 %。' }),
          { en: `${Q} line 91`, zh: `${Q} 第 91 行` },
        ),
      },
    ),
  },
};

/** Policy: the baseline plus the documented plans (see docs/DATA-SOURCES.md §清远). */
export const qingyuanPolicy: Scenario = derive(qingyuanBaseline, (s) => {
  s.id = 'qingyuan-policy';
  // costs and CO2 are compared with the baseline: what the plan adds to it
  s.costs = { referenceScenarioId: 'qingyuan-baseline' };
  s.sources['costs.referenceScenarioId'] = assumed({
    en: 'The policy scenario is priced against its baseline: ΔNPV and the CO2 it avoids are what the plan adds to the trend.',
    zh: '政策情景以其基准情景为参照：净现值之差与减少的排放即规划措施相对于趋势的增量。',
  });
  s.name = '清远市 政策情景';
  s.nameEn = 'Qingyuan — policy';
  s.rollup = { members: [{ scenarioId: 'lianzhou-policy', label: '连州市' }] };
  s.description = '基准情景加上专栏 2 的清洁能源项目（农光互补光伏、风电、天然气分布式能源、沼气及垃圾焚烧发电）、连州“十四五”风光项目、潭岭（天湖）抽水蓄能一期（2033 年，假设，按电网资产不计抽发损耗电量），以及“以电代煤”“以电代油”、工业炉窑改用电和天然气、严控能源消费总量（2024 年起能耗强度年降 3%）。重点产品：熟料产量 2025 年降至 2,300 万吨、2030 年降至 2,100 万吨，单位能耗 2030 年达到标杆水平 100 kgce/t，陶瓷 2025 年前以天然气替代煤制气。能源活动碳排放以 2020 年为最高（2021 年仍在其 2% 以内），2024–2033 年稳定在 2,640–2,675 万吨（熟料减产和陶瓷改气抵消了能源消费增长，本地燃煤电厂出力不变），2035 年后随电网排放因子下降而下降；熟料工业生产过程排放（2020 年 1,291.2 万吨）单列，按能源口径判断达峰时不计入。Baseline plus the documented plans and the key-product levers (clinker cut to 2,100 万t by 2030 at the 100 kgce/t benchmark, ceramics off coal gas by 2025); energy CO2 is highest in 2020, holds at 2,640–2,675 万t over 2024–2033 and falls after 2035; clinker\'s process CO2 is reported beside it.';
  s.energy.intensityDeclinePct = pts(2021, ACTUAL_DECLINE_2021_2023, 2023, ACTUAL_DECLINE_2021_2023, 2024, 3, 2030, 3, 2045, 2.5, 2060, 2);
  s.energy.sectors.industry.fuelSharesPct = mixPath([
    [2020, INDUSTRY_2020],
    [2030, { coal: 29.76, oil: 2, gas: 16, electricity: 46.24, heat: 3, biomass: 3 }],
    [2060, { coal: 3, oil: 1, gas: 12, electricity: 76, heat: 3, biomass: 5 }],
  ], 'qingyuan policy industry');
  s.energy.sectors.services.fuelSharesPct = mixPath([
    [2020, { coal: 1, oil: 6, gas: 8, electricity: 83, heat: 0, biomass: 2 }],
    [2030, { coal: 0, oil: 3, gas: 8, electricity: 87, heat: 0, biomass: 2 }],
    [2060, { coal: 0, oil: 0, gas: 3, electricity: 95, heat: 0, biomass: 2 }],
  ], 'qingyuan policy services');
  s.energy.sectors.transport.fuelSharesPct = mixPath([
    [2020, { coal: 0, oil: 88, gas: 4, electricity: 8, heat: 0, biomass: 0 }],
    [2030, { coal: 0, oil: 70, gas: 5, electricity: 25, heat: 0, biomass: 0 }],
    [2060, { coal: 0, oil: 20, gas: 5, electricity: 75, heat: 0, biomass: 0 }],
  ], 'qingyuan policy transport');
  s.energy.sectors.households.fuelSharesPct = mixPath([
    [2020, { coal: 1, oil: 14, gas: 10, electricity: 73, heat: 0, biomass: 2 }],
    [2030, { coal: 0, oil: 8, gas: 12, electricity: 78, heat: 0, biomass: 2 }],
    [2060, { coal: 0, oil: 0, gas: 5, electricity: 93, heat: 0, biomass: 2 }],
  ], 'qingyuan policy households');
  s.energy.sectors.agriculture.fuelSharesPct = mixPath([
    [2020, { coal: 4, oil: 46, gas: 0, electricity: 48, heat: 0, biomass: 2 }],
    [2030, { coal: 2, oil: 40, gas: 0, electricity: 56, heat: 0, biomass: 2 }],
    [2060, { coal: 0, oil: 15, gas: 0, electricity: 83, heat: 0, biomass: 2 }],
  ], 'qingyuan policy agriculture');
  s.electricity.projects = ledger(PROJECTS, 'policy');
  s.industry = POLICY_INDUSTRY.industry;
  Object.assign(s.sources, POLICY_INDUSTRY.sources);
  s.electricity.pumpedStorage = ledger(PUMPED_STORAGE, 'policy');

  s.sources['energy.intensityDeclinePct'] = assumed(
    {
      en: `2021–2023 as published (${ACTUAL_DECLINE_2021_2023} %/yr, see the baseline). Policy from 2024: 3 %/yr to 2030 (the stand-in −14.0 % needs 2.97 %/yr), 2.5 % by 2045, 2 % by 2060: "严控能源消费总量增长" under the 2030 peak target.`,
      zh: `2021–2023 年采用公布值（年均 ${ACTUAL_DECLINE_2021_2023} %，见基准情景）。政策情景 2024 年起：2030 年前年均下降 3 %（暂按的下降 14.0 % 目标需年均下降 2.97 %），2045 年为 2.5 %，2060 年为 2 %：体现 2030 年碳达峰目标下的“严控能源消费总量增长”。`,
    },
    { en: `${Q} lines 1183–1185; target qy-energy-intensity-2025; reference qy-energy-intensity-2021-2023`, zh: `${Q} 第 1183–1185 行；目标 qy-energy-intensity-2025；参考库条目 qy-energy-intensity-2021-2023` },
  );
  const policyMix = (what: Text2, basis: Text2) =>
    assumed(
      {
        en: `Policy path from the 2020 mix, linear to the 2030 and 2060 anchors. ${what.en}`,
        zh: `政策路径：由 2020 年能源结构出发，线性过渡至 2030 年和 2060 年的设定值。${what.zh}`,
      },
      basis,
    );
  s.sources['energy.sectors.industry.fuelSharesPct'] = policyMix(
    {
      en: 'Industry coal 39.76 → 29.76 → 3 %, gas 12 → 16 → 12 %, electricity 40.24 → 46.24 → 76 %: kilns switch to electricity and gas, 以电代煤, gas distributed energy in the parks.',
      zh: '工业煤炭 39.76 → 29.76 → 3 %，天然气 12 → 16 → 12 %，电力 40.24 → 46.24 → 76 %：工业炉窑改用电和天然气，“以电代煤”，园区建设天然气分布式能源。',
    },
    { en: `${Q} lines 1189–1190, 1217–1219, 1974–1976`, zh: `${Q} 第 1189–1190、1217–1219、1974–1976 行` },
  );
  s.sources['energy.sectors.services.fuelSharesPct'] = policyMix(
    { en: 'Services: oil and coal replaced by electricity (95 % by 2060).', zh: '服务业：以电替代油品和煤炭（2060 年电力占 95 %）。' },
    { en: `${Q} lines 1217–1219`, zh: `${Q} 第 1217–1219 行` },
  );
  s.sources['energy.sectors.transport.fuelSharesPct'] = policyMix(
    {
      en: 'Transport electricity 8 → 25 → 75 %: all new and replaced buses electric, electric vehicles spreading.',
      zh: '交通运输电力占比 8 → 25 → 75 %：新增及更新公交车全部使用电动汽车，电动汽车逐步普及。',
    },
    { en: `${Q} lines 2663–2665`, zh: `${Q} 第 2663–2665 行` },
  );
  s.sources['energy.sectors.households.fuelSharesPct'] = policyMix(
    { en: 'Households: LPG replaced by piped gas, then electricity.', zh: '居民生活：液化石油气先由管道天然气替代，再逐步由电力替代。' },
    { en: `${Q} lines 1185 (推动终端用能清洁化)`, zh: `${Q} 第 1185 行（推动终端用能清洁化）` },
  );
  s.sources['energy.sectors.agriculture.fuelSharesPct'] = policyMix(
    { en: 'Agriculture: electric pumps and processing replace diesel and coal.', zh: '农业：电动水泵和电力加工设备替代柴油和煤炭。' },
    { en: `${Q} lines 1217–1219`, zh: `${Q} 第 1217–1219 行` },
  );
});
