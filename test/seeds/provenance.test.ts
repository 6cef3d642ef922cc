import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../seeds/index';
import { REFERENCE, referenceById, referenceCitation, referenceCitationZh, referenceSchemaProblems } from '../../seeds/reference/index';
import type { SourceRef } from '../../shared/model/provenance';
import { allSources, at, checkDocumentSource, dataLeaves, HAVE_SEED_TEXTS, SEED_DIR, SEED_FILES, selfAndParents } from './helpers';

const CJK = /[\u3400-\u9fff]/;
/** Has English words once seed file names are taken out (a bare Chinese quote or census count needs no translation). */
const hasLatin = (s: string) => /[A-Za-z]/.test(s.replace(/\d{3}_[0-9a-f]{16}\.txt/g, ''));

/** The free-text fields of a source with their Chinese forms. */
function texts(ref: SourceRef): { field: string; text: string; zh: string | undefined }[] {
  switch (ref.kind) {
    case 'document':
      return ref.note === undefined ? [] : [{ field: 'note', text: ref.note, zh: ref.noteZh }];
    case 'reference':
      return [
        { field: 'citation', text: ref.citation, zh: ref.citationZh },
        ...(ref.note === undefined ? [] : [{ field: 'note', text: ref.note, zh: ref.noteZh }]),
      ];
    case 'assumed':
      return [
        { field: 'reason', text: ref.reason, zh: ref.reasonZh },
        ...(ref.basis === undefined ? [] : [{ field: 'basis', text: ref.basis, zh: ref.basisZh }]),
      ];
    case 'user':
      return [];
  }
}

/**
 * The numbers a text states, for comparing a translation with its original:
 * ids (cn-14fyp-co2-intensity), chemical and unit tokens (CO2, tCO2) and
 * English ordinals (13th plan = “十三五”, phase 1 = 一期) are left out.
 */
function numbers(s: string): string[] {
  const plain = s
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ')
    .replace(/[A-Za-z]+\d+/g, ' ')
    .replace(/\b\d+(?:st|nd|rd|th)\b|\bphase \d+\b/gi, ' ');
  return [...new Set(plain.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? [])];
}

