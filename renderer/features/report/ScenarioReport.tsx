import { memo, useEffect, useMemo } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import { AssumptionsSection } from './AssumptionsSection';
import { BaselineGapSection } from './BaselineGapSection';
import type { ReportBaseline } from './baseline-load';
import { BibliographySection } from './BibliographySection';
import { ConventionsSection } from './ConventionsSection';
import { Cover } from './Cover';
import { CostSection } from './CostSection';
import { FlagsSection } from './FlagsSection';
import { HourlySection } from './HourlySection';
import { IndustrySection } from './IndustrySection';
import { MethodsSection } from './MethodsSection';
import { LedgerSection } from './LedgerSection';
import type { ReportText } from './report-text';
import { ChartsSection, YearsSection } from './ResultSections';
import { RollupSection } from './RollupSection';
import { SectorSection } from './SectorSection';
import { SinkSection } from './SinkSection';
import { StudyTablesSection } from './StudyTablesSection';
import { TargetsSection } from './TargetsSection';
import { UncertaintySection } from './UncertaintySection';
import type { ReportItem } from './useReportData';

type Props = {
  item: ReportItem;
  baseline?: ReportBaseline;
  /** false while the sections beyond the scenario's own results (methods, roll-up, baseline, costs, uncertainty) wait on the engine */
  complete: boolean;
  appInfo: AppInfo;
  date: Date;
  x: ReportText;
  onDrawn(): void;
};

/**
 * The report of one scenario, section by section; each section after the
 * cover starts a new page when printed. Memoised: the page's own state (ready,
 * printing) does not redraw the report.
 */
export const ScenarioReport = memo(function ScenarioReport({ item, baseline, complete, appInfo, date, x, onDrawn }: Props) {
  const { scenario, results, methods, rollup, costReference, ensemble } = item;
  // Effects run children first: by now every chart has been created and given its option.
  useEffect(() => onDrawn(), [onDrawn]);
  // The sections of the scenario's own results, made once: when the rest arrives
  // (`complete`), React keeps these as they are (the same elements) and adds the others.
  const own = useMemo(
    () => ({
      head: (
        <>
          <Cover scenario={scenario} results={results} appInfo={appInfo} date={date} x={x} />
          <TargetsSection scenario={scenario} results={results} x={x} />
        </>
      ),
      results: (
        <>
          <FlagsSection results={results} x={x} />
          <ChartsSection results={results} x={x} />
          <YearsSection scenario={scenario} results={results} x={x} />
          <StudyTablesSection results={results} x={x} />
          <SectorSection results={results} x={x} />
          <IndustrySection scenario={scenario} results={results} x={x} />
          <SinkSection scenario={scenario} results={results} x={x} />
          <HourlySection scenario={scenario} results={results} x={x} />
        </>
      ),
      inputs: (
        <>
          <LedgerSection scenario={scenario} x={x} />
          <AssumptionsSection scenario={scenario} x={x} />
          <ConventionsSection scenario={scenario} results={results} x={x} />
          <BibliographySection scenario={scenario} x={x} />
        </>
      ),
    }),
    [scenario, results, appInfo, date, x],
  );
  return (
    <article className="report-sheet" lang={x.locale}>
      {own.head}
      {complete && <MethodsSection scenario={scenario} results={results} comparison={methods ?? null} x={x} />}
      {own.results}
      {complete && rollup && <RollupSection rollup={rollup} x={x} />}
      {complete && <BaselineGapSection scenario={scenario} results={results} baseline={baseline} x={x} />}
      {complete && <CostSection results={results} reference={costReference} x={x} />}
      {complete && <UncertaintySection scenario={scenario} results={results} ensemble={ensemble} x={x} />}
      {own.inputs}
    </article>
  );
});
