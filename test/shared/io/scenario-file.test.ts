import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectForExport, DEFAULT_MAX_SIZE, exportScenarios, parseScenarioFile, scenarioFileTooLarge, type ParsedScenarioFile } from '../../../shared/io/scenario-file';
import { PRESETS } from '../../../seeds/index';
import { applyOverrides, type DerivedScenario } from '../../../shared/model/inherit';
import type { Scenario } from '../../../shared/model/scenario';
import { encodeUtf8 } from '../../../shared/io/text';
import { makeScenario } from '../../helpers/make-scenario';
import { derivedSample, otherScenario, richScenario, sampleScenarios } from './samples';

const META = { exportedAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0' };
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url)));

function problemsOf(r: ParsedScenarioFile) {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('expected problems');
  expect(r.problems.length).toBeGreaterThan(0);
  return r.problems;
}
function okOf(r: ParsedScenarioFile) {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.problems, null, 2)}`);
  return r;
}

describe('export → parse round trip', () => {
  it('gives deep-equal scenarios for every sample (presets when seeds/index.ts exists)', async () => {
    const { scenarios } = await sampleScenarios();
    const text = exportScenarios({ scenarios, ...META });
    const r = okOf(parseScenarioFile(text));
    expect(r.scenarios).toEqual(scenarios);
    expect(r.formatVersion).toBe(4);
    expect(r.exportedAt).toBe(META.exportedAt);
    expect(r.appVersion).toBe(META.appVersion);
    expect(r.warnings).toEqual([]);
    // each alone, as bytes (what the UI reads from disk)
    for (const s of scenarios) {
      const one = okOf(parseScenarioFile(encodeUtf8(exportScenarios({ scenarios: [s], ...META }))));
      expect(one.scenarios).toEqual([s]);
    }
  });

  it('writes pretty UTF-8 JSON with the format header', () => {
    const text = exportScenarios({ scenarios: [makeScenario()], ...META });
    expect(text.startsWith('{\n  "format": "carbon-peak-planner",\n  "formatVersion": 4,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"name": "测试情景"');
    expect(text).not.toContain('"derived"');
  });

  it('round-trips derived scenarios and resolves them through their parents', () => {
    const parent = richScenario();
    const child = derivedSample();
    const r = okOf(parseScenarioFile(exportScenarios({ scenarios: [parent], derived: [child], ...META })));
    expect(r.derived).toEqual([child]);
    expect(r.derivedResolved[0]).toEqual(applyOverrides(parent, child));
    expect(r.derivedResolved[0]!.electricity.projects.find((p) => p.id === 'proj-pv-1')!.capacityMW).toBe(150);
  });

  it('accepts a BOM, in text and in bytes', () => {
    const text = exportScenarios({ scenarios: [makeScenario()], ...META });
    expect(okOf(parseScenarioFile(`\uFEFF${text}`)).scenarios).toHaveLength(1);
    expect(okOf(parseScenarioFile(new Uint8Array([0xef, 0xbb, 0xbf, ...encodeUtf8(text)]))).scenarios).toHaveLength(1);
  });
});

describe('file-level problems', () => {
  it('empty file', () => {
    expect(problemsOf(parseScenarioFile(''))[0]).toMatchObject({ code: 'file.empty', path: '(file)' });
    expect(problemsOf(parseScenarioFile(' \n\t '))[0]).toMatchObject({ code: 'file.empty' });
    expect(problemsOf(parseScenarioFile(new Uint8Array()))[0]).toMatchObject({ code: 'file.empty' });
  });

  it('not JSON, with line and column', () => {
    const p = problemsOf(parseScenarioFile('{\n  "format": "carbon-peak-planner",\n  "formatVersion" 1\n}'))[0]!;
    expect(p).toMatchObject({ code: 'file.notJsonAt', params: { line: 3, column: 19 } });
  });

  it('wrong format marker, lists and scalars, backups', () => {
    expect(problemsOf(parseScenarioFile('{"format":"something-else","formatVersion":1}'))[0])
      .toMatchObject({ code: 'file.otherFormat', params: { format: '"something-else"' } });
    expect(problemsOf(parseScenarioFile('{"hello":"world"}'))[0]).toMatchObject({ code: 'file.noMarker', params: { marker: 'carbon-peak-planner' } });
    expect(problemsOf(parseScenarioFile('[1,2]'))[0]).toMatchObject({ code: 'file.holdsList' });
    expect(problemsOf(parseScenarioFile('42'))[0]).toMatchObject({ code: 'file.holdsValue', params: { type: 'number' } });
    expect(problemsOf(parseScenarioFile('{"format":"carbon-peak-planner-backup","formatVersion":1}'))[0]).toMatchObject({ code: 'file.isBackup' });
  });

  it('a file from a newer version says so', () => {
    const p = problemsOf(parseScenarioFile('{"format":"carbon-peak-planner","formatVersion":7,"appVersion":"3.2.0","scenarios":[]}'))[0]!;
    expect(p).toEqual({ path: '(file)', code: 'file.newerApp', params: { app: '3.2.0', version: 7, supported: 4 } });
  });

  it('a broken version number', () => {
    for (const v of ['"1"', '1.5', '-1', 'null']) {
      expect(problemsOf(parseScenarioFile(`{"format":"carbon-peak-planner","formatVersion":${v},"scenarios":[]}`))[0]).toMatchObject({ path: 'formatVersion', code: 'file.badVersion' });
    }
  });

  it('huge files and deep nesting are refused before parsing', () => {
    const text = exportScenarios({ scenarios: [makeScenario()], ...META });
    expect(problemsOf(parseScenarioFile(text, { maxSize: 100 }))[0]).toMatchObject({ code: 'file.tooLarge', params: { size: text.length, limit: 100 } });
    const deep = `{"format":"carbon-peak-planner","formatVersion":1,"scenarios":[${'['.repeat(5000)}${']'.repeat(5000)}]}`;
    expect(problemsOf(parseScenarioFile(deep))[0]).toMatchObject({ code: 'file.tooDeepScenario', params: { limit: 64 } });
  });

  it('a library of 1,000 preset-sized scenarios, as the app exports it, is not refused as too large', () => {
    // the size limit counts bytes for a file read from disk; each preset with its sources and Chinese
    // notes is tens of kilobytes of UTF-8, so 1,000 of the largest exceed 64 MiB
    const largest = Math.max(...PRESETS.map((p) => encodeUtf8(JSON.stringify(p)).length));
    expect(largest * 1000).toBeGreaterThan(64 * 2 ** 20);
    expect(scenarioFileTooLarge(largest * 1000)).toBeNull();
    expect(scenarioFileTooLarge(DEFAULT_MAX_SIZE + 1)).toMatchObject({ code: 'file.tooLarge' });
  });

  it('too many scenarios', () => {
    const s = makeScenario();
    const r = parseScenarioFile(exportScenarios({ scenarios: [s, s, s], ...META }), { maxScenarios: 2 });
    expect(problemsOf(r)[0]).toMatchObject({ code: 'file.tooMany', params: { count: 3, limit: 2 } });
  });

  it('missing or mistyped envelope fields', () => {
    expect(problemsOf(parseScenarioFile('{"format":"carbon-peak-planner","formatVersion":1}'))[0]).toMatchObject({ path: 'scenarios', code: 'file.listMissing' });
    expect(problemsOf(parseScenarioFile('{"format":"carbon-peak-planner","formatVersion":1,"scenarios":{}}'))[0]).toMatchObject({ path: 'scenarios' });
    expect(problemsOf(parseScenarioFile('{"format":"carbon-peak-planner","formatVersion":1,"scenarios":[]}'))[0]).toMatchObject({ code: 'file.noScenarios' });
    const doc = JSON.parse(exportScenarios({ scenarios: [makeScenario()], ...META }));
    expect(problemsOf(parseScenarioFile(JSON.stringify({ ...doc, exportedAt: 5 })))[0]).toMatchObject({ path: 'exportedAt' });
    const extra = okOf(parseScenarioFile(JSON.stringify({ ...doc, comment: 'hi' })));
    expect(extra.warnings).toEqual([expect.objectContaining({ path: 'comment' })]);
    const { exportedAt: _e, ...noDate } = doc;
    expect(okOf(parseScenarioFile(JSON.stringify(noDate))).warnings).toEqual([expect.objectContaining({ path: 'exportedAt' })]);
  });
});

describe('validation of every scenario', () => {
  it('reports problems with paths into the file, for every bad scenario', () => {
    const good = makeScenario();
    const bad = makeScenario((s) => {
      s.id = 'bad';
      (s.economy as { baseGdpYiYuan: unknown }).baseGdpYiYuan = -5;
    });
    const worse = makeScenario((s) => {
      s.id = 'worse';
      s.energy.sectors.industry.fuelSharesPct.coal = 70; // shares now add up to 110 %
    });
    const problems = problemsOf(parseScenarioFile(exportScenarios({ scenarios: [good, otherScenario(), bad, worse], ...META })));
    expect(problems).toEqual([
      { path: 'scenarios[2].economy.baseGdpYiYuan', code: 'value.positive', params: {} },
      { path: 'scenarios[3].energy.sectors.industry.fuelSharesPct', code: 'shares.fuelSum', params: { sum: 110, year: 2020 } },
    ]);
  });

  it('refuses duplicate ids', () => {
    const s = makeScenario();
    expect(problemsOf(parseScenarioFile(exportScenarios({ scenarios: [s, { ...s, name: '另一个' }], ...META })))).toEqual([
      { path: 'scenarios[1].id', code: 'file.duplicateId', params: { id: s.id, first: 'scenarios[0]' } },
    ]);
  });

  it('caps a long problem list', () => {
    const bad = Array.from({ length: 300 }, (_, i) => makeScenario((s) => {
      s.id = `s${i}`;
      s.name = '';
    }));
    const problems = problemsOf(parseScenarioFile(exportScenarios({ scenarios: bad, ...META })));
    expect(problems).toHaveLength(201);
    expect(problems.at(-1)).toEqual({ path: '(file)', code: 'file.more', params: { count: 100 } });
  });

  it('reads a bare scenario (as `npm run calc` does) with a warning, paths relative to it', () => {
    const ok = okOf(parseScenarioFile(JSON.stringify(makeScenario())));
    expect(ok.scenarios).toEqual([makeScenario()]);
    expect(ok.warnings[0]).toMatchObject({ code: 'file.bare' });
    const bad = problemsOf(parseScenarioFile(JSON.stringify(makeScenario((s) => { s.endYear = 2020; }))));
    expect(bad[0]!.path).toBe('endYear');
  });
});

describe('derived scenarios', () => {
  const parent = richScenario();

  it('a parent outside the file must be given (presets, the library)', () => {
    const text = exportScenarios({ scenarios: [], derived: [derivedSample()], ...META });
    expect(problemsOf(parseScenarioFile(text))[0]).toMatchObject({
      path: 'derived[0].parentId',
      code: 'file.missingParent',
      params: { issue: { code: 'derive.missing', params: { id: 'rich-fast-pv', parent: parent.id } } },
    });
    const r = okOf(parseScenarioFile(text, { parents: (id) => (id === parent.id ? parent : undefined) }));
    expect(r.derivedResolved[0]!.economy.baseGdpYiYuan).toBe(3300);
  });

  it('cycles are refused', () => {
    const a: DerivedScenario = { id: 'a', parentId: 'b', name: 'A', overrides: [] };
    const b: DerivedScenario = { id: 'b', parentId: 'a', name: 'B', overrides: [] };
    const problems = problemsOf(parseScenarioFile(exportScenarios({ scenarios: [], derived: [a, b], ...META })));
    expect(problems[0]).toEqual({ code: 'derive.cycle', path: 'derived[0].parentId', params: { chain: ['a', 'b', 'a'] } });
  });

  it('an override that breaks the scenario is a problem at the derived scenario', () => {
    const child: DerivedScenario = { id: 'c', parentId: parent.id, name: 'C', overrides: [{ path: 'economy.baseGdpYiYuan', value: 'lots' }] };
    const problems = problemsOf(parseScenarioFile(exportScenarios({ scenarios: [parent], derived: [child], ...META })));
    expect(problems[0]).toEqual({
      path: 'derived[0].economy.baseGdpYiYuan',
      code: 'file.afterParent',
      params: { issue: { code: 'schema.type', params: { expected: 'number', got: 'string' } }, parent: parent.id },
    });
  });

  it('stale and malformed overrides are skipped with warnings', () => {
    const child: DerivedScenario = {
      id: 'c', parentId: parent.id, name: 'C',
      overrides: [{ path: 'electricity.projects[id=gone].capacityMW', value: 1 }, { path: 'a..b[', value: 1 }],
    };
    const r = okOf(parseScenarioFile(exportScenarios({ scenarios: [parent], derived: [child], ...META })));
    expect(r.warnings.map((w) => w.path)).toEqual(expect.arrayContaining(['derived[0].overrides[0]', 'derived[0].overrides[1].path']));
    expect(r.derivedResolved[0]).toEqual({ ...parent, id: 'c', name: 'C', nameEn: undefined, description: undefined });
  });

  it('the shape of derived entries is checked', () => {
    const text = JSON.stringify({
      format: 'carbon-peak-planner', formatVersion: 1, scenarios: [parent],
      derived: [{ id: 'x y', parentId: parent.id, name: 'X', overrides: [{ path: 'a' }, { path: 'b', removed: 'yes' }, 3] }],
    });
    const paths = problemsOf(parseScenarioFile(text)).map((p) => p.path);
    expect(paths).toEqual(['derived[0].id']);
    const text2 = JSON.stringify({
      format: 'carbon-peak-planner', formatVersion: 1, scenarios: [parent],
      derived: [{ id: 'xy', parentId: parent.id, name: 'X', overrides: [{ path: 'a' }, { path: 'b', removed: 'yes' }, 3, { path: 'c', value: 1, extra: 1 }] }],
    });
    expect(problemsOf(parseScenarioFile(text2)).map((p) => p.path)).toEqual([
      'derived[0].overrides[0]', 'derived[0].overrides[1].removed', 'derived[0].overrides[2]', 'derived[0].overrides[3]',
    ]);
  });

  it('collectForExport adds the parents a selection needs, roots first', () => {
    const mid: DerivedScenario = { ...derivedSample(), id: 'mid' };
    const leaf: DerivedScenario = { id: 'leaf', parentId: 'mid', name: 'Leaf', overrides: [] };
    const all = new Map<string, Scenario | DerivedScenario>([[parent.id, parent], ['mid', mid], ['leaf', leaf]]);
    const r = collectForExport(['leaf', 'nope', parent.id], (id) => all.get(id));
    expect(r.scenarios.map((s) => s.id)).toEqual([parent.id]);
    expect(r.derived.map((d) => d.id)).toEqual(['mid', 'leaf']);
    expect(r.missing).toEqual(['nope']);
    expect(okOf(parseScenarioFile(exportScenarios({ ...r, ...META }))).derivedResolved).toHaveLength(2);
  });
});

describe('prototype files (format 0)', () => {
  it('migrates the Nanhai fixture to a valid scenario, with a warning that says so', () => {
    const r = okOf(parseScenarioFile(fixtureBytes('scenario-v0-nanhai.json')));
    expect(r.formatVersion).toBe(0);
    expect(r.scenarios.map((s) => s.id)).toEqual(['nanhai-base']);
    expect(r.appVersion).toBe('prototype 0.4.1');
    expect(r.warnings.at(-1)).toEqual({ path: '(file)', code: 'migrate.convertedFrom', params: { version: '0.4.1' } });
    // and it exports as a current file that reads back unchanged
    const again = okOf(parseScenarioFile(exportScenarios({ scenarios: r.scenarios, ...META })));
    expect(again.scenarios).toEqual(r.scenarios);
    expect(again.formatVersion).toBe(4);
  });

  it('names the prototype field next to each problem of the library fixture', () => {
    const problems = problemsOf(parseScenarioFile(fixtureBytes('scenario-v0-library.json')));
    expect(problems).toEqual([
      expect.objectContaining({ path: 'scenarios[1].economy.baseGdpYiYuan', code: 'file.legacyField', params: expect.objectContaining({ field: 'scenarios[1].gdp' }) }),
      expect.objectContaining({ path: 'scenarios[1].electricity.projects[0].status', code: 'file.legacyField', params: expect.objectContaining({ field: 'scenarios[1].power.projects[0].status' }) }),
    ]);
  });
});
