import type { Scenario, Target } from '../../../shared/model/scenario';
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
import { SG_FOREST_TARGETS, SG_PEAK_SCOPE_SOURCE, SG_REPORTING_SOURCES, SG_SECTOR_REPORTING, SG_SINK_SOURCES, SG_SINKS, shaoguanIndustry } from './industry';
import { CO2_INTENSITY_2020, FLEET, GDP_2020, GDP_GROWTH_13TH, INTENSITY_DECLINE_2020, POPULATION_2020, PROJECTS, SOURCES } from './facts';

/*
 * Base-year calibration (2020), see test/seeds/base-year.test.ts.
 * 003 publishes CO2 per GDP (2.054 tCO2/万元) but no energy intensity, so the
 * base intensity I is solved from it. With the assumed mix and fleet, 2020 CO2
 * is linear in I (imports stay positive):
 *   CO2(I) = GDP·I·Σ(share_f × factor_f)            fuels at the point of use
 *          + coal generation × 300 gce/kWh × 2.7725  local coal power (fixed)
 *          + waste plants' output × 1.19 tCO2/MWh     fossil carbon of waste (fixed)
 *          + (demand(I) − local generation) × 10 × 0.4715
 * where demand(I) = GDP·I·electricity share / (10 × 0.288) (等价值, generation
 * basis) and 0.4715 is the Guangdong factor of data year 2021, held for 2020.
 * Solving CO2(I) / 1,353.49 = 2.054 (bisection on the engine) gives I = 1.00526
 * tce/万元: energy 1,353.49 × 1.00526 = 1,360.61 万tce, electricity 36.74 % of
 * it = 173.6 亿kWh against 127.8 亿kWh of local generation, CO2 2,780.06
 * 万tCO2, and 2,780.06 / 1,353.49 = 2.05400 (2.053995 after rounding I).
 */
export const SOLVED_BASE_INTENSITY = 1.00526;

const G = SEED.sgEco;
const S = SOURCES;

const TARGETS: Target[] = [
  {
    id: 'sg-peak-2030', label: '力争 2030 年底碳排放达峰', labelEn: 'CO2 peak by (the end of) 2030',
    metric: 'peakYear', year: 2030, value: 2030, binding: true,
    source: withNote(S.peak, {
      en: 'The sentence holds both 力争 2030 年底…达到峰值 and 2030 年前碳达峰: read as "the peak year is 2030 at the latest", which the engine\'s peak-year check (peak ≤ 2030) covers for both wordings.',
      zh: '同一句中既有“力争 2030 年底…达到峰值”，又有“2030 年前碳达峰”：理解为“达峰年份不晚于 2030 年”，模型的达峰年份校核（峰值年 ≤ 2030）对两种表述均适用。',
    }),
  },
  {
    id: 'sg-co2-intensity-2025', label: '“十四五”单位地区生产总值二氧化碳排放降低（上级管控目标，暂按全国 18%）', labelEn: 'CO2 intensity −18 % 2020→2025 (stand-in)',
    metric: 'co2IntensityReduction', fromYear: 2020, year: 2025, value: 18, binding: true,
    source: assumed(
      {
        en: '表1 #25 (003 line 229): 2025 target 完成上级管控目标, no number. The national 14th-plan −18 % (cn-14fyp-co2-intensity) stands in until the planner enters the provincial allocation.',
        zh: '表1 第 25 项（003 第 229 行）：2025 年目标为“完成上级管控目标”，未给出具体数值。在规划人员录入省下达的分解目标之前，暂按国家“十四五”下降 18 %（cn-14fyp-co2-intensity）设定。',
      },
      { en: `${G} line 229; reference cn-14fyp-co2-intensity`, zh: `${G} 第 229 行；参考库条目 cn-14fyp-co2-intensity` },
    ),
  },
  {
    id: 'sg-energy-intensity-2025', label: '“十四五”单位地区生产总值能源消耗降低（上级规定目标，暂按全省 14.0%）', labelEn: 'Energy intensity −14.0 % 2020→2025 (Guangdong\'s target as a stand-in)',
    metric: 'energyIntensityReduction', fromYear: 2020, year: 2025, value: 14, binding: true,
    source: assumed(
      {
        en: '表1 #23 (003 line 227): 完成上级规定的目标任务, no number. Guangdong\'s own 14th-plan −14.0 % (粤府〔2022〕68号, gd-14fyp-energy-intensity) stands in until the per-city allocation is found; assessed under 113号 (non-fossil energy deducted).',
        zh: '表1 第 23 项（003 第 227 行）：“完成上级规定的目标任务”，未给出具体数值。在找到分解到本市的指标之前，暂按广东省“十四五”下降 14.0 %（粤府〔2022〕68号，gd-14fyp-energy-intensity）设定；按 113号口径（扣除非化石能源消费量）考核。',
      },
      { en: `${G} line 227; reference gd-14fyp-energy-intensity`, zh: `${G} 第 227 行；参考库条目 gd-14fyp-energy-intensity` },
    ),
  },
  {
    id: 'sg-nonfossil-2030-province', label: '广东省 2030 年非化石能源消费比重约 35%（参考）', labelEn: 'Guangdong non-fossil share ~35 % in 2030 (reference)',
    metric: 'nonFossilShare', year: 2030, value: 35, binding: false,
    source: ref('gd-nonfossil-2030', { en: 'Provincial target, for comparison; 003 gives no non-fossil share.', zh: '省级目标，仅供对比；003 未给出非化石能源消费比重。' }),
  },
];

