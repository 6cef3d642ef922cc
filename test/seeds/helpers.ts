import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SourceRef } from '../../shared/model/provenance';
import type { Scenario } from '../../shared/model/scenario';
import { getAt, idPath } from '../../shared/model/path';

/** The five seed documents the presets cite (README of /work/shared/seeds). */
export const SEED_FILES = [
  '000_cf0eda570017d74c.txt',
  '001_70f56cbcae554d7e.txt',
  '002_866c1fa59aebf7ef.txt',
  '003_6e6d6f6160124906.txt',
  '004_59f5176fc450bca8.txt',
] as const;

/** Where the seed texts live: in the repository (seeds/documents), so every citation is checked on every run. */
export const SEED_DIR = process.env.SEED_DIR ?? fileURLToPath(new URL('../../seeds/documents/', import.meta.url));
export const HAVE_SEED_TEXTS = SEED_FILES.every((f) => existsSync(`${SEED_DIR}/${f}`));

const cache = new Map<string, string[]>();
export function seedLines(file: string): string[] {
  let lines = cache.get(file);
  if (!lines) {
    lines = readFileSync(`${SEED_DIR}/${file}`, 'utf8').split(/\r?\n/);
    cache.set(file, lines);
  }
  return lines;
}

/** Whitespace (including full-width spaces and tabs) removed: quotes join wrapped lines. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Checks a document source against the text: the line exists and the quote
 * starts on that line or within the next four, continuing over wrapped lines
 * (up to eight lines past lineEnd). Returns a problem, or null.
 */
export function checkDocumentSource(ref: Extract<SourceRef, { kind: 'document' }>): string | null {
  if (!(SEED_FILES as readonly string[]).includes(ref.file)) return `file '${ref.file}' is not one of the five seed documents`;
  const lines = seedLines(ref.file);
  if (ref.line > lines.length) return `${ref.file} has ${lines.length} lines, not ${ref.line}`;
  if (ref.lineEnd !== undefined && (ref.lineEnd < ref.line || ref.lineEnd > lines.length)) return `${ref.file}: bad lineEnd ${ref.lineEnd}`;
  if (!ref.quote) return null;
  const start = ref.line - 1;
  const end = Math.max(ref.lineEnd ?? ref.line, ref.line) + 8;
  const window = squash(lines.slice(start, end).join(''));
  const head = squash(lines.slice(start, start + 5).join(''));
  const q = squash(ref.quote);
  const at = window.indexOf(q);
  if (at < 0) return `${ref.file}:${ref.line}: quote not found: '${ref.quote.slice(0, 40)}…'`;
  if (at >= head.length) return `${ref.file}:${ref.line}: quote starts more than four lines below the cited line`;
  return null;
}

/** Every source attached to a scenario: field paths, ledgers, targets. */
export function allSources(s: Scenario): { where: string; ref: SourceRef }[] {
  const e = s.electricity;
  return [
    ...Object.entries(s.sources).map(([k, ref]) => ({ where: `sources["${k}"]`, ref })),
    ...e.fleet.map((g) => ({ where: `fleet ${g.id}`, ref: g.source })),
    ...e.projects.map((g) => ({ where: `project ${g.id}`, ref: g.source })),
    ...e.pumpedStorage.map((p) => ({ where: `pumped storage ${p.id}`, ref: p.source })),
    ...s.targets.map((t) => ({ where: `target ${t.id}`, ref: t.source })),
    ...(s.industry?.products ?? []).map((p) => ({ where: `product ${p.id}`, ref: p.source })),
    ...(s.industry?.processEmissions ?? []).map((p) => ({ where: `process ${p.id}`, ref: p.source })),
    ...Object.entries(s.history ?? {}).flatMap(([field, byYear]) =>
      Object.entries(byYear ?? {}).map(([year, v]) => ({ where: `history ${field} ${year}`, ref: v.source })),
    ),
  ];
}

const isPoint = (x: unknown) => !!x && typeof x === 'object' && 'year' in x && 'value' in x;
/** Parts of a scenario that carry their own source, or are not data. */
const OWN_SOURCE = new Set(['schemaVersion', 'id', 'name', 'nameEn', 'description', 'region', 'sources', 'targets', 'history', 'rollup', 'electricity.fleet', 'electricity.projects', 'electricity.pumpedStorage']);

/** Words of an industry item that name it rather than state a figure (its own `source` covers them). */
const ITEM_WORDS = new Set(['id', 'name', 'nameEn', 'note', 'kind', 'productId', 'routeId', 'source']);

/**
 * Paths of every numeric or series leaf outside the parts that carry their
 * own source, plus the convention switches (enums and booleans); items of
 * id-keyed lists by id (`industry.products[id=x].outputWanT`), as `sources` is keyed.
 */
export function dataLeaves(s: Scenario): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (OWN_SOURCE.has(path)) return;
    if (path.startsWith('industry.') && ITEM_WORDS.has(path.slice(path.lastIndexOf('.') + 1))) return;
    if (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && path)) {
      out.push(path);
    } else if (Array.isArray(v)) {
      if (v.length && v.every(isPoint)) out.push(path);
      else v.forEach((x, i) => walk(x, `${path}[${i}]`));
    } else if (v && typeof v === 'object') {
      if ('expr' in v) out.push(path);
      else for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
    }
  };
  walk(s, '');
  return out.map((p) => idPath(s, p));
}

/** `a.b.c` → [`a.b.c`, `a.b`, `a`] */
export function selfAndParents(path: string): string[] {
  const parts = path.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
}

/** The value at a path (`a.b[2].c`, `a.list[id=x].c`), or undefined. */
export function at(obj: unknown, path: string): unknown {
  return getAt(obj, path);
}
