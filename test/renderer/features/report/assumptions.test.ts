import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../../seeds/index';
import { runScenario } from '../../../../shared/engine/run';
import { assumptionRows, describeField, seriesText, targetSourceRows } from '../../../../renderer/features/report/assumptions';
import { decompositionYear, whyDifferent } from '../../../../renderer/features/report/compare';
import { reportText } from '../../../../renderer/features/report/report-text';
import { presetScenario } from '../results/preset';
import { parseScenarioFile } from '../../../../shared/io/scenario-file';
import { setAnnualBuildout, setValue } from '../../../../shared/model/ops';
import { bibliography, reportSourceLines, withTitles } from '../../../../renderer/features/report/citations';
import { setAt } from '../../../../shared/model/path';
import { BASICS_DEFAULTS } from '../../../../seeds/basics-defaults';
import { resolvePlainSeries } from '../../../../shared/engine/series-values';
import { scenarioFromBasics } from '../../../../shared/model/from-basics';
import type { ValueInYear } from '../../../../shared/model/ops-levers';

const zh = reportText('zh');
const en = reportText('en');

describe('assumptions: every sourced input of every preset, labelled', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s', (_id, scenario) => {
    for (const x of [zh, en]) {
      const rows = assumptionRows(scenario, x);
      const paths = rows.flatMap((r) => r.fields.map((f) => f.path));
      // each path once, none lost by the merging of identical sources
      expect([...paths].sort()).toEqual(Object.keys(scenario.sources).sort());
      for (const row of rows) for (const f of row.fields) expect(row.ref).toEqual(scenario.sources[f.path]);
      // a label of its own for every path (never the raw path) and a value for every field that has one
      for (const f of rows.flatMap((r) => r.fields)) {
        expect(f.label, f.path).not.toBe(f.path);
        expect(f.label, f.path).not.toMatch(/assumptions\./);
        if (f.path) expect(f.value, f.path).not.toBe('');
      }
      expect(targetSourceRows(scenario, x).flatMap((r) => r.fields)).toHaveLength(scenario.targets.length);
    }
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: the same table when read from a format-1 file', (_id, scenario) => {
    const file = JSON.stringify({ format: 'carbon-peak-planner', formatVersion: 1, exportedAt: 'x', appVersion: 'y', scenarios: [scenario] });
    const read = parseScenarioFile(file);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    for (const x of [zh, en]) expect(assumptionRows(read.scenarios[0]!, x)).toEqual(assumptionRows(scenario, x));
  });

  it('a ledger row’s field is named by its row wherever the row moves', () => {
    const s = presetScenario('lianzhou-policy');
    const [first, second] = s.electricity.projects;
    const marked = setValue(s, 'electricity.projects[0].capacityMW', first!.capacityMW, { kind: 'user', note: 'checked on site' });
    const moved = setAt(marked, 'electricity.projects', [second!, first!, ...marked.electricity.projects.slice(2)]);
    const row = assumptionRows(moved, en).find((r) => r.ref?.kind === 'user' && r.ref.note === 'checked on site')!;
    expect(row.fields).toEqual([{ path: `electricity.projects[id=${first!.id}].capacityMW`, label: `${first!.name}: capacity`, value: `${en.plain(first!.capacityMW)} MW` }]);
    // in Chinese the field by its name in the documents, never its key; a year without digit grouping
    const zhRow = assumptionRows(moved, zh).find((r) => r.ref?.kind === 'user')!;
    expect(zhRow.fields[0]!.label).toBe(`${first!.name}：装机容量`);
    const dated = setValue(s, 'electricity.projects[0].commissioningYear', 2026, { kind: 'user' });
    const year = assumptionRows(dated, zh).flatMap((r) => r.fields).find((f) => f.path.endsWith('.commissioningYear'))!;
    expect(year).toEqual({ path: `electricity.projects[id=${first!.id}].commissioningYear`, label: `${first!.name}：投运年份`, value: '2026年' });
  });

  it('rows a build-out lever wrote, and their notes, in the report’s language', () => {
    // named by the Chinese editor; the English report names the rows by type and year all the same
    const s = setAnnualBuildout(presetScenario('qingyuan-policy'), 'pv', 100, 2026, 2027, 1100, (_t, y) => `光伏逐年新增装机（${y} 年）`);
    const edited = setValue(s, 'electricity.projects[id=buildout-pv-2026].capacityMW', 100, { kind: 'user', note: 'build-out lever: 100 MW/yr 2026–2027' });
    const row = assumptionRows(edited, zh).find((r) => r.ref?.kind === 'user')!;
    expect(row.fields[0]!.label).toBe('光伏逐年新增装机（2026 年）：装机容量');
    expect(assumptionRows(edited, en).find((r) => r.ref?.kind === 'user')!.fields[0]!.label).toMatch(/^Solar PV yearly build-out \(2026\)/);
    // capacity in the report's unit, 万千瓦 in Chinese by default: 100 MW = 10 万千瓦
    expect(row.fields[0]!.value).toBe('10 万千瓦');
    expect(reportSourceLines(row.ref, zh)).toEqual(['用户修改：逐年新增装机调节：每年 10 万千瓦，2026–2027 年']);
    // with MW chosen in the settings, the Chinese report keeps MW
    const inMW = reportText('zh', 'mw');
    const mwRow = assumptionRows(edited, inMW).find((r) => r.ref?.kind === 'user')!;
    expect(mwRow.fields[0]!.value).toBe('100 MW');
    expect(reportSourceLines(mwRow.ref, inMW)).toEqual(['用户修改：逐年新增装机调节：每年 100 MW，2026–2027 年']);
  });

  it('figures typed at the guided start are cited as the region’s own data in either language, not as a change', () => {
    const valueInYear: ValueInYear = (series, year, base, end) =>
      typeof series === 'object' && !Array.isArray(series) ? undefined : resolvePlainSeries(series, '', base, Math.max(end, year) - base + 1, [])[Math.max(0, year - base)];
    const s = scenarioFromBasics(
      { name: '阳山县基准情景', region: { name: '阳山县', level: 'county' }, baseYear: 2020, endYear: 2035, gdpYiYuan: 150, energy: { totalWanTce: 90 } },
      { ...BASICS_DEFAULTS, valueInYear },
    );
    const ref = s.sources['economy.baseGdpYiYuan'];
    expect(reportSourceLines(ref, zh)).toEqual(['新建情景时录入的本地区基础数据']);
    expect(reportSourceLines(ref, en)).toEqual(['entered at the guided start']);
  });

  it('cites documents by title and line, never by file, and lists them with their issuer', () => {
    const s = presetScenario('qingyuan-policy');
    const doc = reportSourceLines({ kind: 'document', file: '000_cf0eda570017d74c.txt', line: 97, lineEnd: 101 }, zh);
    expect(doc).toEqual(['《清远市生态文明建设"十四五"规划》第 97–101 行']);
    // a seed number and a reference id inside a preset's text
    expect(withTitles('见 000 第 836 行；参考库条目 cn-14fyp-co2-intensity', zh)).not.toMatch(/000 |cn-14fyp/);
    const bib = bibliography(s, zh);
    expect(bib.documents.some((d) => d.text.startsWith('《清远市生态文明建设"十四五"规划》，中共清远市委、清远市人民政府；引用第 '))).toBe(true);
    expect(bib.documents.every((d) => !d.text.includes('.txt'))).toBe(true);
    expect(bib.references.length).toBeGreaterThan(0);
  });

  it('merges inputs that share a source, in reading order', () => {
    const s = presetScenario('qingyuan-policy');
    const rows = assumptionRows(s, zh);
    const shares = rows.find((r) => r.fields.some((f) => f.path === 'energy.sectors.industry.sharePct'))!;
    expect(shares.fields.map((f) => f.path)).toEqual(['industry', 'services', 'transport', 'households', 'agriculture'].map((k) => `energy.sectors.${k}.sharePct`));
    const order = rows.map((r) => r.fields[0]!.path);
    expect(order.indexOf('economy.baseGdpYiYuan')).toBeLessThan(order.indexOf('conventions.primaryElectricity'));
  });

  it('states values with their units', () => {
    const s = presetScenario('qingyuan-policy');
    expect(describeField(s, 'economy.baseGdpYiYuan', zh).value).toMatch(/亿元$/);
    expect(describeField(s, 'energy.baseIntensityTcePerWanYuan', zh).value).toBe(`0.834 ${zh.rt('units.tcePerWanYuan')}`);
    expect(describeField(s, 'conventions.primaryElectricity', zh).value).toBe('等价值');
    expect(describeField(s, 'conventions.primaryElectricity', en).label).toBe('Reporting convention for electricity');
    expect(seriesText([{ year: 2021, value: 6 }, { year: 2030, value: 4.5 }], '%/年', zh)).toBe('2021 年 6 → 2030 年 4.5 %/年');
    expect(seriesText({ expr: 'growth(-2)' }, '', en)).toBe('expression growth(-2)');
    expect(seriesText(Array.from({ length: 10 }, (_, i) => ({ year: 2021 + i, value: i })), '', en)).toBe('0 (2021) → 1 (2022) → 2 (2023) → … → 8 (2029) → 9 (2030)');
  });
});

