import type { SectorReporting, Sinks } from '../../../shared/model/industry';
import type { Target } from '../../../shared/model/scenario';
import { referenceValue } from '../../reference/index';
import { assumed, doc, pts, ref, SEED, type Text2 } from '../common';
import { dryKilnRoute, forestOf, grindingRoute, fuels, industryOf, industryPeakTarget, processLine, product, type Sources } from '../industry-common';

/*
 * 韶关's key products and process CO2. 003 names the industries (steel at 韶钢, non-ferrous
 * metals with lead and zinc, cement, line 100; 韶钢 and 韶冶, lines 600, 650; cement and clinker
 * kilns, line 454) but gives no output or energy figure: every output, unit energy and fuel mix
 * is assumed with its reason. Base-year fuel use of the products (万tce, 等价值 at 288 gce/kWh,
 * electricity × 288 / 122.9 = 2.3434) against industry's 1,006.85 (1,360.61 × 74 %):
 *   steel  860 × 550 = 473.0: coal 91 % 430.43, electricity 6 % 28.38 → 66.51, gas 9.46, oil 4.73
 *   clinker 700 × 108 = 75.6: coal 94 % 71.06, electricity 6 % 4.54 → 10.63
 *   cement  900 × 4.2 = 3.78 of electricity → 8.86
 *   lead-zinc 30 × 1,100 = 33.0: coal 45 % 14.85, electricity 45 % 14.85 → 34.80, gas 1.65, oil 1.65
 * coal 516.34 of industry's 563.84 (56 %), electricity 120.80 of 312.12 (31 %), gas 11.11 of 40.27,
 * oil 6.38 of 20.14: every fuel within industry's, so 2020 (and the 2.054) is unchanged.
 */

const G = SEED.sgEco;
const noFigures: Text2 = {
  en: '003 names the industry but gives no output or energy figure for it.',
  zh: '003 列出了该产业，但未给出产量或能耗数据。',
};
const why = (t: Text2, basis: Text2 | string = { en: `${G} lines 100, 650`, zh: `${G} 第 100、650 行` }) =>
  assumed({ en: `${t.en} ${noFigures.en}`, zh: `${t.zh}${noFigures.zh}` }, basis);

/** Why the lead-zinc route draws no 标杆 / 基准 line. */
const NO_LEAD_ZINC_LINE: Text2 = {
  en: 'No benchmark line: national levels are set per t of lead and per t of zinc, not for the two together, and the 2023 table\'s lead and zinc levels could not be read in its text, so none is held in the reference library.',
  zh: '不画标杆线：国家能效水平按每吨铅、每吨锌分别设定，不对铅锌合计设定；且未能查到 2023 年版表中铅、锌冶炼水平的原文，参考库未收录。',
};

const BOF = { coal: 91, oil: 1, gas: 2, electricity: 6, heat: 0, biomass: 0 };
const EAF = { coal: 15, oil: 5, gas: 20, electricity: 60, heat: 0, biomass: 0 };
const LEAD_ZINC = { coal: 45, oil: 5, gas: 5, electricity: 45, heat: 0, biomass: 0 };

type Plan = 'baseline' | 'policy';

