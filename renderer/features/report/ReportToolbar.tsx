import type { Language } from '../../../shared/ipc/contract';
import type { ReportText } from './report-text';

type Props = {
  x: ReportText;
  /** where "back" leads */
  backHref: string;
  backLabel: string;
  /** the same report in each language */
  langHref: (lang: Language) => string;
  /** a scenario's report: the scenarios its contributions may be measured against, the one in use (null: none) */
  baseline?: { options: { id: string; label: string }[]; value: string | null; onChange(id: string | null): void };
  ready: boolean;
  printing: boolean;
  message: string | null;
  onPrint(): void;
};

const LANGS: { lang: Language; label: string; tag: string }[] = [
  { lang: 'zh', label: '中文', tag: 'zh-CN' },
  { lang: 'en', label: 'English', tag: 'en' },
];

/** The select's value for "no baseline" (ids start with a letter or digit). */
const NONE = '-';

/** Back, the report's language, the baseline of a scenario's report, print. Not printed itself. */
export function ReportToolbar({ x, backHref, backLabel, langHref, baseline, ready, printing, message, onPrint }: Props) {
  return (
    <div className="report-toolbar" role="toolbar" aria-label={x.t('toolbar.label')} data-testid="report-toolbar">
      <a className="btn ghost" href={backHref} data-testid="report-back">
        {backLabel}
      </a>
      <div className="report-langs" role="group" aria-label={x.t('toolbar.language')}>
        {LANGS.map((l) => (
          <a
            key={l.lang}
            className={l.lang === x.lang ? 'btn current' : 'btn'}
            href={langHref(l.lang)}
            lang={l.tag}
            aria-current={l.lang === x.lang ? 'true' : undefined}
            data-testid={`report-lang-${l.lang}`}
          >
            {l.label}
          </a>
        ))}
      </div>
      {baseline && (
        <label className="report-baseline-pick">
          <span>{x.t('toolbar.baseline')}</span>
          <select
            value={baseline.value ?? NONE}
            onChange={(e) => baseline.onChange(e.target.value === NONE ? null : e.target.value)}
            data-testid="report-baseline-select"
          >
            <option value={NONE}>{x.t('toolbar.baselineNone')}</option>
            {baseline.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <span className="report-toolbar-status" aria-live="polite">
        {message ?? (ready ? x.t('toolbar.ready') : x.t('toolbar.preparing'))}
      </span>
      <button type="button" className="btn primary" onClick={onPrint} disabled={!ready || printing} data-testid="btn-print-report">
        {x.t('toolbar.print')}
      </button>
    </div>
  );
}
