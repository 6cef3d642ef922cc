import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentTitle, POLICY_DOCUMENTS, SEED_FILES, SOURCE_DOCUMENTS } from '../../../shared/model/source-documents';
import { REFERENCE } from '../../../seeds/reference/index';

/** The one catalogue of cited documents agrees with the documents, their README, the reference library and every 文号 written in the sources. */

const ROOT = join(__dirname, '../../..');
const DOCS = join(ROOT, 'seeds/documents');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...files(rel, ext));
    else if (ext.test(name)) out.push(rel);
  }
  return out;
}

describe('seed documents', () => {
  it('one entry per document in seeds/documents, each reachable by its preset key', () => {
    const held = readdirSync(DOCS).filter((f) => f.endsWith('.txt')).sort();
    expect(Object.keys(SOURCE_DOCUMENTS).sort()).toEqual(held);
    expect(Object.values(SEED_FILES).sort()).toEqual(held);
  });

  it("the README's document table gives the catalogue's titles", () => {
    const rows = read('seeds/documents/README.md')
      .split('\n')
      .map((l) => /^\|\s*(\d{3}_[0-9a-f]{16}\.txt)\s*\|\s*([^|]+?)\s*\|/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(rows).toHaveLength(Object.keys(SOURCE_DOCUMENTS).length);
    for (const [, file, title] of rows) expect(title, file).toBe(SOURCE_DOCUMENTS[file!]!.title);
  });

  it('the line given for an issuer names it (the city, or the bureau itself)', () => {
    for (const [file, doc] of Object.entries(SOURCE_DOCUMENTS)) {
      if (doc.issuerLine === undefined) continue;
      const line = readFileSync(join(DOCS, file), 'utf8').split('\n')[doc.issuerLine - 1]!;
      // 中共清远市委、清远市人民政府 → 清远市; 清远市生态环境局 → 清远市
      expect(line, file).toContain(doc.issuer.replace(/^中共/, '').slice(0, 3));
    }
  });

  it('titles by language; a file of the user’s own by its name', () => {
    expect(documentTitle(SEED_FILES.sgEco, 'zh').title).toBe('韶关市生态文明建设规划（2021-2035年）');
    expect(documentTitle(SEED_FILES.sgEco, 'en').short).toBe('Shaoguan eco-civ. plan');
    expect(documentTitle('my-notes.txt', 'zh')).toEqual({ title: 'my-notes.txt', short: 'my-notes.txt' });
  });
});

describe('policy documents cited by number', () => {
  const numbers = Object.values(POLICY_DOCUMENTS).map((d) => d.number);

  it('every 文号 written in the code, the seeds, the scripts and the locales is in the catalogue', () => {
    const sources = ['shared', 'seeds/presets', 'seeds/reference', 'scripts', 'renderer'].flatMap((d) => files(d, /\.(ts|tsx|json)$/));
    const unknown: string[] = [];
    for (const path of sources) {
      const text = read(path);
      for (const m of text.matchAll(/〔\d{4}〕\d+号/g)) {
        const before = text.slice(0, m.index);
        if (!numbers.some((n) => n.endsWith(m[0]) && before.endsWith(n.slice(0, n.length - m[0].length)))) unknown.push(`${path}: …${text.slice(m.index - 6, m.index + m[0].length)}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('the reference library names each catalogued document by the catalogue’s title', () => {
    let checked = 0;
    for (const entry of REFERENCE) {
      const src = entry.source as { document?: string; documentZh?: string };
      for (const d of Object.values(POLICY_DOCUMENTS)) {
        if (!src.document?.includes(d.number)) continue;
        checked++;
        expect(src.document, entry.id).toContain(d.title);
        if (src.documentZh) expect(src.documentZh, entry.id).toContain(d.title);
        const dated = /\d{4}-\d{2}-\d{2}/.exec(src.document)?.[0];
        if (dated) expect(dated, entry.id).toBe('date' in d ? d.date : undefined);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
