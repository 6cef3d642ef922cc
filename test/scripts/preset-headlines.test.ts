import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../seeds/index';
import { ELECTRICITY_CO2_METHODS } from '../../shared/model/vocabulary';
import { HEADLINES_PATH, peakDriver, presetHeadlines, renderPresetHeadlines } from '../../scripts/lib/preset-headlines';

const list = presetHeadlines();
const generated = renderPresetHeadlines(list);

describe('docs/PRESET-HEADLINES.md', () => {
  it('is up to date with the presets and the engine', () => {
    expect(existsSync(HEADLINES_PATH), `${HEADLINES_PATH} is missing: run \`npm run docs:sources\``).toBe(true);
    const committed = readFileSync(HEADLINES_PATH, 'utf8').replace(/\r\n/g, '\n');
    expect(committed === generated, `${HEADLINES_PATH} is out of date: run \`npm run docs:sources\` and commit the result`).toBe(true);
  });

  it('has every preset under the default methods, with one sentence on what drives its peak', () => {
    for (const p of PRESETS) {
      expect(generated).toContain(`<br>\`${p.id}\` |`);
      expect(generated).toContain(`（\`${p.id}\`）：`);
      expect(p.accounting.electricityCo2).toBe('netImports');
    }
    expect(() => peakDriver('no-such-preset', list[0]!.own)).toThrow(/no peak driver/);
  });

  it('has every preset under every electricity-CO2 method, the default marked', () => {
    for (const { scenario, byElectricityCo2 } of list) {
      expect([...byElectricityCo2.keys()]).toEqual([...ELECTRICITY_CO2_METHODS]);
      const rows = generated.split('\n').filter((l) => l.startsWith(`| \`${scenario.id}\` |`));
      expect(rows).toHaveLength(ELECTRICITY_CO2_METHODS.length);
      expect(rows.filter((r) => r.includes('默认 default'))).toHaveLength(1);
    }
  });

  it('follows the methods\' rules: B never below A; A equals B where the city never exports; D equals C without green power', () => {
    for (const { scenario, byElectricityCo2 } of list) {
      const a = byElectricityCo2.get('netImports')!;
      const b = byElectricityCo2.get('netImportsNoExportCredit')!;
      const c = byElectricityCo2.get('locationBased')!;
      const d = byElectricityCo2.get('marketBased')!;
      a.years.forEach((y, i) => {
        // B = A + the export credit A gives, which is ≥ 0
        expect(b.years[i]!.co2, `${scenario.id} ${y.year}`).toBeGreaterThanOrEqual(y.co2 - 1e-9);
        // D = C − green power × factor, and the presets hold no green power
        expect(d.years[i]!.co2, `${scenario.id} ${y.year}`).toBeCloseTo(c.years[i]!.co2, 9);
      });
    }
    // 韶关 generates 127.8 亿kWh in 2020 against 173.6 亿kWh of use and adds nothing in the baseline: a net importer throughout
    const sg = list.find((x) => x.scenario.id === 'shaoguan-baseline')!;
    sg.byElectricityCo2.get('netImports')!.years.forEach((y, i) => {
      expect(sg.byElectricityCo2.get('netImportsNoExportCredit')!.years[i]!.co2).toBeCloseTo(y.co2, 9);
    });
  });
});
