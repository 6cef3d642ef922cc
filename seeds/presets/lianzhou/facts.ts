import type { SourceRef } from '../../../shared/model/provenance';
import { assumed, doc, HOURS, PUMPED, SEED, WTE_FOSSIL_CO2, type LedgerGenerator, type LedgerStorage, type Text2 } from '../common';

/**
 * 连州市 (Lianzhou, a county-level city administered by 清远市): what the two
 * documents publish, and the 2020 fleet and project ledger built from them.
 * 001 = 连州市创建国家生态文明建设示范市规划, 004 = 连州市生态环境保护"十四五"规划.
 */
const D = SEED.lzDemo;
const E = SEED.lzEnv;

export type Fact = { value: number; source: SourceRef };

/** 2020 GDP, 亿元 (001 line 79–81). */
export const GDP_2020: Fact = { value: 161.21, source: doc(D, 79, '2020 年，全市实现地区生产总值161.21亿元', { lineEnd: 81 }) };

/** 2016–2020 average real GDP growth, % (001 line 81). */
export const GDP_GROWTH_13TH: Fact = { value: 5.2, source: doc(D, 81, '161.21亿元，年均（2016-2020年，下同）增长 5.2%') };

/** 2020 GDP per capita, 元 (001 line 81). */
export const GDP_PER_CAPITA_2020: Fact = { value: 42721, source: doc(D, 81, '161.21亿元，年均（2016-2020年，下同）增长 5.2%，人均地区生产总值 42721元', { lineEnd: 83 }) };

/** Resident population, 万人: not published; GDP ÷ GDP per capita. */
export const POPULATION_2020: Fact = {
  value: Math.round((GDP_2020.value * 1e8) / GDP_PER_CAPITA_2020.value / 1e2) / 100,
  source: doc(D, 81, '161.21亿元，年均（2016-2020年，下同）增长 5.2%，人均地区生产总值 42721元', {
    lineEnd: 83,
    note: {
      en: 'Derived: 161.21 亿元 ÷ 42,721 元/人 = 37.74 万人 (population is not stated in either document). Held flat to 2025, then an assumed slow decline (−0.3 %/yr) as in most mountain counties of northern Guangdong.',
      zh: '推算值：161.21 亿元 ÷ 42,721 元/人 = 37.74 万人（两份文件均未给出人口数）。2025 年前保持不变，此后参照粤北多数山区县的情况，假设缓慢下降（年均 −0.3 %）。',
    },
  }),
};

/** 2020 energy intensity, tce/万元 (001 表1 indicator 17: row from line 1256, value on line 1269). */
export const INTENSITY_2020: Fact = {
  value: 0.43,
  source: doc(D, 1269, '0.43 达标', {
    note: {
      en: '001 表1 指标 17 单位地区生产总值能耗 (吨标准煤/万元), row starting line 1256; 2020 现状值 0.43, 达标.',
      zh: '001 表1 指标 17 单位地区生产总值能耗（吨标准煤/万元），该行起于第 1256 行；2020 年现状值 0.43，达标。',
    },
  }),
};

/** 13th-plan energy-intensity result: −0.53 % over 2016–2020 against a −17.6 % task (004 表1 #21, line 84). */
export const INTENSITY_13TH_DECLINE: Fact = {
  value: 0.53,
  source: doc(E, 84, '单位 GDP 能源消耗(吨标准煤/ 万元)', {
    note: {
      en: '004 表1 #21: 任务总目标 17.6%, 实际下降 0.53%, 未完成. 001 marks the same indicator 达标 (line 1256–1269): the two documents disagree on whether the task was met; both agree the decline was small. 0.53 % in five years ≈ 0.1 %/yr.',
      zh: '004 表1 第 21 项：任务总目标 17.6%，实际下降 0.53%，未完成。001 对同一指标标注为“达标”（第 1256–1269 行）：两份文件对是否完成任务的判断不一致，但都表明降幅很小。五年下降 0.53 %，约合年均 0.1 %。',
    },
  }),
};

/** 2019: energy intensity about 1/2, electricity intensity about 5/7 of the 清远 average (001 line 351). */
export const RELATIVE_TO_QINGYUAN = {
  energy: 1 / 2,
  electricity: 5 / 7,
  source: doc(D, 351, '2019年连州市单位 GDP能耗约为清远市平均水平的二分之一，单位 GDP电耗约清远市平均水平的七分之五', { lineEnd: 353 }),
} as const;

