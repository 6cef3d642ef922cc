import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { backupChecksum, createBackup, parseBackup, type BackupContent, type ParsedBackup } from '../../../shared/io/backup';
import { exportScenarios } from '../../../shared/io/scenario-file';
import { canonicalJson, encodeUtf8 } from '../../../shared/io/text';
import { applyOverrides } from '../../../shared/model/inherit';
import { makeScenario } from '../../helpers/make-scenario';
import { derivedSample, richScenario, sampleScenarios } from './samples';

const META = { createdAt: '2025-03-01T08:00:00.000Z', appVersion: '0.1.0' };

function okOf(r: ParsedBackup) {
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r;
}
function problemsOf(r: ParsedBackup) {
  if (r.ok) throw new Error('expected problems');
  expect(r.problems.length).toBeGreaterThan(0);
  return r.problems;
}

async function content(): Promise<BackupContent> {
  const { scenarios } = await sampleScenarios();
  return {
    scenarios,
    derived: [derivedSample()],
    settings: { language: 'zh', 'compare.selected': ['rich-sample', 'test-round'], ui: { theme: 'light', zoom: 1.25 } },
    meta: { 'rich-sample': { createdAt: 1735689600000, updatedAt: 1740816000000, presetId: 'foshan' } },
  };
}

describe('backup round trip', () => {
  it('restores exactly what was saved', async () => {
    const c = await content();
    const text = createBackup({ content: c, ...META });
    const r = okOf(parseBackup(text));
    expect(r.content).toEqual(c);
    expect(r.createdAt).toBe(META.createdAt);
    expect(r.appVersion).toBe(META.appVersion);
    expect(r.warnings).toEqual([]);
    expect(r.derivedResolved[0]).toEqual(applyOverrides(richScenario(), derivedSample()));
    expect(okOf(parseBackup(encodeUtf8(text))).content).toEqual(c);
  });

  it('the checksum is SHA-256 of the canonical JSON of the content', async () => {
    const c = await content();
    const file = JSON.parse(createBackup({ content: c, ...META }));
    expect(file.checksum).toEqual({ algorithm: 'sha256', value: createHash('sha256').update(canonicalJson(c), 'utf8').digest('hex') });
    expect(backupChecksum(c)).toBe(file.checksum.value);
  });

  it('survives re-indenting and reordering keys', async () => {
    const file = JSON.parse(createBackup({ content: await content(), ...META }));
    const reordered = { content: file.content, checksum: file.checksum, appVersion: file.appVersion, createdAt: file.createdAt, formatVersion: 3, format: file.format };
    expect(parseBackup(JSON.stringify(reordered)).ok).toBe(true);
  });
});