function steel(plan: Plan) {
  const policy = plan === 'policy';
  return product({
    id: 'sg-crude-steel',
    kind: 'crudeSteel',
    name: '粗钢（韶钢）',
    nameEn: 'Crude steel (Shaoguan Iron and Steel)',
    outputWanT: policy ? pts(2020, 860, 2025, 900, 2030, 900, 2035, 800, 2060, 650) : 860,
    outputWhy: policy
      ? assumed(
          {
            en: 'Policy: 860 → 900 万t (2025, the works run closer to their permitted capacity as special-steel lines are added by replacement), held to 2030, then 800 by 2035 and 650 by 2060 as steel demand falls; no new capacity without equal-or-reduced replacement (产能置换).',
            zh: '政策情景：860 → 900 万吨（2025 年，以置换方式建设特殊钢产线，产能利用率提高），2030 年前保持，此后随钢材需求下降，2035 年降至 800 万吨，2060 年降至 650 万吨；新增产能须等量或减量置换。',
          },
          { en: `${G} lines 650, 666`, zh: `${G} 第 650、666 行` },
        )
      : why({
          en: '860 万t a year, held: about the output of 韶钢 (宝武 中南钢铁) around 2020 as reported in the press (secondary); capacity may not grow without replacement.',
          zh: '每年 860 万吨并保持不变：约为媒体报道的 2020 年前后韶钢（宝武中南钢铁）产量（间接来源）；产能不经置换不得增加。',
        }),
    routes: [
      {
        id: 'bf-bof',
        name: '高炉-转炉',
        nameEn: 'Blast furnace – converter',
        sharePct: policy ? pts(2020, 100, 2025, 97, 2030, 90, 2060, 60) : 100,
        unitEnergyKgcePerT: policy ? pts(2020, 550, 2025, 540, 2030, 530, 2060, 500) : 550,
        fuelSharesPct: policy
          ? fuels([[2020, BOF], [2030, { coal: 90, oil: 1, gas: 2, electricity: 7, heat: 0, biomass: 0 }], [2060, { coal: 82, oil: 1, gas: 5, electricity: 12, heat: 0, biomass: 0 }]], 'sg steel bof policy')
          : fuels(BOF, 'sg steel bof'),
        why: {
          share: policy
            ? assumed({ en: 'Policy: the electric arc share rises to 3 % in 2025, 10 % in 2030 and 40 % in 2060 (scrap-based short process); the blast furnace–converter route keeps the rest.', zh: '政策情景：电炉短流程比例 2025 年升至 3 %，2030 年升至 10 %，2060 年升至 40 %（以废钢为原料）；其余为高炉—转炉长流程。' }, { en: `${G} line 650`, zh: `${G} 第 650 行` })
            : why({ en: 'All crude steel by blast furnace and converter, 韶钢\'s process; no electric arc furnace is named.', zh: '粗钢全部为高炉—转炉长流程（韶钢工艺）；文件未提及电炉。' }),
          unitEnergy: ref('steel-bof-route-unit-energy-2020', {
            en: policy
              ? 'Policy: 550 kgce/t (the 2020 member average 545.27, rounded) falling to 540 in 2025, 530 in 2030 and 500 in 2060 with waste-heat recovery and the energy review of projects.'
              : '550 kgce/t: the 2020 member average 545.27, rounded up, held.',
            zh: policy
              ? '政策情景：550 kgce/t（2020 年会员企业平均 545.27，取整）2025 年降至 540，2030 年降至 530，2060 年降至 500：余热余能回收和固定资产投资项目节能审查。'
              : '550 kgce/t：2020 年会员企业平均 545.27，向上取整，保持不变。',
          }),
          fuels: why({
            en: policy
              ? 'Coal (coking coal, injected coal, coke) 91 → 90 → 82 %, electricity 6 → 7 → 12 %, gas 2 → 2 → 5 % (2020 → 2030 → 2060): electric heating and gas in rolling and finishing.'
              : 'Coal (coking coal, injected coal, coke) 91 %, purchased electricity 6 % (the works generate much of their own from blast-furnace and converter gas), gas 2 %, oil 1 %.',
            zh: policy
              ? '煤（炼焦煤、喷吹煤、焦炭）91 → 90 → 82 %，电力 6 → 7 → 12 %，天然气 2 → 2 → 5 %（2020 → 2030 → 2060 年）：轧钢和精整工序电加热、燃气替代。'
              : '煤（炼焦煤、喷吹煤、焦炭）91 %，外购电力 6 %（钢厂大部分电力由高炉、转炉煤气自发），天然气 2 %，油品 1 %。',
          }),
        },
      },
      {
        id: 'eaf',
        name: '电炉',
        nameEn: 'Electric arc furnace',
        sharePct: policy ? pts(2020, 0, 2025, 3, 2030, 10, 2060, 40) : 0,
        unitEnergyKgcePerT: referenceValue('steel-eaf-unit-energy'),
        fuelSharesPct: fuels(EAF, 'sg steel eaf'),
        why: {
          share: policy
            ? assumed({ en: 'Policy: 0 → 3 → 10 → 40 % (2020, 2025, 2030, 2060), the rest of the blast furnace–converter route.', zh: '政策情景：0 → 3 → 10 → 40 %（2020、2025、2030、2060 年），与高炉—转炉比例互补。' }, { en: `${G} line 650`, zh: `${G} 第 650 行` })
            : why({ en: 'No electric arc steel in the baseline.', zh: '基准情景不含电炉钢。' }),
          unitEnergy: ref('steel-eaf-unit-energy'),
          fuels: assumed({ en: 'Electricity 60 %, gas 20 %, charge carbon 15 % (coal), oil 5 %: a scrap-based arc furnace with ladle furnace.', zh: '电力 60 %，天然气 20 %，配碳 15 %（计入煤），油品 5 %：以废钢为原料的电弧炉（含精炼）。' }),
        },
      },
    ],
    source: doc(G, 650, '形成以韶钢和韶铸为骨干'),
  });
}

