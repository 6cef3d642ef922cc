import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, type IssueCode } from '../../../shared/model/issue-codes';
import { GENERATOR_TYPES, PROJECT_STATUSES } from '../../../shared/model/vocabulary';
import { CAPACITY_UNITS } from '../../../shared/model/units';
import zh from '../../../renderer/i18n/locales/zh/issues.json';
import en from '../../../renderer/i18n/locales/en/issues.json';

/**
 * Every issue code has its words in both languages, with exactly the
 * parameters it declares: a code added without text, a text that lost a
 * parameter or names one the code does not give, fails here.
 */

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!))].sort();

const languages = { zh: flatten(zh as Tree), en: flatten(en as Tree) };
const codes = Object.keys(ISSUE_CODES) as IssueCode[];

describe.each(Object.entries(languages))('issues.json (%s)', (_lang, texts) => {
  /** The texts of a code: itself or its plural forms. */
  const variants = (code: string) => [...texts].filter(([k]) => k === code || k.replace(PLURAL, '') === code);

  it.each(codes)('%s has a text with exactly its parameters', (code) => {
    const found = variants(code);
    expect(found.length, `no text for ${code}`).toBeGreaterThan(0);
    const declared = Object.keys(ISSUE_CODES[code]).sort();
    for (const [key, text] of found) expect(placeholders(text), key).toEqual(declared);
  });

  it('has no text for a code that does not exist', () => {
    const known = new Set<string>(codes);
    const stray = [...texts.keys()].filter((k) => !k.startsWith('terms.') && !known.has(k.replace(PLURAL, '')));
    expect(stray).toEqual([]);
  });

  it('words every bound, ledger type, status and capacity unit', () => {
    for (const u of CAPACITY_UNITS) expect(texts.has(`terms.capacityUnit.${u}`), u).toBe(true);
    for (const b of ['atLeast', 'greaterThan', 'atMost']) expect(texts.has(`terms.bound.${b}`), b).toBe(true);
    for (const g of GENERATOR_TYPES) expect(texts.has(`terms.genType.${g}`), g).toBe(true);
    for (const s of PROJECT_STATUSES) expect(texts.has(`terms.status.${s}`), s).toBe(true);
  });
});

it('both languages have the same terms with the same placeholders', () => {
  const terms = (m: Map<string, string>) =>
    Object.fromEntries([...m].filter(([k]) => k.startsWith('terms.')).map(([k, v]) => [k, placeholders(v)]));
  expect(terms(languages.zh)).toEqual(terms(languages.en));
});
