import type { SectorReporting, Sinks } from '../../../shared/model/industry';
import type { Target } from '../../../shared/model/scenario';
import { assumed, doc, pts, ref, SEED, type Text2 } from '../common';
import { dryKilnRoute, forestOf, grindingRoute, fuels, industryOf, industryPeakTarget, processLine, product, type Sources } from '../industry-common';

/*
 * 清远's key products: clinker and cement (英德 is Guangdong's cement base; 1,049 万t of backward
 * cement capacity closed in the 13th plan, 000 line 169) and ceramics (000 lines 507, 1081, 1106).
 * 000 gives no output or unit energy: each is assumed with its reason. Base-year fuel use
 * (万tce, 等价值 at 288 gce/kWh, electricity × 2.3434) against industry's 919.52 (1,483.1 × 62 %):
 *   clinker 2,400 × 108 = 259.2: coal 94 % 243.65, electricity 6 % 15.55 → 36.44
 *   cement 3,000 × 4.2 = 12.6 of electricity → 29.53
 *   ceramics 400 × 300 = 120: coal 40 % 48, gas 45 % 54, electricity 15 % 18 → 42.18
 * coal 291.65 of 365.60 (39.76 %), gas 54 of 110.34 (12 %), electricity 108.15 of 370.01 (40.24 %).
 */

const Q = SEED.qyEco;
const noFigures: Text2 = { en: '000 names the industry but gives no output or energy figure for it.', zh: '000 列出了该产业，但未给出产量或能耗数据。' };
const why = (t: Text2, basis: Text2 = { en: `${Q} lines 169, 1081`, zh: `${Q} 第 169、1081 行` }) =>
  assumed({ en: `${t.en} ${noFigures.en}`, zh: `${t.zh}${noFigures.zh}` }, basis);

const CERAMICS = { coal: 40, oil: 0, gas: 45, electricity: 15, heat: 0, biomass: 0 };

type Plan = 'baseline' | 'policy';

function clinker(plan: Plan) {
  const policy = plan === 'policy';
  return product({
    id: 'qy-clinker',
    kind: 'clinker',
    name: '水泥熟料',
    nameEn: 'Cement clinker',
    outputWanT: policy ? pts(2020, 2400, 2025, 2300, 2030, 2100, 2060, 1300) : 2400,
    outputWhy: policy
      ? assumed(
          { en: 'Policy: 2,400 → 2,300 (2025) → 2,100 (2030) → 1,300 万t (2060): capacity replaced at a reduced ratio (产能置换), small grinding and kiln lines closed, less construction in the Pearl River Delta.', zh: '政策情景：2,400 → 2,300（2025 年）→ 2,100（2030 年）→ 1,300 万吨（2060 年）：产能减量置换，淘汰小规模粉磨和熟料生产线，珠三角建设需求下降。' },
          { en: `${Q} lines 1065, 1110`, zh: `${Q} 第 1065、1110 行` },
        )
      : why({
          en: '2,400 万t a year, held: 英德\'s dry-process kilns, Guangdong\'s largest cement base, as an order of magnitude (the output of 16 lines of 5,000 t/d running 300 days: 16 × 5,000 × 300 = 2,400 万t; a planner who knows the local line count can check it). 英德 ships clinker to grinding stations in the Pearl River Delta, so clinker is estimated from the kilns, not from local cement × a clinker factor.',
          zh: '每年 2,400 万吨并保持不变：按广东最大水泥基地英德的新型干法熟料产能估算的数量级（相当于 16 条 5,000 t/d 生产线年运转 300 天：16 × 5,000 × 300 = 2,400 万吨；了解本地生产线数量的规划人员可据此核对）。英德熟料外销珠三角粉磨站，故熟料产量按窑的产能估算，而非按本地水泥产量 × 熟料系数推算。',
        }),
    routes: [
      dryKilnRoute(policy, 'qy', why, {
        share: { en: 'One route: the kilns of 英德 are dry-process kilns.', zh: '单一工艺：英德熟料均为新型干法窑生产。' },
        unitEnergyPolicy: { en: 'Policy: 108 → 104 (2025) → 100 kgce/t (2030, the benchmark) → 96 (2060): the technical upgrade of the leading cement firms.', zh: '政策情景：108 → 104（2025 年）→ 100 kgce/t（2030 年，达到标杆水平）→ 96（2060 年）：水泥龙头企业新技术改造。' },
      }),
    ],
    source: doc(Q, 1110, '开展水泥龙头企业新技术改造'),
  });
}