function clinker(plan: Plan) {
  const policy = plan === 'policy';
  return product({
    id: 'sg-clinker',
    kind: 'clinker',
    name: '水泥熟料',
    nameEn: 'Cement clinker',
    outputWanT: policy ? pts(2020, 700, 2025, 700, 2030, 680, 2060, 420) : 700,
    outputWhy: policy
      ? assumed({ en: 'Policy: 700 held to 2025, then 680 (2030) and 420 万t (2060): capacity replaced at a reduced ratio, less construction.', zh: '政策情景：2025 年前保持 700 万吨，此后 680（2030 年）→ 420 万吨（2060 年）：产能减量置换，建设需求下降。' }, { en: `${G} lines 454, 666`, zh: `${G} 第 454、666 行` })
      : why({ en: '700 万t a year, held: 韶关\'s dry-process kiln lines (about 8 lines of 2,500–5,000 t/d at 300 days a year) as an order of magnitude.', zh: '每年 700 万吨并保持不变：按韶关新型干法熟料生产线（约 8 条 2,500–5,000 t/d，年运转 300 天）估算的数量级。' }, { en: `${G} lines 100, 454`, zh: `${G} 第 100、454 行` }),
    routes: [
      dryKilnRoute(policy, 'sg', why, {
        share: { en: 'One route: every kiln in 韶关 is a dry-process kiln.', zh: '单一工艺：韶关熟料均为新型干法窑生产。' },
        unitEnergyPolicy: {
          en: 'Policy: 108 → 104 (2025) → 100 kgce/t (2030, the benchmark) → 96 (2060): lines below the floor upgraded by 2025, all at the benchmark by 2030; new energy-intensive lines must reach the sector\'s advanced level and pass the energy review (003 lines 664, 666).',
          zh: '政策情景：108 → 104（2025 年）→ 100 kgce/t（2030 年，达到标杆水平）→ 96（2060 年）：低于基准水平的生产线 2025 年前完成改造，2030 年全部达到标杆水平；新上高耗能项目能效须达到行业先进水平并严格节能审查（003 第 664、666 行）。',
        },
        coProcessing: {
          note: { en: '003 promotes co-processing in cement kilns (line 512) and lists a 20 万t/yr cement-kiln waste project at 新丰 (line 974).', zh: '003 提出推广水泥窑协同处置（第 512 行），并列有新丰 20 万吨/年水泥窑工业资源化综合利用项目（第 974 行）。' },
          basis: { en: `${G} lines 512, 974`, zh: `${G} 第 512、974 行` },
        },
      }),
    ],
    source: doc(G, 454, '力争到 2025 年全市水泥（熟料）制造企业'),
  });
}

function cement(plan: Plan) {
  const policy = plan === 'policy';
  return product({
    id: 'sg-cement',
    kind: 'cement',
    name: '水泥（粉磨）',
    nameEn: 'Cement (grinding)',
    outputWanT: policy ? pts(2020, 900, 2025, 900, 2030, 870, 2060, 550) : 900,
    outputWhy: policy
      ? assumed({ en: 'Policy: 900 → 900 → 870 → 550 万t (2020, 2025, 2030, 2060), with the clinker.', zh: '政策情景：900 → 900 → 870 → 550 万吨（2020、2025、2030、2060 年），与熟料同步。' }, { en: `${G} line 454`, zh: `${G} 第 454 行` })
      : why({ en: '900 万t a year, held: 700 万t of clinker at a clinker factor of about 0.78.', zh: '每年 900 万吨并保持不变：700 万吨熟料按熟料系数约 0.78 折算。' }),
    routes: [
      grindingRoute(policy, 'sg', why),
    ],
    source: doc(G, 100, '钢铁、有色金属、电力、水泥制造、造纸等高耗能产业比重仍然偏高'),
  });
}