export const SOURCES = {
  structure: doc(D, 85, '三次产业结构由 2015年的 26.3：30.9：42.8调整为 2020年的 29.6：25.9：44.5', { lineEnd: 87 }),
  resourceIndustry: doc(D, 380, '46家规模以上企业主要集中在资源型行业'),
  coalRising: doc(D, 392, '规模工业企业能源消费总量逐年增长，其中原煤消费量逐年上升', { lineEnd: 396 }),
  coalCap: doc(D, 1892, '加强煤炭消费控制措施，削减煤炭消费需求，制定年度煤炭消费总量削减目标', { lineEnd: 1896 }),
  copperFoil: doc(D, 3528, '以建滔（连州）铜箔有限公司、东强（连州）铜箔有限公司为重点', { lineEnd: 3530 }),
  keySectors: doc(E, 217, '强化非金属矿、新材料、铜箔、玻纤等重点行业原材料的消耗管理'),
  electrification: doc(D, 3693, '借助粤北能源基地优势，大力倡导“电能替代”，引导规模企业有序实施“以电代煤”“以电代油”工程', { lineEnd: 3695 }),
  gasGrid: doc(E, 269, '积极推进天然气"县 县通"工程'),
  coalReplacement: doc(E, 321, '实施能源消费总量控制,新建耗煤项目实行煤炭减量替代。提高清洁能源占比,扩大天然气供应规模。'),
  twoHighGate: doc(E, 231, '坚决遏制高耗能高排放项目盲目发展'),
  buses: doc(D, 2072, '全市每年新增或更新的公共汽车全部使用电动汽车（含氢燃料电动汽车）', { lineEnd: 2074 }),
  coalNotDeclining: doc(E, 134, '能源消费尚未进入下降通道'),
  planProgramme: doc(D, 3558, '谋划“十四五”期间新建装机容量 30万千瓦风力发电项目、拟建装机容量 60万千万光伏发电项目', {
    lineEnd: 3560,
    note: { en: '"60万千万" is a typo in the source for 60万千瓦 (600 MW).', zh: '原文“60万千万”为笔误，应为 60万千瓦（600 MW）。' },
  }),
  peakOutlook: doc(E, 154, '展望 2035 年,人与自然和谐共生格局基本形成,绿色生产生活方式总体形成,碳排放达峰后稳中有降'),
  peakFollow: doc(D, 1880, '配合国家、广东省、清远市实施碳排放达峰行动'),
  energyTarget: doc(E, 181, '单位 GDP 能耗降低(%)'),
  co2Target: doc(E, 182, '单位地区生产总值二氧化碳排放降低(%)'),
} as const;

const fleetNote: Text2 = {
  en: 'Assumed: neither document gives the installed capacity of any existing plant (facts/lianzhou.json, "Absent from both documents").',
  zh: '假设值：两份文件均未给出任何现有电站的装机容量。',
};
/** The fleet basis: the note above, then the lines of 001. */
const fleetBasis = (en: string, zh: string): Text2 => ({ en: `${fleetNote.en} ${D} ${en}`, zh: `${fleetNote.zh}${D} ${zh}` });

