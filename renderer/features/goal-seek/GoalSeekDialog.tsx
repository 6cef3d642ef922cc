import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leverAvailable } from '../../../shared/engine/goal-seek/lever';
import { movableRoutes, ROUTE_LEVER_YEAR } from '../../../shared/engine/goal-seek/route-lever';
import { DEFAULT_PROJECT_MAX, GOAL_YEAR_METRICS, type Goal, type GoalLever, type GoalSeekRequest, type GoalSeekFound, type GoalSeekResult, type GoalYearMetric } from '../../../shared/engine/goal-seek/types';
import { buildoutYears, GRID_LEVER_YEAR, LEVERS, type LeverId } from '../../../shared/model/ops-levers';
import type { Scenario } from '../../../shared/model/scenario';
import { TARGET_UNITS } from '../../../shared/engine/targets';
import { Modal } from '../../components/Modal';
import { useCapacityScale, useCapacityText } from '../../components/fields/capacity';
import { parseNumber } from '../../components/fields/parse-number';
import { engineClient } from '../../engine/client';
import { numberLocale } from '../../i18n';
import { GoalSeekAnswer } from './GoalSeekAnswer';

const num = (text: string) => {
  const r = parseNumber(text);
  return r.ok ? r.value : NaN;
};

type LeverChoice = LeverId | 'project' | 'route';
const YEAR_METRICS = Object.keys(GOAL_YEAR_METRICS) as GoalYearMetric[];
/** Target metrics over a period, judged as a target of them would be (their sense is the metric's own). */
const PERIOD_METRICS = ['co2IntensityReduction', 'energyIntensityReduction', 'co2Budget'] as const;
type PeriodMetric = (typeof PERIOD_METRICS)[number];
type MetricChoice = GoalYearMetric | PeriodMetric;
const isPeriod = (m: MetricChoice): m is PeriodMetric => (PERIOD_METRICS as readonly string[]).includes(m);
const unitOf = (m: MetricChoice) => (isPeriod(m) ? TARGET_UNITS[m] : GOAL_YEAR_METRICS[m]);

type Props = {
  scenario: Scenario;
  targetId: string | null;
  readOnly: boolean;
  onApply: (result: GoalSeekFound) => Promise<string[]>;
  onClose: () => void;
};

/** The last search: what it was asked and on which scenario object (an edit since makes its answer stale). */
type Ran = { scenario: Scenario; result: GoalSeekResult } | { scenario: Scenario; error: string };

/**
 * 目标反推: a goal (a target of the scenario, or a result's value in a year),
 * one lever, the search in the engine worker (the page stays responsive), its
 * answer in the planner's units with the runs and the precision, and 应用 as
 * one undoable edit.
 */