describe('provenance of the presets', () => {
  it('the reference library files match their schema (checked here, not at app start)', () => {
    expect(referenceSchemaProblems()).toEqual([]);
  });

  it('has the five seed documents in the repository', () => {
    expect(HAVE_SEED_TEXTS, `seed texts missing in ${SEED_DIR}`).toBe(true);
  });

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

  it.each(PRESETS.map((p) => [p.id, p] as const))(`%s: cited lines exist and hold the quotes (texts in ${SEED_DIR})`, (_, p) => {
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
    expect(nf[2]!.value).toBeCloseTo(100 * (1 - v('mee-grid-southern-2023') / v('mee-grid-fossil-2023')), 1);
  });

  it('holds the published grid factors by data year, and the Guangdong path the presets follow', () => {
    const v = (id: string) => referenceById(id)!.value!;
    expect([v('mee-grid-national-2021'), v('mee-grid-national-2022'), v('mee-grid-national-2023')]).toEqual([0.5568, 0.5366, 0.5306]);
    expect([v('mee-grid-national-excl-market-2023'), v('mee-grid-fossil-2023')]).toEqual([0.6096, 0.8273]);
    expect([v('mee-grid-southern-2021'), v('mee-grid-southern-2022'), v('mee-grid-southern-2023')]).toEqual([0.4326, 0.3869, 0.4042]);
    // Guangdong, read from a third-party table: marked secondary
    for (const id of ['gd-grid-2021', 'gd-grid-2022']) expect(referenceById(id)!.source.secondary, id).toBe(true);
    expect([v('gd-grid-2021'), v('gd-grid-2022')]).toEqual([0.4715, 0.4403]);
    const path = new Map(referenceById('gd-grid-factor-path')!.points!.map((p) => [p.year, p.value]));
    // accounting year = data year: no two-year lag
    expect(path.get(2021)).toBe(v('gd-grid-2021'));
    expect(path.get(2022)).toBe(v('gd-grid-2022'));
    // 2023 not found: the Southern grid's rise applied, 0.4403 × 0.4042 / 0.3869 = 0.4600
    expect(path.get(2023)).toBeCloseTo((0.4403 * 0.4042) / 0.3869, 4);
    expect(referenceById('gd-grid-factor-path')!.basis).toBe('assumed');
    // the lag, if offered, is this tool's convention, not a rule
    expect(referenceById('grid-factor-lag-convention')!.basis).toBe('assumed');
  });

  it('derives Guangdong\'s non-fossil and renewable supply shares from the factors and 15 points of nuclear', () => {
    const v = (id: string) => referenceById(id)!.value!;
    const nf = new Map(referenceById('gd-nonfossil-supply-implied')!.points!.map((p) => [p.year, p.value]));
    const re = new Map(referenceById('gd-renewable-supply-implied')!.points!.map((p) => [p.year, p.value]));
    expect(nf.get(2021)).toBeCloseTo(100 * (1 - 0.4715 / 0.8426), 1); // 44.0
    expect(nf.get(2022)).toBeCloseTo(100 * (1 - 0.4403 / 0.8325), 1); // 47.1
    expect(nf.get(2023)).toBeCloseTo(100 * (1 - 0.46 / 0.8273), 1); // 44.4
    expect(nf.get(2030)).toBeCloseTo(100 * (1 - 0.35 / 0.8), 1); // 56.3
    // nuclear: 491.6 亿kWh in Jan–May 2023 over 3,823.19 × 5/6 亿kWh of use = 15.4 % → 15
    expect(491.6 / ((3823.19 * 5) / 6)).toBeCloseTo(0.154, 3);
    expect(v('gd-nuclear-share-supply')).toBe(15);
    for (const [year, share] of nf) expect(re.get(year), String(year)).toBeCloseTo(share - 15, 6);
  });

  it('derives the fossil CO2 of waste incineration from IPCC 2006 Vol. 5 (Eastern Asia MSW, Tier 1)', () => {
    // plastics 0.143 × 1.00 × 0.75 × 1.00 + textiles 0.035 × 0.80 × 0.50 × 0.20 + rubber 0.010 × 0.84 × 0.67 × 0.20
    // + paper 0.188 × 0.90 × 0.46 × 0.01 + other 0.074 × 0.90 × 0.03 × 1.00 = 0.11395 tC/t; × 44/12 = 0.418 tCO2/t
    const carbon = 0.143 * 0.75 + 0.035 * 0.8 * 0.5 * 0.2 + 0.01 * 0.84 * 0.67 * 0.2 + 0.188 * 0.9 * 0.46 * 0.01 + 0.074 * 0.9 * 0.03;
    expect(carbon).toBeCloseTo(0.11395, 5);
    expect(referenceById('wte-fossil-co2-per-t')!.value).toBeCloseTo((carbon * 44) / 12, 3);
    // ÷ 0.35 MWh per tonne = 1.194 → 1.19 tCO2/MWh
    expect(referenceById('wte-fossil-co2-per-mwh')!.value).toBeCloseTo(0.418 / referenceById('wte-net-generation')!.value!, 2);
  });

  it('states the coal rate of 等价值 on the generation basis', () => {
    const e = referenceById('coal-substitution-2020')!;
    expect(e.value).toBe(288);
    expect(e.range).toEqual({ low: 287, high: 290 });
    expect(e.nameEn).toContain('generation');
    expect(e.note).toContain('not supply');
    expect(referenceById('coal-substitution-path')!.points![0]).toEqual({ year: 2020, value: 288 });
  });

  it('holds the targets handed down', () => {
    // Guangdong 14th plan −14.0 % (粤府〔2022〕68号); its 2025 non-fossil 32 % reads 力争 (non-binding)
    expect(referenceById('gd-14fyp-energy-intensity')!.value).toBe(14);
    expect(referenceById('gd-nonfossil-2025')!.source.locator).toContain('力争');
    expect(referenceById('cn-14fyp-energy-intensity')!.value).toBe(13.5);
    expect(referenceById('cn-14fyp-co2-intensity')!.value).toBe(18);
    expect(referenceById('gd-nonfossil-2025')!.value).toBe(32);
    expect(referenceById('gd-nonfossil-2030')!.value).toBe(35);
  });
});

