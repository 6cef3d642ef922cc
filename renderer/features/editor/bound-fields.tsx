import { memo, type ReactNode } from 'react';
import { getAt } from '../../../shared/model/path';
import type { Series } from '../../../shared/model/series';
import { NumberField } from '../../components/fields/NumberField';
import { SeriesField } from '../../components/fields/SeriesField';
import { SourceNote } from '../../components/fields/SourceNote';
import { TextField } from '../../components/fields/TextField';
import { useEditor, useScenario, useYears } from './EditorContext';
import { InheritMark } from './InheritMark';
import { ownSource, sourceFor } from './sources';

/** Field components bound to a scenario path: value from the scenario, edits through the editor's `set` (checked by the engine worker). */

type Common = { path: string; label: string; className?: string };

export const ScenarioNumber = memo(function ScenarioNumber(p: Common & { unit?: string; integer?: boolean; optional?: boolean; min?: number; max?: number }) {
  const { set, readOnly } = useEditor();
  const value = useScenario((s) => getAt(s, p.path) as number | undefined);
  return (
    <NumberField
      value={value}
      onCommit={(v) => set(p.path, v)}
      testId={p.path}
      label={p.label}
      unit={p.unit}
      integer={p.integer}
      optional={p.optional}
      min={p.min}
      max={p.max}
      disabled={readOnly}
      className={p.className ?? (p.integer ? 'w-year' : 'w-num')}
    />
  );
});

export const ScenarioSeries = memo(function ScenarioSeries(p: Common & { unit?: string; compact?: boolean; min?: number; max?: number }) {
  const { set, readOnly } = useEditor();
  const value = useScenario((s) => getAt(s, p.path) as Series);
  const { baseYear, endYear } = useYears();
  return (
    <SeriesField
      value={value}
      onCommit={(v) => set(p.path, v)}
      testId={p.path}
      label={p.label}
      unit={p.unit}
      compact={p.compact}
      min={p.min}
      max={p.max}
      disabled={readOnly}
      baseYear={baseYear}
      endYear={endYear}
    />
  );
});

/** `multiline`: a name that wraps in its cell rather than hiding its end (see TextField); `shown`: what the field shows instead of the stored text until typed over. */
export const ScenarioText = memo(function ScenarioText(p: Common & { multiline?: boolean; shown?: string }) {
  const { set, readOnly } = useEditor();
  const value = useScenario((s) => String(getAt(s, p.path) ?? ''));
  return <TextField value={p.shown ?? value} onCommit={(v) => set(p.path, v)} testId={p.path} label={p.label} disabled={readOnly} className={p.className} multiline={p.multiline} />;
});

/** The value's source; nothing while an optional input is absent (no value, so nothing to source: "no source" would read as a gap). */
export const Source = memo(function Source({ path, compact }: { path: string; compact?: boolean }) {
  const source = useScenario((s) => (getAt(s, path) === undefined ? null : sourceFor(s, path)));
  return source === null ? null : <SourceNote source={source} testId={path} compact={compact} />;
});

/** The user's own mark on a cell, shown only when that field has its own source entry (the row's source stands for the rest). */
export const EditedMark = memo(function EditedMark({ path }: { path: string }) {
  const own = useScenario((s) => ownSource(s, path));
  return own ? <SourceNote source={own} testId={path} compact /> : null;
});

/** One labelled row of a panel: label (and hint), the control, and the value's source beside it. */
export function FieldRow({ label, hint, path, children }: { label: string; hint?: ReactNode; path: string; children: ReactNode }) {
  return (
    <div className="frow" data-path={path}>
      <div className="frow-label">
        <span>{label}</span>
        {hint && <span className="frow-hint">{hint}</span>}
      </div>
      <div className="frow-control">{children}</div>
      <div className="frow-source">
        <Source path={path} />
        <InheritMark path={path} />
      </div>
    </div>
  );
}
