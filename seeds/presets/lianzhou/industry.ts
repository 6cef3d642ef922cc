import type { SectorReporting, Sinks } from '../../../shared/model/industry';
import type { Target } from '../../../shared/model/scenario';
import { assumed, doc, pts, ref, SEED, type Text2 } from '../common';
import { forestOf, fuels, industryOf, industryPeakTarget, processLine, product, type Sources } from '../industry-common';

/*
 * 连州's key products as 001 names them: copper foil (建滔 and 东强, lines 3528–3530) and glass
 * fibre (玻纤, line 3748). Ground calcium carbonate (重钙, 连州's 碳酸钙 industry, lines 3472–3485)
 * is milled, not calcined, so it releases no process CO2 and is left in the rest of industry.
 * No output or unit energy is published: each is assumed with its reason. Base-year fuel use
 * (万tce, 等价值 at 288 gce/kWh, electricity × 2.3434) against industry's 40.21 (69.32 × 58 %):
 *   copper foil 2.5 × 1,000 = 2.5: electricity 92 % 2.3 → 5.39, gas 8 % 0.2
 *   glass fibre 3 × 450 = 1.35: electricity 55 % 0.7425 → 1.74, gas 40 % 0.54, oil 5 % 0.0675
 * electricity 7.13 of 26.50 (65.9 %), gas 0.74 of 1.21 (3 %), oil 0.07 of 0.80 (2 %).
 */

const L = SEED.lzDemo;
const LE = SEED.lzEnv;
const noFigures: Text2 = { en: '001 names the industry but gives no output or energy figure for it.', zh: '001 列出了该产业，但未给出产量或能耗数据。' };
const why = (t: Text2, basis: Text2 = { en: `${L} lines 3528–3530, 3748`, zh: `${L} 第 3528–3530、3748 行` }) =>
  assumed({ en: `${t.en} ${noFigures.en}`, zh: `${t.zh}${noFigures.zh}` }, basis);

/** Why copper foil and glass fibre draw no 标杆 / 基准 line. */
const NO_FOIL_LINE: Text2 = {
  en: 'No benchmark line: no national level for electrolytic copper foil was found; the national copper levels stop at smelting to cathode.',
  zh: '不画标杆线：未找到电解铜箔的国家能效水平；国家铜的能效水平只覆盖冶炼至阴极铜。',
};
const NO_FIBRE_LINE: Text2 = {
  en: 'No benchmark line: GB 29450《玻璃纤维单位产品能源消耗限额》 sets limits per t of yarn by kind (tank-furnace E-glass by fibre diameter, medium-alkali, crucible), but its text could not be read here, and no glass-fibre line of the 2023 table was found.',
  zh: '不画标杆线：GB 29450《玻璃纤维单位产品能源消耗限额》按产品（池窑法无碱玻璃纤维纱按纤维直径分档、中碱纱、坩埚法）规定每吨纱的能耗限额，但未能查阅其原文；亦未找到 2023 年版表中的玻璃纤维条目。',
};

const FOIL = { coal: 0, oil: 0, gas: 8, electricity: 92, heat: 0, biomass: 0 };
const FIBRE = { coal: 0, oil: 5, gas: 40, electricity: 55, heat: 0, biomass: 0 };

type Plan = 'baseline' | 'policy';

function copperFoil(plan: Plan) {
  const policy = plan === 'policy';
  return product({
    id: 'lz-copper-foil',
    kind: 'copperFoil',
    name: '电解铜箔',
    nameEn: 'Electrolytic copper foil',
    outputWanT: policy ? pts(2020, 2.5, 2025, 4, 2030, 5) : 2.5,
    outputWhy: policy
      ? assumed(
          { en: 'Policy: 2.5 → 4 (2025) → 5 万t (2030), then held: the electronics industry grown to 百亿级 around the 建滔 park.', zh: '政策情景：2.5 → 4（2025 年）→ 5 万吨（2030 年），此后保持：以建滔产业园为龙头打造“百亿级”电子信息产业。' },
          { en: `${L} lines 3519, 3528–3530`, zh: `${L} 第 3519、3528–3530 行` },
        )
      : why({ en: '2.5 万t a year for the two foil makers together, held, as an order of magnitude.', zh: '两家铜箔企业合计每年 2.5 万吨并保持不变，为估算的数量级。' }),
    routes: [
      {
        id: 'electrolysis',
        name: '电解生箔及表面处理',
        nameEn: 'Electrodeposition and surface treatment',
        sharePct: 100,
        unitEnergyKgcePerT: policy ? pts(2020, 1000, 2030, 900, 2060, 850) : 1000,
        fuelSharesPct: fuels(FOIL, 'lz copper foil'),
        why: {
          share: why({ en: 'One route: electrodeposited foil.', zh: '单一工艺：电解铜箔。' }),
          unitEnergy: assumed(
            {
              en: policy
                ? `Policy: 1,000 → 900 (2030) → 850 kgce/t (2060) with efficient rectifiers. ${NO_FOIL_LINE.en}`
                : `1,000 kgce/t, held: about 7,500 kWh/t of electrolysis, treatment and air handling (922 kgce/t at 0.1229) plus boiler gas. ${NO_FOIL_LINE.en}`,
              zh: policy
                ? `政策情景：1,000 → 900（2030 年）→ 850 kgce/t（2060 年），采用高效整流设备。${NO_FOIL_LINE.zh}`
                : `1,000 kgce/t，保持不变：电解、表面处理和空调净化电耗约 7,500 kWh/t（按 0.1229 折合 922 kgce/t），另计锅炉用气。${NO_FOIL_LINE.zh}`,
            },
            { en: `${L} line 3748`, zh: `${L} 第 3748 行` },
          ),
          fuels: why({ en: 'Electricity 92 %, gas 8 % (steam for dissolving copper).', zh: '电力 92 %，天然气 8 %（溶铜用蒸汽）。' }),
        },
      },
    ],
    source: doc(L, 3528, '以建滔（连州）铜箔有限公司、东强（连州）铜箔有限公司为重点'),
  });
}

