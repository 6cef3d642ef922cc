import type { ReactNode } from 'react';
import type { SourceRef } from '../../../shared/model/provenance';
import { sourceText } from '../../components/fields/source-text';
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

/** A source stated in full: its kind, then title and lines, quote, notes, file (as in the editor). */
export function SourceLines({ source, x }: { source: SourceRef | undefined; x: ReportText }) {
  const kind = source?.kind ?? 'none';
  const { lines } = sourceText(source, x.et, x.lang);
  // The kind is shown as a tag; an assumption's first line would only repeat it ("假设：…").
  const prefix = String(x.et('source.assumed', { reason: '' }));
  if (kind === 'assumed' && prefix && lines[0]?.startsWith(prefix)) lines[0] = lines[0].slice(prefix.length);
  return (
    <div className={`report-source ${kind}`}>
      <span className="report-source-kind">{x.t(`assumptions.kind.${kind}`)}</span>
      {lines.map((line, i) => (
        <span key={i} className="report-source-line">
          {line}
        </span>
      ))}
    </div>
  );
}

/** The one-line form of a source, for ledger rows and targets. */
export function sourceShort(source: SourceRef | undefined, x: ReportText): string {
  return sourceText(source, x.et, x.lang).short;
}
