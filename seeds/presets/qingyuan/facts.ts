import { assumed, doc, HOURS, PUMPED, ref, SEED, WTE_FOSSIL_CO2, type LedgerGenerator, type LedgerStorage, type Text2 } from '../common';
import type { Fact } from '../lianzhou/facts';
import { PROJECTS as LIANZHOU_PROJECTS, PUMPED_STORAGE as LIANZHOU_STORAGE } from '../lianzhou/facts';

/**
 * 清远市 (Qingyuan): what 000 (清远市生态文明建设"十四五"规划) publishes, and
 * the 2020 fleet and project ledger built from it. 002 (the policy reading of
 * the environmental 14th plan) holds no energy figures.
 */
const Q = SEED.qyEco;

/** Services value added 2020, 亿元, and its share of GDP, % (000 lines 97–101). */
export const SERVICES_2020 = {
  valueAddedYiYuan: 892.7,
  sharePct: 50.2,
  source: doc(Q, 97, '第三产业比重由 2015 年的 46.6%提高到 2020 年的 50.2%，服务业增加值由 2015 年 590.2 亿元增加至 2020 年 892.7 亿元', { lineEnd: 101 }),
} as const;

/** GDP 2020, 亿元: not published; services value added ÷ services share. */
export const GDP_2020: Fact = {
  value: Math.round((SERVICES_2020.valueAddedYiYuan / (SERVICES_2020.sharePct / 100)) * 100) / 100,
  source: doc(Q, 97, '第三产业比重由 2015 年的 46.6%提高到 2020 年的 50.2%，服务业增加值由 2015 年 590.2 亿元增加至 2020 年 892.7 亿元', {
    lineEnd: 101,
    note: {
      en: 'Derived: 892.7 亿元 ÷ 50.2 % = 1,778.29 亿元 (the document gives no GDP total; the structure 16.8 : 33.0 : 50.2 is on line 91). Price basis: 2020 current prices, used as the constant-price base.',
      zh: '推算值：892.7 亿元 ÷ 50.2 % = 1,778.29 亿元（文件未给出地区生产总值总量；三次产业结构 16.8 : 33.0 : 50.2 见第 91 行）。价格口径：2020 年现价，作为不变价基期。',
    },
  }),
};

/** Energy intensity 2015 and 2020, tce/万元 (000 lines 103–105). */
export const INTENSITY = {
  y2015: 0.933,
  y2020: 0.834,
  source: doc(Q, 103, '单位 GDP 能耗由 2015 年的 0.933 吨标煤/万元下降为 2020 年的 0.834 吨标煤/万元', { lineEnd: 105 }),
} as const;
/** 0.933 → 0.834 over five years: (0.834 / 0.933)^(1/5) − 1 = −2.22 %/yr. */
export const INTENSITY_TREND_PCT = Math.round((1 - Math.pow(INTENSITY.y2020 / INTENSITY.y2015, 1 / 5)) * 10000) / 100;

/** Non-fossil share of primary energy, %: 33.7 (2020) → 34 (2025, 预期性) (000 表1 #3, line 848; text line 1212). */
export const NON_FOSSIL = {
  y2020: 33.7,
  y2025: 34,
  source: doc(Q, 848, '3.非化石能源占一次能源消费比重（%） 33.7 34 预期性'),
  text2025: doc(Q, 1212, '到 2025 年，非化石能源占一次能源消费比重 34%', { lineEnd: 1214 }),
} as const;

/** Clean-energy capacity at the end of 2020, MW ("约 446.92 万千瓦", 000 lines 173–175), with no breakdown. */
export const CLEAN_CAPACITY_MW = 4469.2;
const cleanCapacitySource: Text2 = {
  en: `${Q} lines 173–175 (截至 2020 底，清远市清洁能源总装机容量约 446.92 万千瓦)`,
  zh: `${Q} 第 173–175 行（截至 2020 底，清远市清洁能源总装机容量约 446.92 万千瓦）`,
};

