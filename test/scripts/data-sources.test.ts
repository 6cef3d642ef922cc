import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../seeds/index';
import { REFERENCE } from '../../seeds/reference/index';
import { DOC_PATH, README_PATH, renderDataSources, seriesText, unitOf, valueText } from '../../scripts/lib/data-sources';

const generated = renderDataSources(readFileSync(README_PATH, 'utf8'));

describe('docs/DATA-SOURCES.md', () => {
  it('is up to date with the presets and the reference library', () => {
    expect(existsSync(DOC_PATH), `${DOC_PATH} is missing: run \`npm run docs:sources\``).toBe(true);
    const committed = readFileSync(DOC_PATH, 'utf8').replace(/\r\n/g, '\n');
    // A plain boolean first, so a stale file fails with the instruction rather than a 200 kB diff.
    expect(committed === generated, `${DOC_PATH} is out of date: run \`npm run docs:sources\` and commit the result`).toBe(true);
  });

  it('lists every source key, target and ledger entry of every preset, and every reference entry', () => {
    for (const p of PRESETS) {
      expect(generated, p.id).toContain(`(\`${p.id}\`)`);
      for (const key of Object.keys(p.sources)) expect(generated, `${p.id} ${key}`).toContain(`| \`${key}\` |`);
      for (const t of p.targets) expect(generated, `${p.id} ${t.id}`).toContain(`\`targets.${t.id}\``);
      const e = p.electricity;
      for (const g of [...e.fleet, ...e.projects, ...e.pumpedStorage]) expect(generated, `${p.id} ${g.id}`).toContain(`<br>\`${g.id}\` |`);
    }
    for (const r of REFERENCE) expect(generated, r.id).toContain(`| \`${r.id}\` |`);
  });

  it('quotes the known gaps of seeds/documents/README.md and says how each city decided them', () => {
    for (const city of ['清远', '连州', '韶关']) expect(generated).toMatch(new RegExp(`### ${city} / \\w+\\n\\n> .+\\n\\n- `));
    expect(generated).toContain('| 000_cf0eda570017d74c.txt |');
  });

  it('states values compactly with the unit the field name implies', () => {
    expect(unitOf('economy.baseGdpYiYuan')).toBe('亿元');
    expect(unitOf('energy.sectors.industry.fuelSharesPct')).toBe('%');
    expect(unitOf('electricity.heatRateGcePerKWh.coal')).toBe('gce/kWh');
    expect(unitOf('emissionFactors.tCo2PerTce.coal')).toBe('tCO2/tce');
    expect(seriesText([{ year: 2020, value: 1 }, { year: 2030, value: 2 }])).toBe('2020: 1 → 2030: 2');
    expect(seriesText({ expr: 'interp(2021, 5, 2030, 4)' })).toBe('`interp(2021, 5, 2030, 4)`');
    const lz = PRESETS.find((p) => p.id === 'lianzhou-baseline')!;
    expect(valueText(lz, 'economy.baseGdpYiYuan')).toBe('161.21 亿元');
    expect(valueText(lz, 'energy.sectors.industry.fuelSharesPct')).toBe('coal 26.1 · oil 2 · gas 3 · electricity 65.9 · heat 0 · biomass 3 %');
    expect(valueText(lz, 'accounting.energyControl')).toBe('`nonFossilExcluded`');
    expect(valueText(lz, 'accounting.peakTolerancePct')).toBe('2 %');
  });
});