function leadZinc(plan: Plan) {
  const policy = plan === 'policy';
  return product({
    id: 'sg-lead-zinc',
    kind: 'leadZinc',
    name: '铅锌冶炼',
    nameEn: 'Lead and zinc smelting',
    outputWanT: policy ? pts(2020, 30, 2025, 32, 2030, 34) : 30,
    outputWhy: policy
      ? assumed({ en: 'Policy: 30 → 32 (2025) → 34 万t (2030), then held: the 中国锌都 zinc base grows within replaced capacity.', zh: '政策情景：30 → 32（2025 年）→ 34 万吨（2030 年），此后保持：“中国锌都”建设在置换产能内扩大。' }, { en: `${G} line 650`, zh: `${G} 第 650 行` })
      : why({ en: '30 万t of lead and zinc a year, held: the smelters of 韶冶 and 丹霞 as an order of magnitude.', zh: '每年铅锌 30 万吨并保持不变：按韶冶、丹霞冶炼厂规模估算的数量级。' }, { en: `${G} lines 600, 650`, zh: `${G} 第 600、650 行` }),
    routes: [
      {
        id: 'smelting',
        name: '冶炼（火法与湿法合计）',
        nameEn: 'Smelting (pyro- and hydrometallurgical together)',
        sharePct: 100,
        unitEnergyKgcePerT: policy ? pts(2020, 1100, 2030, 1000, 2060, 900) : 1100,
        fuelSharesPct: fuels(LEAD_ZINC, 'sg lead zinc'),
        why: {
          share: why({ en: 'One route for both smelters: the imperial smelting furnace and electrolytic zinc are not told apart.', zh: '两家冶炼厂合为一种工艺：不区分密闭鼓风炉（ISP）和湿法电锌。' }),
          unitEnergy: assumed(
            {
              en: policy
                ? `Policy: 1,100 → 1,000 (2030) → 900 kgce/t (2060). ${NO_LEAD_ZINC_LINE.en}`
                : `1,100 kgce/t, held: between electrolytic zinc (about 3,000 kWh/t for electrolysis plus roasting) and the coke-fired imperial smelting furnace. ${NO_LEAD_ZINC_LINE.en}`,
              zh: policy
                ? `政策情景：1,100 → 1,000（2030 年）→ 900 kgce/t（2060 年）。${NO_LEAD_ZINC_LINE.zh}`
                : `1,100 kgce/t，保持不变：介于湿法电锌（电解电耗约 3,000 kWh/t，另计焙烧）与焦炭为燃料的密闭鼓风炉之间。${NO_LEAD_ZINC_LINE.zh}`,
            },
            { en: `${G} line 650`, zh: `${G} 第 650 行` },
          ),
          fuels: why({ en: 'Coal and coke 45 %, electricity 45 %, gas 5 %, oil 5 %.', zh: '煤和焦炭 45 %，电力 45 %，天然气 5 %，油品 5 %。' }),
        },
      },
    ],
    source: doc(G, 650, '挖掘以铅、锌、铝、钨为主的产业链价值'),
  });
}

const clinkerProcess = () =>
  processLine({
    id: 'sg-clinker-process',
    kind: 'clinker',
    name: '熟料生产过程排放',
    nameEn: 'Clinker calcination',
    productId: 'sg-clinker',
    factorNote: { en: 'Per t of clinker: the CO2 of the limestone calcined, not of the fuel.', zh: '每吨熟料：石灰石分解产生的 CO2，不含燃料燃烧。' },
  });

const fluxes = () => [
  processLine({
    id: 'sg-limestone-flux',
    kind: 'limestoneFlux',
    name: '钢铁生产石灰石熔剂',
    nameEn: 'Limestone flux in iron and steel',
    productId: 'sg-crude-steel',
    routeId: 'bf-bof',
    activityPerProductT: 0.12,
    perProductWhy: assumed({
      en: '0.12 t of limestone per t of blast furnace–converter steel (sinter, blast furnace, lime burnt at the works); the electric arc route buys its lime and is not counted.',
      zh: '每吨高炉—转炉钢消耗石灰石 0.12 吨（烧结、高炉及厂内石灰窑）；电炉流程外购石灰，不计。',
    }),
    factorNote: { en: 'Limestone calcined in the sinter plant, the blast furnace and the works\' lime kilns.', zh: '烧结、高炉和厂内石灰窑中分解的石灰石。' },
  }),
  processLine({
    id: 'sg-dolomite-flux',
    kind: 'dolomiteFlux',
    name: '钢铁生产白云石熔剂',
    nameEn: 'Dolomite flux in iron and steel',
    productId: 'sg-crude-steel',
    routeId: 'bf-bof',
    activityPerProductT: 0.04,
    perProductWhy: assumed({ en: '0.04 t of dolomite per t of blast furnace–converter steel (sinter and converter slag conditioning).', zh: '每吨高炉—转炉钢消耗白云石 0.04 吨（烧结和转炉造渣）。' }),
    factorNote: { en: 'Dolomite calcined in sinter and converter.', zh: '烧结和转炉中分解的白云石。' },
  }),
];

export function shaoguanIndustry(plan: Plan) {
  return industryOf([steel(plan), clinker(plan), cement(plan), leadZinc(plan)], [clinkerProcess(), ...fluxes()]);
}

export const SG_SECTOR_REPORTING: SectorReporting = {
  constructionShareOfIndustryPct: 2,
  privateVehicleShareOfHouseholdOilPct: 0,
  industryValueAddedSharePct: 28,
};