/** Resident population, 万人: not in the documents. */
export const POPULATION_2020: Fact = {
  value: 396.95,
  source: assumed(
    {
      en: 'Not in 000 or 002 (the only population figure, 55–60 万 at line 2800, is for one new district). 396.95 万 is the 2020 (7th) census count of 清远市 as published by the city statistics bureau (outside source, quoted from memory: verify). Path: slight growth to 2035, then slow decline (assumed).',
      zh: '000、002 均未给出（唯一的人口数字为第 2800 行的 55–60 万，仅指一个新区）。396.95 万为市统计局公布的清远市 2020 年第七次全国人口普查常住人口（外部来源，凭记忆引用，需核实）。人口路径：2035 年前小幅增长，此后缓慢下降（假设）。',
    },
    '第七次全国人口普查 清远市 常住人口 3,969,473 人',
  ),
};

export const SOURCES = {
  structure: doc(Q, 91, '截至 2020 年，三次产业比重为 16.8:33.0:50.2'),
  heavyIndustry: doc(Q, 505, '传统高耗能产业占比不低，有色金属、陶瓷、化工等行业的用能创新仍在推进', { lineEnd: 509 }),
  materials: doc(Q, 1079, '推进陶瓷、水泥、铜、铝等有色金属等产业制造过程清洁化、能源使用低碳化', { lineEnd: 1081 }),
  energyCap: doc(Q, 1183, '以 2030 年碳达峰为目标，严控能源消费总量增长'),
  electrification: doc(Q, 1217, '引导企业有序实施“以电代煤”“以电代油”工程', { lineEnd: 1219 }),
  kilns: doc(Q, 1974, '逐步推进工业炉窑使用电、天然气等清洁能源', { lineEnd: 1976 }),
  buses: doc(Q, 2663, '新增或更新的公共汽车将全部使用电动汽车（含氢燃料电动汽车）', { lineEnd: 2665 }),
  co2Target: doc(Q, 836, '1.单位地区生产总值二氧化碳排放降低（%） 26.43', {
    lineEnd: 840,
    note: {
      en: '2025 column: 按省下达目标 (约束性); the 26.43 in the 2020 column is a 13th-plan reduction rate, not a level.',
      zh: '2025 年一栏为“按省下达目标”（约束性）；2020 年一栏的 26.43 为“十三五”时期的降低率，并非水平值。',
    },
  }),
  energyTarget: doc(Q, 842, '2.单位地区生产总值能源消耗降低（%） 10.32', {
    lineEnd: 846,
    note: { en: '2025 column: 按省下达目标 (约束性).', zh: '2025 年一栏为“按省下达目标”（约束性）。' },
  }),
  provincePeak: doc(Q, 343, '省碳排放达峰要走在全国前列，“十四五”期间全省努力实现碳排放达峰', { lineEnd: 345 }),
  servicesGrowth: doc(Q, 101, '2015 年至 2020 年年均增长 6.5%', { lineEnd: 103 }),
} as const;

const fleetReason = (what: Text2): Text2 => ({
  en: `Split of the 4,469.2 MW clean-energy total, which has no breakdown. Read as including the existing 清远抽水蓄能电站 (1,280 MW) and no gas (the only gas plants named are 14th-plan additions, 000 line 1241). ${what.en}`,
  zh: `对 4,469.2 MW 清洁能源总装机的拆分（原文无分类数据）。理解为含已投运的清远抽水蓄能电站（1,280 MW），不含气电（文件所列燃气电站均为“十四五”新增项目，见 000 第 1241 行）。${what.zh}`,
});

