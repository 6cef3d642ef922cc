import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../seeds/index';
import { REFERENCE, referenceById } from '../../seeds/reference/index';
import { allSources, at, checkDocumentSource, dataLeaves, HAVE_SEED_TEXTS, SEED_DIR, SEED_FILES, selfAndParents } from './helpers';

describe('provenance of the presets', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: every data leaf has a source for its path or a parent path', (_, p) => {
    const leaves = dataLeaves(p);
    expect(leaves.length).toBeGreaterThan(40);
    const missing = leaves.filter((path) => !selfAndParents(path).some((k) => k in p.sources));
    expect(missing).toEqual([]);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: every sources key names a field of the scenario', (_, p) => {
    const stale = Object.keys(p.sources).filter((k) => at(p, k) === undefined);
    expect(stale).toEqual([]);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: reference sources name library entries', (_, p) => {
    const bad = allSources(p)
      .filter((s) => s.ref.kind === 'reference' && !referenceById(s.ref.refId))
      .map((s) => s.where);
    expect(bad).toEqual([]);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: document sources name a seed file', (_, p) => {
    const bad = allSources(p).flatMap((s) => (s.ref.kind === 'document' && !(SEED_FILES as readonly string[]).includes(s.ref.file) ? [s.where] : []));
    expect(bad).toEqual([]);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: assumed sources say why', (_, p) => {
    for (const s of allSources(p)) {
      if (s.ref.kind === 'assumed') expect(s.ref.reason.length, s.where).toBeGreaterThan(20);
      expect(s.ref.kind, s.where).not.toBe('user');
    }
  });

  it.skipIf(!HAVE_SEED_TEXTS).each(PRESETS.map((p) => [p.id, p] as const))(`%s: cited lines exist and hold the quotes (texts in ${SEED_DIR})`, (_, p) => {
    const problems = allSources(p).flatMap((s) => {
      if (s.ref.kind !== 'document') return [];
      const problem = checkDocumentSource(s.ref);
      return problem ? [`${s.where}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });
});

describe('reference library', () => {
  it('has unique ids and complete sources', () => {
    expect(new Set(REFERENCE.map((e) => e.id)).size).toBe(REFERENCE.length);
    for (const e of REFERENCE) {
      expect(e.source.publisher, e.id).not.toBe('');
      expect(e.source.document, e.id).not.toBe('');
      expect(e.source.locator, e.id).not.toBe('');
      expect(Number.isInteger(e.source.year), e.id).toBe(true);
      expect(e.value !== undefined || e.points !== undefined || e.range !== undefined, e.id).toBe(true);
      for (const d of e.derivedFrom ?? []) expect(referenceById(d), `${e.id} ← ${d}`).toBeDefined();
      if (e.basis === 'derived') expect(e.note ?? e.source.locator, e.id).toBeTruthy();
    }
  });

  it('derives tCO2/tce from the IPCC kg/TJ factors with 29.3076 GJ/tce and oxidation 1.0', () => {
    const gj = referenceById('gbt2589-tce-gj')!.value!;
    expect(gj).toBe(29.3076);
    const pairs: [string, string][] = [
      ['ef-coal-tco2-per-tce', 'ipcc2006-co2-other-bituminous-coal'],
      ['ef-gas-tco2-per-tce', 'ipcc2006-co2-natural-gas'],
      ['ef-diesel-tco2-per-tce', 'ipcc2006-co2-diesel'],
      ['ef-gasoline-tco2-per-tce', 'ipcc2006-co2-motor-gasoline'],
      ['ef-residual-fuel-oil-tco2-per-tce', 'ipcc2006-co2-residual-fuel-oil'],
    ];
    for (const [derived, kgPerTj] of pairs) {
      expect(referenceById(derived)!.value!, derived).toBeCloseTo((referenceById(kgPerTj)!.value! * gj) / 1e6, 4);
    }
    expect(referenceById('ef-coal-tco2-per-tce')!.value).toBe(2.7725);
    expect(referenceById('ef-gas-tco2-per-tce')!.value).toBe(1.6442);
    expect(referenceById('ef-diesel-tco2-per-tce')!.value).toBe(2.1717);
    expect(referenceById('ef-heat-tco2-per-tce')!.value!).toBeCloseTo(referenceById('ef-heat-tco2-per-gj')!.value! * gj, 4);
    expect(referenceById('ef-biomass-tco2-per-tce')!.value).toBe(0);
  });

  it('keeps the grid factors and the implied non-fossil share consistent', () => {
    const v = (id: string) => referenceById(id)!.value!;
    expect(v('mee-grid-southern-2021')).toBeCloseTo(v('mee-grid-southern-2022') + 0.0457, 6);
    const nf = referenceById('southern-grid-nonfossil-implied')!.points!;
    expect(nf[0]!.value).toBeCloseTo(100 * (1 - v('mee-grid-southern-2021') / v('mee-grid-fossil-2021')), 1);
    expect(nf[1]!.value).toBeCloseTo(100 * (1 - v('mee-grid-southern-2022') / v('mee-grid-fossil-2022')), 1);
  });

  it('holds the targets handed down', () => {
    expect(referenceById('cn-14fyp-energy-intensity')!.value).toBe(13.5);
    expect(referenceById('cn-14fyp-co2-intensity')!.value).toBe(18);
    expect(referenceById('gd-nonfossil-2025')!.value).toBe(32);
    expect(referenceById('gd-nonfossil-2030')!.value).toBe(35);
  });
});
