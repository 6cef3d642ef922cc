import { compareMethodsWith, type MethodHeadline } from '../../shared/engine/methods';
import { resolveSeries } from '../../shared/engine/series';
import type { Scenario } from '../../shared/model/scenario';
import { ELECTRICITY_CO2_METHODS, type ElectricityCo2Method } from '../../shared/model/vocabulary';
import { PRESETS } from '../../seeds/index';

/**
 * docs/PRESET-HEADLINES.md, generated from the presets (`npm run docs:sources`
 * writes it with DATA-SOURCES.md; test/scripts/preset-headlines.test.ts fails
 * when the committed file differs): every preset's headline figures under the
 * default methods, then under each electricity-CO2 method, and one sentence per
 * scenario on what drives its peak, its numbers read from the results.
 */

export const HEADLINES_PATH = 'docs/PRESET-HEADLINES.md';

const YEARS = [2020, 2025, 2030, 2035, 2060] as const;

const METHOD_NAME: Record<ElectricityCo2Method, string> = {
  netImports: 'A 净调入电量（调出抵扣）/ net imports, exports credited',
  netImportsNoExportCredit: 'B 净调入电量（调出不抵扣）/ net imports, no export credit',
  locationBased: 'C 基于位置 / location-based',
  marketBased: 'D 基于市场 / market-based',
};

