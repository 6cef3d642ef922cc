import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '../../../shared/engine/results';
import { useScenarioRecords } from '../../db/useScenarioRecords';
import type { ScenarioRecord } from '../../db/records';
import { issueText } from '../../i18n/issue-text';
import { regionName, scenarioName } from '../../components/scenario-format';
import { useResultsFormat } from '../../components/results/useResultsFormat';
import { scenarioColors } from '../../components/chart/palette';
import type { ComparedRun } from './compare-chart-options';
import { MIN_SCENARIOS, makeReference, reportHref, toggleId } from './compare-query';
import { CompareCharts } from './CompareCharts';
import { CompareSections } from './CompareSections';
import { MethodsTable } from './MethodsTable';
import { ComparedList, ScenarioPicker } from './ScenarioPicker';
import { useCompareQuery } from './useCompareQuery';
import { useCompareResults } from './useCompareResults';
import '../../components/results/results.css';
import './compare.css';

type Props = {
  /** the route's query string (`ids=a,b&years=…`), see compare-query.ts */
  query: string;
};

/** Two scenarios may share a name (copies of one preset): the legend and columns must still tell them apart. */
function distinctNames(names: string[]): string[] {
  return names.map((n, i) => (names.indexOf(n) === i ? n : `${n} (${i + 1})`));
}

/**
 * Compare view (#/compare): pick two to four scenarios from the library, see
 * them in overlaid charts, a table of key figures against the first, a matrix
 * of targets met and an LMDI decomposition of the CO2 gap between two of them.
 * Everything shown comes from the engine worker's results.
 */
export function ComparePage({ query }: Props) {
  const { t, i18n } = useTranslation('compare');
  const lang = i18n.language;
  const { t: tr, fmt } = useResultsFormat();
  const [q, setQuery] = useCompareQuery(query);
  const records = useScenarioRecords();

  const byId = useMemo(() => new Map((records ?? []).map((r) => [r.id, r])), [records]);
  const picked = useMemo(
    () => q.ids.map((id) => byId.get(id)).filter((r): r is ScenarioRecord => r !== undefined),
    [q.ids, byId],
  );
  const missing = records ? q.ids.filter((id) => !byId.has(id)) : [];
  const computed = useCompareResults(picked);

  const states = useMemo(() => {
    const names = distinctNames(picked.map((r) => scenarioName(r.scenario, lang)));
    // by id, not position: the same colours as the printed comparison and the scenario's own results
    const colors = scenarioColors(picked.map((r) => r.id));
    return picked.map((rec, i) => ({
      rec,
      name: names[i]!,
      color: colors[i]!,
      state: computed.get(rec.id) ?? { status: 'computing' as const },
    }));
  }, [picked, computed, lang]);
  const runs = useMemo(
    () =>
      states.flatMap((s): ComparedRun[] =>
        s.state.status === 'done' ? [{ id: s.rec.id, name: s.name, color: s.color, results: s.state.results }] : [],
      ),
    [states],
  );
  const computing = states.filter((s) => s.state.status === 'computing');
  const failed = states.flatMap((s) =>
    s.state.status === 'failed'
      ? [{ name: s.name, message: s.state.issues.map((i) => `${i.path}: ${issueText(i, t)}`).join('\n') }]
      : [],
  );

  const labelOf = (run: ComparedRun, status: TargetStatus) => {
    const target = byId.get(run.id)?.scenario.targets.find((x) => x.id === status.id);
    return lang === 'en' && target?.labelEn ? target.labelEn : status.label;
  };
  const ready = runs.length >= MIN_SCENARIOS && computing.length === 0;

  return (
    <main className="compare" aria-labelledby="compare-title" data-testid="compare-page">
      <div className="cmp-head">
        <h1 id="compare-title">{t('title')}</h1>
        {q.ids.length >= MIN_SCENARIOS && (
          <a className="btn" href={reportHref(q)} title={t('printHint')} data-testid="btn-print-compare">
            {t('print')}
          </a>
        )}
      </div>
      <p className="muted cmp-lead">{t('intro')}</p>
      {records && (
        <ScenarioPicker
          records={records}
          picked={q.ids}
          onToggle={(id) => setQuery({ ...q, ids: toggleId(q.ids, id) })}
        />
      )}
      {missing.length > 0 && (
        <p className="banner warn cmp-banner" role="status" data-testid="compare-missing">
          {t('missing', { ids: missing.join(', ') })}
        </p>
      )}
      {failed.map((f) => (
        <p key={f.name} className="banner bad cmp-banner" role="alert">
          {t('failed', f)}
        </p>
      ))}
      {picked.length > 0 && (
        <ComparedList
          runs={states.map((s) => ({
            id: s.rec.id,
            name: s.name,
            region: regionName(s.rec.scenario, lang),
            color: s.color,
          }))}
          onMakeReference={(id) => setQuery({ ...q, ids: makeReference(q.ids, id) })}
          onRemove={(id) => setQuery({ ...q, ids: toggleId(q.ids, id) })}
        />
      )}
      {computing.length > 0 && (
        <p className="muted" role="status" data-testid="compare-computing">
          {t('computing', { name: computing.map((s) => s.name).join('、') })}
        </p>
      )}
      {records && picked.length < MIN_SCENARIOS && (
        <p className="cmp-need" data-testid="compare-need">
          {t('need')}
        </p>
      )}
      {ready && (
        <>
          <MethodsTable runs={runs} fmt={fmt} />
          <CompareCharts runs={runs} fmt={fmt} t={tr} />
          <CompareSections runs={runs} query={q} onQuery={setQuery} fmt={fmt} t={tr} labelOf={labelOf} />
        </>
      )}
    </main>
  );
}
