import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, Language } from '../../../shared/ipc/contract';
import { navigate, routeHash } from '../../navigation/route';
import { chartsDrawn } from '../../components/chart/draw-queue';
import { useMenuCommands } from '../../platform/useMenuCommands';
import { getDesktopApi } from '../../platform/desktop';
import { CompareReport } from './CompareReport';
import { scenarioName } from './Cover';
import { reportText, type ReportText } from './report-text';
import { useCapacityUnit } from '../../components/fields/capacity';
import { issueText } from '../../i18n/issue-text';
import type { ReportBaseline } from './baseline-load';
import { ReportToolbar } from './ReportToolbar';
import { ScenarioReport } from './ScenarioReport';
import { useReportData, type ReportItem } from './useReportData';
import './report.css';

export type ReportPageProps = {
  ids: string[];
  /** several scenarios side by side (`#/report?ids=a,b`) rather than one scenario's report */
  compare?: boolean;
  /** the report's language when it differs from the app's (`?lang=en`) */
  lang?: Language;
  /** a comparison's table years and decomposition year, as chosen on the compare page */
  years?: number[];
  lmdiYear?: number;
  /** a scenario's report: the baseline of the contributions (null: none; absent: the report's own choice) */
  baseline?: string | null;
  /** the report date (tests fix it) */
  now?: () => Date;
};

