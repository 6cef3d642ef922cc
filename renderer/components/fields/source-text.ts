import type { TFunction } from 'i18next';
import type { SourceRef } from '../../../shared/model/provenance';
import { documentTitle } from './source-documents';

export type SourceText = {
  /** one line beside the field */
  short: string;
  /** the full statement: title, lines, quote, notes */
  lines: string[];
};

/** How a source is stated to the planner, short and in full (`editor` namespace). */
export function sourceText(ref: SourceRef | undefined, t: TFunction, lang: string): SourceText {
  if (!ref) return { short: t('source.none'), lines: [t('source.noneLong')] };
  switch (ref.kind) {
    case 'document': {
      const doc = documentTitle(ref.file, lang);
      const where = ref.lineEnd && ref.lineEnd !== ref.line ? t('source.lines', { line: ref.line, end: ref.lineEnd }) : t('source.line', { line: ref.line });
      const lines = [`${doc.title}，${where}`];
      if (ref.quote) lines.push(t('source.quote', { quote: ref.quote }));
      if (ref.note) lines.push(t('source.note', { note: ref.note }));
      lines.push(t('source.file', { file: ref.file }));
      return { short: `${doc.short} ${where}`, lines };
    }
    case 'reference': {
      const cite = ref.year && !ref.citation.includes(String(ref.year)) ? `${ref.citation} (${ref.year})` : ref.citation;
      const lines = [cite];
      if (ref.note) lines.push(t('source.note', { note: ref.note }));
      return { short: cite, lines };
    }
    case 'assumed': {
      const lines = [t('source.assumed', { reason: ref.reason })];
      if (ref.basis) lines.push(t('source.basis', { basis: ref.basis }));
      return { short: t('source.assumed', { reason: ref.reason }), lines };
    }
    case 'user': {
      const lines = [t('source.userLong')];
      if (ref.note) lines.push(t('source.note', { note: ref.note }));
      return { short: t('source.user'), lines };
    }
  }
}
