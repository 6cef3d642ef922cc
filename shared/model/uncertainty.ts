import * as z from 'zod';
import { SourceRefSchema, type SourceRef } from './provenance';
import { GENERATOR_TYPES, type GeneratorType } from './vocabulary';
import type { Scenario } from './scenario';

/**
 * The uncertainty analysis (不确定性分析) of a scenario: ranges on chosen inputs,
 * sampled by Latin hypercube (shared/engine/ensemble). Each range moves the
 * scenario's own path as a whole (a shift in percentage points or a factor), so
 * the planner's pathway shape is kept and the central value reproduces the
 * scenario exactly. An input without a range is held as the scenario has it.
 */

/**
 * The inputs a range can be set on, and what a sampled value does:
 * - `gdpGrowth`, `intensityDecline`: percentage points added to the growth / decline path in every projected year;
 * - `gridFactor`: the grid-factor path × the value;
 * - `utilisationPv`, `utilisationWind`, … (one per plant type): the utilisation hours of every plant of the type × the value;
 * - `hydroYear`: hydro output × the value, on top of `electricity.hydroYearFactor` (a wet year > 1, a dry year < 1),
 *   the same in every year of a run: the ensemble asks "what if the years that count are wet or dry";
 * - `commissioningDelay`: whole years by which every ledger project not yet operating starts later (one delay per
 *   run, shared by the projects: delays of one region's projects share their causes — approvals, grid connection);
 * - `industryCoalShare`: percentage points added to coal's share of industry's energy, the other fuels rescaled in
 *   proportion so the shares still add up to 100 % (as the coal-share lever does, ops-shares.ts). The shares are
 *   those of the industry left on the intensity path: key products burn their routes' own fuel mix, so a product's
 *   coal is not moved (the shift acts on industry less what the products took out of it);
 * - `productOutput`: every key product's output (产量) × the value, and with it the process CO2 driven by an
 *   output; process lines with their own activity path are not moved;
 * - `productUnitEnergy`: every route's unit energy (单位产品综合能耗) × the value.
 * - `costs`: every cost × the value (investment, O&M, fuel and import prices: the ensemble's present value of
 *   supply costs and total investment; no emission figure moves).
 */
export type UtilisationInput = `utilisation${Capitalize<GeneratorType>}`;
/** The utilisation-hours input of a plant type (`utilisationPv`). */
export const utilisationInput = (t: GeneratorType): UtilisationInput => `utilisation${t[0]!.toUpperCase()}${t.slice(1)}` as UtilisationInput;
export const UTILISATION_INPUTS = GENERATOR_TYPES.map(utilisationInput);
export const UNCERTAIN_INPUTS = [
  'gdpGrowth',
  'intensityDecline',
  'gridFactor',
  ...UTILISATION_INPUTS,
  'hydroYear',
  'commissioningDelay',
  'industryCoalShare',
  'productOutput',
  'productUnitEnergy',
  'costs',
] as const;
export type UncertainInput = (typeof UNCERTAIN_INPUTS)[number];

/** How a sampled value acts on the scenario: added (pp), multiplied, or whole years of delay. */
export type InputKind = 'shift' | 'factor' | 'years';

/** Per input: how it acts, its unit, the value that leaves the scenario as it is, and the widest range accepted. */
export const INPUT_SPECS: Record<UncertainInput, { kind: InputKind; unit: string; neutral: number; min: number; max: number }> = {
  gdpGrowth: { kind: 'shift', unit: 'pp', neutral: 0, min: -10, max: 10 },
  intensityDecline: { kind: 'shift', unit: 'pp', neutral: 0, min: -10, max: 10 },
  gridFactor: { kind: 'factor', unit: '×', neutral: 1, min: 0, max: 3 },
  ...(Object.fromEntries(UTILISATION_INPUTS.map((k) => [k, { kind: 'factor', unit: '×', neutral: 1, min: 0, max: 3 }])) as Record<
    UtilisationInput,
    { kind: 'factor'; unit: '×'; neutral: 1; min: 0; max: 3 }
  >),
  hydroYear: { kind: 'factor', unit: '×', neutral: 1, min: 0, max: 3 },
  commissioningDelay: { kind: 'years', unit: 'a', neutral: 0, min: 0, max: 10 },
  industryCoalShare: { kind: 'shift', unit: 'pp', neutral: 0, min: -50, max: 50 },
  productOutput: { kind: 'factor', unit: '×', neutral: 1, min: 0, max: 3 },
  productUnitEnergy: { kind: 'factor', unit: '×', neutral: 1, min: 0, max: 3 },
  costs: { kind: 'factor', unit: '×', neutral: 1, min: 0, max: 5 },
};