function cement(plan: Plan) {
  const policy = plan === 'policy';
  return product({
    id: 'qy-cement',
    kind: 'cement',
    name: '水泥（粉磨）',
    nameEn: 'Cement (grinding)',
    outputWanT: policy ? pts(2020, 3000, 2025, 2900, 2030, 2700, 2060, 1700) : 3000,
    outputWhy: policy
      ? assumed({ en: 'Policy: 3,000 → 2,900 → 2,700 → 1,700 万t (2020, 2025, 2030, 2060), with the clinker; grinding projects under 300 万t a year closed.', zh: '政策情景：3,000 → 2,900 → 2,700 → 1,700 万吨（2020、2025、2030、2060 年），与熟料同步；年产 300 万吨以下水泥粉磨项目纳入淘汰。' }, { en: `${Q} line 1065`, zh: `${Q} 第 1065 行` })
      : why({
          en: '3,000 万t a year, held: the 2,400 万t of local clinker at a clinker factor of 0.8 (2,400 ÷ 0.8 = 3,000), as if all of it were ground here. Clinker shipped to the Pearl River Delta would make the grinding here smaller, but grinding is electricity only (3,000 × 4.2 = 12.6 万tce), so the error is small.',
          zh: '每年 3,000 万吨并保持不变：本地熟料 2,400 万吨按熟料系数 0.8 折算（2,400 ÷ 0.8 = 3,000），即假设全部在本地粉磨。熟料外销珠三角会使本地粉磨量更小，但粉磨只耗电（3,000 × 4.2 = 12.6 万吨标准煤），误差不大。',
        }),
    routes: [
      grindingRoute(policy, 'qy', why),
    ],
    source: doc(Q, 1065, '年产 300 万吨以下的水泥粉磨项目纳入淘汰'),
  });
}

function ceramics(plan: Plan) {
  const policy = plan === 'policy';
  return product({
    id: 'qy-ceramics',
    kind: 'ceramics',
    name: '建筑陶瓷',
    nameEn: 'Ceramic tiles',
    outputWanT: policy ? pts(2020, 400, 2025, 400, 2030, 380, 2060, 300) : 400,
    outputWhy: policy
      ? assumed({ en: 'Policy: 400 万t held to 2025, 380 by 2030 and 300 by 2060: green building ceramics, higher value rather than more tonnes.', zh: '政策情景：2025 年前保持 400 万吨，2030 年 380 万吨，2060 年 300 万吨：发展绿色建筑陶瓷，以提高附加值而非扩大产量为主。' }, { en: `${Q} line 1106`, zh: `${Q} 第 1106 行` })
      : why(
          { en: '400 万t a year (about 2 亿m² at 20 kg/m²), held: the tile works of 清城 源潭, 清新 and 英德 as an order of magnitude.', zh: '每年 400 万吨（按 20 kg/m² 约合 2 亿 m²）并保持不变：按清城源潭、清新、英德陶瓷企业规模估算的数量级。' },
          { en: `${Q} lines 507, 1106`, zh: `${Q} 第 507、1106 行` },
        ),
    routes: [
      {
        id: 'kiln',
        name: '辊道窑',
        nameEn: 'Roller kiln',
        sharePct: 100,
        unitEnergyKgcePerT: policy ? pts(2020, 300, 2025, 270, 2030, 240, 2060, 200) : 300,
        fuelSharesPct: policy
          ? fuels([[2020, CERAMICS], [2025, { coal: 0, oil: 0, gas: 85, electricity: 15, heat: 0, biomass: 0 }], [2060, { coal: 0, oil: 0, gas: 60, electricity: 40, heat: 0, biomass: 0 }]], 'qy ceramics policy')
          : fuels(CERAMICS, 'qy ceramics'),
        why: {
          share: why({ en: 'One route: spray drying and roller kilns.', zh: '单一工艺：喷雾干燥和辊道窑烧成。' }),
          unitEnergy: ref('bm-ceramic-tile-benchmark', {
            en: policy
              ? 'Policy: 300 → 270 (2025) → 240 (2030) → 200 kgce/t (2060, the benchmark of 4 kgce/m² at 20 kg/m²).'
              : '300 kgce/t (6 kgce/m² at 20 kg/m²), between the benchmark 200 and the floor 350, held.',
            zh: policy
              ? '政策情景：300 → 270（2025 年）→ 240（2030 年）→ 200 kgce/t（2060 年，即按 20 kg/m² 折算的标杆水平 4 kgce/m²）。'
              : '300 kgce/t（按 20 kg/m² 折合 6 kgce/m²），介于标杆水平 200 与基准水平 350 之间，保持不变。',
          }),
          fuels: assumed(
            {
              en: policy
                ? 'Policy: coal gas (煤制气) replaced by natural gas by 2025 (gas 45 → 85 %), electric kilns and dryers after (electricity 15 → 40 % by 2060), kilns using electricity and natural gas.'
                : 'Coal gas (煤制气, counted as coal) 40 %, natural gas 45 %, electricity 15 %: many tile works still gasified coal around 2020.',
              zh: policy
                ? '政策情景：2025 年前以天然气替代煤制气（天然气 45 → 85 %），此后推广电窑炉和电干燥（电力 2060 年 15 → 40 %），工业炉窑使用电、天然气等清洁能源。'
                : '煤制气（计入煤）40 %，天然气 45 %，电力 15 %：2020 年前后不少陶瓷企业仍使用煤制气。',
            },
            { en: `${Q} lines 1974–1976`, zh: `${Q} 第 1974–1976 行` },
          ),
        },
      },
    ],
    source: doc(Q, 1106, '重点发展绿色建筑陶瓷'),
  });
}

