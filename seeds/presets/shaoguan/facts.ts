import { referenceValue } from '../../reference/index';
import { assumed, doc, HOURS, SEED, WTE_FOSSIL_CO2, type LedgerGenerator, type Text2 } from '../common';
import type { Fact } from '../lianzhou/facts';

/**
 * 韶关市 (Shaoguan): what 003 (韶关市生态文明建设规划（2021-2035年）)
 * publishes. The document has no energy totals, fuel mix or capacities at
 * all; the fleet and the conversion of the 200 亿元 programme into MW are
 * assumptions, and the base energy intensity is solved from the published CO2
 * intensity (see scenarios.ts).
 */
const G = SEED.sgEco;

export const GDP_2020: Fact = { value: 1353.49, source: doc(G, 62, '2020年，全市地区生产总值1353.49亿元') };
export const GDP_GROWTH_13TH: Fact = { value: 5.1, source: doc(G, 62, '“十三五”期间年均增长5.10%') };

/** Resident population, 万人: GDP ÷ GDP per capita (4.74 万元, line 62). */
export const POPULATION_2020: Fact = {
  value: Math.round((1353.49 / 4.74) * 10) / 10,
  source: doc(G, 62, '人均地区生产总值达4.74万元', {
    note: {
      en: 'Derived: 1,353.49 亿元 ÷ 4.74 万元/人 = 285.5 万人 (population is not stated; the rounding of 4.74 leaves ±0.1 %). Path: slow decline to 2060 (assumed).',
      zh: '推算值：1,353.49 亿元 ÷ 4.74 万元/人 = 285.5 万人（文件未给出人口数；4.74 经四舍五入，误差约 ±0.1 %）。人口路径：至 2060 年缓慢下降（假设）。',
    },
  }),
};

/** CO2 per unit GDP 2020, tCO2/万元 (表1 #25, line 229): the calibration target of the base year. */
export const CO2_INTENSITY_2020: Fact = {
  value: 2.054,
  source: doc(G, 229, '25\t\t单位地区生产总值二氧化碳排放\t吨/万元\t约束性\t2.054', {
    note: {
      en: '表1 #25, 2020 现状值; 2025 and 2035: 完成上级管控目标. GDP price basis not stated.',
      zh: '表1 第 25 项，2020 年现状值；2025 年和 2035 年目标均为“完成上级管控目标”。未注明地区生产总值的价格口径。',
    },
  }),
};

/** 表1 #23 (line 227): 1.46 — a yearly decline rate of energy intensity in 2020, not a level. */
export const INTENSITY_DECLINE_2020: Fact = {
  value: 1.46,
  source: doc(G, 227, '单位地区生产总值能耗下降率\t%\t约束性\t1.46', {
    note: {
      en: '表1 #23: the 2020 value is a rate (%), not an intensity level; no tce/万元 figure appears anywhere in 003.',
      zh: '表1 第 23 项：2020 年数值为下降率（%），并非能耗强度水平值；003 全文未出现以吨标准煤/万元计的能耗强度数值。',
    },
  }),
};

export const SOURCES = {
  structure: doc(G, 64, '三次产业结构优化调整为 14.7: 34.3: 51.0'),
  structure2025: doc(G, 628, '2025 年，韶关市三次产业结构优化为 10：40：50'),
  heavyIndustry: doc(G, 100, '钢铁、有色金属、电力、水泥制造、造纸等高耗能产业比重仍然偏高'),
  keySectors: doc(G, 666, '抓好电力、医药、建材、冶炼等重点耗能行业的节能降耗工作'),
  efficiency: doc(G, 666, '电机系统节能、燃煤工业锅炉改造、能量系统优化、热电联产、绿色照明等节能重点工程'),
  slowDecline: doc(G, 104, '单位地区生产总值能源消耗、水耗、碳排放等反映资源利用效益的核心指标降速缓慢'),
  coalCut: doc(G, 664, '开展全市煤炭消费减量管理'),
  fuelSwitch: doc(G, 668, '优化能源结构，提高石油、天然气等能源对煤炭的替代'),
  boilers: doc(G, 454, '到 2025 年基本淘汰现有 35 蒸吨/小时以下燃煤锅炉'),
  transport: doc(G, 672, '到“十四五”末，实现营运客车、城乡公交、出租车100%更换为清洁、环保的新能源车'),
  parksPv: doc(G, 678, '推进工业园区分布式光伏发电、集中供热等工程项目'),
  peak: doc(G, 622, '力争 2030 年底全市实现碳排放总量达到峰值，进入低碳发展新阶段，顺利实现 2030 年前碳达峰目标'),
  co2Target: doc(G, 229, '25\t\t单位地区生产总值二氧化碳排放'),
  energyTarget: doc(G, 227, '23\t\t单位地区生产总值能耗下降率'),
  renewableBase: doc(G, 40, '是全省最大的再生能源基地'),
  programme: doc(G, 977, '11\t韶关市清洁能源项目\t\t建设光伏发电、风电等清洁能源项目\t200.00'),
} as const;

