import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../seeds/index';
import { shareCitations } from '../../../shared/io/citations';
import { exportScenarios, exportScenariosBytes, parseScenarioFile, type ParsedScenarioFile } from '../../../shared/io/scenario-file';
import type { Scenario } from '../../../shared/model/scenario';

const META = { exportedAt: '2026-12-04T08:00:00.000Z', appVersion: 'test' };
const qingyuan = PRESETS.find((p) => p.id === 'qingyuan-policy')!;
const lianzhou = PRESETS.find((p) => p.id === 'lianzhou-policy')!;

function okOf(r: ParsedScenarioFile) {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.problems, null, 2)}`);
  return r;
}
function problemsOf(r: ParsedScenarioFile) {
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}
/** Every source a scenario cites, as JSON text: its `sources` entries and each `source` field anywhere in it. */
function sourceTexts(s: Scenario): string[] {
  const out = Object.values(s.sources).map((v) => JSON.stringify(v));
  JSON.stringify({ ...s, sources: {} }, (key, value: unknown) => {
    if (key === 'source') out.push(JSON.stringify(value));
    return value;
  });
  return out;
}
/** How many different sources the scenarios cite (sources whose JSON text is the same are one). */
const distinct = (...scenarios: Scenario[]) => new Set(scenarios.flatMap(sourceTexts)).size;

/** A copy of 清远 under another id whose base-year source says something else. */
function editedCopy(): Scenario {
  return {
    ...qingyuan,
    id: 'qy-copy',
    name: '清远副本',
    sources: { ...qingyuan.sources, baseYear: { kind: 'assumed', reason: 'Chosen at the meeting.', reasonZh: '会上商定。' } },
  };
}

describe('a library file writes each source once', () => {
  it('lists each distinct source once, and a copy with one edited source adds exactly that one', () => {
    const one = JSON.parse(exportScenarios({ scenarios: [qingyuan, { ...qingyuan, id: 'qy-same', name: '同上' }], ...META }));
    // two scenarios with the same sources: the list holds 清远's distinct sources, no more
    expect(one.citations).toHaveLength(distinct(qingyuan));
    expect(one.scenarios[1].sources).toEqual(one.scenarios[0].sources);

    const two = JSON.parse(exportScenarios({ scenarios: [qingyuan, editedCopy()], ...META }));
    expect(two.citations).toHaveLength(distinct(qingyuan) + 1);
    // every entry is a place in the list, the edited one the last
    for (const s of two.scenarios) for (const v of Object.values(s.sources)) expect(Number.isInteger(v)).toBe(true);
    // so is the source of each ledger row and each target
    expect(two.scenarios[0].electricity.projects.map((p: { source: unknown }) => typeof p.source)).toEqual(qingyuan.electricity.projects.map(() => 'number'));
    expect(two.scenarios[1].targets.map((t: { source: unknown }) => typeof t.source)).toEqual(qingyuan.targets.map(() => 'number'));
    expect(two.scenarios[1].sources.baseYear).toBe(distinct(qingyuan));
    expect(two.citations[distinct(qingyuan)]).toEqual({ kind: 'assumed', reason: 'Chosen at the meeting.', reasonZh: '会上商定。' });
  });

  it('reads back the same scenarios from the text and from the bytes, sources in place', () => {
    const scenarios = [qingyuan, editedCopy(), lianzhou];
    const input = { scenarios, ...META };
    expect(okOf(parseScenarioFile(exportScenarios(input))).scenarios).toEqual(scenarios);
    const back = okOf(parseScenarioFile(exportScenariosBytes(input)));
    expect(back.scenarios).toEqual(scenarios);
    expect(back.formatVersion).toBe(4);
  });

  it('keeps one scenario pretty, with its sources written in place', () => {
    const doc = JSON.parse(exportScenarios({ scenarios: [lianzhou], ...META }));
    expect(doc.citations).toBeUndefined();
    expect(doc.scenarios[0].sources).toEqual(lianzhou.sources);
  });

  it('shares a source between regions when its text is the same, and only then', () => {
    const { citationsJson } = shareCitations([qingyuan, lianzhou]);
    // the union of the two sets of distinct texts
    expect(citationsJson).toHaveLength(distinct(qingyuan, lianzhou));
    expect(new Set(citationsJson).size).toBe(citationsJson.length);
  });
});

describe('reading the citations of a file', () => {
  const file = () => JSON.parse(exportScenarios({ scenarios: [qingyuan, editedCopy()], ...META }));

  it('refuses a place that is not in the list, naming the scenario and the entry', () => {
    const doc = file();
    const count = doc.citations.length;
    doc.scenarios[1].sources.baseYear = count;
    doc.scenarios[0].sources.endYear = -1;
    doc.scenarios[0].sources.baseYear = 1.5;
    const problems = problemsOf(parseScenarioFile(JSON.stringify(doc)));
    expect(problems).toEqual([
      { path: 'scenarios[0].sources.baseYear', code: 'file.citationMissing', params: { place: 1.5, count } },
      { path: 'scenarios[0].sources.endYear', code: 'file.citationMissing', params: { place: -1, count } },
      { path: 'scenarios[1].sources.baseYear', code: 'file.citationMissing', params: { place: count, count } },
    ]);
  });

  it('refuses a ledger row whose source is not in the list, at the row', () => {
    const doc = file();
    doc.scenarios[1].electricity.projects[2].source = 10_000;
    expect(problemsOf(parseScenarioFile(JSON.stringify(doc)))).toEqual([
      { path: 'scenarios[1].electricity.projects[2].source', code: 'file.citationMissing', params: { place: 10_000, count: doc.citations.length } },
    ]);
  });

  it('refuses citations that are not a list', () => {
    const doc = { ...file(), citations: { 0: {} } };
    expect(problemsOf(parseScenarioFile(JSON.stringify(doc)))).toEqual([{ path: 'citations', code: 'file.notList', params: { got: 'object' } }]);
  });

  it('checks a listed source as it checks one in place', () => {
    const doc = file();
    const place = doc.scenarios[0].sources.baseYear;
    doc.citations[place] = { kind: 'assumed' };
    // an assumed source without its reason: refused where 清远 cites it; the edited copy cites a source of its own there
    const paths = problemsOf(parseScenarioFile(JSON.stringify(doc))).map((p) => p.path);
    expect(paths.some((p) => p.startsWith('scenarios[0].sources.baseYear'))).toBe(true);
    expect(paths.some((p) => p.startsWith('scenarios[1].sources.baseYear'))).toBe(false);
  });

  it('reads a format-3 library, its sources in place, and a format-4 file mixing both', () => {
    const v3 = { format: 'carbon-peak-planner', formatVersion: 3, ...META, scenarios: [qingyuan, lianzhou] };
    const r = okOf(parseScenarioFile(JSON.stringify(v3)));
    expect(r.scenarios).toEqual([qingyuan, lianzhou]);
    expect(r.formatVersion).toBe(3);

    const mixed = file();
    mixed.scenarios[1].sources.baseYear = { kind: 'assumed', reason: 'Chosen at the meeting.', reasonZh: '会上商定。' };
    expect(okOf(parseScenarioFile(JSON.stringify(mixed))).scenarios[1]).toEqual(editedCopy());
  });

  it('gives each scenario its own sources: changing one read scenario leaves the other as it was', () => {
    const [a, b] = okOf(parseScenarioFile(exportScenarios({ scenarios: [qingyuan, { ...qingyuan, id: 'qy-same', name: '同上' }], ...META }))).scenarios;
    expect(a!.sources.endYear).not.toBe(b!.sources.endYear);
    expect(a!.sources.endYear).toEqual(b!.sources.endYear);
  });
});