function glassFibre(plan: Plan) {
  const policy = plan === 'policy';
  return product({
    id: 'lz-glass-fibre',
    kind: 'glassFibre',
    name: '玻璃纤维',
    nameEn: 'Glass fibre',
    outputWanT: policy ? pts(2020, 3, 2025, 3.5) : 3,
    outputWhy: policy
      ? assumed({ en: 'Policy: 3 → 3.5 万t (2025), then held.', zh: '政策情景：3 → 3.5 万吨（2025 年），此后保持。' }, { en: `${L} line 3748`, zh: `${L} 第 3748 行` })
      : why({ en: '3 万t a year, held: one tank-furnace line as an order of magnitude.', zh: '每年 3 万吨并保持不变：按一条池窑拉丝生产线估算的数量级。' }),
    routes: [
      {
        id: 'tank-furnace',
        name: '池窑拉丝',
        nameEn: 'Tank furnace and drawing',
        sharePct: 100,
        unitEnergyKgcePerT: policy ? pts(2020, 450, 2030, 420, 2060, 380) : 450,
        fuelSharesPct: policy
          ? fuels([[2020, FIBRE], [2030, { coal: 0, oil: 0, gas: 40, electricity: 60, heat: 0, biomass: 0 }], [2060, { coal: 0, oil: 0, gas: 20, electricity: 80, heat: 0, biomass: 0 }]], 'lz glass fibre policy')
          : fuels(FIBRE, 'lz glass fibre'),
        why: {
          share: why({ en: 'One route: tank furnace with drawing.', zh: '单一工艺：池窑拉丝。' }),
          unitEnergy: assumed(
            {
              en: policy
                ? `Policy: 450 → 420 (2030) → 380 kgce/t (2060) with oxy-fuel and electric boosting. ${NO_FIBRE_LINE.en}`
                : `450 kgce/t, held: a tank furnace of E-glass roving with drawing and drying. ${NO_FIBRE_LINE.en}`,
              zh: policy
                ? `政策情景：450 → 420（2030 年）→ 380 kgce/t（2060 年），采用纯氧燃烧和电助熔。${NO_FIBRE_LINE.zh}`
                : `450 kgce/t，保持不变：无碱玻璃纤维池窑拉丝及烘干。${NO_FIBRE_LINE.zh}`,
            },
            { en: `${L} line 3748`, zh: `${L} 第 3748 行` },
          ),
          fuels: why({
            en: policy ? 'Gas 40 → 40 → 20 %, electricity 55 → 60 → 80 %, oil 5 → 0 % (2020 → 2030 → 2060): electric boosting.' : 'Gas 40 %, electricity 55 %, oil 5 %: 连州 has little piped gas (3 % of industry\'s energy).',
            zh: policy ? '天然气 40 → 40 → 20 %，电力 55 → 60 → 80 %，油品 5 → 0 %（2020 → 2030 → 2060 年）：电助熔。' : '天然气 40 %，电力 55 %，油品 5 %：连州管道天然气供应有限（占工业能源消费 3 %）。',
          }),
        },
      },
    ],
    source: doc(L, 3748, '强化非金属矿、新材料、铜箔、玻纤等重点行业原材料的消耗管理'),
  });
}