const noData: Text2 = {
  en: `003 gives no capacity for any plant type (facts/shaoguan.json energyMix.notFound); it calls 韶关 全省最大的再生能源基地 (line 40) and names 电力 among its energy-intensive industries (lines 100, 666).`,
  zh: `003 未给出任何类型电源的装机容量；文件称韶关是“全省最大的再生能源基地”（第 40 行），并将电力列为高耗能行业之一（第 100、666 行）。`,
};
const fleetReason = (what: Text2): Text2 => ({ en: `${what.en} ${noData.en}`, zh: `${what.zh}${noData.zh}` });

/** Plants in operation at the end of 2020, by type (all assumed). */
export const FLEET: LedgerGenerator[] = [
  {
    id: 'sg-fleet-coal', name: '现有煤电（合计，假设）', type: 'coal', capacityMW: 1200, utilisationHours: HOURS.coal,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      fleetReason({
        en: `1,200 MW of coal units in aggregate: 电力 is listed among the city's energy-intensive industries (line 100) and 热电联产 among its efficiency projects (line 666), but no plant is named.`,
        zh: '煤电机组合计 1,200 MW：电力被列为本市高耗能产业之一（第 100 行），热电联产被列为节能重点工程之一（第 666 行），但未列出具体电厂。',
      }),
      { en: `${G} lines 100, 666`, zh: `${G} 第 100、666 行` },
    ),
    note: 'Capacity assumed; replace with the city\'s unit list (no plant, e.g. 韶关电厂, is named in 003).',
    noteZh: '装机容量为假设值；请以本市机组清单替换（003 未列出任何电厂，如韶关电厂）。',
  },
  {
    id: 'sg-fleet-hydro', name: '现有水电（北江流域，合计）', type: 'hydro', capacityMW: 1500, utilisationHours: HOURS.hydro,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      fleetReason({
        en: `1,500 MW: 韶关 holds the upper 北江 basin (16,914 km² in the city, line 74) with the province's largest water resources per head; about a sixth of Guangdong's 9.26 GW of hydro (gd-capacity-2020-hydro).`,
        zh: '1,500 MW：韶关地处北江上游（市域内流域面积 16,914 km²，第 74 行），人均水资源量居全省首位；约为全省水电装机 9.26 GW 的六分之一（gd-capacity-2020-hydro）。',
      }),
      { en: `${G} lines 40, 74`, zh: `${G} 第 40、74 行` },
    ),
  },
  {
    id: 'sg-fleet-wind', name: '现有风电（合计）', type: 'wind', capacityMW: 800, utilisationHours: HOURS.wind,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      fleetReason({
        en: `800 MW of mountain wind (乳源, 南雄, 乐昌, 翁源 uplands): about a seventh of Guangdong's 5.65 GW (gd-capacity-2020-wind).`,
        zh: '山地风电 800 MW（乳源、南雄、乐昌、翁源山区）：约为全省 5.65 GW 的七分之一（gd-capacity-2020-wind）。',
      }),
      { en: `${G} line 40`, zh: `${G} 第 40 行` },
    ),
  },
  {
    id: 'sg-fleet-pv', name: '现有光伏（合计）', type: 'pv', capacityMW: 300, utilisationHours: HOURS.pv,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      fleetReason({
        en: `300 MW: below the Guangdong city average (≈380 MW) before the 2020–2030 programme.`,
        zh: '300 MW：在 2020–2030 年清洁能源项目实施前，低于全省各市平均水平（≈380 MW）。',
      }),
      { en: `${G} line 678`, zh: `${G} 第 678 行` },
    ),
  },
  {
    id: 'sg-fleet-biomass', name: '现有生物质发电（林业剩余物等，合计）', type: 'biomass', capacityMW: 114, utilisationHours: HOURS.biomass,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      fleetReason({
        en: `114 MW of forestry-residue and other biomass plants: 150 MW of biomass and waste-to-energy in all, less the two waste plants (sg-fleet-wte, 36 MW).`,
        zh: '林业剩余物等生物质发电 114 MW：生物质及垃圾焚烧发电合计 150 MW，扣除两座垃圾焚烧发电厂（sg-fleet-wte，36 MW）。',
      }),
      { en: `${G} line 78 (循环经济环保园（垃圾焚烧发电项目）2 个)`, zh: `${G} 第 78 行（循环经济环保园（垃圾焚烧发电项目）2 个）` },
    ),
  },
  {
    id: 'sg-fleet-wte', name: '现有生活垃圾焚烧发电（循环经济环保园 2 个）', type: 'biomass', capacityMW: 36, utilisationHours: HOURS.biomass,
    commissioningYear: 2020, status: 'operating', count: true, fossilCo2TPerMWh: WTE_FOSSIL_CO2,
    source: assumed(
      fleetReason({
        en: `Two waste-to-energy parks built in the 13th plan (line 78), taken as about 800 t/d each like the 清远 plants: 2 × 800 × 365 × 0.35 MWh/t ÷ 5,500 h ≈ 37 MW, 36 MW used (wte-net-generation). Fossil CO2 1.19 tCO2/MWh (wte-fossil-co2-per-mwh, IPCC 2006 Vol. 5 Ch. 5).`,
        zh: '“十三五”期间建成的 2 个垃圾焚烧发电环保园（第 78 行），参照清远按各约 800 吨/日计：2 × 800 × 365 × 0.35 MWh/t ÷ 5,500 h ≈ 37 MW，取 36 MW（wte-net-generation）。化石源 CO2 按 1.19 tCO2/MWh 计（wte-fossil-co2-per-mwh，IPCC 2006 第 5 卷第 5 章）。',
      }),
      { en: `${G} line 78 (循环经济环保园（垃圾焚烧发电项目）2 个)`, zh: `${G} 第 78 行（循环经济环保园（垃圾焚烧发电项目）2 个）` },
    ),
    note: 'Capacity assumed. Counted as biomass (renewable) generation; the fossil carbon of the waste is in CO2.',
    noteZh: '装机容量为假设值。按生物质（可再生）发电计；垃圾中的化石碳计入二氧化碳排放。',
  },
];

