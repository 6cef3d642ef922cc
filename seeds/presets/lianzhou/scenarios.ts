import type { Scenario, Target } from '../../../shared/model/scenario';
import { LZ_FOREST_TARGETS, LZ_PEAK_SCOPE_SOURCE, LZ_REPORTING_SOURCES, LZ_SECTOR_REPORTING, LZ_SINK_SOURCES, LZ_SINKS, lianzhouIndustry } from './industry';
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
  GDP_GROWTH_13TH,
  INTENSITY_13TH_DECLINE,
  INTENSITY_2020,
  POPULATION_2020,
  PROJECTS,
  PUMPED_STORAGE,
  SOURCES,
} from './facts';

/*
 * Base-year check (2020), see test/seeds/base-year.test.ts:
 *   GDP            = 161.21 亿元 (001 line 81)
 *   energy         = 161.21 × 0.43 = 69.32 万tce (等价值 in, 等价值 out: no rescaling)
 *   energy / GDP   = 69.32 / 161.21 = 0.430 tce/万元 (001 表1 #17)
 * Electricity is 62.7 % of energy: 1.385 × 清远's 45.26 %, from 001 line 351
 * (electricity intensity 5/7 and energy intensity ~1/2 of 清远's in 2019;
 * with the published intensities: 5/7 × 0.834 / 0.43 = 1.385).
 */

const S = SOURCES;

const TARGETS: Target[] = [
  {
    id: 'lz-energy-intensity-2025', label: '“十四五”单位地区生产总值能源消耗降低（清远下达，暂按全省 14.0%）', labelEn: 'Energy intensity −14.0 % 2020→2025 (Guangdong\'s target standing in for the 清远 allocation)',
    metric: 'energyIntensityReduction', fromYear: 2020, year: 2025, value: 14, binding: true,
    source: assumed(
      {
        en: '004 表2 #9 (line 181) sets the target as 控制在清远市下达的指标内, with no number. Guangdong\'s own 14th-plan −14.0 % (粤府〔2022〕68号, gd-14fyp-energy-intensity) stands in until the planner enters the figure 清远 handed down; assessed under 113号 (non-fossil energy deducted).',
        zh: '004 表2 第 9 项（第 181 行）将目标表述为“控制在清远市下达的指标内”，未给出具体数值。在规划人员录入清远市下达的指标之前，暂按广东省“十四五”下降 14.0 %（粤府〔2022〕68号，gd-14fyp-energy-intensity）设定；按 113号口径（扣除非化石能源消费量）考核。',
      },
      { en: `${SEED.lzEnv} line 181; reference gd-14fyp-energy-intensity`, zh: `${SEED.lzEnv} 第 181 行；参考库条目 gd-14fyp-energy-intensity` },
    ),
  },
  {
    id: 'lz-co2-intensity-2025', label: '“十四五”单位地区生产总值二氧化碳排放降低（清远下达，暂按全国 18%）', labelEn: 'CO2 intensity −18 % 2020→2025 (stand-in for the 清远 allocation)',
    metric: 'co2IntensityReduction', fromYear: 2020, year: 2025, value: 18, binding: true,
    source: assumed(
      {
        en: '004 表2 #10 (line 182): 控制在清远市下达的指标内, no number. National 14th-plan −18 % (cn-14fyp-co2-intensity) as a stand-in.',
        zh: '004 表2 第 10 项（第 182 行）：“控制在清远市下达的指标内”，未给出具体数值。暂按国家“十四五”下降 18 %（cn-14fyp-co2-intensity）设定。',
      },
      { en: `${SEED.lzEnv} line 182; reference cn-14fyp-co2-intensity`, zh: `${SEED.lzEnv} 第 182 行；参考库条目 cn-14fyp-co2-intensity` },
    ),
  },
  {
    id: 'lz-peak-2030', label: '配合清远市 2030 年碳达峰', labelEn: 'Peak by 2030, with 清远',
    metric: 'peakYear', year: 2030, value: 2030, binding: false,
    source: withNote(S.peakFollow, {
      en: '连州 gives no peak year of its own: it follows the national, provincial and 清远 peak actions (清远: 以 2030 年碳达峰为目标, 000 line 1183). 004 line 154 expects emissions to be past their peak by 2035. Non-binding.',
      zh: '连州未自定达峰年份，而是配合国家、广东省和清远市的碳达峰行动（清远：以 2030 年碳达峰为目标，000 第 1183 行）。004 第 154 行展望 2035 年碳排放达峰后稳中有降。非约束性。',
    }),
  },
];