const SHARES = { industry: 74, services: 8, transport: 9, households: 7, agriculture: 2 };
const INDUSTRY_2020 = { coal: 56, oil: 2, gas: 4, electricity: 31, heat: 3, biomass: 4 };
const mixReason = (s: Text2): Text2 => ({
  en: `Assumed: 003 has no energy-consumption figures of any kind. ${s.en}`,
  zh: `假设值：003 未给出任何能源消费数据。${s.zh}`,
});

const BASELINE_INDUSTRY = shaoguanIndustry('baseline');
const POLICY_INDUSTRY = shaoguanIndustry('policy');

export const shaoguanBaseline: Scenario = {
  schemaVersion: 2,
  id: 'shaoguan-baseline',
  name: '韶关市 基准情景',
  nameEn: 'Shaoguan — baseline',
  description: '2020 年基数（能耗强度由碳强度 2.054 反推）延续 2020 年能耗强度下降率 1.46%/年，能源结构和电源保持 2020 年水平，不计 200 亿元清洁能源项目。按默认核算口径计。重点产品（粗钢 860 万吨、熟料 700 万吨、水泥 900 万吨、铅锌 30 万吨）保持 2020 年产量和单位能耗，熟料和钢铁熔剂的工业生产过程排放单列。Continues the 2020 decline rate with the 2020 mix and fleet; base intensity solved from the published CO2 intensity; default methods. Key products (crude steel, clinker, cement, lead-zinc) held at their 2020 output and unit energy; process CO2 of clinker and fluxes reported beside energy CO2.',
  region: { name: '韶关市', nameEn: 'Shaoguan', level: 'city', parentRegion: '广东省', code: '440200' },
  baseYear: 2020,
  endYear: 2060,
  populationWan: pts(2020, POPULATION_2020.value, 2035, 282, 2060, 270),
  economy: {
    baseGdpYiYuan: GDP_2020.value,
    gdpGrowthPct: { expr: 'interp(2021, 5.1, 2030, 4.3, 2060, 2)' },
  },
  energy: {
    baseIntensityTcePerWanYuan: SOLVED_BASE_INTENSITY,
    intensityDeclinePct: INTENSITY_DECLINE_2020.value,
    inputConvention: 'coalSubstitution',
    sectors: {
      industry: { sharePct: SHARES.industry, fuelSharesPct: mix(INDUSTRY_2020, 'shaoguan industry') },
      services: { sharePct: SHARES.services, fuelSharesPct: mix({ coal: 1, oil: 6, gas: 4, electricity: 87, heat: 0, biomass: 2 }, 'shaoguan services') },
      transport: { sharePct: SHARES.transport, fuelSharesPct: mix({ coal: 0, oil: 90, gas: 3, electricity: 7, heat: 0, biomass: 0 }, 'shaoguan transport') },
      households: { sharePct: SHARES.households, fuelSharesPct: mix({ coal: 1, oil: 14, gas: 6, electricity: 75, heat: 0, biomass: 4 }, 'shaoguan households') },
      agriculture: { sharePct: SHARES.agriculture, fuelSharesPct: mix({ coal: 4, oil: 46, gas: 0, electricity: 48, heat: 0, biomass: 2 }, 'shaoguan agriculture') },
    },
  },
  electricity: {
    fleet: ledger(FLEET, 'baseline'),
    projects: ledger(PROJECTS, 'baseline'),
    pumpedStorage: [],
    heatRateGcePerKWh: HEAT_RATES,
    gridEmissionFactor: GRID_FACTOR,
    importedNonFossilSharePct: IMPORTED_NON_FOSSIL,
    importedRenewableSharePct: IMPORTED_RENEWABLE,
  },
  emissionFactors: EMISSION_FACTORS,
  conventions: CONVENTIONS,
  accounting: ACCOUNTING,
  targets: [...TARGETS, ...SG_FOREST_TARGETS],
  hourly: hourlyAt(24.81, 113.6),
  industry: BASELINE_INDUSTRY.industry,
  sectorReporting: SG_SECTOR_REPORTING,
  sinks: SG_SINKS,
  sources: {
    ...COMMON_SOURCES,
    ...hourlySources({ zh: '韶关市', en: 'Shaoguan' }),
    ...BASELINE_INDUSTRY.sources,
    ...SG_REPORTING_SOURCES,
    ...SG_SINK_SOURCES,
    'accounting.peakScope': SG_PEAK_SCOPE_SOURCE,
    populationWan: POPULATION_2020.source,
    'economy.baseGdpYiYuan': GDP_2020.source,
    'economy.gdpGrowthPct': assumed(
      {
        en: '5.1 %/yr in 2021 (the 13th-plan average), easing to 4.3 % by 2030 and 2 % by 2060; 003 sets no growth target (facts: "GDP growth targets for 2021-2035" not found).',
        zh: '2021 年增长 5.1 %（“十三五”年均增速），此后逐步放缓，2030 年为 4.3 %，2060 年为 2 %；003 未设定经济增速目标（文件中未见 2021–2035 年的经济增速目标）。',
      },
      {
        en: `${G} line 62 (“十三五”期间年均增长5.10%), value ${GDP_GROWTH_13TH.value}`,
        zh: `${G} 第 62 行（“十三五”期间年均增长5.10%），取值 ${GDP_GROWTH_13TH.value}`,
      },
    ),
    'energy.baseIntensityTcePerWanYuan': assumed(
      {
        en: `Solved, not published: 003 gives no energy intensity, only CO2 per GDP 2.054 tCO2/万元 (表1 #25, line 229). ${SOLVED_BASE_INTENSITY} tce/万元 is the intensity at which the engine's 2020 CO2 / GDP equals 2.054 with the assumed sector split, fuel mix, fleet and grid factor (see the comment in seeds/presets/shaoguan/scenarios.ts). Change any of those and re-solve.`,
        zh: `反算值，非公布值：003 未给出能耗强度，仅给出单位地区生产总值二氧化碳排放 2.054 吨/万元（表1 第 25 项，第 229 行）。${SOLVED_BASE_INTENSITY} 吨标准煤/万元是在假设的部门结构、燃料构成、电源结构和电网排放因子下，使模型 2020 年碳排放 ÷ 地区生产总值恰为 2.054 的能耗强度。上述任一假设改变后须重新反算。`,
      },
      {
        en: `${G} line 229 (2.054 吨/万元); calibration target value ${CO2_INTENSITY_2020.value}`,
        zh: `${G} 第 229 行（2.054 吨/万元）；校准目标值 ${CO2_INTENSITY_2020.value}`,
      },
    ),
    'energy.intensityDeclinePct': assumed(
      {
        en: `Baseline: 1.46 %/yr, the 2020 decline rate of 表1 #23 (a yearly rate, not a level), held to 2060. 003 calls the decline of energy and carbon intensity slow (line 104).`,
        zh: '基准情景：年均下降 1.46 %，即表1 第 23 项的 2020 年下降率（为年度下降率，并非水平值），并保持至 2060 年。003 指出能耗、碳排放强度等指标“降速缓慢”（第 104 行）。',
      },
      { en: `${G} lines 104, 227`, zh: `${G} 第 104、227 行` },
    ),
    ...sectorSources(
      assumed(
        {
          en: 'Energy by sector (% of total): industry 74, services 8, transport 9, households 7, agriculture 2. 韶关 is a heavy-industry city (steel at 韶钢, lead-zinc smelting, cement, paper, power) with industry 34.3 % of GDP.',
          zh: '分部门能源消费占比（%）：工业 74、服务业 8、交通运输 9、居民生活 7、农业 2。韶关是重工业城市（韶钢钢铁、铅锌冶炼、水泥、造纸、电力），工业占地区生产总值的 34.3 %。',
        },
        { en: `${G} lines 62, 64, 100, 650`, zh: `${G} 第 62、64、100、650 行` },
      ),
      {
        industry: assumed(
          mixReason({
            en: 'Industry: coal 56 % (coke and coal for the 韶钢 blast furnaces, lead-zinc smelting, cement kilns), electricity 31 %, gas 4 %, heat 3 %, oil 2 %, biomass 4 % (paper mills).',
            zh: '工业：煤炭 56 %（韶钢高炉用焦炭和煤、铅锌冶炼、水泥窑），电力 31 %，天然气 4 %，热力 3 %，油品 2 %，生物质 4 %（造纸厂）。',
          }),
          { en: `${G} lines 100, 650, 666`, zh: `${G} 第 100、650、666 行` },
        ),
        services: assumed(
          mixReason({ en: 'Services: electricity 87 %, oil 6 %, gas 4 %, coal 1 %, biomass 2 %.', zh: '服务业：电力 87 %，油品 6 %，天然气 4 %，煤炭 1 %，生物质 2 %。' }),
          { en: `${G} line 64`, zh: `${G} 第 64 行` },
        ),
        transport: assumed(
          mixReason({ en: 'Transport: oil 90 %, gas 3 % (LNG), electricity 7 %.', zh: '交通运输：油品 90 %，天然气 3 %（LNG），电力 7 %。' }),
          { en: `${G} line 672`, zh: `${G} 第 672 行` },
        ),
        households: assumed(
          mixReason({
            en: 'Households: electricity 75 %, LPG 14 % (oil), piped gas 6 %, coal 1 %, commercial biomass 4 %.',
            zh: '居民生活：电力 75 %，液化石油气 14 %（计入油品），管道天然气 6 %，煤炭 1 %，商品生物质能 4 %。',
          }),
          { en: `${G} line 64`, zh: `${G} 第 64 行` },
        ),
        agriculture: assumed(
          mixReason({ en: 'Agriculture: oil 46 %, electricity 48 %, coal 4 %, biomass 2 %.', zh: '农业：油品 46 %，电力 48 %，煤炭 4 %，生物质 2 %。' }),
          { en: `${G} line 64`, zh: `${G} 第 64 行` },
        ),
      },
    ),
  },
};

