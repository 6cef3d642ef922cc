import { SOURCE_DOCUMENTS } from '../../../shared/model/source-documents';
import { parseBuildoutNote } from '../../../shared/model/lever-rows';
import { localText } from '../../components/fields/source-text';
import { referenceById, type ReferenceEntry } from '../../../seeds/reference';
import type { SourceRef } from '../../../shared/model/provenance';
import { GUIDED_START_NOTE } from '../../../shared/model/from-basics';
import type { ReportText } from './report-text';

/**
 * Sources as a report cites them: a planning document by its title, issuer and
 * lines, a reference by its publisher, document and year; never a seed file's
 * name, which means nothing to a reviewer.
 */

const SEED_FILE = /\b\d{3}_[0-9a-f]{16}\.txt\b/g;

/** A document's title in the report's language, in 《》 in Chinese; an unknown file keeps its name (it is the user's own). */
export function documentName(file: string, x: ReportText): string {
  const doc = SOURCE_DOCUMENTS[file];
  if (!doc) return file;
  // a title that opens with its own 《》 (a reading of a plan) is not wrapped again
  return x.lang === 'zh' ? (doc.title.startsWith('《') ? doc.title : `《${doc.title}》`) : doc.titleEn;
}

/** Seed documents by their number, as the presets' texts abbreviate them ("000 第 836 行", "000、002 均未给出"); not inside a larger number. */
const SEED_NUMBER = /(?<![\d.,])(00[0-4])(?![\d.,%])/g;
/** Words that name a key of the scenario or of the results ("conventions.primaryElectricity", "energyPerGdpAssessed"). */
const KEY_WORD = /\b[a-z]+(?:[A-Z][a-z]+)+(?:\.[a-z]+(?:[A-Z][a-z]+)*)*\b|\b[a-z]+\.[a-z]+(?:[A-Z][a-z]+)+\b/g;
/** Ids of reference entries and targets ("gd-grid-2021", "qy-peak-province-2025"). */
const ID_WORD = /\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g;

/** What a text may name by key: the scenario's targets and the words of the report for keys. */
export type CiteContext = {
  targets?: readonly { id: string; label: string; labelEn?: string }[];
  /** the name of a ledger row by its id */
  itemName?: (id: string) => string | undefined;
  keyLabel?: (key: string) => string | undefined;
};

/**
 * Free text of the presets in the report's words: seed file names and numbers
 * replaced by the document's title, reference ids by the entry's name, target and
 * ledger ids by their names, keys of the scenario by their labels, the repository's
 * notes file by what it is.
 */
export function withTitles(text: string, x: ReportText, ctx: CiteContext = {}): string {
  const seedByNumber = (n: string) => Object.keys(SOURCE_DOCUMENTS).find((f) => f.startsWith(`${n}_`));
  let out = text.replace(SEED_FILE, (file) => documentName(file, x)).replace(SEED_NUMBER, (n) => {
    const file = seedByNumber(n);
    return file ? documentName(file, x) : n;
  });
  out = out.replace(/REFERENCE-DATA\.md/g, x.t('sources.referenceNotes'));
  out = out.replace(ID_WORD, (id) => {
    const entry = referenceById(id);
    if (entry) return quoteName(x.lang === 'zh' ? entry.name : entry.nameEn, x);
    const target = ctx.targets?.find((t) => t.id === id);
    if (target) return quoteName(x.lang === 'en' && target.labelEn ? target.labelEn : target.label, x);
    const item = ctx.itemName?.(id);
    return item ? quoteName(item, x) : id;
  });
  out = out.replace(KEY_WORD, (key) => {
    const label = ctx.keyLabel?.(key);
    return label ? quoteName(label, x) : key;
  });
  return out.replace(/》\s+(第)/g, '》$1');
}

/** A name in quotes, unless it opens with quotes or a title of its own. */
const quoteName = (name: string, _x: ReportText) => (/^[“《]/.test(name) ? name : `“${name}”`);

/** Notes the app itself writes on user edits, in the report's language; anything else is the user's own text. */
function userNote(note: string, x: ReportText): string {
  const lever = parseBuildoutNote(note);
  if (lever) return x.t('sources.buildoutNote', { mw: x.fmt.withUnit(lever.mwPerYear, 'mw'), from: lever.from, to: lever.to });
  if (note === 'added in the project ledger') return x.t('sources.addedLedger');
  if (note === 'added in the editor') return x.t('sources.addedEditor');
  return note;
}

const linesOf = (ref: { line: number; lineEnd?: number }, x: ReportText) =>
  ref.lineEnd && ref.lineEnd !== ref.line ? x.et('source.lines', { line: ref.line, end: ref.lineEnd }) : x.et('source.line', { line: ref.line });

function referenceCitation(entry: ReferenceEntry, x: ReportText): string {
  const src = entry.source;
  const zh = x.lang === 'zh';
  const publisher = zh ? (src.publisherZh ?? src.publisher) : src.publisher;
  const document = zh ? (src.documentZh ?? src.document) : src.document;
  const locator = zh ? (src.locatorZh ?? src.locator) : src.locator;
  return x.t('sources.reference', { publisher, document, year: src.year, locator });
}