const f1 = (n: number) => n.toFixed(1);
const f3 = (n: number) => n.toFixed(3);
const pct = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n).toFixed(1)} %`;

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}
function head(cells: string[]): string[] {
  return [row(cells), `|${cells.map(() => '---').join('|')}|`];
}

/** The year's figures of a headline (the headline runs carry the years asked for). */
function at(h: MethodHeadline, year: number) {
  const y = h.years.find((x) => x.year === year);
  if (!y) throw new Error(`preset-headlines: no ${year} in the headline`);
  return y;
}
const period = (h: MethodHeadline, plan: number) => {
  const p = h.periods.find((x) => x.plan === plan);
  if (!p) throw new Error(`preset-headlines: no ${plan}th plan period`);
  return p;
};

function peakText(h: MethodHeadline): string {
  const p = h.peak;
  const plateau = p.plateau.fromYear === p.plateau.toYear ? `${p.plateau.fromYear}` : `${p.plateau.fromYear}–${p.plateau.toYear}`;
  const verdict = !p.withinHorizon
    ? '未达峰 no peak in the horizon'
    : p.rebound
      ? `不成立：${p.rebound.year} 年反弹 / does not hold: rebound ${p.rebound.year} (${f1(p.rebound.fromCo2)} → ${f1(p.rebound.co2)})`
      : '成立 holds';
  return `${p.year}（${f1(p.co2)}）；平台 plateau ${plateau}；${verdict}`;
}

export type PresetHeadlines = {
  scenario: Scenario;
  own: MethodHeadline;
  /** the headline under each electricity-CO2 method, the scenario's own included, in vocabulary order */
  byElectricityCo2: Map<ElectricityCo2Method, MethodHeadline>;
};

/** Every preset run under its own methods and under each other electricity-CO2 method. */
export function presetHeadlines(presets: readonly Scenario[] = PRESETS): PresetHeadlines[] {
  return presets.map((scenario) => {
    const c = compareMethodsWith(scenario, resolveSeries, [...YEARS]);
    const byElectricityCo2 = new Map<ElectricityCo2Method, MethodHeadline>();
    for (const m of ELECTRICITY_CO2_METHODS) {
      const h = m === scenario.accounting.electricityCo2 ? c.own : c.alternatives.find((a) => a.change?.axis === 'electricityCo2' && a.change.value === m);
      if (!h) throw new Error(`preset-headlines: ${scenario.id} has no run under ${m}`);
      byElectricityCo2.set(m, h);
    }
    return { scenario, own: c.own, byElectricityCo2 };
  });
}

type Driver = { zh: string; en: string };

/**
 * What drives each preset's peak, in one sentence per language; the figures come
 * from its results so the sentence stays true when the data change. A preset
 * without a sentence fails the generation.
 */
const DRIVERS: Record<string, (h: MethodHeadline) => Driver> = {
  'qingyuan-baseline': (h) => ({
    zh: `能耗强度 2024 年后仅按“十三五”趋势下降，能源消费随经济增长持续上升，而本地燃煤电厂出力不变、不再新增项目：排放一直升至 ${h.peak.year} 年（${f1(h.peak.co2)} 万tCO2），此后才因电网排放因子下降而回落。`,
    en: `Intensity falls only at the 13th-plan trend after 2024, so energy use keeps growing with the economy while the local coal plant runs on and no project is added: CO2 rises until ${h.peak.year} (${f1(h.peak.co2)} 万tCO2) and falls only as the grid factor declines.`,
  }),
  'qingyuan-policy': (h) =>
    h.peak.year === at(h, 2020).year
      ? {
          zh: `熟料、水泥、陶瓷产量逐步压减且熟料单耗降至标杆水平，加上 2021–2023 年公布的能耗强度降幅，排放自 2020 年（${f1(h.peak.co2)} 万tCO2）起即不再超过基准年：平台期 ${h.peak.plateau.fromYear}–${h.peak.plateau.toYear} 年，此后电网排放因子下降与电能替代使其继续回落。`,
          en: `Clinker, cement and ceramics output cut step by step, clinker brought to the benchmark, and the published intensity cut of 2021–2023: CO2 never again exceeds the base year's ${f1(h.peak.co2)} 万tCO2 (plateau ${h.peak.plateau.fromYear}–${h.peak.plateau.toYear}), and the falling grid factor and electrification bring it further down.`,
        }
      : {
          zh: `2021–2023 年公布的能耗强度降幅使排放先降后升；2024 年起能耗强度年降 3% 仍低于经济增速，排放在 ${h.peak.plateau.fromYear}–${h.peak.plateau.toYear} 年的平台期内于 ${h.peak.year} 年最高，电网排放因子的持续下降与电能替代使其此后回落。`,
          en: `The published intensity cut of 2021–2023 lowers CO2 first; from 2024 intensity falls 3 %/yr, less than GDP grows, so CO2 climbs onto a plateau (${h.peak.plateau.fromYear}–${h.peak.plateau.toYear}) highest in ${h.peak.year}, after which the falling grid factor and electrification bring it down.`,
        },
  'lianzhou-baseline': (h) => ({
    zh: `能耗强度几乎不降，用电增长全靠净调入电量满足：排放随经济增长升至 ${h.peak.year} 年（${f1(h.peak.co2)} 万tCO2），此后电网排放因子的下降才超过用电增长。`,
    en: `Intensity barely falls and all growth in electricity use is met by net imports: CO2 follows the economy up to ${h.peak.year} (${f1(h.peak.co2)} 万tCO2), after which the falling grid factor outpaces demand.`,
  }),
  'lianzhou-policy': (h) => ({
    zh: `2021–2024 年“十四五”风电、光伏陆续投产，连州由净调入转为净调出，按方法 A 调出电量抵扣排放，排放由 ${f1(at(h, 2020).co2)} 降至 ${f1(at(h, 2025).co2)} 万tCO2（2025 年）；此后垃圾焚烧发电的化石碳和用电增长（文件未列 2025 年后的新项目）使排放回升，峰值${h.peak.holds ? '成立' : '不成立（反弹）'}。`,
    en: `The 14th-plan wind and PV entering over 2021–2024 turn 连州 from a net importer into a net exporter credited under method A, so CO2 falls from ${f1(at(h, 2020).co2)} to ${f1(at(h, 2025).co2)} 万tCO2 (2025); the waste plant's fossil carbon and demand growth, with no later projects documented, then raise it again: the peak ${h.peak.holds ? 'holds' : 'does not hold (rebound)'}.`,
  }),
  'shaoguan-baseline': (h) => ({
    zh: `能源结构和电源保持 2020 年水平，能耗强度年降 1.46% 远低于经济增速：排放在模拟期内${h.peak.withinHorizon ? `于 ${h.peak.year} 年达峰` : '持续上升、未达峰'}。`,
    en: `The 2020 mix and fleet with intensity falling 1.46 %/yr, far below GDP growth: CO2 ${h.peak.withinHorizon ? `peaks in ${h.peak.year}` : 'keeps rising and does not peak within the horizon'}.`,
  }),
  'shaoguan-policy': (h) => ({
    zh: `200 亿元风电、光伏项目逐年投产与能耗强度年降约 3% 恰好抵消经济增长，排放 ${h.peak.plateau.fromYear}–${h.peak.plateau.toYear} 年保持在峰值 2% 以内（最高为 ${h.peak.year} 年），此后随电网排放因子下降和燃料替代而下降，与“力争 2030 年底达峰”一致。`,
    en: `The 200 亿元 wind and PV programme entering year by year and intensity falling about 3 %/yr just offset growth: CO2 stays within 2 % of its peak over ${h.peak.plateau.fromYear}–${h.peak.plateau.toYear} (highest in ${h.peak.year}) and falls after as the grid factor drops and fuels switch, consistent with 力争2030年底达峰.`,
  }),
};

export function peakDriver(id: string, h: MethodHeadline): Driver {
  const d = DRIVERS[id];
  if (!d) throw new Error(`preset-headlines: no peak driver sentence for preset '${id}'`);
  return d(h);
}

