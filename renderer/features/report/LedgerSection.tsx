import { includedCapacityByType } from '../../../shared/engine/derived';
import { RENEWABLE_TYPES, type Generator, type PumpedStorage, type Scenario } from '../../../shared/model/scenario';
import type { Series } from '../../../shared/model/series';
import { localText } from '../../components/fields/source-text';
import { citeContext } from './assumptions';
import { withTitles, type CiteContext } from './citations';
import { itemName } from './item-text';
import type { ReportText } from './report-text';
import { Section, sourceShort } from './Section';

function hoursText(s: Series, x: ReportText): string {
  if (typeof s === 'number') return x.plain(s);
  if (Array.isArray(s)) {
    const a = s[0]!.value;
    const b = s[s.length - 1]!.value;
    return a === b ? x.plain(a) : `${x.plain(a)}→${x.plain(b)}`;
  }
  return s.expr;
}

const yesNo = (v: boolean, x: ReportText) => (v ? x.t('ledger.yes') : x.t('ledger.no'));

function GeneratorTable({ items, s, x, ctx, testId }: { items: Generator[]; s: Scenario; x: ReportText; ctx: CiteContext; testId: string }) {
  if (!items.length) return <p className="report-intro">{x.t('ledger.empty')}</p>;
  return (
    <table className="report-table report-ledger-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{x.t('ledger.col.name')}</th>
          <th scope="col">{x.t('ledger.col.type')}</th>
          <th scope="col" className="num">{x.t('ledger.col.capacity', { unit: x.fmt.unit('mw') })}</th>
          <th scope="col" className="num">{x.t('ledger.col.commissioning')}</th>
          <th scope="col" className="num">{x.t('ledger.col.retirement')}</th>
          <th scope="col" className="num">{x.t('ledger.col.hours')}</th>
          <th scope="col">{x.t('ledger.col.status')}</th>
          <th scope="col">{x.t('ledger.col.included')}</th>
        </tr>
      </thead>
      {items.map((g) => (
        <tbody key={g.id} className={g.included ? 'report-ledger-item' : 'report-ledger-item excluded'}>
          <tr>
            <th scope="row">{itemName(g, x, s)}</th>
            <td className="nowrap">{x.rt(`generator.${g.type}`)}</td>
            <td className="num">{x.fmt.num(g.capacityMW, 'mw')}</td>
            <td className="num">{g.commissioningYear}</td>
            <td className="num">{g.retirementYear ?? '—'}</td>
            <td className="num nowrap">{hoursText(g.utilisationHours, x)}</td>
            <td className="nowrap">{x.t(`ledger.status.${g.status}`)}</td>
            <td>{yesNo(g.included, x)}</td>
          </tr>
          <tr className="report-ledger-source">
            <td colSpan={8}>
              {sourceShort(g.source, x, ctx)}
              {g.note && <span className="report-ledger-note"> · {withTitles(localText(g.note, g.noteZh, x.lang), x, ctx)}</span>}
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}

function StorageTable({ items, x, ctx }: { items: PumpedStorage[]; x: ReportText; ctx: CiteContext }) {
  if (!items.length) return <p className="report-intro">{x.t('ledger.empty')}</p>;
  return (
    <table className="report-table report-ledger-table" data-testid="report-ledger-storage">
      <thead>
        <tr>
          <th scope="col">{x.t('ledger.col.name')}</th>
          <th scope="col" className="num">{x.t('ledger.col.capacity', { unit: x.fmt.unit('mw') })}</th>
          <th scope="col" className="num">{x.t('ledger.col.storage')}</th>
          <th scope="col" className="num">{x.t('ledger.col.commissioning')}</th>
          <th scope="col">{x.t('ledger.col.status')}</th>
          <th scope="col">{x.t('ledger.col.included')}</th>
        </tr>
      </thead>
      {items.map((p) => (
        <tbody key={p.id} className={p.included ? 'report-ledger-item' : 'report-ledger-item excluded'}>
          <tr>
            <th scope="row">{p.name}</th>
            <td className="num">{x.fmt.num(p.capacityMW, 'mw')}</td>
            <td className="num nowrap">{x.t('ledger.storageValue', { hours: x.plain(p.storageHours), eff: x.plain(p.roundTripEfficiencyPct), cycles: x.plain(p.annualCycles) })}</td>
            <td className="num">{p.commissioningYear}</td>
            <td className="nowrap">{x.t(`ledger.status.${p.status}`)}</td>
            <td>{yesNo(p.included, x)}</td>
          </tr>
          <tr className="report-ledger-source">
            <td colSpan={6}>
              {sourceShort(p.source, x, ctx)}
              {p.note && <span className="report-ledger-note"> · {withTitles(localText(p.note, p.noteZh, x.lang), x, ctx)}</span>}
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}

/** Local plants of the base year, the new and planned projects, pumped storage: each with its source. */
export function LedgerSection({ scenario: s, x }: { scenario: Scenario; x: ReportText }) {
  const counted = includedCapacityByType(s.electricity.projects);
  const ctx = citeContext(s, x);
  // the types of the included projects, renewables first, in the order the ledger lists them
  const types = [...new Set(s.electricity.projects.filter((p) => p.included).map((p) => p.type))];
  const totals = types
    .sort((a, b) => Number(RENEWABLE_TYPES.includes(b as never)) - Number(RENEWABLE_TYPES.includes(a as never)))
    .map((type) => `${x.rt(`generator.${type}`)} ${x.fmt.withUnit(counted[type], 'mw')}`)
    .join(x.lang === 'en' ? ', ' : '，');
  return (
    <Section id="ledger" title={x.t('ledger.heading')}>
      <h3>{x.t('ledger.fleet', { year: s.baseYear })}</h3>
      <GeneratorTable items={s.electricity.fleet} s={s} x={x} ctx={ctx} testId="report-ledger-fleet" />
      <h3>{x.t('ledger.projects')}</h3>
      {totals && <p className="report-intro">{x.t('ledger.total', { list: totals })}</p>}
      <GeneratorTable items={s.electricity.projects} s={s} x={x} ctx={ctx} testId="report-ledger-projects" />
      <h3>{x.t('ledger.storage')}</h3>
      <StorageTable items={s.electricity.pumpedStorage} x={x} ctx={ctx} />
    </Section>
  );
}