/** The first line of a source: what is cited and where. */
function headLine(ref: SourceRef, x: ReportText, ctx: CiteContext): string {
  switch (ref.kind) {
    case 'document':
      return x.t('sources.document', { title: documentName(ref.file, x), lines: linesOf(ref, x) });
    case 'reference': {
      const entry = referenceById(ref.refId);
      if (entry) return withTitles(referenceCitation(entry, x), x, ctx);
      return withTitles(localText(ref.citation, ref.citationZh, x.lang), x, ctx);
    }
    case 'assumed':
      return withTitles(localText(ref.reason, ref.reasonZh, x.lang), x, ctx);
    case 'user':
      // typed when the scenario was made from the region's figures: the region's own data, not a change
      if (ref.note === GUIDED_START_NOTE) return x.t('sources.enteredBasics');
      return ref.note ? x.t('sources.userNote', { note: withTitles(userNote(ref.note, x), x, ctx) }) : x.t('sources.user');
  }
}

/** A source stated in full for the assumptions table: what, where, the quote and notes. */
export function reportSourceLines(ref: SourceRef | undefined, x: ReportText, ctx: CiteContext = {}): string[] {
  if (!ref) return [x.et('source.noneLong')];
  const lines = [headLine(ref, x, ctx)];
  if (ref.kind === 'document' && ref.quote) lines.push(x.et('source.quote', { quote: ref.quote }));
  if (ref.kind === 'document' || ref.kind === 'reference') {
    const note = localText(ref.note, ref.noteZh, x.lang);
    if (note) lines.push(x.et('source.note', { note: withTitles(note, x, ctx) }));
  }
  if (ref.kind === 'assumed') {
    const basis = localText(ref.basis, ref.basisZh, x.lang);
    if (basis) lines.push(x.et('source.basis', { basis: withTitles(basis, x, ctx) }));
  }
  return lines;
}

/** The one-line form, for ledger rows and targets. */
export function reportSourceShort(ref: SourceRef | undefined, x: ReportText, ctx: CiteContext = {}): string {
  if (!ref) return x.et('source.none');
  const head = headLine(ref, x, ctx);
  return ref.kind === 'assumed' ? x.et('source.assumed', { reason: head }) : head;
}

/** One entry of the bibliography. */
export type BibEntry = { key: string; text: string };

function isSourceRef(v: unknown): v is SourceRef {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as { kind?: unknown; file?: unknown; refId?: unknown };
  return (o.kind === 'document' && typeof o.file === 'string') || (o.kind === 'reference' && typeof o.refId === 'string');
}

/** Every source object anywhere in the scenario (inputs, ledger rows, targets, published statistics) and the text around them. */
function walk(v: unknown, refs: SourceRef[], texts: string[]): void {
  if (typeof v === 'string') texts.push(v);
  else if (Array.isArray(v)) for (const e of v) walk(e, refs, texts);
  else if (typeof v === 'object' && v !== null) {
    if (isSourceRef(v)) refs.push(v);
    for (const e of Object.values(v)) walk(e, refs, texts);
  }
}

/**
 * The documents and references the scenario cites: each planning document once
 * with its issuer and every line cited, then each reference entry once.
 */
export function bibliography(scenario: unknown, x: ReportText): { documents: BibEntry[]; references: BibEntry[] } {
  const refs: SourceRef[] = [];
  const texts: string[] = [];
  walk(scenario, refs, texts);
  const lines = new Map<string, Set<number>>();
  for (const r of refs) {
    if (r.kind !== 'document') continue;
    const set = lines.get(r.file) ?? new Set<number>();
    for (let l = r.line; l <= (r.lineEnd ?? r.line); l++) set.add(l);
    lines.set(r.file, set);
  }
  for (const t of texts) for (const file of t.match(SEED_FILE) ?? []) if (!lines.has(file)) lines.set(file, new Set());
  const documents = [...lines.keys()].sort().map((file) => {
    // issuers as the documents name them (shared/model/source-documents.ts)
    const doc = SOURCE_DOCUMENTS[file];
    const cited = [...lines.get(file)!].sort((a, b) => a - b);
    const args = { title: documentName(file, x), issuer: doc ? (x.lang === 'zh' ? doc.issuer : doc.issuerEn) : x.t('sources.noIssuer'), lines: ranges(cited, x.lang === 'zh' ? '、' : ', ') };
    const key = cited.length ? 'sources.bibDocument' : 'sources.bibDocumentNoLines';
    return { key: file, text: doc?.year ? x.t(`${key}Year`, { ...args, year: doc.year }) : x.t(key, args) };
  });
  const ids = [...new Set(refs.flatMap((r) => (r.kind === 'reference' ? [r.refId] : [])))];
  const references = ids
    .map((id) => ({ id, entry: referenceById(id) }))
    .filter((e): e is { id: string; entry: ReferenceEntry } => e.entry !== undefined)
    .map(({ id, entry }) => ({ key: id, text: withTitles(x.t('sources.bibReference', { name: x.lang === 'zh' ? entry.name : entry.nameEn, citation: referenceCitation(entry, x) }), x) }))
    .sort((a, b) => a.text.localeCompare(b.text, x.locale));
  return { documents, references };
}

/** 3, 4, 5, 9 → "3–5、9" */
function ranges(ns: number[], sep: string): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j]! + 1) j++;
    out.push(i === j ? String(ns[i]) : `${ns[i]}–${ns[j]}`);
    i = j + 1;
  }
  return out.join(sep);
}