/** Policy: the baseline plus the documented plans (see docs/DATA-SOURCES.md §韶关). */
export const shaoguanPolicy: Scenario = derive(shaoguanBaseline, (s) => {
  s.id = 'shaoguan-policy';
  // costs and CO2 are compared with the baseline: what the plan adds to it
  s.costs = { referenceScenarioId: 'shaoguan-baseline' };
  s.sources['costs.referenceScenarioId'] = assumed({
    en: 'The policy scenario is priced against its baseline: ΔNPV and the CO2 it avoids are what the plan adds to the trend.',
    zh: '政策情景以其基准情景为参照：净现值之差与减少的排放即规划措施相对于趋势的增量。',
  });
  s.name = '韶关市 政策情景';
  s.nameEn = 'Shaoguan — policy';
  s.description = '基准情景加上 200 亿元清洁能源项目（按 4 元/W 光伏、6 元/W 风电折合约 2,500 MW 光伏、1,667 MW 风电，2021–2030 年每年建成十分之一）、煤炭消费减量、油气替代煤炭、淘汰 35 蒸吨以下燃煤锅炉、营运车辆新能源化，能耗强度年降约 3%；重点产品：粗钢 2025 年 900 万吨并保持至 2030 年、此后减量，电炉钢比例 2030 年 10%，熟料单位能耗 2030 年达到标杆水平 100 kgce/t 并协同处置替代燃料。能源活动碳排放 2020–2027 年保持在峰值 2% 以内，模型最高年份为 2023 年，2028 年起随钢铁、水泥能效提升和减量稳步下降，与规划“力争 2030 年底达峰”一致。Baseline plus the 200 亿元 programme, the fuel switching of 003 and the key-product levers (crude steel at 900 万t over 2025–2030 and less after, 10 % electric arc steel by 2030, clinker at the 100 kgce/t benchmark by 2030); energy CO2 stays within 2 % of its 2023 high over 2020–2027 and falls from 2028, consistent with the plan\'s 力争2030年底达峰.';
  s.energy.intensityDeclinePct = pts(2021, 3.2, 2030, 3, 2045, 2.5, 2060, 2);
  s.energy.sectors.industry.fuelSharesPct = mixPath([
    [2020, INDUSTRY_2020],
    [2030, { coal: 44, oil: 1, gas: 10, electricity: 37, heat: 4, biomass: 4 }],
    [2060, { coal: 8, oil: 1, gas: 12, electricity: 70, heat: 4, biomass: 5 }],
  ], 'shaoguan policy industry');
  s.energy.sectors.services.fuelSharesPct = mixPath([
    [2020, { coal: 1, oil: 6, gas: 4, electricity: 87, heat: 0, biomass: 2 }],
    [2030, { coal: 0, oil: 3, gas: 5, electricity: 90, heat: 0, biomass: 2 }],
    [2060, { coal: 0, oil: 0, gas: 3, electricity: 95, heat: 0, biomass: 2 }],
  ], 'shaoguan policy services');
  s.energy.sectors.transport.fuelSharesPct = mixPath([
    [2020, { coal: 0, oil: 90, gas: 3, electricity: 7, heat: 0, biomass: 0 }],
    [2030, { coal: 0, oil: 72, gas: 5, electricity: 23, heat: 0, biomass: 0 }],
    [2060, { coal: 0, oil: 20, gas: 5, electricity: 75, heat: 0, biomass: 0 }],
  ], 'shaoguan policy transport');
  s.energy.sectors.households.fuelSharesPct = mixPath([
    [2020, { coal: 1, oil: 14, gas: 6, electricity: 75, heat: 0, biomass: 4 }],
    [2030, { coal: 0, oil: 8, gas: 8, electricity: 80, heat: 0, biomass: 4 }],
    [2060, { coal: 0, oil: 0, gas: 4, electricity: 93, heat: 0, biomass: 3 }],
  ], 'shaoguan policy households');
  s.energy.sectors.agriculture.fuelSharesPct = mixPath([
    [2020, { coal: 4, oil: 46, gas: 0, electricity: 48, heat: 0, biomass: 2 }],
    [2030, { coal: 2, oil: 40, gas: 0, electricity: 56, heat: 0, biomass: 2 }],
    [2060, { coal: 0, oil: 15, gas: 0, electricity: 83, heat: 0, biomass: 2 }],
  ], 'shaoguan policy agriculture');
  s.electricity.projects = ledger(PROJECTS, 'policy');
  s.industry = POLICY_INDUSTRY.industry;
  Object.assign(s.sources, POLICY_INDUSTRY.sources);

  s.sources['energy.intensityDeclinePct'] = assumed(
    {
      en: 'Policy: 3.2 %/yr in 2021 and 3 % to 2030 (the stand-in −14.0 % needs 2.97 %/yr), then 2.5 % (2045) and 2 % (2060): dual control, energy review of projects over 1,000 tce, equal-or-reduced replacement for new energy-intensive projects, efficiency programmes. The 2025 structure target 10 : 40 : 50 (line 628) raises industry\'s share of GDP and works against this; it is not modelled separately.',
      zh: '政策情景：2021 年下降 3.2 %，2030 年前年均下降 3 %（暂按的下降 14.0 % 目标需年均下降 2.97 %），此后 2045 年为 2.5 %，2060 年为 2 %：依据能耗双控、年综合能耗 1,000 吨标准煤以上项目节能审查、新建高耗能项目能耗等量或减量替代及节能重点工程。2025 年三次产业结构目标 10 : 40 : 50（第 628 行）将提高工业占地区生产总值的比重，对能耗强度下降形成反向作用；模型中未单独体现。',
    },
    { en: `${G} lines 628, 664, 666`, zh: `${G} 第 628、664、666 行` },
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
      en: 'Industry coal 56 → 44 → 8 %, gas 4 → 10 → 12 %, electricity 31 → 37 → 70 %: coal-consumption reduction management, oil and gas replacing coal, small coal boilers (< 35 t/h) phased out by 2025, central heating in the parks.',
      zh: '工业煤炭 56 → 44 → 8 %，天然气 4 → 10 → 12 %，电力 31 → 37 → 70 %：实施煤炭消费减量管理，以油、气替代煤炭，2025 年基本淘汰 35 蒸吨/小时以下燃煤锅炉，工业园区集中供热。',
    },
    { en: `${G} lines 454, 664, 668, 678`, zh: `${G} 第 454、664、668、678 行` },
  );
  s.sources['energy.sectors.services.fuelSharesPct'] = policyMix(
    { en: 'Services: electricity 87 → 95 %.', zh: '服务业：电力占比 87 → 95 %。' },
    { en: `${G} line 668`, zh: `${G} 第 668 行` },
  );
  s.sources['energy.sectors.transport.fuelSharesPct'] = policyMix(
    {
      en: 'Transport electricity 7 → 23 → 75 %: buses, coaches and taxis 100 % new-energy by 2025; LNG for inland ships.',
      zh: '交通运输电力占比 7 → 23 → 75 %：2025 年营运客车、城乡公交、出租车 100 % 更换为新能源车；内河船舶使用 LNG。',
    },
    { en: `${G} lines 672, 794`, zh: `${G} 第 672、794 行` },
  );
  s.sources['energy.sectors.households.fuelSharesPct'] = policyMix(
    { en: 'Households: LPG replaced by piped gas and electricity.', zh: '居民生活：液化石油气由管道天然气和电力替代。' },
    { en: `${G} line 668`, zh: `${G} 第 668 行` },
  );
  s.sources['energy.sectors.agriculture.fuelSharesPct'] = policyMix(
    { en: 'Agriculture: electrification of pumping and processing.', zh: '农业：排灌和农产品加工电气化。' },
    { en: `${G} line 668`, zh: `${G} 第 668 行` },
  );
});
