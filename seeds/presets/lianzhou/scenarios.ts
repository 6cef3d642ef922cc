import type { Scenario, Target } from '../../../shared/model/scenario';
import {
  assumed,
  COMMON_SOURCES,
  CONVENTIONS,
  derive,
  EMISSION_FACTORS,
  GRID_FACTOR,
  HEAT_RATES,
  IMPORTED_NON_FOSSIL,
  ledger,
  mix,
  mixPath,
  pts,
  sectorSources,
  SEED,
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
    id: 'lz-energy-intensity-2025', label: '“十四五”单位 GDP 能耗降低（清远下达，暂按全国 13.5%）', labelEn: 'Energy intensity −13.5 % 2020→2025 (stand-in for the 清远 allocation)',
    metric: 'energyIntensityReduction', fromYear: 2020, year: 2025, value: 13.5, binding: true,
    source: assumed('004 表2 #9 (line 181) sets the target as 控制在清远市下达的指标内, with no number. The national 14th-plan −13.5 % (cn-14fyp-energy-intensity) stands in until the planner enters the figure 清远 handed down.', `${SEED.lzEnv} line 181; reference cn-14fyp-energy-intensity`),
  },
  {
    id: 'lz-co2-intensity-2025', label: '“十四五”单位 GDP 二氧化碳排放降低（清远下达，暂按全国 18%）', labelEn: 'CO2 intensity −18 % 2020→2025 (stand-in for the 清远 allocation)',
    metric: 'co2IntensityReduction', fromYear: 2020, year: 2025, value: 18, binding: true,
    source: assumed('004 表2 #10 (line 182): 控制在清远市下达的指标内, no number. National 14th-plan −18 % (cn-14fyp-co2-intensity) as a stand-in.', `${SEED.lzEnv} line 182; reference cn-14fyp-co2-intensity`),
  },
  {
    id: 'lz-peak-2030', label: '配合清远市 2030 年碳达峰', labelEn: 'Peak by 2030, with 清远',
    metric: 'peakYear', year: 2030, value: 2030, binding: false,
    source: { ...S.peakFollow, note: '连州 gives no peak year of its own: it follows the national, provincial and 清远 peak actions (清远: 以 2030 年碳达峰为目标, 000 line 1183). 004 line 154 expects emissions to be past their peak by 2035. Non-binding.' },
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

const mixReason = (s: string) => `Assumed (no energy balance in 001 or 004). ${s} Overall electricity share 62.7 % of energy (等价值), from 001 line 351: electricity intensity 5/7 of 清远's with the published intensities 0.43 and 0.834 gives 5/7 × 0.834 / 0.43 = 1.385 × 清远's 45.26 % (industry's electricity share solved for it to 0.1 point).`;

export const lianzhouBaseline: Scenario = {
  schemaVersion: 1,
  id: 'lianzhou-baseline',
  name: '连州市 基准情景',
  nameEn: 'Lianzhou — baseline',
  description: '2020 年基数延续“十三五”趋势：能耗强度几乎不降（十三五累计 −0.53%），只计在运和在建项目（星子镇光伏、福山扩建、泉山/慧光风电）。Continues the 2020 trends with operating and under-construction projects only.',
  region: { name: '连州市', nameEn: 'Lianzhou', parentRegion: '清远市', code: '441882' },
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
  },
  emissionFactors: EMISSION_FACTORS,
  conventions: CONVENTIONS,
  targets: TARGETS,
  sources: {
    ...COMMON_SOURCES,
    populationWan: POPULATION_2020.source,
    'economy.baseGdpYiYuan': GDP_2020.source,
    'economy.gdpGrowthPct': assumed(
      '5.2 %/yr in 2021 (the 2016–2020 average), easing to 4.5 % by 2030, 3 % by 2045 and 2 % by 2060 as the economy matures; the documents give no growth target for the whole economy (agricultural output is to grow 6 %/yr to 2028, 001 line 3584).',
      `${SEED.lzDemo} line 81: 年均（2016-2020年）增长 ${GDP_GROWTH_13TH.value}%`,
    ),
    'energy.baseIntensityTcePerWanYuan': INTENSITY_2020.source,
    'energy.intensityDeclinePct': assumed(
      'Baseline: 0.1 %/yr to 2025, the 13th-plan pace (−0.53 % over 2016–2020), rising to 1.5 %/yr by 2035 as older plants are replaced (autonomous improvement, assumed). The documents blame the miss on fast growth and energy-intensive industry (004 line 55, line 134).',
      `${SEED.lzEnv} line 84 (任务总目标 17.6%, 实际下降 0.53%); note: ${INTENSITY_13TH_DECLINE.value} % in five years`,
    ),
    ...sectorSources(
      assumed(
        'Energy by sector (% of total): industry 58, services 12, transport 13, households 13, agriculture 4. Industry dominates energy although it is only 25.9 % of GDP: the 46 larger firms are resource-based (non-metallic minerals, copper foil, glass fibre).',
        `${SEED.lzDemo} line 85 (29.6：25.9：44.5), line 380; ${SEED.lzEnv} line 217`,
      ),
      {
        industry: assumed(mixReason('Industry: electricity 65.9 % (electrolytic copper foil at 建滔/东强 is electricity-intensive), coal 26.1 % (calcium-carbonate and wollastonite kilns; raw coal use rose 2015–2019), gas 3 %, oil 2 %, biomass 3 %.'), `${SEED.lzDemo} lines 351, 392–396, 3528; ${SEED.lzEnv} line 217`),
        services: assumed(mixReason('Services: electricity 90 %, oil 5 %, LPG/gas 3 %, biomass 2 %.'), `${SEED.lzDemo} line 351`),
        transport: assumed(mixReason('Transport: oil 88 %, electricity 10 % (buses 96 % electric in 2020, 001 line 273), gas 2 %.'), `${SEED.lzDemo} line 273`),
        households: assumed(mixReason('Households: electricity 80 %, LPG 12 % (counted as oil), piped gas 3 %, commercial biomass 5 %.'), `${SEED.lzEnv} line 269 (逐步减少瓶装液化气使用率)`),
        agriculture: assumed(mixReason('Agriculture: oil 45 % (machinery), electricity 50 % (irrigation, processing), coal 3 %, biomass 2 %.'), `${SEED.lzDemo} line 351`),
      },
    ),
  },
};

