import type { ReactNode } from 'react';
import { SourceNote } from '../../components/fields/SourceNote';
import type { MarkOf, SourceOf } from './edit';

type RowProps = { label: string; hint?: ReactNode; path: string; sourceOf: SourceOf; markOf?: MarkOf; children: ReactNode };

/** One labelled input row: label and hint, the control, and the value's source (and inheritance mark) beside it. */
export function Row({ label, hint, path, sourceOf, markOf, children }: RowProps) {
  return (
    <div className="frow industry-row" data-path={path}>
      <div className="frow-label">
        <span>{label}</span>
        {hint && <span className="frow-hint">{hint}</span>}
      </div>
      <div className="frow-control">{children}</div>
      <div className="frow-source">
        <SourceNote source={sourceOf(path)} testId={path} />
        {markOf?.(path)}
      </div>
    </div>
  );
}
