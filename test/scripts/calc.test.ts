import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetById } from '../../seeds/index';
import { runScenario } from '../../shared/engine/run';
import { CURRENT_FORMAT_VERSION, FORMAT_MARKER } from '../../shared/io/migrations';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const calc = (...args: string[]) => spawnSync(tsx, ['scripts/calc.ts', ...args], { encoding: 'utf8' });

describe('npm run calc', () => {
  it('prints one JSON object with units, years, peak and targets for a preset', () => {
    const out = execFileSync(tsx, ['scripts/calc.ts', 'lianzhou-policy', '--json'], { encoding: 'utf8' });
    const json = JSON.parse(out);
    const expected = runScenario(presetById('lianzhou-policy')!);
    expect(json.scenarioId).toBe('lianzhou-policy');
    expect(json.units).toMatchObject({ gdp: '亿元', energy: '万tce', co2: '万tCO2', co2PerGdp: 'tCO2/万元', energyPerGdp: 'tce/万元', nonFossilShare: '%' });
    expect(json.years).toHaveLength(expected.years.length);
    // the CLI reports the engine's numbers unchanged: 连州 2020 GDP is the published 161.21 亿元
    expect(json.years[0]).toMatchObject({ year: 2020, gdp: 161.21 });
    expect(json.years[10].co2).toBeCloseTo(expected.years[10]!.co2, 9);
    expect(json.peak).toEqual(expected.peak);
    expect(json.targets.map((t: { id: string }) => t.id)).toEqual(expected.targets.map((t) => t.id));
    for (const t of json.targets) expect(Object.keys(t)).toEqual(expect.arrayContaining(['id', 'metric', 'year', 'target', 'actual', 'met']));
  }, 60_000);

  it('prints a table with the peak and target lines, and CSV with a BOM and unit headers', () => {
    const table = calc('shaoguan-baseline');
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('co2PerGdp (tCO2/万元)');
    expect(table.stdout).toMatch(/Peak 达峰/);
    const csv = calc('qingyuan-policy', '--csv');
    expect(csv.status).toBe(0);
    expect(csv.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(csv.stdout.split('\r\n')[0]).toContain('CO2 co2 (万tCO2)');
  }, 60_000);

  it('rejects an invalid file with one message per bad field and prints nothing on stdout', () => {
    const preset = presetById('qingyuan-baseline')!;
    const scenario = structuredClone(preset) as unknown as {
      energy: { sectors: { industry: { fuelSharesPct: Record<string, unknown> } } };
      electricity: { projects: Record<string, unknown>[] };
    };
    scenario.energy.sectors.industry.fuelSharesPct.coal = 'lots';
    scenario.electricity.projects[0] = { ...scenario.electricity.projects[0], capacityMW: -5 };
    const dir = mkdtempSync(join(tmpdir(), 'calc-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(scenario));
    const r = calc(file, '--json');
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    // each in the app's English (renderer/i18n/locales/en/issues.json)
    expect(r.stderr).toContain('energy.sectors.industry.fuelSharesPct.coal: must be a number, a list of { year, value } points, or { expr: "…" }');
    expect(r.stderr).toContain('electricity.projects[0].capacityMW: Must not be negative');
  }, 60_000);

  describe('prints no control characters from the file', () => {
    // ESC [2J clears the screen; a carriage return lets the rest overwrite the line; U+202E reverses what follows;
    // ESC ] 0 ; … BEL retitles the window; U+009B is a one-byte CSI to some terminals.
    const hostile = 'Evil\x1b[2J\rall targets met';
    // eslint-disable-next-line no-control-regex -- what must not reach the terminal
    const unsafe = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    const dir = mkdtempSync(join(tmpdir(), 'calc-'));
    const scenario = structuredClone(presetById('lianzhou-policy')!);
    scenario.name = hostile;
    scenario.nameEn = 'gnp\u202egiz';
    scenario.targets[0]!.label = 'T\x1b]0;pwned\x07\u009b31m';
    const file = join(dir, 'hostile.json');
    writeFileSync(file, JSON.stringify(scenario));

    it('in the table', () => {
      const r = calc(file);
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(unsafe);
      // what is left is still readable, on the scenario's own line: "Evil[2J all targets met / gnpgiz  [lianzhou-policy]"
      expect(r.stdout.split('\n')[0]).toContain('Evil[2J all targets met / gnpgiz  [lianzhou-policy]');
      expect(r.stdout).toContain('T]0;pwned31m [');
    }, 60_000);

    it('in CSV, and as escapes in JSON that parse back to the same text', () => {
      const csv = calc(file, '--csv');
      expect(csv.status).toBe(0);
      expect(csv.stdout.replace(/\r\n/g, '\n')).not.toMatch(unsafe);
      const json = calc(file, '--json');
      expect(json.status).toBe(0);
      expect(json.stdout).not.toMatch(unsafe);
      const parsed = JSON.parse(json.stdout);
      expect(parsed.name).toBe(hostile);
      expect(parsed.targets[0].label).toBe('T\x1b]0;pwned\x07\u009b31m');
    }, 120_000);

    it('in error output: field names, values and the argument itself', () => {
      const bad = structuredClone(scenario) as unknown as Record<string, unknown>;
      bad[hostile] = 1;
      const badFile = join(dir, 'bad-hostile.json');
      writeFileSync(badFile, JSON.stringify(bad));
      const r = calc(badFile);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('Evil[2J all targets met');
      expect(r.stderr).not.toMatch(unsafe);
      const missing = calc(`nowhere${hostile}`);
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain("'nowhereEvil[2J all targets met' is neither a preset id nor a file");
      expect(missing.stderr).not.toMatch(unsafe);
    }, 120_000);
  });

  describe('reads files as the app imports them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calc-read-'));
    const preset = presetById('lianzhou-policy')!;

    it('takes a UTF-16LE file with a BOM, as the app does', () => {
      const file = join(dir, 'utf16.json');
      writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ ...preset, name: '连州 UTF-16' }), 'utf16le')]));
      const r = calc(file, '--json');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ scenarioId: 'lianzhou-policy', name: '连州 UTF-16' });
    }, 60_000);

    it('refuses a file over the size limit with the app\'s message, without reading it', () => {
      const file = join(dir, 'huge.json');
      // 257 MiB of nothing (a sparse file): 257 × 1024 × 1024 bytes is "257.0 MB" against the app's 256 MiB limit
      writeFileSync(file, '');
      truncateSync(file, 257 * 1024 * 1024);
      const r = calc(file);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('(file): the file is too large (257.0 MB; the limit is 256.0 MB)\n');
    }, 60_000);

    it("refuses data nested deeper than the app's limit with its message", () => {
      const file = join(dir, 'deep.json');
      // a valid scenario with one field nested 100 levels deep; the app stops at 64
      writeFileSync(file, JSON.stringify({ ...preset, notes: JSON.parse('['.repeat(100) + ']'.repeat(100)) }));
      const r = calc(file);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('(file): the file nests data more than 64 levels deep; it is not a scenario file\n');
    }, 60_000);

    it('computes a derived scenario from an export, through the parents in the file or a preset', () => {
      const file = join(dir, 'derived.json');
      const mine = { ...preset, id: 'mine', name: '我的连州' };
      const child = { id: 'child', parentId: 'mine', name: '子情景', overrides: [] };
      const grandchild = { id: 'from-preset', parentId: 'lianzhou-policy', name: '预设子情景', overrides: [] };
      const envelope = { format: FORMAT_MARKER, formatVersion: CURRENT_FORMAT_VERSION, exportedAt: '2025-01-01T00:00:00Z', appVersion: '0.1.0' };
      writeFileSync(file, JSON.stringify({ ...envelope, scenarios: [mine], derived: [child] }));
      const r = calc(file, '--json');
      expect(r.stderr).toBe('');
      // no overrides: the child's figures are its parent's, which are the preset's
      const json = JSON.parse(r.stdout);
      expect(json).toMatchObject({ scenarioId: 'child', name: '子情景' });
      expect(json.years[10].co2).toBeCloseTo(runScenario(preset).years[10]!.co2, 9);
      writeFileSync(file, JSON.stringify({ ...envelope, scenarios: [], derived: [grandchild] }));
      expect(JSON.parse(calc(file, '--json').stdout)).toMatchObject({ scenarioId: 'from-preset' });
      writeFileSync(file, JSON.stringify({ ...envelope, scenarios: [mine, { ...preset, id: 'other' }] }));
      expect(calc(file).stderr).toContain('holds 2 scenarios; the CLI takes a file with one');
    }, 120_000);
  });

  it('names an unknown preset and lists the valid ones', () => {
    const r = calc('nowhere-baseline');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('lianzhou-policy');
  }, 60_000);
});
