import type { ForestYear, ScenarioResults, YearResult } from '../../../shared/engine/results';
import { planYears } from '../../../shared/engine/study-tables';
import type { Scenario } from '../../../shared/model/scenario';
import type { UnitId } from '../../components/results/format';
import type { ReportText } from './report-text';
import { Section } from './Section';
import { YearsHead } from './YearsHead';

type Props = { scenario: Scenario; results: ScenarioResults; x: ReportText };

type Line = {
  id: 'coverPct' | 'stockWanM3' | 'gainCo2' | 'lossCo2' | 'sinkCo2' | 'co2WithProcess' | 'netCo2';
  unit: UnitId;
  get: (y: YearResult, f: ForestYear) => number;
  className?: string;
};

const LINES: Line[] = [
  { id: 'coverPct', unit: 'pct', get: (_y, f) => f.coverPct },
  { id: 'stockWanM3', unit: 'wanM3', get: (_y, f) => f.stockWanM3 },
  { id: 'gainCo2', unit: 'wanTCo2', get: (_y, f) => f.gainCo2 },
  { id: 'lossCo2', unit: 'wanTCo2', get: (_y, f) => f.lossCo2 },
  { id: 'sinkCo2', unit: 'wanTCo2', get: (_y, f) => f.sinkCo2, className: 'total' },
  { id: 'co2WithProcess', unit: 'wanTCo2', get: (y) => y.co2WithProcess },
  { id: 'netCo2', unit: 'wanTCo2', get: (y) => y.netCo2, className: 'total' },
];

/**
 * 森林碳汇与净排放: the forest's cover, stock and sink by plan year (gain-loss
 * on stock volume, its factors stated), and the net emissions (energy and
 * process CO2, every emission counted, less the sink), beside, never inside,
 * the peak and the intensity. Left out when the scenario has no forest.
 */
export function SinkSection({ scenario, results: r, x }: Props) {
  const forest = scenario.sinks?.forest;
  if (!forest || !r.years.some((y) => y.forest)) return null;
  const years = planYears(r.years);
  const at = (y: number): YearResult => r.years[y - r.baseYear]!;
  return (
    <Section id="sinks" title={x.t('sinks.heading')} intro={x.t('sinks.intro')}>
      <p className="report-small" data-testid="report-sinks-factors">
        {x.t('sinks.factors', {
          stock: x.fmt.withUnit(forest.baseStockWanM3, 'wanM3'),
          base: r.baseYear,
          density: x.plain(forest.woodDensityTPerM3),
          bef: x.plain(forest.biomassExpansionFactor),
          root: x.plain(forest.rootShootRatio),
          carbon: x.plain(forest.carbonFraction),
        })}
      </p>
      <table className="report-table" data-testid="report-sinks-table">
        <YearsHead first={x.t('sinks.col.item')} years={years} />
        <tbody>
          {LINES.map((l) => (
            <tr key={l.id} data-testid={`report-sinks-${l.id}`} className={l.className}>
              <th scope="row">
                {x.t(`sinks.row.${l.id}`)}
                <span className="report-unit">{x.fmt.unit(l.unit)}</span>
              </th>
              {years.map((y) => {
                const yr = at(y);
                return (
                  <td key={y} className="num">
                    {yr.forest ? x.fmt.num(l.get(yr, yr.forest), l.unit) : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-small" data-testid="report-sinks-note">
        {x.t('sinks.note')}
      </p>
    </Section>
  );
}