/**
 * 韶关市清洁能源项目 (附表 #11, line 977): 200 亿元 for PV and wind in
 * 2020–2030, no MW. Split 50/50 by investment (assumed) and converted at
 * 4 元/W for PV and 6 元/W for wind: 2,500 MW PV and 1,667 MW wind, built
 * evenly over the programme's years, a tenth each year 2021–2030, each
 * tranche entering in July.
 */
export const PROGRAMME = {
  investmentYiYuan: 200,
  pvShare: 0.5,
  pvYuanPerW: referenceValue('cost-pv-assumed'),
  windYuanPerW: referenceValue('cost-wind-assumed'),
} as const;
/** 亿元 ÷ 元/W: 10^8 元 ÷ 元/W = 10^8 W = 100 MW. */
export const PROGRAMME_PV_MW = Math.round((PROGRAMME.investmentYiYuan * PROGRAMME.pvShare * 100) / PROGRAMME.pvYuanPerW);
export const PROGRAMME_WIND_MW = Math.round((PROGRAMME.investmentYiYuan * (1 - PROGRAMME.pvShare) * 100) / PROGRAMME.windYuanPerW);

const TRANCHES: [number, number][] = Array.from({ length: 10 }, (_, i) => [2021 + i, 0.1] as [number, number]);
const programmeReason = (type: 'pv' | 'wind', mw: number, share: number, total: number) =>
  assumed(
    {
      en: `Part of the 200 亿元 clean-energy programme (2020–2030), which gives no MW: half the investment to ${type === 'pv' ? 'PV at 4 元/W' : 'wind at 6 元/W'} (cost-${type}-assumed) = ${total} MW, built evenly over the programme's years: a tenth a year 2021–2030, each tranche entering in July (assumed; ${Math.round(share * 100)} % here = ${mw} MW). The 连州 table implies 4.03 元/W for PV and 8.1 元/W for wind at 2021 prices (cost-pv-lianzhou-table, cost-wind-lianzhou-table); at 8.07 元/W the wind half would buy 1,239 MW.`,
      zh: `属 200 亿元清洁能源项目（2020–2030 年）的一部分，该项目未给出装机容量：按一半投资用于${type === 'pv' ? '光伏、单位造价 4 元/W' : '风电、单位造价 6 元/W'}（cost-${type}-assumed）折算为 ${total} MW，在项目期内均匀建成：2021–2030 年每年建成十分之一，各批均于 7 月投产（假设；本批占 ${Math.round(share * 100)} %，即 ${mw} MW）。按连州项目表推算，2021 年价格下光伏约 4.03 元/W、风电约 8.1 元/W（cost-pv-lianzhou-table、cost-wind-lianzhou-table）；若风电按 8.07 元/W 计，一半投资仅可建成 1,239 MW。`,
    },
    {
      en: `${G} line 977 (韶关市清洁能源项目, 建设光伏发电、风电等清洁能源项目, 200.00 亿元, 2020-2030)`,
      zh: `${G} 第 977 行（韶关市清洁能源项目，建设光伏发电、风电等清洁能源项目，200.00 亿元，2020-2030）`,
    },
  );

export const PROJECTS: LedgerGenerator[] = (['pv', 'wind'] as const).flatMap((type) => {
  const total = type === 'pv' ? PROGRAMME_PV_MW : PROGRAMME_WIND_MW;
  let left = total;
  return TRANCHES.map(([year, share], i) => {
    const mw = i === TRANCHES.length - 1 ? left : Math.round(total * share);
    left -= mw;
    return {
      id: `sg-${type}-programme-${year}`,
      name: `韶关市清洁能源项目 ${type === 'pv' ? '光伏' : '风电'}（第 ${i + 1} 批，容量为推算）`,
      type,
      capacityMW: mw,
      utilisationHours: type === 'pv' ? HOURS.pv : HOURS.wind,
      commissioningYear: year,
      commissioningMonth: 7,
      status: 'planned' as const,
      count: true,
      source: programmeReason(type, mw, share, total),
      note: 'Capacity assumed: converted from investment.',
      noteZh: '装机容量为假设值：由投资额折算。',
    };
  });
});