/** Plants in operation at the end of 2020, by type: the 4,469.2 MW split (assumed). */
export const FLEET: LedgerGenerator[] = [
  {
    id: 'qy-fleet-hydro', name: '现有水电（飞来峡及北江、连江小水电）', type: 'hydro', capacityMW: 2199.2, utilisationHours: HOURS.hydro,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      fleetReason({
        en: 'Hydro is the residual: 4,469.2 − 1,280 pumped storage − 500 wind − 400 PV − 90 biomass and waste = 2,199.2 MW, consistent with 清远 being one of the main small-hydro areas of Guangdong (9.26 GW provincially, gd-capacity-2020-hydro).',
        zh: '水电取余量：4,469.2 − 1,280（抽水蓄能）− 500（风电）− 400（光伏）− 90（生物质及垃圾焚烧）= 2,199.2 MW，与清远作为广东省小水电主要分布地区之一的情况相符（全省水电 9.26 GW，gd-capacity-2020-hydro）。',
      }),
      cleanCapacitySource,
    ),
    note: 'Capacity assumed (residual of the clean-energy total).',
    noteZh: '装机容量为假设值（清洁能源总装机扣除其他类型后的余量）。',
  },
  {
    id: 'qy-fleet-wind', name: '现有风电', type: 'wind', capacityMW: 500, utilisationHours: HOURS.wind,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      fleetReason({
        en: '500 MW of mountain wind in the northern counties (连州, 连山, 阳山); Guangdong had 5.65 GW in 2020, mostly coastal (gd-capacity-2020-wind).',
        zh: '北部县（市）（连州、连山、阳山）山地风电 500 MW；2020 年全省风电装机 5.65 GW，以沿海为主（gd-capacity-2020-wind）。',
      }),
      cleanCapacitySource,
    ),
  },
  {
    id: 'qy-fleet-pv', name: '现有光伏', type: 'pv', capacityMW: 400, utilisationHours: HOURS.pv,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      fleetReason({
        en: '400 MW: about the average of Guangdong\'s 21 cities (7.97 GW / 21 ≈ 380 MW, gd-capacity-2020-pv).',
        zh: '400 MW：约为全省 21 个地级以上市的平均水平（7.97 GW / 21 ≈ 380 MW，gd-capacity-2020-pv）。',
      }),
      cleanCapacitySource,
    ),
  },
  {
    id: 'qy-fleet-biomass', name: '现有生物质发电', type: 'biomass', capacityMW: 72, utilisationHours: HOURS.biomass,
    commissioningYear: 2020, status: 'operating', count: true,
    source: assumed(
      fleetReason({
        en: '72 MW of small biomass units: 90 MW of biomass and waste-to-energy in all (Guangdong\'s 2.75 GW is concentrated in the Pearl River Delta, gd-capacity-2020-biomass) less the 18 MW waste plant (qy-fleet-wte).',
        zh: '小型生物质发电机组 72 MW：生物质及垃圾焚烧发电合计 90 MW（全省 2.75 GW 主要集中在珠三角，gd-capacity-2020-biomass），扣除 18 MW 垃圾焚烧发电厂（qy-fleet-wte）。',
      }),
      cleanCapacitySource,
    ),
  },
  {
    id: 'qy-fleet-wte', name: '现有生活垃圾焚烧发电厂', type: 'biomass', capacityMW: 18, utilisationHours: HOURS.biomass,
    commissioningYear: 2020, status: 'operating', count: true, fossilCo2TPerMWh: WTE_FOSSIL_CO2,
    source: assumed(
      fleetReason({
        en: 'One municipal waste-to-energy plant of about 800 t/d, the size of the new 三连一阳 plant: 800 × 365 × 0.35 MWh/t ÷ 5,500 h ≈ 18 MW (wte-net-generation). Its fossil CO2 counts: 1.19 tCO2/MWh (wte-fossil-co2-per-mwh, IPCC 2006 Vol. 5 Ch. 5).',
        zh: '一座处理规模约 800 吨/日的生活垃圾焚烧发电厂（与新建三连一阳项目相当）：800 × 365 × 0.35 MWh/t ÷ 5,500 h ≈ 18 MW（wte-net-generation）。其化石源 CO2 计入：1.19 tCO2/MWh（wte-fossil-co2-per-mwh，IPCC 2006 第 5 卷第 5 章）。',
      }),
      cleanCapacitySource,
    ),
    note: 'Capacity assumed. Counted as biomass (renewable) generation; the fossil carbon of the waste is in CO2.',
    noteZh: '装机容量为假设值。按生物质（可再生）发电计；垃圾中的化石碳计入二氧化碳排放。',
  },
  {
    id: 'qy-fleet-coal-guohua', name: '国能（神华国华）清远电厂（英德，2 × 100 万千瓦燃煤）', type: 'coal', capacityMW: 2000, utilisationHours: HOURS.coal,
    commissioningYear: 2020, status: 'operating', count: true,
    source: ref('qy-coal-guohua-qingyuan', {
      en: 'Not in the documents (their 4,469.2 MW counts clean energy only). 2 × 1,000 MW ultra-supercritical coal at 英德 沙口, construction from October 2015, both units planned in service in 2018; taken as operating in 2020 (assumed). With it, the presets\' local capacity at the end of 2023 comes close to the 760.46万kW the city reported (qy-capacity-2023). Hours: the library\'s typical coal figure (util-coal).',
      zh: '规划文件未列出（其 4,469.2 MW 仅统计清洁能源）。位于英德沙口的 2 × 100 万千瓦（2 × 1,000 MW）超超临界燃煤机组，2015 年 10 月开工，计划 2018 年双机投产；假设 2020 年已在运。计入后，预设情景 2023 年末本地装机容量与该市公布的 760.46 万千瓦（qy-capacity-2023）接近。利用小时数取参考库燃煤典型值（util-coal）。',
    }),
    note: 'A provincial base-load plant (2 × 1,000 MW): under method A its whole output and fuel CO2 count in 清远, and the kWh it sends out of the city are credited at the grid factor.',
    noteZh: '属省级主力电厂（2 × 1,000 MW）：按方法 A，其全部发电量和燃料 CO2 计入清远，外送电量按电网排放因子抵扣。',
  },
];