/** Policy: the baseline plus the documented plans (see docs/DATA-SOURCES.md §连州). */
export const lianzhouPolicy: Scenario = derive(lianzhouBaseline, (s) => {
  s.id = 'lianzhou-policy';
  s.name = '连州市 规划情景';
  s.nameEn = 'Lianzhou — policy';
  s.description = '基准情景加上规划措施：“十四五”新增风电 340 MW、光伏 600 MW，潭岭（天湖）抽水蓄能 240 万千瓦（2030），能源生态园垃圾发电，煤炭消费削减、电能替代、天然气“县县通”，能耗强度年降 3%。Baseline plus the plans of 001 and 004.';
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
  s.electricity.pumpedStorage = ledger(PUMPED_STORAGE, 'policy');
  s.conventions.excludeNewRenewablesFromIntensity = true;

  s.sources['energy.intensityDeclinePct'] = assumed(
    'Policy: 3 %/yr to 2030 (the pace the stand-in −13.5 % needs is 2.86 %/yr), 2.5 % by 2045, 2 % by 2060. 004 gates new 两高 projects on meeting the yearly intensity target and caps total energy (lines 231, 321).',
    `${SEED.lzEnv} lines 231, 321; target lz-energy-intensity-2025`,
  );
  const policyMix = (what: string, basis: string) => assumed(`Policy path from the 2020 mix, linear to the 2030 and 2060 anchors. ${what}`, basis);
  s.sources['energy.sectors.industry.fuelSharesPct'] = policyMix(
    'Industry coal 26.1 → 16.1 → 2 %, gas 3 → 8 → 6 %, electricity 65.9 → 71.9 → 89 %: yearly coal-reduction targets for non-metallic minerals and chemicals, coal replacement for new coal users, gas to every industrial park, electricity replacing coal and oil.',
    `${SEED.lzDemo} lines 1892–1896, 3693–3695; ${SEED.lzEnv} lines 269, 321`,
  );
  s.sources['energy.sectors.services.fuelSharesPct'] = policyMix('Services: LPG and oil replaced by electricity (97 % by 2060).', `${SEED.lzDemo} lines 1925 (建筑屋顶光伏, 生活热水、炊事电气化)`);
  s.sources['energy.sectors.transport.fuelSharesPct'] = policyMix('Transport electricity 10 → 27 → 77 %: all new buses electric, new-energy share of new vehicles rising.', `${SEED.lzDemo} lines 1913, 2072`);
  s.sources['energy.sectors.households.fuelSharesPct'] = policyMix('Households: bottled LPG phased down as piped gas and electric cooking spread.', `${SEED.lzEnv} line 269 (逐步减少瓶装液化气使用率); ${SEED.lzDemo} line 1925`);
  s.sources['energy.sectors.agriculture.fuelSharesPct'] = policyMix('Agriculture: electric irrigation and processing replace diesel and coal.', `${SEED.lzDemo} line 3693`);
  s.sources['conventions.excludeNewRenewablesFromIntensity'] = assumed(
    'Policy: renewables commissioned after 2020 are left out of the energy counted for the intensity assessment (新增可再生能源不纳入能源消费总量控制), the national rule since 2022.',
    '国家发展改革委 国家统计局 国家能源局《关于进一步做好新增可再生能源消费不纳入能源消费总量控制有关工作的通知》(发改运行〔2022〕1258号) — title from general knowledge, not in the reference material here',
  );
});
