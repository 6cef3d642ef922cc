import type { ReactNode } from 'react';
import type { SourceRef } from '../../../shared/model/provenance';
import { reportSourceLines, reportSourceShort, type CiteContext } from './citations';
import type { ReportText } from './report-text';

/** One section of the report: starts on a new page when printed, its heading in the PDF outline. */
export function Section({ id, title, intro, children, className }: { id: string; title: string; intro?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={className ? `report-section ${className}` : 'report-section'} data-testid={`report-${id}`} aria-labelledby={`report-${id}-h`}>
      <h2 id={`report-${id}-h`}>{title}</h2>
      {intro && <p className="report-intro">{intro}</p>}
      {children}
    </section>
  );
}

/** A source stated in full: its kind, then what is cited and where, quote and notes (documents by title, never by file). */
export function SourceLines({ source, x, ctx }: { source: SourceRef | undefined; x: ReportText; ctx?: CiteContext }) {
  const kind = source?.kind ?? 'none';
  return (
    <div className={`report-source ${kind}`}>
      <span className="report-source-kind">{x.t(`assumptions.kind.${kind}`)}</span>
      {reportSourceLines(source, x, ctx).map((line, i) => (
        <span key={i} className="report-source-line">
          {line}
        </span>
      ))}
    </div>
  );
}

/** The one-line form of a source, for ledger rows and targets. */
export function sourceShort(source: SourceRef | undefined, x: ReportText, ctx?: CiteContext): string {
  return reportSourceShort(source, x, ctx);
}