const typicalGas: Text2 = {
  en: 'Capacity not given in 000 (专栏 2, line 1241–1245); 100 MW assumed, the size of a typical industrial-park gas CHP station in Guangdong (2 × 50 MW class).',
  zh: '000（专栏 2，第 1241–1245 行）未给出装机容量；假设为 100 MW，即广东省工业园区燃气热电联产站的典型规模（2 × 50 MW 级）。',
};
/** The four stations are to enter service within 2021–2025 (新增投产), no years given: one a year, 2022–2025, each in July (assumed). */
const gas = (id: string, name: string, quote: string, line: number, year: number): LedgerGenerator => ({
  id, name, type: 'gas', capacityMW: 100, utilisationHours: HOURS.gasDistributed, commissioningYear: year, commissioningMonth: 7, status: 'planned', count: true,
  source: assumed(
    {
      en: `${typicalGas.en} "新增投产" within 2021–2025, no years: the four stations spread one a year over 2022–2025, this one in July ${year} (assumed).`,
      zh: `${typicalGas.zh}原文为 2021–2025 年内“新增投产”，未给出年份：四座能源站按每年一座分布于 2022–2025 年，本站假设 ${year} 年 7 月投产。`,
    },
    { en: `${Q} line ${line}: ${quote}`, zh: `${Q} 第 ${line} 行：${quote}` },
  ),
  note: 'Capacity assumed. Gas CHP displaces imported electricity at a similar CO2 rate but lowers the non-fossil share.',
  noteZh: '装机容量为假设值。燃气热电联产替代调入电量，二氧化碳排放强度与之相近，但会拉低非化石能源消费比重。',
});