const clinkerProcess = () =>
  processLine({
    id: 'qy-clinker-process',
    kind: 'clinker',
    name: '熟料生产过程排放',
    nameEn: 'Clinker calcination',
    productId: 'qy-clinker',
    factorNote: { en: 'Per t of clinker: the CO2 of the limestone calcined, not of the fuel.', zh: '每吨熟料：石灰石分解产生的 CO2，不含燃料燃烧。' },
  });

export function qingyuanIndustry(plan: Plan) {
  return industryOf([clinker(plan), cement(plan), ceramics(plan)], [clinkerProcess()]);
}

export const QY_SECTOR_REPORTING: SectorReporting = {
  constructionShareOfIndustryPct: 2.7,
  privateVehicleShareOfHouseholdOilPct: 0,
  industryValueAddedSharePct: 26.9,
};

export const QY_REPORTING_SOURCES: Sources = {
  'sectorReporting.constructionShareOfIndustryPct': ref('cn-construction-share-of-secondary-energy', {
    en: 'The national 2.7 %: 000 gives no energy by branch.',
    zh: '取全国 2.7 %：000 未给出分行业能源消费。',
  }),
  'sectorReporting.privateVehicleShareOfHouseholdOilPct': assumed({
    en: '0: the preset\'s households\' oil is bottled LPG for cooking; all road fuel, private cars\' included, is already in transport.',
    zh: '取 0：本预设居民生活油品为瓶装液化石油气（炊事）；包括私家车在内的全部道路燃油已计入交通运输。',
  }),
  'sectorReporting.industryValueAddedSharePct': ref('cn-industry-share-of-secondary-va-2020', {
    en: '26.9 % of GDP: the secondary sector\'s 33.0 % (000 line 91) × the national 81.5 % share of industry in it = 26.9, held.',
    zh: '占地区生产总值 26.9 %：第二产业占比 33.0 %（000 第 91 行）× 全国工业占第二产业 81.5 % = 26.9，保持不变。',
  }),
};

const forestBuilt = forestOf(pts(2020, 69.63, 2025, 70), 8988, {
  cover: doc(Q, 918, '14.森林覆盖率（%） 69.63 70 约束性', {
    note: { en: 'The path follows the plan: 69.63 % (2020) to 70 % (2025), held after.', zh: '按规划取值：69.63 %（2020 年）至 70 %（2025 年），此后保持。' },
  }),
  stock: assumed(
    {
      en: 'Derived, not published: 1.9 万km² (000 line 3567) × 69.63 % cover × 85 % of it 乔木林 (assumed; the rest bamboo and shrub forest) × 79.93 m³/hm² (000 line 626) = 8,988 万m³.',
      zh: '推算值，非公布值：1.9 万 km²（000 第 3567 行）× 森林覆盖率 69.63 % × 其中乔木林 85 %（假设，其余为竹林和灌木林）× 79.93 m³/hm²（000 第 626 行）= 8,988 万 m³。',
    },
    { en: `${Q} lines 624–626, 918, 3567`, zh: `${Q} 第 624–626、918、3567 行` },
  ),
});

export const QY_SINKS: Sinks = { forest: forestBuilt.forest };
export const QY_SINK_SOURCES: Sources = forestBuilt.sources;

export const QY_FOREST_TARGETS: Target[] = [
  {
    id: 'qy-forest-cover-2025', label: '2025 年森林覆盖率 70%', labelEn: 'Forest cover 70 % in 2025',
    metric: 'forestCover', year: 2025, value: 70, binding: true,
    source: doc(Q, 918, '14.森林覆盖率（%） 69.63 70 约束性'),
  },
  industryPeakTarget('qy', { zh: '清远', en: 'Qingyuan' }),
];

export const QY_PEAK_SCOPE_SOURCE = assumed(
  {
    en: 'Energy CO2 (能源活动): 000 publishes CO2 only as the 13th-plan fall of CO2 per GDP (−26.43 %), the assessed indicator, which counts energy CO2; the 2020 calibration (0.834 tce/万元) is on energy. Clinker\'s process CO2 (1,291.2 万t in 2020 here) is reported beside it. The peak is judged on energy CO2; choose energy + process to judge it with them.',
    zh: '能源活动二氧化碳：000 仅以“十三五”单位地区生产总值二氧化碳排放下降率（−26.43 %）公布碳排放，该考核指标只计能源活动排放；2020 年校准（0.834 吨标准煤/万元）亦按能源口径。熟料工业生产过程排放（本预设 2020 年 1,291.2 万吨）单列。达峰按能源活动排放判断；如需计入过程排放，请选择“能源活动 + 工业生产过程”。',
  },
  { en: `${Q} lines 105, 836`, zh: `${Q} 第 105、836 行` },
);
