import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceRef } from '../../../shared/model/provenance';
import { sourceText } from './source-text';
import { useCapacityText } from './capacity';

export type SourceNoteProps = {
  source: SourceRef | undefined;
  /** field path: rendered as `source-<testId>` */
  testId?: string;
  /** a one-character tag only (tables, grids); the full text opens on click */
  compact?: boolean;
};

/**
 * Where a value comes from, beside the value: document + line, citation,
 * assumption or the user's edit. Click for the full statement and quote, so a
 * planner can answer "where is this from?" in a meeting.
 */
export function SourceNote({ source, testId, compact }: SourceNoteProps) {
  const { t, i18n } = useTranslation('editor');
  const [open, setOpen] = useState(false);
  const popId = useId();
  const capacity = useCapacityText();
  const text = sourceText(source, t, i18n.language, (mw) => `${capacity.format(mw)} ${capacity.label}`);
  const kind = source?.kind ?? 'none';
  return (
    <span className={`source-note kind-${kind}${compact ? ' compact' : ''}`} data-testid={testId ? `source-${testId}` : undefined} data-kind={kind}>
      <button
        type="button"
        className="source-btn"
        title={text.lines.join('\n')}
        aria-expanded={open}
        aria-controls={open ? popId : undefined}
        aria-label={compact ? `${t('source.label')}: ${text.short}` : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        onBlur={() => setOpen(false)}
      >
        <span className="source-tag" aria-hidden={compact ? true : undefined}>
          {t(`source.tag.${kind}`)}
        </span>
        {!compact && <span className="source-short">{text.short}</span>}
      </button>
      {open && (
        <span className="source-pop" id={popId} role="tooltip">
          {text.lines.map((line, i) => (
            <span key={i} className={i === 0 ? 'source-pop-head' : 'source-pop-line'}>
              {line}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
