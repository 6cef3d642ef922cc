import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HourlyResults } from '../../../shared/engine/hourly/types';
import { disableHourly, enableHourly } from '../../../shared/model/ops-hourly';
import type { Scenario } from '../../../shared/model/scenario';
import { SourceNote } from '../../components/fields/SourceNote';
import type { NumberFormatter } from '../../components/results/format';
import { useResultsFormat } from '../../components/results/useResultsFormat';
import { useScenarioResults } from '../../engine/useScenarioResults';
import { BatteryTable } from './BatteryTable';
import type { HourlyEdit, MarkOf, SourceOf } from './edit';
import { HourlySettings } from './HourlySettings';
import { DetailViews, YearlyViews } from './HourlyViews';
import { ProfileImport } from './ProfileImport';
import { useHourlyDetail } from './useHourlyDetail';
import { useSeenOnce } from '../../components/useSeenOnce';
import '../../components/results/results.css';
import './hourly.css';

export type HourlyPanelProps = {
  /** the open scenario, as edited */
  scenario: Scenario;
  readOnly: boolean;
  edit: HourlyEdit;
  sourceOf: SourceOf;
  /** the editor's inherited / overridden mark beside a field of a derived scenario */
  markOf?: MarkOf;
};

/**
 * 逐时电力平衡 in the editor: the switch and settings, the batteries, the
 * profiles (built-in or imported), then the engine's hourly results of a chosen
 * year (the stress week, the month × hour map, the duration curves) and every
 * year's indicators. Every figure is the engine's; only display units are converted.
 */
export function HourlyPanel({ scenario, readOnly, edit, sourceOf, markOf }: HourlyPanelProps) {
  const { t } = useTranslation('hourly');
  const { fmt } = useResultsFormat();
  const h = scenario.hourly;
  const on = h?.enabled ?? false;
  // the balance's outputs are asked for once the panel has come into view, so edits made
  // elsewhere in the editor do not wait for them
  const root = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(root);
  const { results } = useScenarioResults(scenario, undefined, { hourly: on && seen });
  const hourly = results?.scenarioId === scenario.id ? results.hourly : undefined;
  return (
    <div className="hourly-panel" data-testid="hourly-panel" data-enabled={on ? 'true' : 'false'} ref={root}>
      <p className="muted small">{t('intro')}</p>
      <label className="hourly-switch hourly-main-switch">
        <input
          type="checkbox"
          checked={on}
          disabled={readOnly}
          data-testid="field-hourly.enabled"
          onChange={(e) => void edit((s) => (e.target.checked ? enableHourly(s) : disableHourly(s)), 'hourly', 'hourly.enabled')}
        />
        <span>{t('settings.enabled')}</span>
        {h && <SourceNote source={sourceOf('hourly.enabled')} testId="hourly.enabled" compact />}
        {markOf?.('hourly.enabled')}
      </label>
      {!on && <p className="muted" data-testid="hourly-off">{t('off')}</p>}
      {h && (
        <div className="hourly-inputs">
          <HourlySettings settings={h} baseYear={scenario.baseYear} endYear={scenario.endYear} readOnly={readOnly} edit={edit} sourceOf={sourceOf} markOf={markOf} />
          <BatteryTable batteries={h.batteries} readOnly={readOnly} edit={edit} sourceOf={sourceOf} markOf={markOf} />
          {/* the region's own hourly profiles: ProfileImport (its own part of this feature) */}
          <section className="hourly-profiles" aria-labelledby="hourly-profiles-h" data-testid="hourly-profiles">
            <h4 id="hourly-profiles-h">{t('profiles.title')}</h4>
            <ProfileImport scenario={scenario} readOnly={readOnly} edit={edit} profileSources={hourly?.profileSources} />
          </section>
        </div>
      )}
      {on && <HourlyResultsArea scenario={scenario} hourly={hourly} computed={results !== null} fmt={fmt} />}
    </div>
  );
}

function HourlyResultsArea({ scenario, hourly, computed, fmt }: { scenario: Scenario; hourly: HourlyResults | undefined; computed: boolean; fmt: NumberFormatter }) {
  const { t } = useTranslation('hourly');
  const [picked, setPicked] = useState<number | null>(null);
  const year = picked ?? hourly?.detail?.year ?? null;
  const asked = useHourlyDetail(scenario, hourly, picked);
  const { loading, failed } = asked;
  // the last year shown stays (and keeps its toggles) while the next one is computed
  const [last, setLast] = useState(asked.detail);
  if (asked.detail && asked.detail !== last) setLast(asked.detail);
  const detail = asked.detail ?? (loading ? last : null);
  const box = useRef<HTMLDivElement>(null);
  const seen = useSeenOnce(box);
  return (
    <div className="hourly-results" ref={box} data-testid="hourly-results" aria-busy={loading}>
      {!hourly ? (
        <p className="muted" data-testid="hourly-unavailable">
          {computed ? t('unavailable') : t('loading')}
        </p>
      ) : (
        <>
          <div className="hourly-year-row">
            <label>
              <span>{t('year')}</span>{' '}
              <select value={year ?? ''} data-testid="hourly-year" onChange={(e) => setPicked(Number(e.target.value) === hourly.detail?.year ? null : Number(e.target.value))}>
                {hourly.years.map((y) => (
                  <option key={y.year} value={y.year}>
                    {y.year === hourly.detail?.year ? t('yearDefault', { year: y.year }) : y.year}
                  </option>
                ))}
              </select>
            </label>
            <span className="muted small" data-testid="hourly-feedback-state">
              {t(hourly.feedback ? 'feedbackOn' : 'feedbackOff')}
            </span>
            {loading && <span className="muted small">{t('loading')}</span>}
          </div>
          {failed && <p className="field-msg">{t('detailFailed')}</p>}
          {seen && detail && <DetailViews detail={detail} fmt={fmt} />}
          {seen && <YearlyViews years={hourly.years} picked={year} fmt={fmt} />}
        </>
      )}
    </div>
  );
}
