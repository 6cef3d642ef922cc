import { getAt } from '../../shared/model/path';
import type { SourceRef } from '../../shared/model/provenance';
import type { Generator, GeneratorType, ProjectStatus, PumpedStorage, Scenario, Target, TargetMetric } from '../../shared/model/scenario';
import type { Series } from '../../shared/model/series';
import { PRESETS } from '../../seeds/index';
import { REFERENCE, referenceCitation, referenceCitationZh, referenceTopic, type ReferenceEntry, type ReferenceTopic } from '../../seeds/reference/index';

/**
 * docs/DATA-SOURCES.md, generated from the presets and the reference library
 * (`npm run docs:sources`; test/scripts/data-sources.test.ts fails when the
 * committed file differs). Chinese first, then English, in every heading and
 * citation: planners read Chinese first and defend the figures in meetings.
 *
 * The intro quotes seeds/documents/README.md (its document table and its list
 * of known gaps), passed in as text so this module stays free of file access.
 */

export const DOC_PATH = 'docs/DATA-SOURCES.md';
export const README_PATH = 'seeds/documents/README.md';

// ---------------------------------------------------------------------------
// Markdown helpers

/** Text for a table cell: one line, pipes escaped, `<` kept literal. */
function cell(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** Chinese, then English, in one cell. */
const both = (zh: string, en: string) => (zh === en ? cell(zh) : `${cell(zh)}<br>${cell(en)}`);

const code = (s: string) => `\`${s}\``;

// ---------------------------------------------------------------------------
// Values

const num = (n: number) => String(n);

/** The unit a field path implies by its name (see the schema comments in shared/model/scenario.ts). */
export function unitOf(path: string): string {
  const last = path.split('.').pop() ?? path;
  if (/Pct$/.test(last) || /Pct\./.test(path)) return '%';
  if (/YiYuan$/.test(last)) return '亿元';
  if (/TcePerWanYuan$/.test(last)) return 'tce/万元';
  if (/GcePerKWh/.test(path)) return 'gce/kWh';
  if (/tCo2PerTce/.test(path)) return 'tCO2/tce';
  if (last === 'populationWan') return '万人';
  if (last === 'gridEmissionFactor') return 'tCO2/MWh';
  if (/KgcePerT$/.test(last)) return 'kgce/t';
  if (/WanT$/.test(last)) return '万t';
  if (/WanM3$/.test(last)) return '万m³';
  if (/TCo2PerT$/.test(last)) return 'tCO2/t';
  if (/TPerM3$/.test(last)) return 't/m³';
  if (last === 'activityPerProductT') return 't/t';
  return '';
}

/** A series in a few characters: a constant, the points (all of them up to six), or the expression. */
export function seriesText(s: Series): string {
  if (typeof s === 'number') return num(s);
  if (Array.isArray(s)) {
    if (s.length === 1) return num(s[0]!.value);
    const list = s.length <= 6 ? s : [s[0]!, s[s.length - 1]!];
    const text = list.map((p) => `${p.year}: ${num(p.value)}`).join(s.length <= 6 ? ' → ' : ' … ');
    return s.length <= 6 ? text : `${text} (${s.length} points)`;
  }
  return code(s.expr);
}

const isSeries = (v: unknown): v is Series =>
  typeof v === 'number' || (Array.isArray(v) && v.every((p) => p && typeof p === 'object' && 'year' in p)) || (!!v && typeof v === 'object' && 'expr' in v);

/** Fuel shares: constants as `coal 26.1 · oil 2 …`; paths as `coal 26.1→16.1→2 …` with the anchor years once. */
function sharesText(shares: Record<string, Series>): string {
  const entries = Object.entries(shares);
  const years = new Set<string>();
  const parts = entries.map(([fuel, s]) => {
    if (typeof s === 'number') return `${fuel} ${num(s)}`;
    if (Array.isArray(s)) {
      years.add(s.map((p) => p.year).join('/'));
      return `${fuel} ${s.map((p) => num(p.value)).join('→')}`;
    }
    return `${fuel} ${code(s.expr)}`;
  });
  const when = years.size === 1 ? ` (${[...years][0]})` : '';
  return `${parts.join(' · ')}${when}`;
}

/** A field's value, compact, with its unit. */
export function valueText(s: Scenario, path: string): string {
  const v = getAt(s, path);
  const unit = unitOf(path);
  const withUnit = (t: string) => (unit ? `${t} ${unit}` : t);
  if (typeof v === 'boolean' || typeof v === 'string') return code(String(v));
  if (isSeries(v)) return withUnit(seriesText(v));
  if (v && typeof v === 'object' && Object.values(v).every(isSeries)) return withUnit(sharesText(v as Record<string, Series>));
  return '—';
}

// ---------------------------------------------------------------------------
// Sources

const KIND: Record<SourceRef['kind'], string> = {
  document: '文件 document',
  reference: '参考 reference',
  assumed: '假设 assumed',
  user: '用户 user',
};

const lines = (r: { line: number; lineEnd?: number }, zh: boolean) => {
  const range = r.lineEnd !== undefined && r.lineEnd !== r.line ? `${r.line}–${r.lineEnd}` : String(r.line);
  if (zh) return `第 ${range} 行`;
  return r.lineEnd !== undefined && r.lineEnd !== r.line ? `lines ${range}` : `line ${range}`;
};

/** The citation of a source, Chinese first then English. */
export function citationText(ref: SourceRef): string {
  switch (ref.kind) {
    case 'document': {
      // The quote is Chinese already: stated once, with the line in both languages.
      const where = `${code(ref.file)} ${lines(ref, true)} / ${lines(ref, false)}`;
      const head = cell(ref.quote ? `${where}：“${ref.quote}”` : where);
      if (ref.note === undefined) return head;
      return `${head}<br>${ref.noteZh ? `注：${cell(ref.noteZh)}<br>` : ''}Note: ${cell(ref.note)}`;
    }
    case 'reference': {
      const zh = [`${ref.citationZh ?? ref.citation}（${code(ref.refId)}）`, ref.noteZh ?? ref.note].filter(Boolean).join(' 注：');
      const en = [`${ref.citation} (${code(ref.refId)})`, ref.note].filter(Boolean).join(' Note: ');
      return both(zh, en);
    }
    case 'assumed': {
      const zh = [`理由：${ref.reasonZh ?? ref.reason}`, ref.basis !== undefined ? `依据：${ref.basisZh ?? ref.basis}` : ''].filter(Boolean).join(' ');
      const en = [`Reason: ${ref.reason}`, ref.basis !== undefined ? `Basis: ${ref.basis}` : ''].filter(Boolean).join(' ');
      return both(zh, en);
    }
    case 'user':
      return both(`用户输入${ref.note ? `：${ref.note}` : ''}`, `Entered by the user${ref.note ? `: ${ref.note}` : ''}`);
  }
}

// ---------------------------------------------------------------------------
// Preset tables

/** Paths of the data leaves in the order of the scenario, mapped to the source key that covers each. */
function sourceKeysInOrder(s: Scenario): string[] {
  const out: string[] = [];
  const skip = new Set(['schemaVersion', 'id', 'name', 'nameEn', 'description', 'region', 'sources', 'targets', 'history', 'rollup', 'electricity.fleet', 'electricity.projects', 'electricity.pumpedStorage']);
  const visit = (path: string) => {
    const parts = path.split('.');
    for (let i = parts.length; i > 0; i--) {
      const key = parts.slice(0, i).join('.');
      if (key in s.sources) {
        if (!out.includes(key)) out.push(key);
        return;
      }
    }
  };
  const walk = (v: unknown, path: string) => {
    if (skip.has(path)) return;
    if (path && (typeof v !== 'object' || v === null || isSeries(v))) return visit(path);
    for (const [k, x] of Object.entries(v as object)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(s, '');
  for (const k of Object.keys(s.sources)) if (!out.includes(k)) out.push(k);
  return out;
}

const METRIC: Record<TargetMetric, [string, string]> = {
  co2IntensityReduction: ['单位地区生产总值二氧化碳排放降低', 'CO2 intensity reduction'],
  energyIntensityReduction: ['单位地区生产总值能源消耗降低', 'energy intensity reduction'],
  nonFossilShare: ['非化石能源消费比重', 'non-fossil share'],
  energyCap: ['能源消费总量上限', 'energy cap'],
  co2Cap: ['二氧化碳排放总量上限', 'CO2 cap'],
  peakYear: ['达峰年份', 'peak year'],
  co2Budget: ['二氧化碳排放预算（累计）', 'CO2 budget (cumulative)'],
  sectorPeakYear: ['分领域碳达峰年份', 'sector peak year'],
  sectorIntensityReduction: ['单位工业增加值二氧化碳排放降低', 'CO2 per industry value added, reduction'],
  forestCover: ['森林覆盖率', 'forest cover'],
  forestStock: ['森林蓄积量', 'forest stock volume'],
};
const METRIC_UNIT: Record<TargetMetric, string> = {
  co2IntensityReduction: '%',
  energyIntensityReduction: '%',
  nonFossilShare: '%',
  energyCap: '万tce',
  co2Cap: '万tCO2',
  peakYear: '',
  co2Budget: '万tCO2',
  sectorPeakYear: '',
  sectorIntensityReduction: '%',
  forestCover: '%',
  forestStock: '万m³',
};

function targetValue(t: Target): string {
  const [zh, en] = METRIC[t.metric];
  const period = t.fromYear !== undefined ? `${t.fromYear}→${t.year}` : String(t.year);
  const unit = METRIC_UNIT[t.metric];
  const binding = t.binding ? '约束性 binding' : '参考 non-binding';
  return `${num(t.value)}${unit ? ` ${unit}` : ''} (${zh} / ${en}, ${period}; ${binding})`;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const HISTORY_UNIT: Record<keyof NonNullable<Scenario['history']>, string> = {
  gdpYiYuan: '亿元',
  energyWanTce: '万tce',
  electricityUseYiKWh: '亿kWh',
  localCapacityMW: 'MW',
  localGenerationYiKWh: '亿kWh',
};

const SAME_AS_BASELINE = '同基准情景 / as in the baseline';

function presetTable(s: Scenario, baseline: Scenario | undefined): string[] {
  const rows = sourceKeysInOrder(s).map((key) => {
    const src = s.sources[key]!;
    const same = baseline && sameJson(baseline.sources[key], src);
    return [code(key), cell(valueText(s, key)), KIND[src.kind], same ? SAME_AS_BASELINE : citationText(src)];
  });
  for (const t of s.targets) {
    const base = baseline?.targets.find((b) => b.id === t.id);
    const same = base && sameJson(base, t);
    rows.push([`${code(`targets.${t.id}`)}<br>${cell(t.label)}`, cell(targetValue(t)), KIND[t.source.kind], same ? SAME_AS_BASELINE : citationText(t.source)]);
  }
  for (const [field, byYear] of Object.entries(s.history ?? {})) {
    for (const [year, v] of Object.entries(byYear ?? {})) {
      const path = `history.${field}.${year}`;
      const same = baseline && sameJson(getAt(baseline, path), v);
      rows.push([`${code(path)}<br>实际 actual`, `${num(v.value)} ${HISTORY_UNIT[field as keyof typeof HISTORY_UNIT]}`, KIND[v.source.kind], same ? SAME_AS_BASELINE : citationText(v.source)]);
    }
  }
  return table(['字段 Field', '取值 Value', '来源类型 Kind', '出处 Citation（中文 / English）'], rows);
}

// ---------------------------------------------------------------------------
// Ledgers

const GEN_TYPE: Record<GeneratorType, string> = {
  coal: '煤电 coal',
  gas: '气电 gas',
  hydro: '水电 hydro',
  pv: '光伏 PV',
  wind: '风电 wind',
  biomass: '生物质 biomass',
};
const STATUS: Record<ProjectStatus, string> = {
  operating: '在运 operating',
  underConstruction: '在建 under construction',
  planned: '规划 planned',
};

const ATTRIBUTION: Record<PumpedStorage['attribution'], string> = {
  gridAsset: '不计入所在地区（电网资产）/ not charged to the host (grid asset)',
  host: '计入所在地区 / charged to the host',
  legacyCo2Only: '仅计入二氧化碳（旧版口径）/ CO2 only (legacy)',
};

const yesNo = (v: boolean | undefined) => (v === undefined ? '—' : v ? '是 yes' : '否 no');

function rowSource(item: Generator | PumpedStorage): string {
  const src = `**${KIND[item.source.kind]}**<br>${citationText(item.source)}`;
  if (item.note === undefined) return src;
  return `${src}<br>**备注：**${cell(item.noteZh ?? item.note)}${item.noteZh ? `<br>**Note:** ${cell(item.note)}` : ''}`;
}

function generatorTable(baseline: Generator[], policy: Generator[]): string[] {
  const rows = policy.map((g) => {
    const b = baseline.find((x) => x.id === g.id);
    return [
      `${cell(g.name)}<br>${code(g.id)}`,
      GEN_TYPE[g.type],
      num(g.capacityMW),
      `${g.commissioningYear}${g.commissioningMonth !== undefined ? `-${String(g.commissioningMonth).padStart(2, '0')}` : ''}${g.retirementYear !== undefined ? `–${g.retirementYear}` : ''}`,
      STATUS[g.status],
      `${yesNo(b?.included)} / ${yesNo(g.included)}`,
      rowSource(g),
    ];
  });
  return table(['名称 Name', '类型 Type', 'MW', '投产年份 Year', '状态 Status', '计入：基准 / 政策 Counted: baseline / policy', '来源 Source'], rows);
}

function storageTable(baseline: PumpedStorage[], policy: PumpedStorage[]): string[] {
  const rows = policy.map((p) => {
    const b = baseline.find((x) => x.id === p.id);
    return [
      `${cell(p.name)}<br>${code(p.id)}`,
      '抽水蓄能 pumped storage',
      num(p.capacityMW),
      `${p.commissioningYear}${p.retirementYear !== undefined ? `–${p.retirementYear}` : ''}`,
      STATUS[p.status],
      `${yesNo(b?.included)} / ${yesNo(p.included)}`,
      `${num(p.storageHours)} h × ${num(p.annualCycles)} 次/cycles, 综合效率 ${num(p.roundTripEfficiencyPct)} %；抽发损耗电量 ${ATTRIBUTION[p.attribution]}<br>${rowSource(p)}`,
    ];
  });
  return table(['名称 Name', '类型 Type', 'MW', '投产年份 Year', '状态 Status', '计入：基准 / 政策 Counted: baseline / policy', '参数与来源 Parameters and source'], rows);
}

// ---------------------------------------------------------------------------
// Reference library

const TOPIC: Record<ReferenceTopic, string> = {
  'emission-factors': '排放因子 / Emission factors',
  'coal-coefficients': '折标准煤系数 / Coal-equivalent coefficients',
  'grid-factors': '电网排放因子 / Grid emission factors',
  'targets-handed-down': '上级下达目标 / Targets handed down',
  'utilisation-hours': '利用小时数与运行参数 / Utilisation hours and operating figures',
  'heat-rates': '发电煤耗 / Heat rates',
  'investment-costs': '投资成本 / Investment costs',
  'guangdong-capacity': '广东装机容量 / Guangdong installed capacity',
  'accounting-rules': '核算规则 / Accounting rules',
  'city-statistics': '城市统计数据（历年实际）/ City statistics (published actuals)',
  industry: '工业产品能效水平与工业生产过程排放因子 / Industrial products: efficiency levels and process CO2 factors',
  forest: '森林碳汇参数 / Forest carbon factors',
};

const BASIS: Record<ReferenceEntry['basis'], string> = {
  published: '公布值 published',
  derived: '推算值 derived',
  assumed: '假设值 assumed',
};

function referenceValueText(e: ReferenceEntry): string {
  const parts: string[] = [];
  if (e.value !== undefined) parts.push(num(e.value));
  if (e.points) parts.push(seriesText(e.points));
  if (e.range) parts.push(`${e.value !== undefined || e.points ? '范围 range ' : ''}${num(e.range.low)}–${num(e.range.high)}`);
  return parts.join('; ');
}

function referenceSource(e: ReferenceEntry): string {
  const zh = [`${referenceCitationZh(e)}，${e.source.year} 年`, e.noteZh ?? e.note].filter(Boolean).join(' 注：');
  const en = [`${referenceCitation(e)}, ${e.source.year}`, e.note].filter(Boolean).join(' Note: ');
  const derived = e.derivedFrom?.length ? `<br>由 derived from: ${e.derivedFrom.map(code).join(', ')}` : '';
  return `${BASIS[e.basis]}<br>${both(zh, en)}${derived}`;
}

function referenceTables(): string[] {
  const out: string[] = [];
  const topics = [...new Set(REFERENCE.map((e) => referenceTopic(e.id)!))];
  for (const topic of topics) {
    out.push(`### ${TOPIC[topic]}`, '', `${code(`seeds/reference/${topic}.json`)}`, '');
    const rows = REFERENCE.filter((e) => referenceTopic(e.id) === topic).map((e) => [
      code(e.id),
      both(e.name, e.nameEn),
      cell(referenceValueText(e)),
      cell(e.unit),
      referenceSource(e),
    ]);
    out.push(...table(['编号 Id', '名称 Name', '取值 Value', '单位 Unit', '来源 Source'], rows), '');
  }
  return out;
}

// ---------------------------------------------------------------------------
// Intro: the seed documents and how the presets settle their gaps

/** The first markdown table of a text (the list of the five documents). */
function firstTable(md: string): string[] {
  const all = md.split(/\r?\n/);
  const start = all.findIndex((l) => l.startsWith('|'));
  if (start < 0) throw new Error(`${README_PATH}: no document table found`);
  const end = all.findIndex((l, i) => i > start && !l.startsWith('|'));
  return all.slice(start, end < 0 ? undefined : end);
}

/** The bullets of the README's "Known gaps and inconsistencies" section, keyed by their city (the text before the first colon). */
function gapBullets(md: string): Map<string, string> {
  const all = md.split(/\r?\n/);
  const start = all.findIndex((l) => /^##\s+Known gaps/i.test(l));
  if (start < 0) throw new Error(`${README_PATH}: no "Known gaps and inconsistencies" section found`);
  const out = new Map<string, string>();
  for (const l of all.slice(start + 1)) {
    if (/^#/.test(l)) break;
    const m = /^-\s+([^:：]+)[:：]\s*(.*)$/.exec(l);
    if (m) out.set(m[1]!.trim(), m[2]!.trim());
  }
  return out;
}

const preset = (id: string): Scenario => {
  const p = PRESETS.find((x) => x.id === id);
  if (!p) throw new Error(`data-sources: no preset '${id}'`);
  return p;
};
const item = <T extends { id: string }>(list: T[], id: string): T => {
  const x = list.find((g) => g.id === id);
  if (!x) throw new Error(`data-sources: no ledger entry '${id}'`);
  return x;
};
const series0 = (s: Series): number => (typeof s === 'number' ? s : Array.isArray(s) ? s[0]!.value : NaN);

type Decision = { zh: string; en: string };

/** How each preset settles the gaps of its documents, with the figures read from the presets themselves. */
function decisions(): Map<string, Decision[]> {
  const qb = preset('qingyuan-baseline');
  const lb = preset('lianzhou-baseline');
  const lp = preset('lianzhou-policy');
  const sb = preset('shaoguan-baseline');
  const sp = preset('shaoguan-policy');
  const qFleet = (id: string) => num(item(qb.electricity.fleet, id).capacityMW);
  const qPs = item(qb.electricity.pumpedStorage, 'qy-ps-qingyuan');
  const lzPs = item(lp.electricity.pumpedStorage, 'lz-ps-tanling');
  const sgSum = (type: GeneratorType) => sp.electricity.projects.filter((g) => g.type === type && g.id.startsWith('sg-')).reduce((a, g) => a + g.capacityMW, 0);
  const sgYears = [...new Set(sp.electricity.projects.filter((g) => g.id.startsWith('sg-')).map((g) => g.commissioningYear))].sort().join('、');
  const lzNamedWind = ['lz-wind-xijiang-21', 'lz-wind-xingzi-longping-100', 'lz-wind-fushan-extension-100', 'lz-wind-longping-21'].reduce((a, id) => a + item(lp.electricity.projects, id).capacityMW, 0);
  const lzResidual = item(lp.electricity.fleet, 'lz-wind-quanshan-huiguang').capacityMW;
  const lzUnnamed = item(lp.electricity.projects, 'lz-wind-14th-unnamed-58').capacityMW;
  const target = (s: Scenario, id: string) => item(s.targets, id);
  const decided = new Map<string, Decision[]>([
    [
      '清远',
      [
        {
          zh: `地区生产总值：由服务业增加值 892.7 亿元 ÷ 第三产业比重 50.2 % 推算为 ${num(qb.economy.baseGdpYiYuan)} 亿元（${code('economy.baseGdpYiYuan')}，文件来源注明为推算值）。`,
          en: `GDP: derived as services value added 892.7 亿元 ÷ services share 50.2 % = ${num(qb.economy.baseGdpYiYuan)} 亿元 (${code('economy.baseGdpYiYuan')}, a document source noted as derived).`,
        },
        {
          zh: `表1 的 2020 年一栏（−26.43 %、−10.32 %）是“十三五”降低率，不作水平值使用；能耗强度采用水平值 0.933 → ${num(qb.energy.baseIntensityTcePerWanYuan)} 吨标准煤/万元，基准情景年均下降 ${seriesText(qb.energy.intensityDeclinePct)} %（${code('energy.intensityDeclinePct')}；2021–2023 年按公布的三年累计下降 16.7 %），与 −10.32 % 的差异在来源中注明。2025 年目标为“按省下达”：能耗强度暂按广东省“十四五”指标（粤府〔2022〕68号）、碳强度暂按国家“十四五”指标（${code('qy-co2-intensity-2025')} ${num(target(qb, 'qy-co2-intensity-2025').value)} %，${code('qy-energy-intensity-2025')} ${num(target(qb, 'qy-energy-intensity-2025').value)} %）。`,
          en: `The 2020 column of 表1 (−26.43 %, −10.32 %) holds 13th-plan reduction rates and is not used as a level; energy intensity uses the levels 0.933 → ${num(qb.energy.baseIntensityTcePerWanYuan)} tce/万元, and the baseline declines ${seriesText(qb.energy.intensityDeclinePct)} %/yr (${code('energy.intensityDeclinePct')}; 2021–2023 the published −16.7 % over three years); the gap to −10.32 % is stated in the source. The 2025 targets are "按省下达": Guangdong's 14th-plan energy-intensity figure (粤府〔2022〕68号) and the national CO2-intensity figure stand in (${code('qy-co2-intensity-2025')} ${num(target(qb, 'qy-co2-intensity-2025').value)} %, ${code('qy-energy-intensity-2025')} ${num(target(qb, 'qy-energy-intensity-2025').value)} %).`,
        },
        {
          zh: `4,469.2 MW 清洁能源装机：理解为含已投运的清远抽水蓄能电站（${num(qPs.capacityMW)} MW），不含气电；拆分为水电 ${qFleet('qy-fleet-hydro')}、风电 ${qFleet('qy-fleet-wind')}、光伏 ${qFleet('qy-fleet-pv')}、生物质 ${qFleet('qy-fleet-biomass')} MW、垃圾焚烧 ${qFleet('qy-fleet-wte')} MW（${code('qy-fleet-*')}，均为假设值，水电取余量）。`,
          en: `4,469.2 MW of clean energy: read as including the existing 清远抽水蓄能电站 (${num(qPs.capacityMW)} MW) and no gas; split into hydro ${qFleet('qy-fleet-hydro')}, wind ${qFleet('qy-fleet-wind')}, PV ${qFleet('qy-fleet-pv')}, biomass ${qFleet('qy-fleet-biomass')} and waste-to-energy ${qFleet('qy-fleet-wte')} MW (${code('qy-fleet-*')}, all assumed, hydro the residual).`,
        },
        {
          zh: `达峰年份：以本市 ${num(target(qb, 'qy-peak-2030').value)} 年为约束性目标（${code('qy-peak-2030')}）；全省“十四五”达峰愿景仅作非约束性校核（${code('qy-peak-province-2025')}）。`,
          en: `Peak year: the city's ${num(target(qb, 'qy-peak-2030').value)} is the binding target (${code('qy-peak-2030')}); the provincial 14th-plan aspiration is a non-binding check (${code('qy-peak-province-2025')}).`,
        },
        {
          zh: `抽水蓄能：按储能建模，按电站归属核算抽发损耗电量：已投运的清远抽水蓄能电站（${num(qPs.capacityMW)} MW）由南方电网独资建设、运营，按电网资产不计入清远（${code('attribution')} = ${code(qPs.attribution)}）；英德、下坪、水晶背仅开展前期工作，不计入（占位值）；潭岭（天湖）仅在政策情景中计入一期 ${num(lzPs.capacityMW)} MW（${lzPs.commissioningYear} 年，容量和年份均为假设，业主未知，假设为电网资产）。`,
          en: `Pumped storage: modelled as storage, its 抽发损耗电量 charged by ownership: the existing 清远 station (${num(qPs.capacityMW)} MW), built and run by China Southern Power Grid, is a grid asset not charged to 清远 (${code('attribution')} = ${code(qPs.attribution)}); 英德, 下坪 and 水晶背 (pre-feasibility only) are placeholders left uncounted; 潭岭（天湖）counts in the policy scenario as a first phase of ${num(lzPs.capacityMW)} MW from ${lzPs.commissioningYear} (capacity and year assumed; owner unknown, assumed a grid asset).`,
        },
        {
          zh: `2020 年化石能源电源：文件的 4,469.2 MW 仅统计清洁能源；国能（神华国华）清远电厂 ${qFleet('qy-fleet-coal-guohua')} MW 燃煤机组计入 2020 年现有电源（${code('qy-fleet-coal-guohua')}），与该市公布的 2023 年末装机 760.46 万千瓦相符（${code('history.localCapacityMW')}）。`,
          en: `2020 fossil units: the documents' 4,469.2 MW counts clean energy only; the ${qFleet('qy-fleet-coal-guohua')} MW coal plant of 国能（神华国华）清远电厂 is in the 2020 fleet (${code('qy-fleet-coal-guohua')}), matching the 760.46万kW the city reported for the end of 2023 (${code('history.localCapacityMW')}).`,
        },
      ],
    ],
    [
      '连州',
      [
        {
          zh: `无能源平衡表：分部门能源占比和燃料构成均为假设值（${code('energy.sectors.*')}），电力占能源消费比重依据 001 第 351 行（单位 GDP 电耗为清远的 5/7）校准。`,
          en: `No energy balance: sector shares and fuel mixes are assumed (${code('energy.sectors.*')}); the electricity share of energy is calibrated on 001 line 351 (electricity intensity 5/7 of 清远's).`,
        },
        {
          zh: `“达标”与“未完成”：两种说法均在来源中记录；基准年能耗强度取 001 表1 的 ${num(lb.energy.baseIntensityTcePerWanYuan)} 吨标准煤/万元，基准情景按 004 所载实际降幅（五年 −0.53 %，约年均 ${num(series0(lb.energy.intensityDeclinePct))} %）延续至 2025 年。`,
          en: `"达标" against "未完成": both are recorded in the sources; the base-year intensity is the ${num(lb.energy.baseIntensityTcePerWanYuan)} tce/万元 of 001 表1, and the baseline continues the measured decline of 004 (−0.53 % in five years, about ${num(series0(lb.energy.intensityDeclinePct))} %/yr) to 2025.`,
        },
        {
          zh: `风电：“十四五”新建风电按正文 30 万千瓦计（001 第 3558–3560 行）= 已列名的第 33–36 项 ${num(lzNamedWind)} MW + 未列名 ${num(lzUnnamed)} MW（${code('lz-wind-14th-unnamed-58')}）；在建的泉山、慧光风电场（${num(lzResidual)} MW）计入 2020 年现有装机（${code('lz-wind-quanshan-huiguang')}）；总括项目 ${code('lz-wind-umbrella-340')} 不计入。星子镇 100 MW（“十三五”记述）与附表第 27、28 项重叠，同样不计入。各项目按附表完成年份于 7 月投产（${code('commissioningMonth')} = 7），不在同一年 1 月 1 日集中投产。`,
          en: `Wind: the 14th plan's new wind is the text's 300 MW (001 lines 3558–3560) = items 33–36 (${num(lzNamedWind)} MW) + ${num(lzUnnamed)} MW not yet named (${code('lz-wind-14th-unnamed-58')}); 泉山 and 慧光 (${num(lzResidual)} MW, under construction in 2020) are in the 2020 fleet (${code('lz-wind-quanshan-huiguang')}); the umbrella ${code('lz-wind-umbrella-340')} is not counted. The 100 MW 星子镇 narrative overlaps items 27 and 28 and is not counted either. Each project enters in July of the year the table completes it (${code('commissioningMonth')} = 7), not all on one 1 January.`,
        },
        {
          zh: `潭岭（天湖）抽水蓄能：文件仅提及一期（001 第 3682 行），2021–2025 年仅开展前期工作（000 第 1257 行），004 给出全项目 240 万千瓦；一期 ${num(lzPs.capacityMW)} MW、${lzPs.commissioningYear} 年投产均为假设，业主未知，假设为电网资产（抽发损耗电量不计入连州）；二期不计入（${code('lz-ps-tanling-phase2')}）。`,
          en: `潭岭（天湖）pumped storage: the documents name only a first phase (001 line 3682) with pre-feasibility work in 2021–2025 (000 line 1257), and 004 gives 240万千瓦 for the whole project; a first phase of ${num(lzPs.capacityMW)} MW in service in ${lzPs.commissioningYear} is assumed, the owner unknown and assumed a grid asset (losses not charged to 连州); the second phase is not counted (${code('lz-ps-tanling-phase2')}).`,
        },
      ],
    ],
    [
      '韶关',
      [
        {
          zh: `无能源总量和装机数据：基准年能耗强度由公布的单位地区生产总值二氧化碳排放 2.054 吨/万元反算为 ${num(sb.energy.baseIntensityTcePerWanYuan)} 吨标准煤/万元（${code('energy.baseIntensityTcePerWanYuan')}）；现有电源均为假设值（${code('sg-fleet-*')}）。`,
          en: `No energy totals or capacities: the base energy intensity is solved from the published CO2 intensity of 2.054 t/万元 as ${num(sb.energy.baseIntensityTcePerWanYuan)} tce/万元 (${code('energy.baseIntensityTcePerWanYuan')}); the existing fleet is assumed (${code('sg-fleet-*')}).`,
        },
        {
          zh: `指标 23 的 1.46 % 为年度下降率：作为基准情景的年均能耗强度降幅（${code('energy.intensityDeclinePct')} = ${seriesText(sb.energy.intensityDeclinePct)} %），不作水平值。`,
          en: `Indicator 23's 1.46 % is a yearly decline rate: it is the baseline's yearly decline of energy intensity (${code('energy.intensityDeclinePct')} = ${seriesText(sb.energy.intensityDeclinePct)} %), not a level.`,
        },
        {
          zh: `200 亿元清洁能源项目未给出装机：按投资各半、光伏 4 元/W、风电 6 元/W 折算为光伏 ${num(sgSum('pv'))} MW、风电 ${num(sgSum('wind'))} MW，在项目期内均匀建成（${sgYears.split('、')[0]}–${sgYears.split('、').pop()} 年每年一批，7 月投产），仅在政策情景中计入（${code('sg-pv-programme-*')}、${code('sg-wind-programme-*')}）。`,
          en: `The 200 亿元 clean-energy programme gives no MW: half the investment each, at 4 元/W for PV and 6 元/W for wind, gives ${num(sgSum('pv'))} MW of PV and ${num(sgSum('wind'))} MW of wind, built evenly over the programme (one tranche a year ${sgYears.split('、')[0]}–${sgYears.split('、').pop()}, each in July), counted in the policy scenario only (${code('sg-pv-programme-*')}, ${code('sg-wind-programme-*')}).`,
        },
        {
          zh: `“力争 2030 年底”与“2030 年前”：理解为达峰年份不晚于 ${num(target(sb, 'sg-peak-2030').value)} 年（${code('sg-peak-2030')}），对两种表述均适用。`,
          en: `"力争2030年底" and "2030年前": read as a peak year of ${num(target(sb, 'sg-peak-2030').value)} at the latest (${code('sg-peak-2030')}), which covers both wordings.`,
        },
      ],
    ],
  ]);
  for (const [city, id] of [['清远', 'qingyuan'], ['连州', 'lianzhou'], ['韶关', 'shaoguan']] as const) decided.get(city)?.push(industryDecision(preset(`${id}-baseline`)));
  return decided;
}

/** What a preset's key products and process lines are built on, and the scope of its published CO2 figure. */
function industryDecision(s: Scenario): Decision {
  const products = (s.industry?.products ?? []).map((p) => `${p.name} ${seriesText(p.outputWanT)}`).join('、');
  const productsEn = (s.industry?.products ?? []).map((p) => `${p.nameEn ?? p.name} ${seriesText(p.outputWanT)}`).join(', ');
  const process = (s.industry?.processEmissions ?? []).map((p) => code(p.id)).join(', ');
  return {
    zh: `重点产品（${products} 万吨/年）：文件点名了这些产业，但未给出产量、单位产品能耗和燃料构成，均为假设值并注明理由；2020 年从工业部门分燃料扣出，总量不变。工业生产过程排放（${process}）单列。2020 年公布数据的口径：${s.sources['accounting.peakScope']?.kind === 'assumed' ? (s.sources['accounting.peakScope'] as { reasonZh?: string }).reasonZh ?? '' : ''}`,
    en: `Key products (${productsEn} 万t/yr): the documents name the industries but give no output, unit energy or fuel mix; each is assumed with its reason and carved out of industry by fuel in 2020, so the total is unchanged. Process CO2 (${process}) is its own line. Scope of the published 2020 figure: ${s.sources['accounting.peakScope']?.kind === 'assumed' ? (s.sources['accounting.peakScope'] as { reason: string }).reason : ''}`,
  };
}

const CITY_EN: Record<string, string> = { 清远: 'Qingyuan', 连州: 'Lianzhou', 韶关: 'Shaoguan' };

// ---------------------------------------------------------------------------

/** The whole document. `readme` is the text of seeds/documents/README.md. */
export function renderDataSources(readme: string): string {
  const out: string[] = [];
  out.push(
    '# 数据来源 / Data sources',
    '',
    `> 本文件由 ${code('scripts/data-sources.ts')} 根据预设情景（${code('seeds/presets/')}）和参考库（${code('seeds/reference/')}）自动生成，请勿手工编辑；修改数据后运行 ${code('npm run docs:sources')} 重新生成。`,
    `> Generated by ${code('scripts/data-sources.ts')} from the presets (${code('seeds/presets/')}) and the reference library (${code('seeds/reference/')}); do not edit by hand. Run ${code('npm run docs:sources')} after changing the data.`,
    '',
    '## 阅读说明 / How to read this document',
    '',
    '每个预设情景的每个数值都有出处，分三类：',
    '',
    `- **文件 document**：出自 ${code('seeds/documents/')} 中的规划文件，注明文件名、行号和原文摘录（空白与换行除外逐字一致，测试会逐条核对）。`,
    `- **参考 reference**：出自参考库 ${code('seeds/reference/')}，注明发布机构、文件、条款和年份；“间接来源”表示转引而非读自发布机构原文。`,
    '- **假设 assumed**：文件未给出的数值，说明理由和依据。',
    '',
    'Every value of every preset has a source of one of three kinds:',
    '',
    `- **document**: a line of a planning document in ${code('seeds/documents/')}, with file, line and quote (verbatim apart from whitespace; a test checks each one).`,
    `- **reference**: an entry of the reference library ${code('seeds/reference/')}, with publisher, document, locator and year; "secondary" means read from a mirror or a paper rather than the publisher's own text.`,
    '- **assumed**: a value the documents do not give, with the reason and its basis.',
    '',
    `表中“字段”为情景文件中的字段路径（如 ${code('economy.baseGdpYiYuan')}），单位取自字段名；政策情景中与基准情景出处相同的条目标为“同基准情景”。`,
    `"Field" is the path in the scenario file (e.g. ${code('economy.baseGdpYiYuan')}), its unit implied by the name; policy rows whose source is the baseline's say "as in the baseline".`,
    '',
    '## 规划文件 / Seed documents',
    '',
    `粤北三市公开发布的五份规划文件，全文存于 ${code('seeds/documents/')}（见 ${code(README_PATH)}）。文件给出了目标、项目和经济数据，但没有完整的能源平衡表：预设情景需要而文件未给出的数值（燃料构成、电网排放因子、利用小时数等）均标明为假设，并注明所依据的其他来源。`,
    '',
    `Five public planning documents of three cities in northern Guangdong, held in full in ${code('seeds/documents/')} (see ${code(README_PATH)}). They give targets, projects and economy but no full energy balance: where a preset needs a value they do not give (fuel mix, grid emission factor, utilisation hours), it says so and names the source used instead.`,
    '',
    ...firstTable(readme),
    '',
    '## 已知缺口与不一致及处理方式 / Known gaps and inconsistencies, and how the presets decide',
    '',
  );
  const gaps = gapBullets(readme);
  const decided = decisions();
  for (const [city, list] of decided) {
    const gap = gaps.get(city);
    if (gap === undefined) throw new Error(`${README_PATH}: no known-gaps bullet for ${city}`);
    out.push(`### ${city} / ${CITY_EN[city]}`, '', `> ${gap}`, '');
    for (const d of list) out.push(`- ${d.zh}<br>${d.en}`);
    out.push('');
  }
  for (const city of gaps.keys()) if (!decided.has(city)) throw new Error(`${README_PATH}: known gaps of ${city} have no decision in scripts/lib/data-sources.ts`);

  out.push('## 预设情景 / Presets', '');
  for (const s of PRESETS) {
    const baseline = s.id.endsWith('-policy') ? PRESETS.find((p) => p.id === s.id.replace(/-policy$/, '-baseline')) : undefined;
    out.push(`### ${s.name} / ${s.nameEn ?? s.id} (${code(s.id)})`, '');
    if (s.description) out.push(cell(s.description), '');
    out.push(...presetTable(s, baseline), '');
  }

  out.push(
    '## 项目台账 / Project ledgers',
    '',
    '每市一张台账：基准情景计入在运和在建项目，政策情景计入全部标为计入的项目；“否 / 否”为仅作记录、不计入的条目（重复、无容量等，原因见备注）。',
    '',
    'One ledger per city: the baseline counts operating and under-construction entries, the policy every entry marked as counted; "no / no" rows are kept for the record only (overlaps, no capacity: see the note).',
    '',
  );
  for (const base of PRESETS.filter((p) => p.id.endsWith('-baseline'))) {
    const policy = PRESETS.find((p) => p.id === base.id.replace(/-baseline$/, '-policy')) ?? base;
    const city = base.region.name;
    out.push(`### ${city} / ${base.region.nameEn ?? city}`, '');
    out.push(`#### 现有电源（${base.baseYear} 年）/ Plants operating in ${base.baseYear}`, '', ...generatorTable(base.electricity.fleet, policy.electricity.fleet), '');
    out.push('#### 新建项目 / Projects', '', ...generatorTable(base.electricity.projects, policy.electricity.projects), '');
    if (policy.electricity.pumpedStorage.length) {
      out.push('#### 抽水蓄能 / Pumped storage', '', ...storageTable(base.electricity.pumpedStorage, policy.electricity.pumpedStorage), '');
    }
  }

  out.push(
    '## 参考库 / Reference library',
    '',
    `预设情景引用的外部数据（排放因子、折标系数、电网排放因子、上级下达目标、典型利用小时数等），共 ${REFERENCE.length} 条。`,
    '',
    `Outside figures the presets rely on (emission factors, conversion coefficients, grid factors, targets handed down, typical utilisation hours): ${REFERENCE.length} entries.`,
    '',
    ...referenceTables(),
  );
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