/** Plants in operation at the end of 2020, by type (all assumed). */
export const FLEET: LedgerGenerator[] = [
  {
    id: 'lz-fleet-hydro', name: '现有水电（含潭岭水电站、小水电）', type: 'hydro', capacityMW: 150, utilisationHours: HOURS.hydro,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      {
        en: '150 MW: 潭岭水电站 plus the small hydro of the 连江 tributaries; 连州 has "丰富的水力" resources (001 line 378) and a policy to retire old small hydro (001 line 1954–1956), but no capacity is given.',
        zh: '150 MW：潭岭水电站加上连江各支流的小水电；连州有“丰富的水力”资源（001 第 378 行），并有引导老旧小水电退出的政策（001 第 1954–1956 行），但未给出装机容量。',
      },
      fleetBasis('lines 378, 1956, 3556', '第 378、1956、3556 行'),
    ),
    note: 'Capacity assumed. 001 line 1956 encourages old small hydro to retire; no retirement is modelled.',
    noteZh: '装机容量为假设值。001 第 1956 行鼓励老旧小水电有序退出；模型未模拟其退役。',
  },
  {
    id: 'lz-fleet-wind', name: '现有风电（福山风电场一期等）', type: 'wind', capacityMW: 50, utilisationHours: HOURS.wind,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      {
        en: '50 MW: one first-phase mountain wind farm (福山, whose extension is listed separately); 001 line 325 says wind and PV grew together in the 13th plan.',
        zh: '50 MW：一座一期山地风电场（福山风电场，其扩建项目另行列出）；001 第 325 行表明“十三五”期间风电、光伏同步发展。',
      },
      fleetBasis('lines 325–327', '第 325–327 行'),
    ),
  },
  {
    id: 'lz-fleet-pv', name: '现有光伏（分布式为主）', type: 'pv', capacityMW: 20, utilisationHours: HOURS.pv,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      {
        en: '20 MW of small and rooftop PV; the large PV projects (星子镇 and later) start after 2020.',
        zh: '20 MW 小型及屋顶光伏；大型光伏项目（星子镇及其后项目）均在 2020 年后投产。',
      },
      fleetBasis('line 325', '第 325 行'),
    ),
  },
  {
    id: 'lz-wind-quanshan-huiguang', name: '华润泉山风电场、慧光风电场', type: 'wind', capacityMW: 98, utilisationHours: HOURS.wind,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      {
        en: 'Under construction in 2020 (001 line 325, 建设如火如荼, no capacity) and most likely in the 2020 fleet: onshore wind approved before 2019 kept the subsidised tariff only if connected by the end of 2020 (发改价格〔2019〕882号, outside knowledge, not in the reference material here). 98 MW = umbrella item 32 (~340 MW, line 5303) minus named items 33–36 (242 MW): read as the unnamed part of the umbrella.',
        zh: '2020 年在建（001 第 325 行，“建设如火如荼”，未给出容量），很可能已计入 2020 年现有装机：2019 年前核准的陆上风电须于 2020 年底前并网方可享受补贴电价（发改价格〔2019〕882号，据一般了解，未收入本项目参考资料）。98 MW = 总括项目第 32 项（约 340 MW，第 5303 行）减去已列名的第 33–36 项（242 MW）：视为总括项目中未列名的部分。',
      },
      { en: `${D} lines 325–327, 5303–5351`, zh: `${D} 第 325–327、5303–5351 行` },
    ),
    note: 'Capacity assumed (residual of the umbrella item); in operation from 2020 assumed.',
    noteZh: '装机容量为假设值（总括项目扣除已列名项目后的余量）；假设 2020 年已投运。',
  },
];

/**
 * Named projects. Overlaps decided here (see docs/DATA-SOURCES.md):
 * - wind: the 14th plan's 300 MW (001 lines 3558–3560) = items 33–36 (242 MW)
 *   + 58 MW not yet named; the ~340 MW umbrella item 32 is kept uncounted, and
 *   泉山/慧光 (98 MW, under construction in 2020) is in the 2020 fleet.
 * - PV 星子镇: the 100 MW of the 13th-plan narrative (001 line 327) is the
 *   development listed as items 27 (40 MW) and 28 (30 MW); only these count.
 * - PV total: items 27–31 give 580 MW; 20 MW of distributed PV fills the
 *   text's 600 MW.
 * Timing: a project enters in the year the table says it is completed (the last
 * year of its build window), in July (commissioningMonth 7: half that year's
 * output), since the table gives years only; none arrives on 1 January.
 */
