import type { Scenario } from '../../../shared/model/scenario';
import type { Series } from '../../../shared/model/series';
import { resolveYears } from '../../components/fields/series-convert';
import { useExpressionValues } from '../../engine/expression-values';
import type { ReportText } from './report-text';
import { Section } from './Section';

/**
 * An input series at a few years (NaN where it cannot be evaluated; the engine
 * computed it, so it can). An expression's values came from the worker with
 * the scenario's results.
 */
function valuesAt(s: Scenario, series: Series, years: number[]): number[] {
  const all = resolveYears(series, s.baseYear, s.endYear);
  return years.map((y) => all?.[y - s.baseYear] ?? Number.NaN);
}

/**
 * How the numbers were counted: the electricity convention (当量值/等价值),
 * the base statistics, new renewables and the intensity assessment, the grid
 * factor, what CO2 includes, pumped storage and the peak.
 */
export function ConventionsSection({ scenario: s, x }: { scenario: Scenario; x: ReportText }) {
  useExpressionValues();
  const c = s.conventions;
  const mid = Math.min(Math.max(2030, s.baseYear), s.endYear);
  const [csFrom, csTo] = valuesAt(s, c.coalSubstitutionGcePerKWh, [s.baseYear, s.endYear]);
  const [gFrom, gMid, gTo] = valuesAt(s, s.electricity.gridEmissionFactor, [s.baseYear, mid, s.endYear]);
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
    { key: 'exclude', title: x.t('conventions.exclude'), text: s.accounting.energyControl !== 'none' ? x.t('conventions.excludeOn', { base: s.baseYear }) : x.t('conventions.excludeOff') },
    {
      key: 'grid',
      title: x.t('conventions.grid'),
      text: x.t('conventions.gridText', { base: s.baseYear, from: n(gFrom, 4), mid, midValue: n(gMid, 4), end: s.endYear, to: n(gTo, 4) }),
    },
    { key: 'scope', title: x.t('conventions.scope'), text: x.t('conventions.scopeText') },
    { key: 'storage', title: x.t('conventions.storage'), text: x.t('conventions.storageText') },
    { key: 'peak', title: x.t('conventions.peak'), text: x.t('conventions.peakText') },
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