describe('Chinese texts of the presets', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: every assumption has its reason in Chinese', (_, p) => {
    const missing = allSources(p).flatMap((s) => (s.ref.kind === 'assumed' && !CJK.test(s.ref.reasonZh ?? '') ? [s.where] : []));
    expect(missing).toEqual([]);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: every note, basis and citation with English in it has a Chinese form', (_, p) => {
    const missing = allSources(p).flatMap((s) =>
      texts(s.ref)
        .filter((x) => hasLatin(x.text) && !(x.zh && CJK.test(x.zh)))
        .map((x) => `${s.where} ${x.field}: ${x.text.slice(0, 60)}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: the Chinese texts keep every number of the original', (_, p) => {
    const lost = allSources(p).flatMap((s) =>
      texts(s.ref).flatMap((x) => {
        if (!x.zh) return [];
        const zh = numbers(x.zh);
        const gone = numbers(x.text).filter((n) => !zh.includes(n));
        return gone.length ? [`${s.where} ${x.field}: ${gone.join(', ')}`] : [];
      }),
    );
    expect(lost).toEqual([]);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: the Chinese texts cite the same seed files, in the same order', (_, p) => {
    const files = (t: string) => (t.match(/\d{3}_[0-9a-f]{16}\.txt/g) ?? []).join(' ');
    const bad = allSources(p).flatMap((s) => texts(s.ref).flatMap((x) => (x.zh && files(x.text) !== files(x.zh) ? [`${s.where} ${x.field}`] : [])));
    expect(bad).toEqual([]);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: every ledger note has a Chinese twin with the same numbers and seed files', (_, p) => {
    const e = p.electricity;
    const rows = [
      ...e.fleet.map((g) => ({ where: `fleet ${g.id}`, note: g.note, zh: g.noteZh })),
      ...e.projects.map((g) => ({ where: `project ${g.id}`, note: g.note, zh: g.noteZh })),
      ...e.pumpedStorage.map((s) => ({ where: `pumped storage ${s.id}`, note: s.note, zh: s.noteZh })),
    ];
    const files = (t: string) => (t.match(/\d{3}_[0-9a-f]{16}\.txt/g) ?? []).join(' ');
    const problems = rows.flatMap(({ where, note, zh }) => {
      if (note === undefined) return zh === undefined ? [] : [`${where}: noteZh without note`];
      if (!zh || !CJK.test(zh)) return [`${where}: no Chinese note for '${note.slice(0, 60)}'`];
      const gone = numbers(note).filter((n) => !numbers(zh).includes(n));
      if (gone.length) return [`${where}: Chinese note lacks ${gone.join(', ')}`];
      return files(note) === files(zh) ? [] : [`${where}: Chinese note cites other seed files`];
    });
    expect(problems).toEqual([]);
    expect(rows.some((r) => r.note !== undefined)).toBe(true);
  });

  it('the number check sees a changed or dropped number, and ignores ids, CO2 and ordinals', () => {
    expect(numbers('13th plan: −18 % (cn-14fyp-co2-intensity), 2.054 tCO2/万元, 1,353.49 亿元, Phase 1')).toEqual(['18', '2.054', '1,353.49']);
    expect(numbers('“十三五”下降 18 %，2.054 吨/万元，1,353.49 亿元')).toEqual(['18', '2.054', '1,353.49']);
    expect(hasLatin('第七次全国人口普查 清远市 常住人口 3,969,473 人')).toBe(false);
    expect(hasLatin('000_cf0eda570017d74c.txt 第 91 行')).toBe(false);
    expect(hasLatin('000_cf0eda570017d74c.txt line 91')).toBe(true);
  });
});

describe('Chinese texts of the reference library', () => {
  const fields = ['publisher', 'document', 'locator'] as const;

  it('gives every publisher, document and locator that is not already Chinese a Chinese form', () => {
    const missing = REFERENCE.flatMap((e) =>
      fields.flatMap((f) => {
        const zh = e.source[`${f}Zh`];
        return hasLatin(e.source[f]) && !(zh && CJK.test(zh)) ? [`${e.id} ${f}: ${e.source[f].slice(0, 60)}`] : [];
      }),
    );
    expect(missing).toEqual([]);
  });

  it('has a Chinese citation for every entry, with every number of the English one', () => {
    const problems = REFERENCE.flatMap((e) => {
      const zh = referenceCitationZh(e);
      const en = referenceCitation(e);
      if (!CJK.test(zh)) return [`${e.id}: citation has no Chinese text`];
      const gone = numbers(en).filter((n) => !numbers(zh).includes(n));
      return gone.length ? [`${e.id}: Chinese citation lacks ${gone.join(', ')}`] : [];
    });
    expect(problems).toEqual([]);
    expect(referenceCitationZh(referenceById('gbt2589-tce-gj')!)).toBe(
      '国家市场监督管理总局 / 国家标准化管理委员会，GB/T 2589-2020《综合能耗计算通则》，第 3 章 术语和定义：1 kgce = 29,307.6 kJ（间接来源）',
    );
  });

  it('gives every note with English in it a Chinese note with the same numbers', () => {
    const problems = REFERENCE.flatMap((e) => {
      if (e.note === undefined) return [];
      if (!hasLatin(e.note)) return [];
      if (!e.noteZh || !CJK.test(e.noteZh)) return [`${e.id}: no Chinese note`];
      const gone = numbers(e.note).filter((n) => !numbers(e.noteZh!).includes(n));
      return gone.length ? [`${e.id}: Chinese note lacks ${gone.join(', ')}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s: reference sources carry the Chinese citation of their entry', (_, p) => {
    const bad = allSources(p).flatMap((s) =>
      s.ref.kind === 'reference' && s.ref.citationZh !== `${referenceById(s.ref.refId)!.name}：${referenceCitationZh(referenceById(s.ref.refId)!)}` ? [s.where] : [],
    );
    expect(bad).toEqual([]);
  });
});