const LEDGER_PROJECTS: LedgerGenerator[] = [
  {
    id: 'lz-pv-xingzi-40', name: '连州星子镇 40MW 农光互补项目', type: 'pv', capacityMW: 40, utilisationHours: HOURS.pv,
    commissioningYear: 2021, commissioningMonth: 7, status: 'underConstruction', count: true,
    source: doc(D, 5233, '完成连州星子镇 40MW农光互补项目建设，装机容量 4万千瓦。', {
      note: { en: '附表 item 27, 2021, 16,000 万元. Started in the 13th plan (line 327).', zh: '附表第 27 项，2021 年，16,000 万元。“十三五”期间已开工（第 327 行）。' },
    }),
  },
  {
    id: 'lz-pv-xingzi-30', name: '连州市星子镇 30MW 农光互补光伏发电项目', type: 'pv', capacityMW: 30, utilisationHours: HOURS.pv,
    commissioningYear: 2021, commissioningMonth: 7, status: 'underConstruction', count: true,
    source: doc(D, 5246, '完成连州市星子镇 30MW农光互补光伏发电项目建设，装机容量 3万千瓦。', { note: { en: '附表 item 28, 2021, 15,000 万元.', zh: '附表第 28 项，2021 年，15,000 万元。' } }),
  },
  {
    id: 'lz-pv-xingzi-100-narrative', name: '星子镇 100MW 光伏发电项目（十三五记述，与 27/28 项重叠）', type: 'pv', capacityMW: 100, utilisationHours: HOURS.pv,
    commissioningYear: 2021, commissioningMonth: 7, status: 'underConstruction', count: false,
    source: doc(D, 327, '星子镇 100MW光伏发电项目相继动工、建设', { lineEnd: 329 }),
    note: 'Not counted: read as the same development as items 27 and 28 (40 + 30 MW at 星子镇, completed 2021). The 30 MW difference is not documented anywhere else.',
    noteZh: '不计入：视为与附表第 27、28 项（星子镇 40 + 30 MW，2021 年建成）为同一开发项目。两者相差的 30 MW 在文件其他部分均无记载。',
  },
  {
    id: 'lz-pv-xijiang-gaoshan-100', name: '连州市西江镇高山 100MW 农业光伏发电项目', type: 'pv', capacityMW: 100, utilisationHours: HOURS.pv,
    commissioningYear: 2021, commissioningMonth: 7, status: 'planned', count: true,
    source: doc(D, 5260, '完成连州市西江镇高山 100MW农业光伏发电项目建设', { lineEnd: 5263, note: { en: '附表 item 29, 2020–2021, 40,000 万元.', zh: '附表第 29 项，2020–2021 年，40,000 万元。' } }),
  },
  {
    id: 'lz-pv-dalubian-200', name: '连州市宏日盛大路边镇 200MW 综合利用光伏发电项目', type: 'pv', capacityMW: 200, utilisationHours: HOURS.pv,
    commissioningYear: 2021, commissioningMonth: 7, status: 'planned', count: true,
    source: doc(D, 5277, '完成连州市宏日盛大路边镇 200MW综合利用光伏发电项目建设', { lineEnd: 5279, note: { en: '附表 item 30, 2020–2021, 83,000 万元.', zh: '附表第 30 项，2020–2021 年，83,000 万元。' } }),
  },
  {
    id: 'lz-pv-xijiang-longping-jiupi-210', name: '连州市西江镇、龙坪镇、九陂镇 210MW 农光互补光伏电站项目', type: 'pv', capacityMW: 210, utilisationHours: HOURS.pv,
    commissioningYear: 2021, commissioningMonth: 7, status: 'planned', count: true,
    source: doc(D, 5295, '完成连州市西江镇、龙坪镇、九陂镇 210MW农光互补光伏电站项目建设', { lineEnd: 5297, note: { en: '附表 item 31, 2021, 80,000 万元.', zh: '附表第 31 项，2021 年，80,000 万元。' } }),
  },
  {
    id: 'lz-pv-distributed-20', name: '分布式光伏（补足“十四五”60 万千瓦）', type: 'pv', capacityMW: 20, utilisationHours: HOURS.pv,
    commissioningYear: 2023, commissioningMonth: 7, status: 'planned', count: true,
    source: assumed(
      {
        en: '20 MW = the 600 MW of the 14th-plan text (001 line 3560) minus the 580 MW of items 27–31; taken as rooftop PV (屋顶光伏行动, 001 line 1925) added over 2021–2025, entered at the middle of the period (July 2023).',
        zh: '20 MW = 正文“十四五”光伏 600 MW（001 第 3560 行）减去附表第 27–31 项合计 580 MW；按屋顶光伏（屋顶光伏行动，001 第 1925 行）计，于 2021–2025 年间陆续建成，按期中（2023 年 7 月）投产计入。',
      },
      { en: `${D} lines 1925, 3558–3560, 5233–5295`, zh: `${D} 第 1925、3558–3560、5233–5295 行` },
    ),
  },
  {
    id: 'lz-wind-xijiang-21', name: '西江镇 21MW 分散式风电项目', type: 'wind', capacityMW: 21, utilisationHours: HOURS.wind,
    commissioningYear: 2022, commissioningMonth: 7, status: 'planned', count: true,
    source: doc(D, 5313, '完成西江镇 21MW分散式风电项目建设，装机容量 2.1万千瓦。', { note: { en: '附表 item 33, 2021–2022, 24,450 万元.', zh: '附表第 33 项，2021–2022 年，24,450 万元。' } }),
  },
  {
    id: 'lz-wind-xingzi-longping-100', name: '清远连州市星子龙坪风电场 100MW 风力发电项目', type: 'wind', capacityMW: 100, utilisationHours: HOURS.wind,
    commissioningYear: 2023, commissioningMonth: 7, status: 'planned', count: true,
    source: doc(D, 5327, '完成清远连州市星子龙坪风电场 100MW风力发电项目建设', { lineEnd: 5330, note: { en: '附表 item 34, 2021–2023, 86,000 万元.', zh: '附表第 34 项，2021–2023 年，86,000 万元。' } }),
  },
  {
    id: 'lz-wind-fushan-extension-100', name: '清远连州福山风电场扩建项目', type: 'wind', capacityMW: 100, utilisationHours: HOURS.wind,
    commissioningYear: 2023, commissioningMonth: 7, status: 'underConstruction', count: true,
    source: doc(D, 5340, '完成清远连州福山风电场扩建项目建设，装机容量 10万千瓦。', {
      note: {
        en: '附表 item 35, 2021–2023, 70,000 万元; started in the 13th plan as 福山风电场扩建扶贫项目 (line 327).',
        zh: '附表第 35 项，2021–2023 年，70,000 万元；“十三五”期间已作为福山风电场扩建扶贫项目开工（第 327 行）。',
      },
    }),
  },
  {
    id: 'lz-wind-longping-21', name: '龙坪镇 21MW 分散式风电项目', type: 'wind', capacityMW: 21, utilisationHours: HOURS.wind,
    commissioningYear: 2022, commissioningMonth: 7, status: 'planned', count: true,
    source: doc(D, 5351, '完成龙坪镇 21MW分散式风电项目建设，装机容量 2.1万千瓦。', { note: { en: '附表 item 36, 2021–2022, 24,450 万元.', zh: '附表第 36 项，2021–2022 年，24,450 万元。' } }),
  },
  {
    id: 'lz-wind-umbrella-340', name: '连州市风电项目（伞项目，约 34 万千瓦，与上列重叠）', type: 'wind', capacityMW: 340, utilisationHours: HOURS.wind,
    commissioningYear: 2028, status: 'planned', count: false,
    source: doc(D, 5303, '32 连州市风电项目 完成连州市风电项目建设，装机总规模约 34万千瓦。'),
    note: 'Not counted: read as items 33–36 (242 MW) plus the unnamed rest of the programme. The 14th-plan wind is the 300 MW of the text (line 3560): 242 MW named + 58 MW unnamed (lz-wind-14th-unnamed-58). Counting the umbrella as well would give 582 MW, almost twice the text.',
    noteZh: '不计入：视为附表第 33–36 项（242 MW）与该项目中未列名部分之和。“十四五”风电按正文 300 MW（第 3560 行）计：已列名 242 MW + 未列名 58 MW（lz-wind-14th-unnamed-58）。若同时计入总括项目，风电合计将达 582 MW，接近正文的两倍。',
  },
  {
    id: 'lz-wind-14th-unnamed-58', name: '“十四五”其余风电（补足 30 万千瓦，未列名）', type: 'wind', capacityMW: 58, utilisationHours: HOURS.wind,
    commissioningYear: 2025, commissioningMonth: 7, status: 'planned', count: true,
    source: assumed(
      {
        en: '58 MW = the 300 MW of 14th-plan wind in the text (001 lines 3558–3560) minus items 33–36 (242 MW); no site or year is given: entered in July 2025, the end of the plan period.',
        zh: '58 MW = 正文“十四五”新建风电 30 万千瓦（300 MW，001 第 3558–3560 行）减去附表第 33–36 项（242 MW）；未给出地点和年份：按规划期末（2025 年 7 月）投产计入。',
      },
      { en: `${D} lines 3558–3560, 5313–5351`, zh: `${D} 第 3558–3560、5313–5351 行` },
    ),
    note: 'Capacity assumed (the text\'s total less the named projects).',
    noteZh: '装机容量为假设值（正文总量减去已列名项目）。',
  },
  {
    id: 'lz-hydro-tanling-retrofit', name: '潭岭水电站改造', type: 'hydro', capacityMW: 0, utilisationHours: HOURS.hydro,
    commissioningYear: 2025, status: 'planned', count: false,
    source: doc(E, 269, '重点加快推进潭岭(天湖)抽水蓄能240万千瓦项目及潭岭 水电站改造等项目'),
    note: 'Retrofit of a plant already in the 2020 hydro fleet; no capacity change is documented (also 001 line 3556).',
    noteZh: '对已计入 2020 年现有水电的电站实施改造；文件未记载装机容量变化（另见 001 第 3556 行）。',
  },
  {
    id: 'lz-wte-energy-park', name: '连州能源生态园（“三连一阳”生活垃圾焚烧发电）', type: 'biomass', capacityMW: 18, utilisationHours: HOURS.biomass,
    commissioningYear: 2025, commissioningMonth: 7, status: 'planned', count: true,
    source: assumed(
      {
        en: '18 MW from the phase-1 throughput of the same facility in the 清远 plan: 800 t/d × 365 × 0.35 MWh/t ÷ 5,500 h ≈ 18.6 MW (reference wte-net-generation).',
        zh: '18 MW，按清远规划中同一设施的一期处理规模推算：800 吨/日 × 365 × 0.35 MWh/t ÷ 5,500 h ≈ 18.6 MW（参考库条目 wte-net-generation）。',
      },
      {
        en: `${E} line 513 (积极推进连州能源生态园项目); ${SEED.qyEco} lines 2191–2195 (1200 吨/日, 一期 800 吨/日)`,
        zh: `${E} 第 513 行（积极推进连州能源生态园项目）；${SEED.qyEco} 第 2191–2195 行（1200 吨/日，一期 800 吨/日）`,
      },
    ),
    fossilCo2TPerMWh: WTE_FOSSIL_CO2,
    note: 'Capacity assumed from throughput. The same plant appears in the 清远 presets as qy-wte-sanlian-yiyang; it serves 连州、连南、连山、阳山. Its fossil CO2 (the waste\'s plastics) counts: 1.19 tCO2/MWh (wte-fossil-co2-per-mwh) × 18 MW × 5,500 h = 11.8 万tCO2 a year. Commissioning July 2025 assumed (004 line 513: 积极推进).',
    noteZh: '装机容量按垃圾处理规模推算（假设值）。同一设施在清远预设情景中为 qy-wte-sanlian-yiyang，服务连州、连南、连山、阳山四县（市）。其化石源 CO2（垃圾中的塑料）计入：1.19 tCO2/MWh（wte-fossil-co2-per-mwh）× 18 MW × 5,500 h = 11.8 万tCO2/年。假设 2025 年 7 月投产（004 第 513 行：积极推进）。',
  },
];