describe('backup checks', () => {
  const base = () => JSON.parse(createBackup({ content: { scenarios: [makeScenario()], derived: [], settings: {} }, ...META }));

  it('any changed value breaks the checksum; nothing is restored', () => {
    const file = base();
    file.content.scenarios[0].economy.baseGdpYiYuan = 101;
    expect(problemsOf(parseBackup(JSON.stringify(file)))).toEqual([{ path: 'checksum', code: 'backup.checksum', params: {} }]);
  });

  it('a confirmed mismatch restores, with a warning, but is still validated', () => {
    const file = base();
    file.content.scenarios[0].economy.baseGdpYiYuan = 101;
    const r = okOf(parseBackup(JSON.stringify(file), { acceptChecksumMismatch: true }));
    expect(r.content.scenarios[0]!.economy.baseGdpYiYuan).toBe(101);
    expect(r.warnings[0]).toMatchObject({ path: 'checksum' });
    file.content.scenarios[0].economy.baseGdpYiYuan = -1;
    expect(problemsOf(parseBackup(JSON.stringify(file), { acceptChecksumMismatch: true }))[0]).toMatchObject({ path: 'content.scenarios[0].economy.baseGdpYiYuan' });
  });

  it('all or nothing: one invalid scenario fails the whole backup, even with a matching checksum', () => {
    const good = makeScenario();
    const bad = makeScenario((s) => {
      s.id = 'bad';
      s.energy.sectors.industry.sharePct = 90;
    });
    const problems = problemsOf(parseBackup(createBackup({ content: { scenarios: [good, bad], derived: [], settings: {} }, ...META })));
    expect(problems[0]).toEqual({ path: 'content.scenarios[1].energy.sectors', code: 'shares.sectorSum', params: { sum: 90, year: 2020 } });
  });

  it('derived scenarios may derive from presets (not in the backup)', () => {
    const preset = richScenario();
    const text = createBackup({ content: { scenarios: [], derived: [derivedSample()], settings: {} }, ...META });
    expect(problemsOf(parseBackup(text))[0]).toMatchObject({ code: 'file.missingParent', params: { issue: { code: 'derive.missing' } } });
    expect(okOf(parseBackup(text, { parents: (id) => (id === preset.id ? preset : undefined) })).derivedResolved).toHaveLength(1);
  });

  it('file-level problems', () => {
    expect(problemsOf(parseBackup(''))[0]).toMatchObject({ code: 'file.empty' });
    expect(problemsOf(parseBackup('{"format": '))[0]!.code).toMatch(/^file\.notJson/);
    expect(problemsOf(parseBackup('{"a":1}'))[0]).toMatchObject({ code: 'backup.notBackup' });
    const scenarioFile = exportScenarios({ scenarios: [makeScenario()], exportedAt: META.createdAt, appVersion: '0.1.0' });
    expect(problemsOf(parseBackup(scenarioFile))[0]).toMatchObject({ code: 'backup.isScenarioFile' });
    expect(problemsOf(parseBackup(JSON.stringify({ ...base(), formatVersion: 4, appVersion: '2.0.0' })))[0]).toEqual({
      path: '(file)', code: 'backup.newerApp', params: { app: '2.0.0', version: 4, supported: 3 },
    });
    expect(problemsOf(parseBackup(JSON.stringify({ ...base(), formatVersion: 'one' })))[0]).toMatchObject({ code: 'backup.badVersion', params: { got: 'string' } });
    expect(problemsOf(parseBackup(JSON.stringify({ ...base(), content: undefined })))[0]).toMatchObject({ path: 'content' });
    expect(problemsOf(parseBackup(JSON.stringify({ ...base(), checksum: 'abc' })))[0]).toMatchObject({ path: 'checksum' });
    expect(problemsOf(parseBackup(createBackup({ content: base().content, ...META }), { maxSize: 10 }))[0]).toMatchObject({ code: 'file.tooLarge', params: { limit: 10 } });
  });

  it('settings and record data are checked', () => {
    const withContent = (c: unknown) => {
      const file = base();
      file.content = c;
      file.checksum.value = backupChecksum(c);
      return JSON.stringify(file);
    };
    const scenarios = [makeScenario()];
    expect(problemsOf(parseBackup(withContent({ scenarios, derived: [], settings: [1] })))[0]).toMatchObject({ path: 'content.settings' });
    expect(problemsOf(parseBackup(withContent({ scenarios, settings: {}, meta: { 'test-round': { createdAt: 'yesterday' } } })))[0]).toMatchObject({
      path: 'content.meta["test-round"].createdAt',
    });
    const r = okOf(parseBackup(withContent({ scenarios, settings: {}, meta: { gone: { createdAt: 1 }, __proto__: { createdAt: 2 } } })));
    expect(r.content.meta).toEqual({});
    expect(r.warnings.map((w) => w.path)).toEqual(['content.meta["gone"]']);
    const proto = JSON.parse(`{"scenarios":${JSON.stringify(scenarios)},"settings":{},"meta":{"__proto__":{"createdAt":2}}}`);
    const r2 = okOf(parseBackup(withContent(proto)));
    expect(Object.getPrototypeOf(r2.content.meta)).toBe(Object.prototype);
    expect(r2.warnings[0]!.path).toBe('content.meta["__proto__"]');
    expect(problemsOf(parseBackup(withContent({ settings: {} })))[0]).toMatchObject({ path: 'content.scenarios' });
    expect(okOf(parseBackup(withContent({ scenarios: [], extra: 1 }))).warnings[0]).toMatchObject({ path: 'content.extra' });
  });
});