const BASE_MIX = {
  industry: mix({ coal: 26.1, oil: 2, gas: 3, electricity: 65.9, heat: 0, biomass: 3 }, 'lianzhou industry'),
  services: mix({ coal: 0, oil: 5, gas: 3, electricity: 90, heat: 0, biomass: 2 }, 'lianzhou services'),
  transport: mix({ coal: 0, oil: 88, gas: 2, electricity: 10, heat: 0, biomass: 0 }, 'lianzhou transport'),
  households: mix({ coal: 0, oil: 12, gas: 3, electricity: 80, heat: 0, biomass: 5 }, 'lianzhou households'),
  agriculture: mix({ coal: 3, oil: 45, gas: 0, electricity: 50, heat: 0, biomass: 2 }, 'lianzhou agriculture'),
};
const SHARES = { industry: 58, services: 12, transport: 13, households: 13, agriculture: 4 };

const mixReason = (s: Text2): Text2 => ({
  en: `Assumed (no energy balance in 001 or 004). ${s.en} Overall electricity share 62.7 % of energy (等价值), from 001 line 351: electricity intensity 5/7 of 清远's with the published intensities 0.43 and 0.834 gives 5/7 × 0.834 / 0.43 = 1.385 × 清远's 45.26 % (industry's electricity share solved for it to 0.1 point).`,
  zh: `假设值（001、004 均无能源平衡表）。${s.zh}电力占能源消费总量的比重合计为 62.7 %（等价值），依据 001 第 351 行：单位 GDP 电耗为清远的 5/7，结合公布的能耗强度 0.43 和 0.834，得 5/7 × 0.834 / 0.43 = 1.385 倍于清远的 45.26 %（据此反算工业电力占比，精确到 0.1 个百分点）。`,
});

const BASELINE_INDUSTRY = lianzhouIndustry('baseline');
const POLICY_INDUSTRY = lianzhouIndustry('policy');