/**
 * 附表 重点工程: each project's investment (投资, 万元, 社会投资), printed in the row its
 * source cites (lineEnd where the row wraps); the cost engine uses it instead of
 * capacity × 元/kW (at the table's 2021 prices).
 */
const KEY_PROJECT_INVESTMENT_WAN_YUAN: Record<string, number> = {
  'lz-pv-xingzi-40': 16000, // item 27, line 5233
  'lz-pv-xingzi-30': 15000, // item 28, line 5246
  'lz-pv-xijiang-gaoshan-100': 40000, // item 29, line 5263
  'lz-pv-dalubian-200': 83000, // item 30, line 5279
  'lz-pv-xijiang-longping-jiupi-210': 80000, // item 31, line 5297
  'lz-wind-umbrella-340': 274400, // item 32, line 5303
  'lz-wind-xijiang-21': 24450, // item 33, line 5313
  'lz-wind-xingzi-longping-100': 86000, // item 34, line 5330
  'lz-wind-fushan-extension-100': 70000, // item 35, line 5340
  'lz-wind-longping-21': 24450, // item 36, line 5351
};

export const PROJECTS: LedgerGenerator[] = LEDGER_PROJECTS.map((g) => {
  const wanYuan = KEY_PROJECT_INVESTMENT_WAN_YUAN[g.id];
  return wanYuan === undefined ? g : { ...g, investmentWanYuan: wanYuan };
});