/** 000 专栏 2 清洁能源建设项目 (lines 1239–1265) and 专栏 6 waste-to-energy. */
const OWN_PROJECTS: LedgerGenerator[] = [
  gas('qy-gas-fogang', '佛冈燃气分布式能源站项目', '新增投产佛冈燃气分布式能源站项目', 1241, 2022),
  gas('qy-gas-shijiao', '清远石角天然气分布式能源站项目', '清远石角天然气分布式能源站项目', 1241, 2023),
  gas('qy-gas-gaoxin', '高新区分布式能源站项目', '高新区分布式能源站项目', 1243, 2024),
  gas('qy-gas-huaqiao', '清远华侨工业园天然气分布式能源站项目', '清远华侨工业园天然气分布式能源站项目', 1243, 2025),
  {
    id: 'qy-pv-qingxin-120', name: '清远清新 120MW 农光互补光伏发电项目', type: 'pv', capacityMW: 120, utilisationHours: HOURS.pv,
    commissioningYear: 2023, commissioningMonth: 7, status: 'planned', count: true,
    source: doc(Q, 1247, '新增投产清远清新 120MW 农光互补光伏发电项目', {
      note: { en: 'Commissioning year not given ("新增投产" in 2021–2025): July 2023 assumed.', zh: '未给出投产年份（2021–2025 年“新增投产”）：假设 2023 年 7 月投产。' },
    }),
  },
  {
    id: 'qy-pv-qingxin-100', name: '清远清新 100MW 农光互补光伏电站项目', type: 'pv', capacityMW: 100, utilisationHours: HOURS.pv,
    commissioningYear: 2023, commissioningMonth: 7, status: 'planned', count: true,
    source: doc(Q, 1247, '清远清新 100MW 农光互补光伏电站项目', { lineEnd: 1249, note: { en: 'Commissioning July 2023 assumed.', zh: '假设 2023 年 7 月投产。' } }),
  },
  {
    id: 'qy-pv-sanpai-100', name: '清远市三排镇 100MW 农光互补综合利用示范项目', type: 'pv', capacityMW: 100, utilisationHours: HOURS.pv,
    commissioningYear: 2024, commissioningMonth: 7, status: 'planned', count: true,
    source: doc(Q, 1249, '清远市三排镇 100MW 农光互补综合利用示范项目', {
      lineEnd: 1251,
      note: {
        en: 'Commissioning July 2024 assumed. 三排镇 lies in 连南, not in 连州: no overlap with the 连州 list.',
        zh: '假设 2024 年 7 月投产。三排镇位于连南，不在连州境内：与连州项目清单不重复。',
      },
    }),
  },
  {
    id: 'qy-wind-fogang-gaoshan', name: '清远佛冈高山风电场项目', type: 'wind', capacityMW: 50, utilisationHours: HOURS.wind,
    commissioningYear: 2024, commissioningMonth: 7, status: 'planned', count: true,
    source: assumed(
      {
        en: 'Capacity not given; 50 MW assumed, a typical single-phase mountain wind farm in Guangdong (49.5–50 MW). Commissioning July 2024 assumed.',
        zh: '未给出装机容量；假设为 50 MW，即广东省单期山地风电场的典型规模（49.5–50 MW）。假设 2024 年 7 月投产。',
      },
      { en: `${Q} line 1253: 新增投产清远佛冈高山风电场项目`, zh: `${Q} 第 1253 行：新增投产清远佛冈高山风电场项目` },
    ),
    note: 'Capacity assumed.',
    noteZh: '装机容量为假设值。',
  },
  {
    id: 'qy-wind-dadongshan', name: '清远大东山风力发电项目', type: 'wind', capacityMW: 50, utilisationHours: HOURS.wind,
    commissioningYear: 2024, commissioningMonth: 7, status: 'planned', count: false,
    source: doc(Q, 1253, '清远大东山风力发电项目', { lineEnd: 1255 }),
    note: 'Not counted: no capacity and no location. 大东山 is a range of the northern uplands around 连州 and 阳山 (outside knowledge, unverified): if the farm lies in 连州 it is probably one of the 连州 wind projects already counted (lz-*). 50 MW is a placeholder if a planner switches it on.',
    noteZh: '不计入：未给出装机容量和建设地点。大东山为连州、阳山一带的粤北山地（外部资料，未经核实）：若该风电场位于连州，则很可能就是已计入的某个连州风电项目（lz-*）。50 MW 为占位值，供规划人员启用时使用。',
  },
  {
    id: 'qy-biogas-heyun-3', name: '清新区禾云镇清远鸡养殖基地 3MW 沼气发电项目', type: 'biomass', capacityMW: 3, utilisationHours: HOURS.biomass,
    commissioningYear: 2023, commissioningMonth: 7, status: 'planned', count: true,
    source: doc(Q, 1263, '积极推动清新区禾云镇清远鸡养殖基地 3MW沼气发电项目', { note: { en: 'Commissioning July 2023 assumed.', zh: '假设 2023 年 7 月投产。' } }),
  },
  {
    id: 'qy-wte-sanlian-yiyang', name: '清远北部（三连一阳）能源生态园项目', type: 'biomass', capacityMW: 18, utilisationHours: HOURS.biomass,
    commissioningYear: 2025, commissioningMonth: 7, status: 'planned', count: true,
    source: assumed(
      {
        en: 'Phase 1 burns 800 t/d of municipal waste: 800 × 365 × 0.35 MWh/t ÷ 5,500 h ≈ 18.6 MW, rounded to 18 (reference wte-net-generation).',
        zh: '一期处理生活垃圾 800 吨/日：800 × 365 × 0.35 MWh/t ÷ 5,500 h ≈ 18.6 MW，取整为 18 MW（参考库条目 wte-net-generation）。',
      },
      {
        en: `${Q} lines 1265 and 2191–2195 (总处理规模为生活垃圾 1200 吨/日，其中近期（一期）处理生活垃圾 800 吨/日)`,
        zh: `${Q} 第 1265 行及第 2191–2195 行（总处理规模为生活垃圾 1200 吨/日，其中近期（一期）处理生活垃圾 800 吨/日）`,
      },
    ),
    fossilCo2TPerMWh: WTE_FOSSIL_CO2,
    note: 'Capacity derived from throughput (assumed yield). Also named in the 连州 plan (004 line 513) as 连州能源生态园: counted once here. Fossil CO2 1.19 tCO2/MWh (wte-fossil-co2-per-mwh). Commissioning July 2025 assumed.',
    noteZh: '装机容量由垃圾处理规模推算（吨垃圾发电量为假设值）。连州规划（004 第 513 行）亦以“连州能源生态园”列出该项目：仅在此处计入一次。化石源 CO2 按 1.19 tCO2/MWh 计（wte-fossil-co2-per-mwh）。假设 2025 年 7 月投产。',
  },
  {
    id: 'qy-wte-yingde', name: '英德市环保能源项目（生活垃圾焚烧发电厂）', type: 'biomass', capacityMW: 15, utilisationHours: HOURS.biomass,
    commissioningYear: 2025, commissioningMonth: 7, status: 'planned', count: false,
    source: doc(Q, 2197, '英德市环保能源项目。建设生活垃圾焚烧发电厂'),
    fossilCo2TPerMWh: WTE_FOSSIL_CO2,
    note: 'Not counted: neither capacity nor throughput is given; 15 MW is a placeholder.',
    noteZh: '不计入：未给出装机容量和处理规模；15 MW 为占位值。',
  },
];