export const lianzhouBaseline: Scenario = {
  schemaVersion: 2,
  id: 'lianzhou-baseline',
  name: '连州市 基准情景',
  nameEn: 'Lianzhou — baseline',
  description: '2020 年基数延续“十三五”趋势：能耗强度几乎不降（十三五累计 −0.53%），只计在运和在建项目（星子镇光伏、福山扩建风电；泉山、慧光风电已计入 2020 年现有装机）。按默认核算口径计。重点产品（铜箔 2.5 万吨、玻璃纤维 3 万吨）保持 2020 年产量和单位能耗。Continues the 2020 trends with operating and under-construction projects only; default methods. Key products (copper foil, glass fibre) held at their 2020 output and unit energy.',
  region: { name: '连州市', nameEn: 'Lianzhou', level: 'county', parentRegion: '清远市', code: '441882' },
  baseYear: 2020,
  endYear: 2060,
  populationWan: pts(2020, POPULATION_2020.value, 2025, POPULATION_2020.value, 2060, 34),
  economy: {
    baseGdpYiYuan: GDP_2020.value,
    gdpGrowthPct: { expr: 'interp(2021, 5.2, 2030, 4.5, 2045, 3, 2060, 2)' },
  },
  energy: {
    baseIntensityTcePerWanYuan: INTENSITY_2020.value,
    intensityDeclinePct: pts(2021, 0.1, 2025, 0.1, 2035, 1.5),
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
  targets: [...TARGETS, ...LZ_FOREST_TARGETS],
  industry: BASELINE_INDUSTRY.industry,
  sectorReporting: LZ_SECTOR_REPORTING,
  sinks: LZ_SINKS,
  hourly: hourlyAt(24.78, 112.38),
  sources: {
    ...COMMON_SOURCES,
    ...hourlySources({ zh: '连州市', en: 'Lianzhou' }),
    ...BASELINE_INDUSTRY.sources,
    ...LZ_REPORTING_SOURCES,
    ...LZ_SINK_SOURCES,
    'accounting.peakScope': LZ_PEAK_SCOPE_SOURCE,
    populationWan: POPULATION_2020.source,
    'economy.baseGdpYiYuan': GDP_2020.source,
    'economy.gdpGrowthPct': assumed(
      {
        en: '5.2 %/yr in 2021 (the 2016–2020 average), easing to 4.5 % by 2030, 3 % by 2045 and 2 % by 2060 as the economy matures; the documents give no growth target for the whole economy (agricultural output is to grow 6 %/yr to 2028, 001 line 3584).',
        zh: '2021 年增长 5.2 %（2016–2020 年平均增速），随经济趋于成熟逐步放缓，2030 年为 4.5 %，2045 年为 3 %，2060 年为 2 %；规划文件未给出全市经济总量增速目标（仅农业产值至 2028 年年均增长 6 %，001 第 3584 行）。',
      },
      {
        en: `${SEED.lzDemo} line 81: 年均（2016-2020年）增长 ${GDP_GROWTH_13TH.value}%`,
        zh: `${SEED.lzDemo} 第 81 行：年均（2016-2020年）增长 ${GDP_GROWTH_13TH.value}%`,
      },
    ),
    'energy.baseIntensityTcePerWanYuan': INTENSITY_2020.source,
    'energy.intensityDeclinePct': assumed(
      {
        en: 'Baseline: 0.1 %/yr to 2025, the 13th-plan pace (−0.53 % over 2016–2020), rising to 1.5 %/yr by 2035 as older plants are replaced (autonomous improvement, assumed). The documents blame the miss on fast growth and energy-intensive industry (004 line 55, line 134).',
        zh: '基准情景：2025 年前年均下降 0.1 %，即“十三五”节奏（2016–2020 年累计下降 0.53 %）；此后随老旧设备更新逐步加快，2035 年达到年均 1.5 %（自发性能效提升，假设）。文件将未完成目标归因于经济较快增长和高耗能产业（004 第 55 行、第 134 行）。',
      },
      {
        en: `${SEED.lzEnv} line 84 (任务总目标 17.6%, 实际下降 0.53%); note: ${INTENSITY_13TH_DECLINE.value} % in five years`,
        zh: `${SEED.lzEnv} 第 84 行（任务总目标 17.6%，实际下降 0.53%）；注：五年合计 ${INTENSITY_13TH_DECLINE.value} %`,
      },
    ),
    ...sectorSources(
      assumed(
        {
          en: 'Energy by sector (% of total): industry 58, services 12, transport 13, households 13, agriculture 4. Industry dominates energy although it is only 25.9 % of GDP: the 46 larger firms are resource-based (non-metallic minerals, copper foil, glass fibre).',
          zh: '分部门能源消费占比（%）：工业 58、服务业 12、交通运输 13、居民生活 13、农业 4。工业仅占地区生产总值的 25.9 %，却是能源消费主体：46 家规模以上企业以资源型行业为主（非金属矿、铜箔、玻纤）。',
        },
        {
          en: `${SEED.lzDemo} line 85 (29.6：25.9：44.5), line 380; ${SEED.lzEnv} line 217`,
          zh: `${SEED.lzDemo} 第 85 行（29.6：25.9：44.5）、第 380 行；${SEED.lzEnv} 第 217 行`,
        },
      ),
      {
        industry: assumed(
          mixReason({
            en: 'Industry: electricity 65.9 % (electrolytic copper foil at 建滔/东强 is electricity-intensive), coal 26.1 % (calcium-carbonate and wollastonite kilns; raw coal use rose 2015–2019), gas 3 %, oil 2 %, biomass 3 %.',
            zh: '工业：电力 65.9 %（建滔、东强的电解铜箔生产用电密集），煤炭 26.1 %（碳酸钙、硅灰石窑炉；2015–2019 年原煤消费量逐年上升），天然气 3 %，油品 2 %，生物质 3 %。',
          }),
          {
            en: `${SEED.lzDemo} lines 351, 392–396, 3528; ${SEED.lzEnv} line 217`,
            zh: `${SEED.lzDemo} 第 351、392–396、3528 行；${SEED.lzEnv} 第 217 行`,
          },
        ),
        services: assumed(
          mixReason({ en: 'Services: electricity 90 %, oil 5 %, LPG/gas 3 %, biomass 2 %.', zh: '服务业：电力 90 %，油品 5 %，液化石油气/天然气 3 %，生物质 2 %。' }),
          { en: `${SEED.lzDemo} line 351`, zh: `${SEED.lzDemo} 第 351 行` },
        ),
        transport: assumed(
          mixReason({
            en: 'Transport: oil 88 %, electricity 10 % (buses 96 % electric in 2020, 001 line 273), gas 2 %.',
            zh: '交通运输：油品 88 %，电力 10 %（2020 年公交车电动化率 96 %，001 第 273 行），天然气 2 %。',
          }),
          { en: `${SEED.lzDemo} line 273`, zh: `${SEED.lzDemo} 第 273 行` },
        ),
        households: assumed(
          mixReason({
            en: 'Households: electricity 80 %, LPG 12 % (counted as oil), piped gas 3 %, commercial biomass 5 %.',
            zh: '居民生活：电力 80 %，液化石油气 12 %（计入油品），管道天然气 3 %，商品生物质能 5 %。',
          }),
          { en: `${SEED.lzEnv} line 269 (逐步减少瓶装液化气使用率)`, zh: `${SEED.lzEnv} 第 269 行（逐步减少瓶装液化气使用率）` },
        ),
        agriculture: assumed(
          mixReason({
            en: 'Agriculture: oil 45 % (machinery), electricity 50 % (irrigation, processing), coal 3 %, biomass 2 %.',
            zh: '农业：油品 45 %（农业机械），电力 50 %（灌溉、农产品加工），煤炭 3 %，生物质 2 %。',
          }),
          { en: `${SEED.lzDemo} line 351`, zh: `${SEED.lzDemo} 第 351 行` },
        ),
      },
    ),
  },
};

/** Policy: the baseline plus the documented plans (see docs/DATA-SOURCES.md §连州). */
export const lianzhouPolicy: Scenario = derive(lianzhouBaseline, (s) => {
  s.id = 'lianzhou-policy';
  // costs and CO2 are compared with the baseline: what the plan adds to it
  s.costs = { referenceScenarioId: 'lianzhou-baseline' };
  s.sources['costs.referenceScenarioId'] = assumed({
    en: 'The policy scenario is priced against its baseline: ΔNPV and the CO2 it avoids are what the plan adds to the trend.',
    zh: '政策情景以其基准情景为参照：净现值之差与减少的排放即规划措施相对于趋势的增量。',
  });
  s.name = '连州市 政策情景';
  s.nameEn = 'Lianzhou — policy';
  s.description = '基准情景加上规划措施：“十四五”新增风电 30 万千瓦、光伏 60 万千瓦（按附表完成年份于年中投产），能源生态园垃圾焚烧发电（2025 年，计入垃圾中化石碳的排放），潭岭（天湖）抽水蓄能一期（2033 年，假设，按电网资产计），煤炭消费削减、电能替代、天然气“县县通”，能耗强度年降 3%。按方法 A，2021–2024 年风电、光伏陆续投产使连州成为电力净调出地区，碳排放减半；2025 年起垃圾焚烧发电、用电增长和铜箔扩产（2030 年 5 万吨）使排放回升至 2036 年，而文件未列 2025 年后的新项目：峰值（2020 年）不成立（反弹），方法 C（基于位置）下的主要指标见“核算口径”。Baseline plus the plans of 001 and 004; under method A CO2 halves as the wind and PV enter (2021–2024) and climbs again from 2025 to 2036 (waste plant, demand growth, copper foil up to 5 万t by 2030, no later projects documented): the 2020 peak does not hold.';
  s.energy.intensityDeclinePct = pts(2021, 3, 2030, 3, 2045, 2.5, 2060, 2);
  s.energy.sectors.industry.fuelSharesPct = mixPath([
    [2020, { coal: 26.1, oil: 2, gas: 3, electricity: 65.9, heat: 0, biomass: 3 }],
    [2030, { coal: 16.1, oil: 1, gas: 8, electricity: 71.9, heat: 0, biomass: 3 }],
    [2060, { coal: 2, oil: 0, gas: 6, electricity: 89, heat: 0, biomass: 3 }],
  ], 'lianzhou policy industry');
  s.energy.sectors.services.fuelSharesPct = mixPath([
    [2020, { coal: 0, oil: 5, gas: 3, electricity: 90, heat: 0, biomass: 2 }],
    [2030, { coal: 0, oil: 2, gas: 3, electricity: 93, heat: 0, biomass: 2 }],
    [2060, { coal: 0, oil: 0, gas: 1, electricity: 97, heat: 0, biomass: 2 }],
  ], 'lianzhou policy services');
  s.energy.sectors.transport.fuelSharesPct = mixPath([
    [2020, { coal: 0, oil: 88, gas: 2, electricity: 10, heat: 0, biomass: 0 }],
    [2030, { coal: 0, oil: 70, gas: 3, electricity: 27, heat: 0, biomass: 0 }],
    [2060, { coal: 0, oil: 20, gas: 3, electricity: 77, heat: 0, biomass: 0 }],
  ], 'lianzhou policy transport');
  s.energy.sectors.households.fuelSharesPct = mixPath([
    [2020, { coal: 0, oil: 12, gas: 3, electricity: 80, heat: 0, biomass: 5 }],
    [2030, { coal: 0, oil: 6, gas: 6, electricity: 84, heat: 0, biomass: 4 }],
    [2060, { coal: 0, oil: 0, gas: 3, electricity: 95, heat: 0, biomass: 2 }],
  ], 'lianzhou policy households');
  s.energy.sectors.agriculture.fuelSharesPct = mixPath([
    [2020, { coal: 3, oil: 45, gas: 0, electricity: 50, heat: 0, biomass: 2 }],
    [2030, { coal: 1, oil: 40, gas: 0, electricity: 57, heat: 0, biomass: 2 }],
    [2060, { coal: 0, oil: 15, gas: 0, electricity: 83, heat: 0, biomass: 2 }],
  ], 'lianzhou policy agriculture');
  s.electricity.projects = ledger(PROJECTS, 'policy');
  s.industry = POLICY_INDUSTRY.industry;
  Object.assign(s.sources, POLICY_INDUSTRY.sources);
  s.electricity.pumpedStorage = ledger(PUMPED_STORAGE, 'policy');

  s.sources['energy.intensityDeclinePct'] = assumed(
    {
      en: 'Policy: 3 %/yr to 2030 (the pace the stand-in −14.0 % needs is 2.97 %/yr), 2.5 % by 2045, 2 % by 2060. 004 gates new 两高 projects on meeting the yearly intensity target and caps total energy (lines 231, 321).',
      zh: '政策情景：2030 年前年均下降 3 %（暂按的下降 14.0 % 目标需年均下降 2.97 %），2045 年为 2.5 %，2060 年为 2 %。004 要求新上“两高”项目须以完成年度能耗强度目标为前提，并实施能源消费总量控制（第 231、321 行）。',
    },
    { en: `${SEED.lzEnv} lines 231, 321; target lz-energy-intensity-2025`, zh: `${SEED.lzEnv} 第 231、321 行；目标 lz-energy-intensity-2025` },
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
      en: 'Industry coal 26.1 → 16.1 → 2 %, gas 3 → 8 → 6 %, electricity 65.9 → 71.9 → 89 %: yearly coal-reduction targets for non-metallic minerals and chemicals, coal replacement for new coal users, gas to every industrial park, electricity replacing coal and oil.',
      zh: '工业煤炭 26.1 → 16.1 → 2 %，天然气 3 → 8 → 6 %，电力 65.9 → 71.9 → 89 %：对非金属矿、化工等行业制定年度煤炭消费削减目标，新建耗煤项目实行煤炭减量替代，天然气管网通达各工业园区，以电代煤、以电代油。',
    },
    {
      en: `${SEED.lzDemo} lines 1892–1896, 3693–3695; ${SEED.lzEnv} lines 269, 321`,
      zh: `${SEED.lzDemo} 第 1892–1896、3693–3695 行；${SEED.lzEnv} 第 269、321 行`,
    },
  );
  s.sources['energy.sectors.services.fuelSharesPct'] = policyMix(
    { en: 'Services: LPG and oil replaced by electricity (97 % by 2060).', zh: '服务业：以电替代液化石油气和油品（2060 年电力占 97 %）。' },
    { en: `${SEED.lzDemo} lines 1925 (建筑屋顶光伏, 生活热水、炊事电气化)`, zh: `${SEED.lzDemo} 第 1925 行（建筑屋顶光伏，生活热水、炊事电气化）` },
  );
  s.sources['energy.sectors.transport.fuelSharesPct'] = policyMix(
    {
      en: 'Transport electricity 10 → 27 → 77 %: all new buses electric, new-energy share of new vehicles rising.',
      zh: '交通运输电力占比 10 → 27 → 77 %：新增公交车全部使用电动汽车，新增车辆中新能源汽车比例逐步提高。',
    },
    { en: `${SEED.lzDemo} lines 1913, 2072`, zh: `${SEED.lzDemo} 第 1913、2072 行` },
  );
  s.sources['energy.sectors.households.fuelSharesPct'] = policyMix(
    {
      en: 'Households: bottled LPG phased down as piped gas and electric cooking spread.',
      zh: '居民生活：随管道天然气和电炊具普及，瓶装液化石油气逐步减少。',
    },
    {
      en: `${SEED.lzEnv} line 269 (逐步减少瓶装液化气使用率); ${SEED.lzDemo} line 1925`,
      zh: `${SEED.lzEnv} 第 269 行（逐步减少瓶装液化气使用率）；${SEED.lzDemo} 第 1925 行`,
    },
  );
  s.sources['energy.sectors.agriculture.fuelSharesPct'] = policyMix(
    { en: 'Agriculture: electric irrigation and processing replace diesel and coal.', zh: '农业：电力灌溉和电力加工替代柴油和煤炭。' },
    { en: `${SEED.lzDemo} line 3693`, zh: `${SEED.lzDemo} 第 3693 行` },
  );
});