/** A CSS string literal (the running header is the scenario's name, which may hold quotes). */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/[\n\r]+/g, ' ')}"`;
/** Characters file systems refuse in a name, control characters and bidi formatting (the desktop shell refuses those). */
const safeFileName = (s: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  s.replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

type ViewProps = {
  items: ReportItem[];
  /** false while the engine still computes what a scenario's report adds to its results */
  complete: boolean;
  appInfo: AppInfo;
  compare: boolean;
  ids: string[];
  years?: number[];
  lmdiYear?: number;
  baseline?: ReportBaseline;
  /** the baseline the route asks for, kept when the language changes */
  askedBaseline?: string | null;
  date: Date;
  x: ReportText;
};

/** The toolbar and the report in one language; remounted when the language changes, so readiness starts over. */
function ReportView({ items, complete, appInfo, compare, ids, years, lmdiYear, baseline, askedBaseline, date, x }: ViewProps) {
  const [drawn, setDrawn] = useState(false);
  const [ready, setReady] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const onDrawn = useCallback(() => setDrawn(true), []);

  // Ready = every section in and every chart drawn (queued by the charts' effects, drawn inside
  // setOption: not lazy, animation off), the fonts loaded and one frame laid out: a PDF shows it all.
  useEffect(() => {
    if (!drawn || !complete) return;
    let cancelled = false;
    const fonts: Promise<unknown> = typeof document !== 'undefined' && document.fonts ? document.fonts.ready : Promise.resolve();
    void Promise.all([chartsDrawn(), fonts])
      .then(nextFrame)
      .then(() => !cancelled && setReady(true));
    return () => {
      cancelled = true;
    };
  }, [drawn, complete]);

  const first = items[0]!.scenario;
  const fileName = safeFileName(
    compare ? x.t('toolbar.compareFileName', { date: isoDate(date) }) : x.t('toolbar.fileName', { name: scenarioName(first, x), date: isoDate(date) }),
  );
  const print = useCallback(async () => {
    setPrinting(true);
    setMessage(null);
    try {
      const res = await getDesktopApi().printToPdf({ title: x.t('toolbar.saveTitle'), defaultName: `${fileName}.pdf` });
      if (res.saved) setMessage(x.t('toolbar.saved', { name: res.name ?? fileName }));
    } catch (err) {
      setMessage(x.t('toolbar.failed', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setPrinting(false);
    }
  }, [fileName, x]);

  useMenuCommands((command) => {
    if (command === 'file:print-report' && ready && !printing) void print();
  });

  const header = compare ? x.t('compareTitle') : x.t('runningHeader', { title: x.t('title'), name: scenarioName(first, x) });
  const langHref = (lang: Language) => routeHash(
      compare
        ? { name: 'compareReport', ids, lang, ...(years ? { years } : {}), ...(lmdiYear !== undefined ? { lmdiYear } : {}) }
        : { name: 'report', id: ids[0]!, lang, ...(askedBaseline !== undefined ? { baseline: askedBaseline } : {}) },
    );
  const baselineOptions = baseline && {
    options: baseline.candidates.map((c) => ({ id: c.id, label: x.lang === 'en' && c.nameEn ? c.nameEn : c.name })),
    value: baseline.choice?.id ?? null,
    onChange: (id: string | null) => navigate({ name: 'report', id: ids[0]!, lang: x.lang, baseline: id }),
  };
  const back = compare
    ? { href: routeHash({ name: 'library' }), label: x.t('toolbar.backToLibrary') }
    : { href: routeHash({ name: 'scenario', id: first.id }), label: x.t('toolbar.backToScenario') };

  return (
    <main className="report-page" data-testid="report-page" data-ready={ready ? 'true' : 'false'} data-lang={x.lang}>
      {/* Running header of every page but the cover; page numbers are in report.css. */}
      <style>{`@page { @top-left { content: ${cssString(header)}; } } @page :first { @top-left { content: none; } }`}</style>
      <ReportToolbar x={x} backHref={back.href} backLabel={back.label} langHref={langHref} baseline={baselineOptions} ready={ready} printing={printing} message={message} onPrint={() => void print()} />
      {compare ? (
        <CompareReport items={items} years={years ?? null} lmdiYear={lmdiYear ?? null} appInfo={appInfo} date={date} x={x} onDrawn={onDrawn} />
      ) : (
        <ScenarioReport item={items[0]!} baseline={baseline} complete={complete} appInfo={appInfo} date={date} x={x} onDrawn={onDrawn} />
      )}
    </main>
  );
}

/**
 * `#/report/<id>` and `#/report?ids=a,b`: the printable report, which is its
 * own print preview. `data-ready="true"` on `report-page` says the charts are
 * drawn and printing may start.
 */
export function ReportPage({ ids, compare = false, lang: forced, years, lmdiYear, baseline, now }: ReportPageProps) {
  const { i18n } = useTranslation();
  const lang: Language = forced ?? (i18n.language === 'en' ? 'en' : 'zh');
  // capacity in the unit the settings give for the report's language, redrawn when the setting changes
  const x = reportText(lang, useCapacityUnit(lang));
  const data = useReportData(ids, compare ? undefined : { asked: baseline });
  const [date] = useState(() => (now ? now() : new Date()));

  if (data.status !== 'ready') {
    return (
      <main className="report-page report-page-status" data-testid="report-page" data-ready="false" data-status={data.status} lang={x.locale}>
        {data.status === 'loading' && <p>{x.t('status.loading')}</p>}
        {data.status === 'missing' && <p role="alert">{x.t('status.missing', { ids: data.ids.join(', ') })}</p>}
        {data.status === 'error' && <p role="alert">{data.message}</p>}
        {data.status === 'issues' && (
          <div role="alert">
            <p>{x.t('status.issues', { name: scenarioName(data.scenario, x) })}</p>
            <ul>
              {data.issues.map((i, k) => (
                <li key={k}>
                  <code>{i.path}</code> {issueText(i, x.t)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {data.status !== 'loading' && <a href={routeHash({ name: 'library' })}>{x.t('status.back')}</a>}
      </main>
    );
  }
  return (
    <ReportView
      key={lang}
      items={data.items}
      complete={data.complete}
      appInfo={data.appInfo}
      compare={compare}
      ids={ids}
      years={years}
      lmdiYear={lmdiYear}
      baseline={data.baseline}
      askedBaseline={baseline}
      date={date}
      x={x}
    />
  );
}
