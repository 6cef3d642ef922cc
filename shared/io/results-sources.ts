import type { SourceRef } from '../model/provenance';
import type { Scenario } from '../model/scenario';
import { SOURCE_DOCUMENTS } from '../model/source-documents';
import type { SheetColumn } from './results-sheets';

/**
 * The sources sheet of the results workbook: every source a scenario cites
 * (its values by field path, its projects, targets and published statistics),
 * a document by its title, issuer and line rather than by its seed file name.
 */

export type SourceRow = {
  scenario: string;
  /** where in the scenario: a field path (`economy.gdpGrowthPct`, `projects[2]`) */
  where: string;
  /** the project or target the source belongs to, if it has a name */
  item: string;
  kind: string;
  /** document title, reference citation, or the assumption's reason */
  title: string;
  issuer: string;
  /** `第12–15行`, a reference's year, or blank */
  place: string;
  /** the quoted text, or a note or basis */
  detail: string;
};

export const SOURCE_COLUMNS: (SheetColumn & { key: keyof SourceRow })[] = [
  { key: 'scenario', zh: '情景', en: 'Scenario', width: 22 },
  { key: 'where', zh: '位置', en: 'Where', width: 30 },
  { key: 'item', zh: '名称', en: 'Item', width: 22 },
  { key: 'kind', zh: '类别', en: 'Kind', width: 16 },
  { key: 'title', zh: '文献或依据', en: 'Document or basis', width: 44 },
  { key: 'issuer', zh: '发布或编制单位', en: 'Issuer', width: 18 },
  { key: 'place', zh: '行或年份', en: 'Line or year', width: 14 },
  { key: 'detail', zh: '摘录或说明', en: 'Quote or note', width: 60 },
];

/** Seed file names inside free text (notes written before titles were cited) become the document's title. */
export function withTitles(text: string): string {
  return text.replace(/\b\d{3}_[0-9a-f]{16}\.txt\b/g, (file) => {
    const doc = SOURCE_DOCUMENTS[file];
    return doc ? `《${doc.title.replace(/^《(.*)》(.*)$/, '$1$2')}》` : file;
  });
}

const lines = (from: number, to?: number) => (to !== undefined && to !== from ? `第${from}–${to}行` : `第${from}行`);

/** A source as the sources sheet shows it: a document by its title, issuer and line. */
export function describeSource(ref: SourceRef): Pick<SourceRow, 'kind' | 'title' | 'issuer' | 'place' | 'detail'> {
  const d = describeRef(ref);
  return { ...d, title: withTitles(d.title), detail: withTitles(d.detail) };
}

function describeRef(ref: SourceRef): Pick<SourceRow, 'kind' | 'title' | 'issuer' | 'place' | 'detail'> {
  switch (ref.kind) {
    case 'document': {
      const doc = SOURCE_DOCUMENTS[ref.file];
      return {
        kind: '规划文件 document',
        title: doc?.title ?? ref.file,
        issuer: doc?.issuer ?? '',
        place: lines(ref.line, ref.lineEnd),
        detail: [ref.quote, ref.noteZh ?? ref.note].filter(Boolean).join(' — '),
      };
    }
    case 'reference':
      return {
        kind: '参考资料 reference',
        title: ref.citationZh ?? ref.citation,
        issuer: '',
        place: ref.year !== undefined ? String(ref.year) : '',
        detail: ref.noteZh ?? ref.note ?? '',
      };
    case 'assumed':
      return { kind: '假设 assumption', title: ref.reasonZh ?? ref.reason, issuer: '', place: '', detail: ref.basisZh ?? ref.basis ?? '' };
    case 'user':
      return { kind: '用户输入 user input', title: '', issuer: '', place: '', detail: ref.note ?? '' };
  }
}

const isRef = (v: unknown): v is SourceRef =>
  typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string';

const nameOf = (o: Record<string, unknown>): string =>
  typeof o.name === 'string' ? o.name : typeof o.label === 'string' ? o.label : '';

/** Every source the scenario cites, in the order of its fields. */
export function sourceRows(scenario: Scenario): SourceRow[] {
  const rows: SourceRow[] = [];
  const add = (where: string, item: string, ref: SourceRef) => rows.push({ scenario: scenario.name, where, item, ...describeSource(ref) });
  const visit = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, `${path}[${i}]`));
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    for (const [k, x] of Object.entries(o)) {
      const at = path ? `${path}.${k}` : k;
      if (k === 'source' && isRef(x)) add(path, nameOf(o), x);
      else if (k === 'sources' && typeof x === 'object' && x !== null) {
        for (const [field, ref] of Object.entries(x)) if (isRef(ref)) add(field, '', ref);
      } else visit(x, at);
    }
  };
  visit(scenario, '');
  return rows;
}
