import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HourlySettings as Settings } from '../../../shared/model/hourly';
import { setGridLimit, setHourlyFeedback, setHydroDispatchablePct, setSite, type GridLimit } from '../../../shared/model/ops-hourly';
import type { Series } from '../../../shared/model/series';
import { NumberField } from '../../components/fields/NumberField';
import { SeriesField } from '../../components/fields/SeriesField';
import { SourceNote } from '../../components/fields/SourceNote';
import type { HourlyEdit, MarkOf, SourceOf } from './edit';

type Props = { settings: Settings; baseYear: number; endYear: number; readOnly: boolean; edit: HourlyEdit; sourceOf: SourceOf; markOf?: MarkOf };

const LIMITS: readonly [GridLimit, 'exportLimitMW' | 'importLimitMW'][] = [
  ['export', 'exportLimitMW'],
  ['import', 'importLimitMW'],
];

function Row({ label, hint, path, sourceOf, markOf, children }: { label: string; hint?: string; path: string; sourceOf: SourceOf; markOf?: MarkOf; children: ReactNode }) {
  return (
    <div className="frow hourly-row" data-path={path}>
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

/**
 * A grid limit: empty is no limit (the schema's absent value). A constant is typed in the capacity unit;
 * a limit by year (from a file) is shown as such, in MW, with the way back to one number or none.
 */
function LimitField({ which, value, p }: { which: GridLimit; value: Series | undefined; p: Props }) {
  const { t } = useTranslation('hourly');
  const path = `hourly.${which}LimitMW`;
  const label = t(which === 'export' ? 'settings.exportLimit' : 'settings.importLimit');
  const commit = (v: Series | undefined) => p.edit((s) => setGridLimit(s, which, v), path, path, true);
  if (value !== undefined && typeof value !== 'number') {
    return (
      <span className="hourly-limit">
        <SeriesField value={value} onCommit={(v) => commit(v)} testId={path} label={`${label} (MW)`} unit="MW" disabled={p.readOnly} baseYear={p.baseYear} endYear={p.endYear} min={0} />
        <button type="button" className="btn ghost small-btn" disabled={p.readOnly} data-testid={`clear-${path}`} onClick={() => void commit(undefined)}>
          {t('settings.noLimit')}
        </button>
      </span>
    );
  }
  return (
    <span className="hourly-limit">
      <NumberField value={value} onCommit={(v) => commit(v)} testId={path} label={label} capacity optional min={0} disabled={p.readOnly} className="w-num" />
      {value === undefined && <span className="muted small" data-testid={`nolimit-${path}`}>{t('settings.noLimit')}</span>}
    </span>
  );
}

/** The balance's settings: feedback, grid limits, the reservoir share and the PV site. */
export function HourlySettings(p: Props) {
  const { t } = useTranslation('hourly');
  const { settings: h, edit, readOnly, sourceOf } = p;
  return (
    <div className="hourly-settings" data-testid="hourly-settings">
      <label className="hourly-switch">
        <input
          type="checkbox"
          checked={h.feedback}
          disabled={readOnly}
          data-testid="field-hourly.feedback"
          onChange={(e) => void edit((s) => setHourlyFeedback(s, e.target.checked), 'hourly.feedback')}
        />
        <span>{t('settings.feedback')}</span>
        <SourceNote source={sourceOf('hourly.feedback')} testId="hourly.feedback" compact />
        {p.markOf?.('hourly.feedback')}
      </label>
      <p className="muted small hourly-hint">{t('settings.feedbackHint')}</p>
      {LIMITS.map(([which, key]) => (
        <Row key={which} label={t(which === 'export' ? 'settings.exportLimit' : 'settings.importLimit')} path={`hourly.${key}`} sourceOf={sourceOf} markOf={p.markOf}>
          <LimitField which={which} value={h[key]} p={p} />
        </Row>
      ))}
      <p className="muted small hourly-hint">{t('settings.limitHint')}</p>
      <Row label={t('settings.hydro')} hint={t('settings.hydroHint')} path="hourly.hydroDispatchablePct" sourceOf={sourceOf} markOf={p.markOf}>
        <NumberField
          value={h.hydroDispatchablePct}
          onCommit={(v) => edit((s) => setHydroDispatchablePct(s, v ?? 0), 'hourly.hydroDispatchablePct', 'hourly.hydroDispatchablePct', true)}
          testId="hourly.hydroDispatchablePct"
          label={t('settings.hydro')}
          unit="%"
          min={0}
          max={100}
          disabled={readOnly}
          className="w-num"
        />
      </Row>
      <Row label={t('settings.site')} hint={t('settings.siteHint')} path="hourly.latitude" sourceOf={sourceOf} markOf={p.markOf}>
        <span className="hourly-site">
          {(['latitude', 'longitude'] as const).map((which) => (
            <label key={which} className="hourly-coord">
              <span className="muted small">{t(`settings.${which}`)}</span>
              <NumberField
                value={h[which]}
                onCommit={(v) => edit((s) => setSite(s, which, v), `hourly.${which}`, `hourly.${which}`, true)}
                testId={`hourly.${which}`}
                label={t(`settings.${which}`)}
                unit={t('settings.degrees')}
                optional
                min={which === 'latitude' ? 18 : 73}
                max={which === 'latitude' ? 54 : 136}
                disabled={readOnly}
                className="w-num"
              />
            </label>
          ))}
        </span>
      </Row>
    </div>
  );
}