/**
 * The 连州 projects are part of 清远 (连州 is a county-level city of 清远):
 * counted here too, except the waste-to-energy park (same plant as
 * qy-wte-sanlian-yiyang).
 */
export const PROJECTS: LedgerGenerator[] = [...OWN_PROJECTS, ...LIANZHOU_PROJECTS.filter((p) => p.id !== 'lz-wte-energy-park')];

const psPlaceholder = (id: string, name: string, quote: string, line: number): LedgerStorage => ({
  id, name, capacityMW: 1200, ...PUMPED, attribution: 'gridAsset', commissioningYear: 2033, status: 'planned', count: false,
  source: doc(Q, line, quote),
  note: 'Not counted: only 前期工作 (pre-feasibility) in 2021–2025 and no capacity given; 1,200 MW (4 × 300 MW, the usual size of Guangdong\'s recent stations) and 2033 are placeholders. Owner not named: a grid asset assumed, as Guangdong\'s stations mostly are (ps-qingyuan-owner); as host its 抽发损耗电量 would be ~5.8 亿kWh a year.',
  noteZh: '不计入：2021–2025 年仅开展前期工作，且未给出装机容量；1,200 MW（4 × 300 MW，广东近年抽水蓄能电站的常见规模）和 2033 年均为占位值。业主未说明：参照广东多数抽水蓄能电站，假设为电网资产（ps-qingyuan-owner）；若计入所在地区，每年抽发损耗电量约 5.8 亿kWh。',
});