export function GoalSeekDialog({ scenario, targetId, readOnly, onApply, onClose }: Props) {
  const { t, i18n } = useTranslation('goalSeek');
  const lang = i18n.language;
  const locale = numberLocale(lang);
  const capacity = useCapacityText();
  const scale = useCapacityScale(true)!;
  const [mode, setMode] = useState<'target' | 'metric'>(targetId !== null || scenario.targets.length ? 'target' : 'metric');
  const [target, setTarget] = useState(targetId ?? scenario.targets[0]?.id ?? '');
  const [metric, setMetric] = useState<MetricChoice>('co2');
  const [fromYear, setFromYear] = useState(String(scenario.baseYear));
  const [year, setYear] = useState(String(Math.min(2030, scenario.endYear)));
  const [value, setValue] = useState('');
  const [sense, setSense] = useState<'atMost' | 'atLeast'>('atMost');
  const [choice, setChoice] = useState<LeverChoice>('intensityDecline');
  const projects = scenario.electricity.projects.filter((p) => p.included);
  const [project, setProject] = useState(projects[0]?.id ?? '');
  const [projectMax, setProjectMax] = useState(String(scale.toShown(DEFAULT_PROJECT_MAX)));
  const routes = movableRoutes(scenario);
  const [route, setRoute] = useState(routes[0] ? `${routes[0].productId}/${routes[0].routeId}` : '');
  const routeName = (key: string) => {
    const [productId, routeId] = key.split('/');
    const p = scenario.industry?.products.find((x) => x.id === productId);
    const r = p?.routes.find((x) => x.id === routeId);
    const name = (zh: string | undefined, en: string | undefined) => (lang === 'en' && en ? en : (zh ?? ''));
    return `${name(p?.name, p?.nameEn)} · ${name(r?.name, r?.nameEn)}`;
  };
  const [ran, setRan] = useState<Ran | null>(null);
  const [running, setRunning] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);

  const { from, to } = buildoutYears(scenario);
  const leverOf = (c: LeverChoice): GoalLever => {
    if (c === 'project') return { projectCapacity: project };
    if (c === 'route') {
      const [productId = '', routeId = ''] = route.split('/');
      return { routeShare: { productId, routeId } };
    }
    return { lever: c };
  };
  const leverLabel = (c: LeverChoice) =>
    c === 'project' ? t('lever.project') : c === 'route' ? t('lever.route', { year: ROUTE_LEVER_YEAR }) : t(`lever.${c}`, { from, to, year: GRID_LEVER_YEAR });
  const resultChoice = (l: GoalLever): LeverChoice => ('lever' in l ? l.lever : 'routeShare' in l ? 'route' : 'project');
  const targetLabel = (id: string) => {
    const x = scenario.targets.find((g) => g.id === id);
    return x ? (lang === 'en' && x.labelEn ? x.labelEn : x.label) : id;
  };

  const request = (): GoalSeekRequest | null => {
    const goal: Goal | null =
      mode === 'target'
        ? target
          ? { targetId: target }
          : null
        : !Number.isFinite(num(value)) || !Number.isInteger(Number(year))
          ? null
          : isPeriod(metric)
            ? Number.isInteger(Number(fromYear))
              ? { metric, fromYear: Number(fromYear), year: Number(year), value: num(value), sense: metric === 'co2Budget' ? 'atMost' : 'atLeast' }
              : null
            : { metric, year: Number(year), value: num(value), sense };
    if (!goal) return null;
    const lever = leverOf(choice);
    if (choice !== 'project') return { goal, lever };
    const max = num(projectMax);
    return { goal, lever, ...(Number.isFinite(max) && max > 0 ? { bounds: { min: 0, max: scale.toStored(max) } } : {}) };
  };
  const req = request();

  const run = () => {
    if (!req) return;
    const on = scenario;
    setRunning(true);
    setRefused([]);
    engineClient
      .call('goalSeek', { scenario: on, request: req })
      .then((result) => setRan({ scenario: on, result }))
      .catch((err: unknown) => setRan({ scenario: on, error: err instanceof Error ? err.message : String(err) }))
      .finally(() => setRunning(false));
  };

  const stale = ran !== null && ran.scenario !== scenario;
  const apply = (result: GoalSeekFound) => {
    void onApply(result).then((msgs) => (msgs.length ? setRefused(msgs) : onClose()));
  };

  return (
    <Modal title={t('title')} onClose={onClose} testId="goal-seek-dialog">
      <p className="muted small gs-intro">{t('intro')}</p>
      <fieldset className="gs-group">
        <legend>{t('goal.heading')}</legend>
        <label className="gs-radio">
          <input type="radio" name="gs-mode" checked={mode === 'target'} disabled={!scenario.targets.length} onChange={() => setMode('target')} data-testid="gs-mode-target" />
          {t('goal.target')}
        </label>
        {mode === 'target' && (
          <select className="gs-wide" value={target} onChange={(e) => setTarget(e.target.value)} aria-label={t('goal.target')} data-testid="gs-target">
            {scenario.targets.map((x) => (
              <option key={x.id} value={x.id}>
                {targetLabel(x.id)}
              </option>
            ))}
          </select>
        )}
        <label className="gs-radio">
          <input type="radio" name="gs-mode" checked={mode === 'metric'} onChange={() => setMode('metric')} data-testid="gs-mode-metric" />
          {t('goal.metric')}
        </label>
        {mode === 'metric' && (
          <div className="gs-row">
            <select value={metric} onChange={(e) => setMetric(e.target.value as MetricChoice)} aria-label={t('goal.metricLabel')} data-testid="gs-metric">
              {[...YEAR_METRICS, ...PERIOD_METRICS].map((m) => (
                <option key={m} value={m}>
                  {t(`metrics.${m}`)} ({unitOf(m)})
                </option>
              ))}
            </select>
            {isPeriod(metric) && (
              <>
                <input className="gs-year" inputMode="numeric" value={fromYear} onChange={(e) => setFromYear(e.target.value)} aria-label={t('goal.fromYear')} data-testid="gs-from-year" />
                <span aria-hidden="true">→</span>
              </>
            )}
            <input className="gs-year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} aria-label={t('goal.year')} data-testid="gs-year" />
            {isPeriod(metric) ? (
              <span data-testid="gs-sense-fixed">{metric === 'co2Budget' ? t('goal.atMost') : t('goal.atLeast')}</span>
            ) : (
              <select value={sense} onChange={(e) => setSense(e.target.value as 'atMost' | 'atLeast')} aria-label={t('goal.sense')} data-testid="gs-sense">
                <option value="atMost">{t('goal.atMost')}</option>
                <option value="atLeast">{t('goal.atLeast')}</option>
              </select>
            )}
            <input className="gs-value" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} aria-label={t('goal.value')} data-testid="gs-value" />
          </div>
        )}
      </fieldset>
      <fieldset className="gs-group">
        <legend>{t('lever.heading')}</legend>
        <select className="gs-wide" value={choice} onChange={(e) => setChoice(e.target.value as LeverChoice)} aria-label={t('lever.heading')} data-testid="gs-lever">
          {[...LEVERS, 'project' as const, 'route' as const].map((c) => {
            const available = c === 'project' ? projects.length > 0 : c === 'route' ? routes.length > 0 : leverAvailable(scenario, { lever: c });
            return (
              <option key={c} value={c} disabled={!available}>
                {leverLabel(c)}
                {available ? '' : ` ${t('lever.unavailable')}`}
              </option>
            );
          })}
        </select>
        {choice === 'project' && (
          <div className="gs-row">
            <select className="gs-wide" value={project} onChange={(e) => setProject(e.target.value)} aria-label={t('lever.projectPick')} data-testid="gs-project">
              {projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({capacity.format(p.capacityMW)} {capacity.label})
                </option>
              ))}
            </select>
            <label className="gs-max">
              {t('lever.projectMax', { unit: scale.label })}
              <input inputMode="decimal" value={projectMax} onChange={(e) => setProjectMax(e.target.value)} data-testid="gs-project-max" />
            </label>
          </div>
        )}
        {choice === 'route' && (
          <div className="gs-row">
            <select className="gs-wide" value={route} onChange={(e) => setRoute(e.target.value)} aria-label={t('lever.routePick')} data-testid="gs-route">
              {routes.map((r) => {
                const key = `${r.productId}/${r.routeId}`;
                return (
                  <option key={key} value={key}>
                    {routeName(key)}
                  </option>
                );
              })}
            </select>
          </div>
        )}
      </fieldset>
      <div className="gs-run">
        <button type="button" className="btn primary" disabled={!req || running} onClick={run} data-testid="gs-run">
          {running ? t('running') : t('run')}
        </button>
      </div>
      <div aria-live="polite" data-testid="gs-outcome" data-state={running ? 'running' : ran ? ('error' in ran ? 'error' : ran.result.status) : 'none'}>
        {ran && 'error' in ran && <p className="field-msg">{t('failed.engine', { detail: ran.error })}</p>}
        {ran && 'result' in ran && (
          <GoalSeekAnswer
            result={ran.result}
            leverName={ran.result.status === 'failed' ? '' : leverLabel(resultChoice(ran.result.lever))}
            metricName={mode === 'metric' ? t(`metrics.${metric}`) : targetLabel(target)}
            locale={locale}
            capacity={capacity}
            stale={stale}
            readOnly={readOnly}
            refused={refused}
            onApply={apply}
          />
        )}
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose} data-testid="gs-close">
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