describe('comparison tables', () => {
  const a = presetScenario('qingyuan-baseline');
  const b = presetScenario('qingyuan-policy');
  const items = [a, b].map((scenario) => ({ scenario, results: runScenario(scenario) }));

  it('why different: the LMDI parts add up to the CO2 gap in 2030', () => {
    expect(decompositionYear(items)).toBe(2030);
    // a year chosen on the compare page, when both scenarios cover it
    expect(decompositionYear(items, 2040)).toBe(2040);
    expect(decompositionYear(items, 2070)).toBe(2030);
    const why = whyDifferent(items, 2030);
    const sum = why.drivers.reduce((s, d) => s + d.values[0]!, 0);
    expect(sum).toBeCloseTo(why.totals[0]!, 0);
    expect(why.totals[0]).toBeCloseTo(items[1]!.results.years[10]!.co2 - items[0]!.results.years[10]!.co2, 9);
  });
});

describe('printOption', () => {
  const REPORT_FONT_STACK = "'Report Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
  it('drops the tooltip (paper has no hover; ECharts would measure the page for it) and keeps everything else', async () => {
    const { printOption } = await import('../../../../renderer/features/report/PrintChart');
    const option = { tooltip: { trigger: 'axis' as const }, xAxis: { type: 'category' as const, data: ['2020'] }, yAxis: { type: 'value' as const }, series: [{ type: 'line' as const, data: [1] }] };
    const printed = printOption(option);
    expect(printed).not.toHaveProperty('tooltip');
    expect(printed).toEqual({ xAxis: option.xAxis, yAxis: option.yAxis, series: option.series, textStyle: { fontFamily: REPORT_FONT_STACK } });
  });

  it('sets every font of the chart to the report typeface, and keeps formatters and data as they are', async () => {
    const { printOption } = await import('../../../../renderer/features/report/PrintChart');
    const formatter = (v: number) => `${v}%`;
    const data = [[2020, 1], [2030, 2]];
    const option = {
      textStyle: { fontFamily: 'screen font', color: '#123' },
      legend: { data: ['a'], textStyle: { fontFamily: 'screen font', fontSize: 11 } },
      xAxis: { type: 'value' as const, axisLabel: { formatter, fontFamily: 'screen font' } },
      series: [{ type: 'line' as const, data, label: { show: true, fontFamily: 'screen font' } }],
    };
    const printed = printOption(option) as typeof option;
    expect(printed.textStyle).toEqual({ fontFamily: REPORT_FONT_STACK, color: '#123' });
    expect(printed.legend.textStyle).toEqual({ fontFamily: REPORT_FONT_STACK, fontSize: 11 });
    expect(printed.xAxis.axisLabel.fontFamily).toBe(REPORT_FONT_STACK);
    expect(printed.xAxis.axisLabel.formatter).toBe(formatter);
    expect(printed.series[0]!.label.fontFamily).toBe(REPORT_FONT_STACK);
    // a series' numbers are the option's own array, not a copy
    expect(printed.series[0]!.data).toBe(data);
    // the screen's option is left as it was
    expect(option.legend.textStyle.fontFamily).toBe('screen font');
  });
});