export const DISTRIBUTIONS = ['uniform', 'triangular'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/**
 * A range on one input. Uniform: every value from low to high equally likely (the central value is the one the
 * tornado and the central run use); triangular: most likely at the central value. The engine reads the three in
 * order (the least as low, the greatest as high). `commissioningDelay` takes whole years: uniform over the whole
 * years from low to high, triangular rounded to the nearest year.
 */
export const InputRangeSchema = z.strictObject({
  low: z.number(),
  central: z.number(),
  high: z.number(),
  distribution: z.enum(DISTRIBUTIONS),
  /** where the range comes from, or the reasoning behind it (`assumed`) */
  source: SourceRefSchema,
});
export type InputRange = z.infer<typeof InputRangeSchema>;

export const DEFAULT_RUNS = 1000;
export const DEFAULT_SEED = 1;
export const MAX_RUNS = 100_000;

const inputsShape = Object.fromEntries(UNCERTAIN_INPUTS.map((k) => [k, InputRangeSchema.optional()])) as Record<
  UncertainInput,
  z.ZodOptional<typeof InputRangeSchema>
>;

export const UncertaintySchema = z.strictObject({
  /** sampled runs (a Latin hypercube of this many strata per input) */
  runs: z.number().int('value.whole').min(1).max(MAX_RUNS),
  /** seed of the sampler: the same seed and runs give the same sample and the same results */
  seed: z.number().int('value.whole').min(0).max(0xffffffff),
  inputs: z.strictObject(inputsShape),
});
export type Uncertainty = z.infer<typeof UncertaintySchema>;

const range = (low: number, central: number, high: number, distribution: Distribution, source: SourceRef): InputRange => ({
  low,
  central,
  high,
  distribution,
  source,
});

/**
 * Default ranges, each with its reasoning. They are meant to be narrowed or widened by a planner who knows the
 * region; each says what it rests on.
 */
export const DEFAULT_RANGE_SOURCES = {
  gdpGrowth: {
    kind: 'assumed',
    reason:
      '±1 percentage point on the growth path: the spread of recent forecasts for one year. The World Bank forecast China’s 2025 growth at 4.0 % in April 2025, 4.8 % in October and 4.9 % in December; the IMF at 4.0 %, 4.8 % and 5.0 %: about 1 pp within one year for the country, wider for a county.',
    reasonZh:
      '增长路径上下浮动 1 个百分点：近期预测对同一年份的分歧幅度。世界银行对中国 2025 年增速的预测 2025 年 4 月为 4.0 %、10 月为 4.8 %、12 月为 4.9 %；国际货币基金组织依次为 4.0 %、4.8 %、5.0 %：全国一年内约相差 1 个百分点，县域更大。',
    basis: 'World Bank China Economic Update (Dec 2025), East Asia and Pacific Economic Update (Oct 2025); IMF World Economic Outlook (Apr, Jul 2025 and Jan 2026 updates)',
    basisZh: '世界银行《中国经济简报》（2025 年 12 月）、《东亚与太平洋经济简报》（2025 年 10 月）；国际货币基金组织《世界经济展望》（2025 年 4 月、7 月及 2026 年 1 月更新）',
  },
  intensityDecline: {
    kind: 'assumed',
    reason:
      '±0.5 percentage point on the yearly decline: about a sixth of the decline the national 14th-plan target asks (−13.5 % in five years, about 2.9 % a year). A planner with the region’s record of yearly declines should replace this range with its spread.',
    reasonZh: '年下降率上下浮动 0.5 个百分点：约为全国“十四五”目标所要求年下降率（五年下降 13.5 %，约合每年 2.9 %）的六分之一。掌握本地历年下降率的规划人员应以其实际波动幅度替换此区间。',
  },
  gridFactor: {
    kind: 'assumed',
    reason:
      '×0.9 to ×1.1 on the grid-factor path: the largest year-to-year move among the published factors of the reference library is the Southern grid’s −10.6 % (0.4326 for 2021, 0.3869 for 2022; +4.5 % to 0.4042 for 2023); Guangdong’s moved −6.6 % (0.4715 to 0.4403), the national −3.6 % and −1.1 %.',
    reasonZh:
      '电网排放因子路径乘以 0.9～1.1：参考库中已发布因子年际变动最大的是南方电网的 −10.6 %（2021 年 0.4326，2022 年 0.3869；2023 年回升 4.5 % 至 0.4042）；广东 −6.6 %（0.4715 至 0.4403），全国 −3.6 % 与 −1.1 %。',
    basis: 'seeds/reference/grid-factors.json: mee-grid-southern-2021/2022/2023, gd-grid-2021/2022, mee-grid-national-2021/2022/2023',
    basisZh: 'seeds/reference/grid-factors.json：mee-grid-southern-2021/2022/2023、gd-grid-2021/2022、mee-grid-national-2021/2022/2023',
  },
  utilisation: {
    kind: 'assumed',
    reason:
      '×0.9 to ×1.1 on the utilisation hours: the year-to-year swing of sun and wind resource and of dispatch around a plant type’s typical hours; the typical hours themselves come from the reference library.',
    reasonZh: '利用小时数乘以 0.9～1.1：光照、风况及调度的年际波动，围绕参考库中该类型机组的典型利用小时数。',
  },
  hydroYear: {
    kind: 'assumed',
    reason:
      '×0.85 to ×1.15, most likely ×1 (triangular): wet and dry years. The 2022–2023 drought cut China’s hydro output about 14 % below what capacity would have given (Reuters, March 2024). A planner with the local stations’ record of output should replace this range.',
    reasonZh:
      '乘以 0.85～1.15，最可能为 1（三角分布）：丰水年与枯水年。2022—2023 年干旱使全国水电发电量较按装机应有水平低约 14 %（路透社，2024 年 3 月）。掌握本地电站历年发电量的规划人员应以实际记录替换此区间。',
    basis: 'John Kemp, “China’s hydro generators wait for the rains to come”, Reuters, 2024-03',
    basisZh: 'John Kemp，《中国水电等待降雨》，路透社，2024 年 3 月',
  },
  commissioningDelay: {
    kind: 'assumed',
    reason:
      '0 to 2 years, each whole year equally likely, for every ledger project not yet operating: approvals, land and grid connection commonly move a project’s start by a year or two.',
    reasonZh: '尚未投产的台账项目整体推迟 0～2 年，各整年等可能：审批、用地和并网常使项目投产推迟一两年。',
  },
  industryCoalShare: {
    kind: 'assumed',
    reason:
      '±3 percentage points on coal’s share of industry’s energy, the other fuels rescaled: how far the fuel switch of a few large plants can move a county’s industrial mix.',
    reasonZh: '工业能源消费中煤炭比重上下浮动 3 个百分点，其他品种按比例调整：少数大型企业的燃料替代即可使县域工业用能结构变动的幅度。',
  },
  productOutput: {
    kind: 'assumed',
    reason:
      '×0.85 to ×1.15 on every key product’s output path: a county’s output of clinker, cement or steel hangs on a few kilns and furnaces (one 5,000 t/d clinker line makes about 150万t in a year of 300 days), and national demand moves by about a tenth within a year (cement output −12.1 % in the first quarter of 2022 after −1.2 % in 2021, to 23.63亿t). A planner who knows the works’ plans (产能置换, closures, new lines) should replace this range.',
    reasonZh:
      '各重点产品产量路径乘以 0.85～1.15：县域熟料、水泥、粗钢产量取决于少数几条窑线和炉子（一条日产 5,000 吨熟料生产线按年运转 300 天计约 150 万吨），全国需求一年内可变动约一成（全国水泥产量 2021 年 23.63 亿吨、下降 1.2 %，2022 年一季度同比下降 12.1 %）。掌握企业产能置换、关停及新建计划的规划人员应以其替换此区间。',
    basis: 'NBS, cement output 2021 (as reposted); MIIT 原材料工业司, 2022年1-3月建材行业运行情况 (新华财经, 2022-04-28)',
    basisZh: '国家统计局 2021 年水泥产量（转载）；工业和信息化部原材料工业司《2022年1-3月建材行业运行情况》（新华财经，2022 年 4 月 28 日）',
  },
  productUnitEnergy: {
    kind: 'assumed',
    reason:
      '×0.95 to ×1.05 on every route’s unit-energy path: the path may be reached early or late (retrofit timing, kiln load). ±5 % is about a third of the span between the clinker 能效基准水平 (117 kgce/t) and 标杆水平 (100 kgce/t) in the reference library, on either side.',
    reasonZh:
      '各工艺路线单位产品综合能耗路径乘以 0.95～1.05：改造进度和窑炉负荷使路径提前或推迟实现。±5 % 约为参考库中熟料能效基准水平（117 kgce/t）与标杆水平（100 kgce/t）之差的三分之一。',
    basis: 'seeds/reference/industry.json: bm-clinker-benchmark, bm-clinker-baseline',
    basisZh: 'seeds/reference/industry.json：bm-clinker-benchmark、bm-clinker-baseline',
  },
  costs: {
    kind: 'assumed',
    reason:
      '×0.85 to ×1.15 on every cost: about the spread of the low and high cost sets around the central one (e.g. utility PV about 2,200–2,800 元/kW in 2024).',
    reasonZh: '各项成本乘以 0.85～1.15：大致为低、高成本方案相对中值方案的幅度（如 2024 年集中式光伏约 2,200～2,800 元/kW）。',
  },
} as const satisfies Record<string, SourceRef>;

/** The default range of one input (the same for every scenario: each moves the scenario's own path). */
export function defaultRange(input: UncertainInput): InputRange {
  if (input.startsWith('utilisation')) return range(0.9, 1, 1.1, 'uniform', DEFAULT_RANGE_SOURCES.utilisation);
  switch (input) {
    case 'gdpGrowth':
      return range(-1, 0, 1, 'uniform', DEFAULT_RANGE_SOURCES.gdpGrowth);
    case 'intensityDecline':
      return range(-0.5, 0, 0.5, 'uniform', DEFAULT_RANGE_SOURCES.intensityDecline);
    case 'gridFactor':
      return range(0.9, 1, 1.1, 'uniform', DEFAULT_RANGE_SOURCES.gridFactor);
    case 'hydroYear':
      return range(0.85, 1, 1.15, 'triangular', DEFAULT_RANGE_SOURCES.hydroYear);
    case 'commissioningDelay':
      return range(0, 0, 2, 'uniform', DEFAULT_RANGE_SOURCES.commissioningDelay);
    case 'industryCoalShare':
      return range(-3, 0, 3, 'uniform', DEFAULT_RANGE_SOURCES.industryCoalShare);
    case 'productOutput':
      return range(0.85, 1, 1.15, 'uniform', DEFAULT_RANGE_SOURCES.productOutput);
    case 'productUnitEnergy':
      return range(0.95, 1, 1.05, 'uniform', DEFAULT_RANGE_SOURCES.productUnitEnergy);
    default:
      return range(0.85, 1, 1.15, 'uniform', DEFAULT_RANGE_SOURCES.costs);
  }
}

/**
 * The default analysis of a scenario: ranges on the inputs that can move its results. Utilisation hours of the
 * plant types it has (hydro's year-to-year swing is the hydro year's, so hydro's hours are left alone), the hydro
 * year where it has hydro, the delay where its ledger has projects not yet operating, the coal share where its
 * industry burns coal, the key products' output and unit energy where it has products. Costs are left out: they move no figure the ensemble reports.
 */
export function defaultUncertainty(s: Scenario): Uncertainty {
  const plants = [...s.electricity.fleet, ...s.electricity.projects].filter((g) => g.included);
  const types = new Set(plants.map((g) => g.type));
  const inputs: Uncertainty['inputs'] = {
    gdpGrowth: defaultRange('gdpGrowth'),
    intensityDecline: defaultRange('intensityDecline'),
    gridFactor: defaultRange('gridFactor'),
  };
  for (const t of GENERATOR_TYPES) if (t !== 'hydro' && types.has(t)) inputs[utilisationInput(t)] = defaultRange(utilisationInput(t));
  if (types.has('hydro')) inputs.hydroYear = defaultRange('hydroYear');
  if (s.electricity.projects.some((g) => g.included && g.status !== 'operating')) inputs.commissioningDelay = defaultRange('commissioningDelay');
  const coal = s.energy.sectors.industry.fuelSharesPct.coal;
  if (coal !== 0) inputs.industryCoalShare = defaultRange('industryCoalShare');
  if (hasProducts(s)) {
    inputs.productOutput = defaultRange('productOutput');
    inputs.productUnitEnergy = defaultRange('productUnitEnergy');
  }
  return { runs: DEFAULT_RUNS, seed: DEFAULT_SEED, inputs };
}

/** The inputs that act on key products: they move nothing in a scenario without any. */
export const PRODUCT_INPUTS: readonly UncertainInput[] = ['productOutput', 'productUnitEnergy'];

/** Whether the scenario has key products (the product inputs act on them). */
export const hasProducts = (s: Scenario): boolean => (s.industry?.products.length ?? 0) > 0;

/** The ranges in the order of `UNCERTAIN_INPUTS`, each read low ≤ central ≤ high. */
export function orderedRanges(u: Uncertainty): { input: UncertainInput; range: InputRange }[] {
  const out: { input: UncertainInput; range: InputRange }[] = [];
  for (const input of UNCERTAIN_INPUTS) {
    const r = u.inputs[input];
    if (!r) continue;
    const low = Math.min(r.low, r.central, r.high);
    const high = Math.max(r.low, r.central, r.high);
    const central = Math.min(Math.max(r.central, low), high);
    out.push({ input, range: low === r.low && high === r.high && central === r.central ? r : { ...r, low, central, high } });
  }
  return out;
}
