import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetById } from '../../seeds/index';
import { runScenario } from '../../shared/engine/run';
import { HOURLY_UNITS } from '../../scripts/lib/calc-hourly';

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const calc = (...args: string[]) => spawnSync(tsx, ['scripts/calc.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

describe('npm run calc: the hourly balance', () => {
  const expected = runScenario(presetById('lianzhou-policy')!).hourly!;

  it('--json: the engine’s yearly indicators under their names, with units, feedback and profile sources', () => {
    const r = calc('lianzhou-policy', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    // JSON keeps every double exactly: the CLI's figures are the engine's
    expect(json.hourly.years).toEqual(expected.years);
    expect(json.hourly.years[10]).toMatchObject({ year: 2030, curtailmentPct: expected.years[10]!.curtailmentPct, peakImportMW: expected.years[10]!.peakImportMW });
    for (const k of ['curtailmentPct', 'peakImportMW', 'peakExportMW', 'unservedHours', 'netExportHours', 'selfConsumptionPct', 'selfSufficiencyPct', 'storageCycles']) {
      expect(json.hourly.years[0]).toHaveProperty(k);
    }
    expect(json.hourly.feedback).toBe(false);
    expect(json.hourly.profileSources.load).toMatchObject({ own: false, source: { kind: 'assumed' } });
    expect(json.hourly.units).toMatchObject({ curtailmentPct: '%', peakImportMW: 'MW', unservedHours: 'h', unservedYiKWh: '亿kWh', storageEnergyMWh: 'MWh' });
    // every field of a year has its unit
    expect(Object.keys(json.hourly.units).sort()).toEqual(Object.keys(expected.years[0]!).filter((k) => k !== 'year').sort());
    expect(Object.keys(HOURLY_UNITS)).toHaveLength(Object.keys(expected.years[0]!).length - 1);
  }, 60_000);

  it('table: the settings, then a row per year with the engine’s figures', () => {
    const r = calc('lianzhou-policy');
    expect(r.status).toBe(0);
    const out = r.stdout;
    expect(out).toContain('Hourly balance 逐时电力平衡');
    expect(out).toMatch(/反馈年度结果 Feedback: 关 off/);
    expect(out).toMatch(/外送限额 Export limit: 无限制 no limit/);
    expect(out).toMatch(/负荷曲线 Load profile: 内置 built-in/);
    expect(out).toMatch(/调度顺序 Dispatch order: ①/);
    const lines = out.split('\n');
    const head = lines.findIndex((l) => /^year\s+弃电率 %/.test(l));
    expect(head).toBeGreaterThan(0);
    expect(lines[head]).toMatch(/最大受电 MW\s+最大外送 MW\s+外送小时 h\s+缺电小时 h/);
    // one row per year under the rule, 2020–2060
    const rows = lines.slice(head + 2, head + 2 + 41).map((l) => l.trim().split(/\s+/));
    expect(rows.map((c) => Number(c[0]))).toEqual(expected.years.map((y) => y.year));
    const y2030 = expected.years[10]!;
    // year, 弃电率, 弃电量, 最大受电, 最大外送, 外送小时, 缺电小时 … as the engine's figures rounded for the table
    expect(rows[10]!.slice(0, 7)).toEqual([
      '2030', y2030.curtailmentPct.toFixed(2),
      (y2030.curtailedYiKWh.pv + y2030.curtailedYiKWh.wind + y2030.curtailedYiKWh.hydro + y2030.curtailedYiKWh.biomass).toFixed(4),
      y2030.peakImportMW.toFixed(1), y2030.peakExportMW.toFixed(1), String(y2030.netExportHours), String(y2030.unservedHours),
    ]);
    expect(out).toContain('弃电率 curtailmentPct; 弃电量 curtailedTotalYiKWh; 最大受电 peakImportMW');
  }, 60_000);

  it('--csv: the indicators after the annual columns, under their names with units', () => {
    const r = calc('lianzhou-policy', '--csv');
    expect(r.status).toBe(0);
    const [head, ...rows] = r.stdout.slice(1).trim().split('\r\n');
    const cols = head!.split(',');
    const i = cols.indexOf('弃电率 curtailmentPct (%)');
    expect(i).toBeGreaterThan(0);
    expect(cols).toContain('最大受电 peakImportMW (MW)');
    expect(Number(rows[10]!.split(',')[cols.indexOf('最大受电 peakImportMW (MW)')])).toBe(expected.years[10]!.peakImportMW);
  }, 60_000);

  it('says nothing of it for a scenario without the hourly balance', () => {
    const s = structuredClone(presetById('lianzhou-policy')!);
    delete s.hourly;
    const file = join(mkdtempSync(join(tmpdir(), 'calc-hourly-')), 'no-hourly.json');
    writeFileSync(file, JSON.stringify(s));
    const json = calc(file, '--json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).not.toHaveProperty('hourly');
    const table = calc(file);
    expect(table.status).toBe(0);
    expect(table.stdout).not.toContain('逐时电力平衡');
    expect(calc(file, '--csv').stdout).not.toContain('curtailmentPct');
  }, 60_000);
});