/** The whole document. */
export function renderPresetHeadlines(list: PresetHeadlines[] = presetHeadlines()): string {
  const out: string[] = [
    '# 预设情景主要指标 / Preset headline figures',
    '',
    '> 本文件由 `scripts/data-sources.ts`（`scripts/lib/preset-headlines.ts`）根据预设情景和计算引擎自动生成，请勿手工编辑；修改数据后运行 `npm run docs:sources` 重新生成。',
    '> Generated by `scripts/data-sources.ts` (`scripts/lib/preset-headlines.ts`) from the presets and the engine; do not edit by hand. Run `npm run docs:sources` after changing the data.',
    '',
    '默认核算口径：能耗双控按发改环资〔2024〕113号（非化石能源消费量不纳入能源消费总量和强度）；非化石能源按省级电力池归属；电力二氧化碳按方法 A（净调入电量 × 广东省级电力平均二氧化碳排放因子，调出抵扣，本工具的方法）；达峰判定容差 2 %。抽水蓄能按电站归属（电网资产不计入所在地区）。',
    '',
    "Default methods: energy control by 发改环资〔2024〕113号 (non-fossil energy consumption left out of the energy total and intensity); non-fossil electricity from the provincial pool; electricity CO2 by method A (net imports × the Guangdong provincial grid factor, exports credited: this tool's method); peak tolerance 2 %. Pumped storage by ownership (a grid asset is not charged to its host).",
    '',
    '## 默认口径下的主要指标 / Headlines under the default methods',
    '',
    '二氧化碳单位万tCO2；“十四五”“十五五”变化为期末相对期初；能耗强度为考核口径（扣除非化石能源消费量）。',
    'CO2 in 万tCO2; plan-period changes end against start; energy intensity as assessed (non-fossil energy deducted).',
    '',
    ...head([
      '情景 Scenario',
      ...YEARS.map((y) => `CO2 ${y}`),
      '峰值 Peak（年份、万tCO2、平台、判定）',
      '十四五碳强度 CO2/GDP 2020→2025',
      '十四五能耗强度（考核）Energy/GDP assessed 2020→2025',
      '十五五碳强度 CO2/GDP 2025→2030',
      '非化石能源消费比重 2025 / 2030',
      '目标完成 Targets met',
    ]),
  ];
  for (const { scenario: s, own: h } of list) {
    out.push(
      row([
        `${s.name}<br>\`${s.id}\``,
        ...YEARS.map((y) => f1(at(h, y).co2)),
        peakText(h),
        pct(period(h, 14).co2PerGdpChangePct),
        pct(period(h, 14).energyPerGdpAssessedChangePct),
        pct(period(h, 15).co2PerGdpChangePct),
        `${f1(at(h, 2025).nonFossilShare)} % / ${f1(at(h, 2030).nonFossilShare)} %`,
        `${h.targetsMet} / ${h.targetsJudged}`,
      ]),
    );
  }
  out.push('', '## 峰值由什么决定 / What drives each peak', '');
  for (const { scenario: s, own: h } of list) {
    const d = peakDriver(s.id, h);
    out.push(`- **${s.name}**（\`${s.id}\`）：${d.zh}<br>${d.en}`);
  }
  out.push(
    '',
    '## 各电力二氧化碳核算方法下的主要指标 / Headlines under each electricity-CO2 method',
    '',
    '其余口径保持默认，仅改变电力二氧化碳核算方法：A 为默认；B 净调出电量不抵扣；C 基于位置（终端直接燃烧 + 全部用电量 × 排放因子，本地电厂不计）；D 基于市场（C 扣除本地用户持有的绿电、绿证；预设情景未录入绿电，故与 C 相同）。',
    'Other methods at their defaults, the electricity-CO2 method changed: A is the default; B does not credit exports; C is location-based (direct combustion + all electricity use × the factor, local plants not counted); D is market-based (C less green power and 绿证 held locally; the presets hold none, so D equals C).',
    '',
    ...head(['情景 Scenario', '方法 Method', 'CO2 2020', 'CO2 2025', 'CO2 2030', '碳强度 CO2/GDP 2020 (t/万元)', '峰值 Peak', '十四五碳强度 CO2/GDP 2020→2025', '目标完成 Targets met']),
  );
  for (const { scenario: s, byElectricityCo2 } of list) {
    for (const [m, h] of byElectricityCo2) {
      out.push(
        row([
          `\`${s.id}\``,
          `${METHOD_NAME[m]}${m === s.accounting.electricityCo2 ? '（默认 default）' : ''}`,
          f1(at(h, 2020).co2),
          f1(at(h, 2025).co2),
          f1(at(h, 2030).co2),
          f3(at(h, 2020).co2PerGdp),
          peakText(h),
          pct(period(h, 14).co2PerGdpChangePct),
          `${h.targetsMet} / ${h.targetsJudged}`,
        ]),
      );
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