export const SG_REPORTING_SOURCES: Sources = {
  'sectorReporting.constructionShareOfIndustryPct': ref('cn-construction-share-of-secondary-energy', {
    en: '2 % of industry\'s energy, below the national 2.7 %: 韶关\'s industry is heavier (steel, smelting, cement), so construction is a smaller part of it.',
    zh: '取工业能源消费的 2 %，低于全国 2.7 %：韶关工业偏重（钢铁、冶炼、水泥），建筑业所占比重更小。',
  }),
  'sectorReporting.privateVehicleShareOfHouseholdOilPct': assumed({
    en: '0: the preset\'s households\' oil is bottled LPG for cooking; all road fuel, private cars\' included, is already in transport.',
    zh: '取 0：本预设居民生活油品为瓶装液化石油气（炊事）；包括私家车在内的全部道路燃油已计入交通运输。',
  }),
  'sectorReporting.industryValueAddedSharePct': ref('cn-industry-share-of-secondary-va-2020', {
    en: '28 % of GDP: the secondary sector\'s 34.3 % (003 line 64) × the national 81.5 % share of industry in it = 27.95, held.',
    zh: '占地区生产总值 28 %：第二产业占比 34.3 %（003 第 64 行）× 全国工业占第二产业 81.5 % = 27.95，保持不变。',
  }),
};

const forestBuilt = forestOf(pts(2020, 74.43, 2025, 74.6, 2035, 75), 9652, {
  cover: doc(G, 215, '森林覆盖率	%	约束性	74.43	≥74.6	≥75.0', {
    note: { en: 'The path follows the plan: 74.43 % (2020), 74.6 % (2025), 75.0 % (2035), held after.', zh: '按规划取值：74.43 %（2020 年），74.6 %（2025 年），75.0 %（2035 年），此后保持。' },
  }),
  stock: doc(G, 72, '森林覆盖率达到 74.43%，森林蓄积量 9652 万立方米'),
});

export const SG_SINKS: Sinks = { forest: forestBuilt.forest };
export const SG_SINK_SOURCES: Sources = forestBuilt.sources;

export const SG_FOREST_TARGETS: Target[] = [
  {
    id: 'sg-forest-cover-2025', label: '2025 年森林覆盖率 ≥74.6%', labelEn: 'Forest cover ≥ 74.6 % in 2025',
    metric: 'forestCover', year: 2025, value: 74.6, binding: true,
    source: doc(G, 215, '森林覆盖率	%	约束性	74.43	≥74.6	≥75.0'),
  },
  {
    id: 'sg-forest-cover-2035', label: '2035 年森林覆盖率 ≥75.0%', labelEn: 'Forest cover ≥ 75.0 % in 2035',
    metric: 'forestCover', year: 2035, value: 75, binding: true,
    source: doc(G, 215, '森林覆盖率	%	约束性	74.43	≥74.6	≥75.0'),
  },
  {
    id: 'sg-forest-stock-2025', label: '森林蓄积量不低于 2020 年 9,652 万立方米（参考）', labelEn: 'Forest stock not below 2020\'s 9,652 万m³ (reference)',
    metric: 'forestStock', year: 2025, value: 9652, binding: false,
    source: assumed(
      {
        en: '003 gives the 2020 stock (line 74) but no stock target; shown as the floor that keeps it, not binding.',
        zh: '003 给出了 2020 年森林蓄积量（第 74 行），但未设蓄积量目标；此处以保持现有蓄积量为下限，仅供参考，非约束性。',
      },
      { en: `${G} lines 72–74`, zh: `${G} 第 72–74 行` },
    ),
  },
  industryPeakTarget('sg', { zh: '韶关', en: 'Shaoguan' }),
];

export const SG_PEAK_SCOPE_SOURCE = assumed(
  {
    en: 'Energy CO2 (能源活动): the published 2.054 tCO2/万元 (表1 #25) is the assessed CO2 per GDP, which counts energy CO2 only, as the national assessment does; the base intensity is solved on energy CO2, so the process CO2 of clinker and fluxes (438.4 万t in 2020 here) stays outside it. The peak is judged on the same scope; choose energy + process to judge it with them.',
    zh: '能源活动二氧化碳：公布的 2.054 吨/万元（表1 第 25 项）为考核口径的单位地区生产总值二氧化碳排放，与国家考核一致只计能源活动排放；基准年能耗强度按能源活动排放反算，熟料和熔剂的工业生产过程排放（本预设 2020 年 438.4 万吨）不在其中。达峰按同一口径判断；如需计入过程排放，请选择“能源活动 + 工业生产过程”。',
  },
  { en: `${G} line 229`, zh: `${G} 第 229 行` },
);
