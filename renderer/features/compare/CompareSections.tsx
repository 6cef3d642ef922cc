import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '../../../shared/engine/results';
import type { Translate } from '../../components/results/chart-options';
import type { NumberFormatter } from '../../components/results/format';
import type { ComparedRun } from './compare-chart-options';
import { commonYears, horizonOf, lmdiYearFor, tableYears } from '../../../shared/engine/compare';
import type { CompareQuery } from './compare-query';
import { CostCompare } from './CostCompare';
import { HourlyCompare } from './HourlyCompare';
import { KeyFigureTable } from './KeyFigureTable';
import { LmdiSection } from './LmdiSection';
import { SectorCompare } from './SectorCompare';
import { TargetMatrix } from './TargetMatrix';
import { UncertaintyCompare } from './UncertaintyCompare';
import { YearPicker } from './YearPicker';

type Props = {
  /** at least two, all computed; the first is the reference A */
  runs: readonly ComparedRun[];
  query: CompareQuery;
  onQuery(next: CompareQuery): void;
  fmt: NumberFormatter;
  /** the results namespace's `t` */
  t: Translate;
  labelOf(run: ComparedRun, status: TargetStatus): string;
};

/** Key figures with their year picker, the target matrix and the LMDI decomposition, below the charts. */
export function CompareSections({ runs, query, onQuery, fmt, t, labelOf }: Props) {
  const { t: tc } = useTranslation('compare');
  const results = runs.map((r) => r.results);
  const { from, to } = horizonOf(results);
  const years = tableYears(results, query.years);
  const a = runs[0]!;
  const others = runs.slice(1);
  const b = others.find((r) => r.id === query.lmdiB) ?? others[0]!;
  const lmdiYear = lmdiYearFor(query.lmdiYear, commonYears([a.results, b.results]));

  return (
    <>
      {/* Side by side where both fit (two or three scenarios on a wide window), one under the other otherwise. */}
      <div className="cmp-pair">
        <section className="cmp-section" aria-labelledby="cmp-table-h">
          <div className="cmp-section-head">
            <h2 id="cmp-table-h">{tc('table.heading')}</h2>
            <YearPicker from={from} to={to} picked={years} onChange={(next) => onQuery({ ...query, years: next })} />
          </div>
          <p className="muted small cmp-lead">{tc('table.diffHint')}</p>
          <KeyFigureTable runs={runs} years={years} fmt={fmt} />
        </section>
        <section className="cmp-section" aria-labelledby="cmp-matrix-h">
          <h2 id="cmp-matrix-h">{tc('matrix.heading')}</h2>
          <TargetMatrix runs={runs} fmt={fmt} t={t} labelOf={labelOf} />
        </section>
      </div>
      <SectorCompare runs={runs} years={years} fmt={fmt} t={t} />
      <HourlyCompare runs={runs} years={years} fmt={fmt} />
      <CostCompare runs={runs} fmt={fmt} />
      <UncertaintyCompare runs={runs} fmt={fmt} labelOf={labelOf} />
      {lmdiYear === null ? (
        <p className="muted">{tc('lmdi.noYear')}</p>
      ) : (
        <LmdiSection
          a={a}
          others={others}
          b={b}
          year={lmdiYear}
          fmt={fmt}
          onChange={(next) => onQuery({ ...query, lmdiB: next.b, lmdiYear: next.year })}
        />
      )}
    </>
  );
}
