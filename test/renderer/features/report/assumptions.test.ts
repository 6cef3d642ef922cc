import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../../seeds/index';
import { runScenario } from '../../../../shared/engine/run';
import { assumptionRows, describeField, seriesText, targetSourceRows } from '../../../../renderer/features/report/assumptions';
import { decompositionYear, whyDifferent } from '../../../../renderer/features/report/compare';
import { reportText } from '../../../../renderer/features/report/report-text';
import { presetScenario } from '../results/preset';
import { parseScenarioFile } from '../../../../shared/io/scenario-file';
import { setValue } from '../../../../shared/model/ops';
import { setAt } from '../../../../shared/model/path';

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
    expect(row.fields).toEqual([{ path: `electricity.projects[id=${first!.id}].capacityMW`, label: `${first!.name}: capacityMW`, value: en.plain(first!.capacityMW) }]);
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
    expect(describeField(s, 'energy.baseIntensityTcePerWanYuan', zh).value).toBe('0.834 tce/万元');
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
  it('drops the tooltip (paper has no hover; ECharts would measure the page for it) and keeps everything else', async () => {
    const { printOption } = await import('../../../../renderer/features/report/PrintChart');
    const option = { tooltip: { trigger: 'axis' as const }, xAxis: { type: 'category' as const, data: ['2020'] }, yAxis: { type: 'value' as const }, series: [{ type: 'line' as const, data: [1] }] };
    const printed = printOption(option);
    expect(printed).not.toHaveProperty('tooltip');
    expect(printed).toEqual({ xAxis: option.xAxis, yAxis: option.yAxis, series: option.series });
  });
});
