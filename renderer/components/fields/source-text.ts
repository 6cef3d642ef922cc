import type { TFunction } from 'i18next';
import type { SourceRef } from '../../../shared/model/provenance';
import { documentTitle } from '../../../shared/model/source-documents';
import { GUIDED_START_NOTE } from '../../../shared/model/from-basics';
import { parseBuildoutNote } from '../../../shared/model/lever-rows';

export type SourceText = {
  /** one line beside the field */
  short: string;
  /** the full statement: title, lines, quote, notes */
  lines: string[];
};

/** True for a Chinese UI language ('zh', 'zh-CN', …). */
export function isChinese(lang: string): boolean {
  return lang.toLowerCase().startsWith('zh');
}

/**
 * A source's free text in the UI language: the Chinese form (`reasonZh`,
 * `noteZh`, …) in a Chinese UI when the source has one, otherwise the
 * canonical text (sources saved before the Chinese fields existed have only that).
 */
export function localText(canonical: string, zh: string | undefined, lang: string): string;
export function localText(canonical: string | undefined, zh: string | undefined, lang: string): string | undefined;
export function localText(canonical: string | undefined, zh: string | undefined, lang: string): string | undefined {
  return isChinese(lang) && zh ? zh : canonical;
}

/** How a source is stated to the planner, short and in full (`editor` namespace); `capacity` writes MW in the chosen unit. */
export function sourceText(ref: SourceRef | undefined, t: TFunction<'editor'>, lang: string, capacity?: (mw: number) => string): SourceText {
  if (!ref) return { short: t('source.none'), lines: [t('source.noneLong')] };
  switch (ref.kind) {
    case 'document': {
      const doc = documentTitle(ref.file, lang);
      const where = ref.lineEnd && ref.lineEnd !== ref.line ? t('source.lines', { line: ref.line, end: ref.lineEnd }) : t('source.line', { line: ref.line });
      const lines = [`${doc.title}，${where}`];
      if (ref.quote) lines.push(t('source.quote', { quote: ref.quote }));
      const note = localText(ref.note, ref.noteZh, lang);
      if (note) lines.push(t('source.note', { note }));
      lines.push(t('source.file', { file: ref.file }));
      return { short: `${doc.short} ${where}`, lines };
    }
    case 'reference': {
      const citation = localText(ref.citation, ref.citationZh, lang);
      const cite = ref.year && !citation.includes(String(ref.year)) ? `${citation} (${ref.year})` : citation;
      const lines = [cite];
      const note = localText(ref.note, ref.noteZh, lang);
      if (note) lines.push(t('source.note', { note }));
      return { short: cite, lines };
    }
    case 'assumed': {
      const reason = localText(ref.reason, ref.reasonZh, lang);
      const basis = localText(ref.basis, ref.basisZh, lang);
      const lines = [t('source.assumed', { reason })];
      if (basis) lines.push(t('source.basis', { basis }));
      return { short: t('source.assumed', { reason }), lines };
    }
    case 'user': {
      // typed at the guided start: the region's own figure, not a change of a cited one
      if (ref.note === GUIDED_START_NOTE) return { short: t('source.user'), lines: [t('source.enteredBasics')] };
      const lines = [t('source.userLong')];
      const lever = ref.note ? parseBuildoutNote(ref.note) : undefined;
      if (lever) lines.push(t('source.buildoutNote', { mw: capacity ? capacity(lever.mwPerYear) : `${lever.mwPerYear} MW`, from: lever.from, to: lever.to }));
      else if (ref.note) lines.push(t('source.note', { note: ref.note }));
      return { short: t('source.user'), lines };
    }
  }
}