/** Most of Guangdong's pumped storage is built and run by the grid company (清远, 梅州, 阳江): the owner of 潭岭 is not named. */
const TANLING_OWNER: Text2 = {
  en: 'Owner not named in the documents: assumed a grid asset (losses not charged to 连州) as Guangdong\'s stations mostly are, e.g. 清远 (ps-qingyuan-owner) and 梅州、阳江, built by 南方电网 (人民日报 2022-05-31, http://old.hydropower.org.cn/showNewsDetail.asp?nsId=33770). Switch to host if a local investor builds it.',
  zh: '规划文件未说明业主：假设为电网资产（抽发损耗电量不计入连州），广东的抽水蓄能电站大多如此，如清远（ps-qingyuan-owner）及南方电网建设的梅州、阳江电站（人民日报 2022-05-31，http://old.hydropower.org.cn/showNewsDetail.asp?nsId=33770）。若由本地投资方建设，应改为“计入所在地区”。',
};

export const PUMPED_STORAGE: LedgerStorage[] = [
  {
    id: 'lz-ps-tanling', name: '潭岭（天湖）抽水蓄能电站（一期）', capacityMW: 1200, ...PUMPED, attribution: 'gridAsset',
    commissioningYear: 2033, status: 'planned', count: true,
    source: assumed(
      {
        en: 'The documents name only a first phase (001 line 3682: 天湖（潭岭）抽水蓄能电站（一期）) and, for 2021–2025, 前期工作 only (000 line 1257); 004 line 269 gives 240万千瓦 for the whole project. Assumed: phase one is half of it, 1,200 MW (4 × 300 MW, the usual size of Guangdong\'s recent stations), in service in 2033 (pre-feasibility in the 14th plan, then about 2 years to approval and 6–7 years to build). Neither the capacity of the phase nor its year is in any document.',
        zh: '规划文件仅提及一期（001 第 3682 行：天湖（潭岭）抽水蓄能电站（一期）），且 2021–2025 年仅开展前期工作（000 第 1257 行）；004 第 269 行给出整个项目 240 万千瓦。假设：一期为其一半，即 1,200 MW（4 × 300 MW，广东近年抽水蓄能电站的常见规模），2033 年投产（“十四五”开展前期工作，此后约 2 年核准、6–7 年建设）。一期容量和投产年份均不见于任何文件。',
      },
      {
        en: `${D} line 3682; ${SEED.qyEco} line 1257; ${E} line 269 (重点加快推进潭岭(天湖)抽水蓄能240万千瓦项目)`,
        zh: `${D} 第 3682 行；${SEED.qyEco} 第 1257 行；${E} 第 269 行（重点加快推进潭岭(天湖)抽水蓄能240万千瓦项目）`,
      },
    ),
    note: `Capacity and year assumed (a horizon the documents do not give). ${TANLING_OWNER.en}`,
    noteZh: `装机容量和投产年份均为假设值（文件未给出）。${TANLING_OWNER.zh}`,
  },
  {
    id: 'lz-ps-tanling-phase2', name: '潭岭（天湖）抽水蓄能电站（二期，未计入）', capacityMW: 1200, ...PUMPED, attribution: 'gridAsset',
    commissioningYear: 2040, status: 'planned', count: false,
    source: doc(E, 269, '重点加快推进潭岭(天湖)抽水蓄能240万千瓦项目', {
      note: {
        en: 'The rest of the 240万千瓦 in 004; no document names a second phase or a year. 2040 is a placeholder.',
        zh: '004 所列 240 万千瓦中的其余部分；没有文件提及二期或其年份。2040 年为占位值。',
      },
    }),
    note: `Not counted: beyond what the documents plan. ${TANLING_OWNER.en}`,
    noteZh: `不计入：超出规划文件的安排。${TANLING_OWNER.zh}`,
  },
];
