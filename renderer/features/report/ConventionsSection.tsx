import type { ScenarioResults } from '../../../shared/engine/results';
import type { Scenario } from '../../../shared/model/scenario';
import { useExpressionValues } from '../../engine/expression-values';
import { gridSourceText } from './grid-text';
import { gridValuesText, peakRuleText, storageText, valuesAt } from './method-text';
import type { ReportText } from './report-text';
import { Section } from './Section';

/**
 * How the numbers were counted: the electricity convention (当量值/等价值),
 * the base statistics, the energy-control rule, the grid factor, what CO2
 * includes under the method used, pumped storage and the peak.
 */
export function ConventionsSection({ scenario: s, results: r, x }: { scenario: Scenario; results: ScenarioResults; x: ReportText }) {
  useExpressionValues();
  const c = s.conventions;
  const m = r.methods;
  const [csFrom, csTo] = valuesAt(s, c.coalSubstitutionGcePerKWh, [s.baseYear, s.endYear]);
  const n = (v: number | undefined, digits: number) => (v === undefined || Number.isNaN(v) ? '—' : x.plain(Math.round(v * 10 ** digits) / 10 ** digits));
  const items: { key: string; title: string; text: string }[] = [
    {
      key: 'electricity',
      title: x.t('conventions.electricity'),
      text: x.t('conventions.electricityText', {
        convention: x.t(`assumptions.convention.${c.primaryElectricity}`),
        base: s.baseYear,
        end: s.endYear,
        from: n(csFrom, 0),
        to: n(csTo, 0),
      }),
    },
    {
      key: 'input',
      title: x.t('conventions.input'),
      text: x.t('conventions.inputText', { value: x.plain(s.energy.baseIntensityTcePerWanYuan), convention: x.t(`assumptions.convention.${s.energy.inputConvention}`) }),
    },
    {
      key: 'energyControl',
      title: x.t('conventions.energyControl'),
      text: x.t('conventions.energyControlText', { method: x.t(`methods.energyControl.${m.energyControl}`), source: x.t(`methods.energyControlSource.${m.energyControl}`) }),
    },
    { key: 'grid', title: x.t('conventions.grid'), text: [gridValuesText(s, x), gridSourceText(x)].join(x.lang === 'en' ? ' ' : '') },
    { key: 'scope', title: x.t('conventions.scope'), text: x.t('conventions.scopeText', { method: x.t(`methods.electricityCo2.${m.electricityCo2}`) }) },
    { key: 'storage', title: x.t('conventions.storage'), text: x.t('conventions.storageText', { attribution: storageText(s, x) }) },
    { key: 'peak', title: x.t('conventions.peak'), text: x.t('conventions.peakText', { rule: peakRuleText(r, x) }) },
    { key: 'gdp', title: x.t('conventions.gdp'), text: x.t('conventions.gdpText', { base: s.baseYear }) },
  ];
  return (
    <Section id="conventions" title={x.t('conventions.heading')}>
      <dl className="report-conventions">
        {items.map((it) => (
          <div key={it.key} className="report-convention" data-testid={`report-convention-${it.key}`}>
            <dt>{it.title}</dt>
            <dd>{it.text}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