export const PUMPED_STORAGE: LedgerStorage[] = [
  {
    id: 'qy-ps-qingyuan', name: '清远抽水蓄能电站（已投运）', capacityMW: 1280, ...PUMPED, attribution: 'gridAsset',
    commissioningYear: 2016, status: 'operating', count: true,
    source: ref('ps-qingyuan-owner', {
      en: 'Not named in the documents. The 4 × 320 MW station (清新区, all units in service since 2016-08-30) is taken to be part of the 4,469.2 MW clean-energy total (000 lines 173–175), which is why pumped storage is split out of that figure. Built and owned by China Southern Power Grid and run by its peak-regulation company for the whole grid: a grid asset, its 抽发损耗电量 not charged to 清远.',
      zh: '规划文件未提及。该电站（4 × 32 万千瓦，即 4 × 320 MW，位于清新区，2016-08-30 全部机组投产）视为包含在 4,469.2 MW 清洁能源总装机之内（000 第 173–175 行），故从该总量中单列抽水蓄能。由南方电网公司独资建设、拥有，由南方电网调峰调频公司为全网运行：属电网资产，其抽发损耗电量不计入清远。',
    }),
    note: 'Operating since 2016. As a grid asset its losses (~6 亿kWh a year at 1,440 h and 75 % 综合效率) are not charged to 清远; switch to host to charge them.',
    noteZh: '2016 年起运行。作为电网资产，其抽发损耗电量（按年发电利用 1,440 小时、综合效率 75 % 计，约 6 亿kWh/年）不计入清远；改为“计入所在地区”即计入。',
  },
  psPlaceholder('qy-ps-yingde', '广东英德抽水蓄能项目', '4.抽水蓄能：积极推动广东英德抽水蓄能项目', 1257),
  ...LIANZHOU_STORAGE.map((p) => ({
    ...p,
    note: `${p.note ?? ''} Listed in 000 line 1257 as 广东连州天湖（潭岭）抽水蓄能电站项目 (前期工作): the same entries as in the 连州 presets.`.trim(),
    noteZh: `${p.noteZh ?? ''}000 第 1257 行列为“广东连州天湖（潭岭）抽水蓄能电站项目”（开展前期工作）：与连州预设情景中的条目相同。`,
  })),
  psPlaceholder('qy-ps-qingxin-xiaping', '广东清新下坪抽水蓄能项目', '广东清新下坪抽水蓄能项目', 1259),
  psPlaceholder('qy-ps-yangshan-shuijingbei', '广东阳山水晶背抽水蓄能项目', '广东阳山水晶背抽水蓄能项目', 1259),
];