const batchCarbonates = () =>
  processLine({
    id: 'lz-glass-batch',
    kind: 'otherCarbonate',
    name: '玻璃纤维配合料碳酸盐分解',
    nameEn: 'Carbonates of the glass-fibre batch',
    productId: 'lz-glass-fibre',
    activityPerProductT: 0.3,
    perProductWhy: assumed({
      en: '0.3 t of limestone (and dolomite, counted as limestone) per t of E-glass fibre: the batch\'s calcium oxide comes from carbonates.',
      zh: '每吨无碱玻璃纤维约消耗 0.3 吨石灰石（白云石按石灰石计）：配合料中的氧化钙来自碳酸盐。',
    }),
    factorNote: { en: 'CO2 of the limestone in the batch, released in the tank furnace.', zh: '配合料中石灰石在池窑中分解释放的 CO2。' },
  });

export function lianzhouIndustry(plan: Plan) {
  return industryOf([copperFoil(plan), glassFibre(plan)], [batchCarbonates()]);
}

export const LZ_SECTOR_REPORTING: SectorReporting = {
  constructionShareOfIndustryPct: 2.7,
  privateVehicleShareOfHouseholdOilPct: 0,
  industryValueAddedSharePct: 14.7,
};

export const LZ_REPORTING_SOURCES: Sources = {
  'sectorReporting.constructionShareOfIndustryPct': ref('cn-construction-share-of-secondary-energy', {
    en: 'The national 2.7 %: 001 and 004 give no energy by branch.',
    zh: '取全国 2.7 %：001、004 均未给出分行业能源消费。',
  }),
  'sectorReporting.privateVehicleShareOfHouseholdOilPct': assumed({
    en: '0: the preset\'s households\' oil is bottled LPG for cooking; all road fuel, private cars\' included, is already in transport.',
    zh: '取 0：本预设居民生活油品为瓶装液化石油气（炊事）；包括私家车在内的全部道路燃油已计入交通运输。',
  }),
  'sectorReporting.industryValueAddedSharePct': doc(L, 97, '全年实现规模以上工业增加值 23.74亿', {
    note: {
      en: '23.74 / 161.21 = 14.7 % of GDP, held: industry above the designated size only (the rest is not published), so the level is low; a reduction target is unaffected while the share holds.',
      zh: '23.74 / 161.21 = 14.7 %，保持不变：仅为规模以上工业（规模以下未公布），水平偏低；在占比不变时不影响降低率目标。',
    },
  }),
};

const forestBuilt = forestOf(pts(2020, 68.21, 2025, 69), 1237, {
  cover: doc(LE, 191, '森林覆盖率(%)	68.21	≥69', {
    note: { en: 'The path follows the plan: 68.21 % (2020) to 69 % (2025), held after.', zh: '按规划取值：68.21 %（2020 年）至 69 %（2025 年），此后保持。' },
  }),
  stock: assumed(
    {
      en: 'Derived, not published: land area 568.74 km² ÷ 21.31 % = 2,668.9 km² (001 line 3021), × 68.21 % cover × 85 % 乔木林 (assumed) × 清远\'s 79.93 m³/hm² (000 line 626) = 1,237 万m³.',
      zh: '推算值，非公布值：陆域面积 568.74 km² ÷ 21.31 % = 2,668.9 km²（001 第 3021 行），× 森林覆盖率 68.21 % × 乔木林 85 %（假设）× 清远乔木林单位面积蓄积 79.93 m³/hm²（000 第 626 行）= 1,237 万 m³。',
    },
    { en: `${L} lines 52, 3021; ${SEED.qyEco} line 626`, zh: `${L} 第 52、3021 行；${SEED.qyEco} 第 626 行` },
  ),
});

export const LZ_SINKS: Sinks = { forest: forestBuilt.forest };
export const LZ_SINK_SOURCES: Sources = forestBuilt.sources;

export const LZ_FOREST_TARGETS: Target[] = [
  {
    id: 'lz-forest-cover-2025', label: '2025 年森林覆盖率 ≥69%', labelEn: 'Forest cover ≥ 69 % in 2025',
    metric: 'forestCover', year: 2025, value: 69, binding: true,
    source: doc(LE, 191, '森林覆盖率(%)	68.21	≥69'),
  },
  industryPeakTarget('lz', { zh: '连州', en: 'Lianzhou' }),
];

export const LZ_PEAK_SCOPE_SOURCE = assumed(
  {
    en: 'Energy CO2 (能源活动): 001 and 004 publish no CO2 figure for 2020; the calibration is on energy (0.43 tce/万元) and the CO2 target is per GDP, which counts energy CO2. The glass batch\'s process CO2 (0.396 万t in 2020 here) is reported beside it.',
    zh: '能源活动二氧化碳：001、004 未公布 2020 年碳排放数据；校准按能源口径（0.43 吨标准煤/万元），碳排放目标为单位地区生产总值二氧化碳排放，只计能源活动排放。玻璃配合料的工业生产过程排放（本预设 2020 年 0.396 万吨）单列。',
  },
  { en: `${L} line 1269`, zh: `${L} 第 1269 行` },
);

