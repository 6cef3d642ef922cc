import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import type { StorageAttribution } from '../../../shared/model/vocabulary';
import type { Translate } from '../../components/results/chart-options';
import type { NumberFormatter } from '../../components/results/format';

type Props = { scenario: Scenario; results: ScenarioResults; fmt: NumberFormatter; t: Translate };

/** How the included pumped-storage plants are counted: one attribution, several, or none to state. */
function storageWording(scenario: Scenario): StorageAttribution | 'mixed' | null {
  const kinds = new Set(scenario.electricity.pumpedStorage.filter((p) => p.included).map((p) => p.attribution));
  if (kinds.size === 0) return null;
  return kinds.size === 1 ? [...kinds][0]! : 'mixed';
}

/**
 * 核算口径 under the headline figures: the accounting methods the engine used
 * for them (`results.methods`), each with its source, so that nobody reads an
 * accounting effect as an effect of the plan.
 */
export function MethodsLine({ scenario, results, fmt, t }: Props) {
  const m = results.methods;
  const storage = storageWording(scenario);
  const feedstock = results.years.some((y) => y.feedstockEnergy > 0);
  const items: { key: string; term: string; text: string }[] = [
    { key: 'energyControl', term: t('methods.term.energyControl'), text: t(`methods.energyControl.${m.energyControl}`) },
    ...(feedstock ? [{ key: 'feedstock', term: t('methods.term.feedstock'), text: t('methods.feedstock') }] : []),
    { key: 'renewableAttribution', term: t('methods.term.renewableAttribution'), text: t(`methods.renewableAttribution.${m.renewableAttribution}`) },
    { key: 'electricityCo2', term: t('methods.term.electricityCo2'), text: t(`methods.electricityCo2.${m.electricityCo2}`) },
    { key: 'gridFactor', term: t('methods.term.gridFactor'), text: t(`methods.gridFactorScope.${scenario.accounting.gridFactorScope}`) },
    ...(storage ? [{ key: 'storage', term: t('methods.term.storage'), text: t(`methods.storage.${storage}`) }] : []),
    { key: 'peak', term: t('methods.term.peak'), text: t('methods.peak', { pct: fmt.withUnit(m.peakTolerancePct, 'pct') }) },
    { key: 'peakScope', term: t('methods.term.peakScope'), text: t(`methods.peakScope.${m.peakScope}`) },
  ];
  return (
    <section className="res-methods" aria-labelledby="res-methods-h" data-testid="results-methods">
      <span id="res-methods-h" className="res-methods-title">
        {t('methods.heading')}
      </span>
      <ul>
        {items.map((i) => (
          <li key={i.key} data-testid={`method-${i.key}`}>
            <span className="res-methods-term">{i.term}</span>
            {t('methods.dash')}
            {i.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
