import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/model/industry';
import type { Scenario } from '../../../shared/model/scenario';
import { Chart } from '../../components/Chart';
import { resolveYears } from '../../components/fields/series-convert';
import { useScenarioResults } from '../../engine/useScenarioResults';
import { numberLocale } from '../../i18n';
import { productLines } from './library';
import { unitEnergyOption, type UnitEnergyLine } from './unit-energy-chart';

const ROUTE_COLORS = ['#7b5ea7', '#f28e2b', '#56b4e9', '#9c6b3c', '#3d4451', '#4e79a7'];

/**
 * A product's unit energy use against its 标杆/基准 lines: the engine's output-weighted figure
 * by year and, with several routes, each route's own path as entered.
 */
export function UnitEnergyChart({ scenario, product }: { scenario: Scenario; product: Product }) {
  const { t, i18n } = useTranslation('industry');
  const { results } = useScenarioResults(scenario);
  const shown = results && results.scenarioId === scenario.id ? results : null;
  const years = shown?.years.map((y) => y.year) ?? [];
  const weighted = shown?.years.map((y) => y.products.find((x) => x.id === product.id)?.unitEnergyKgcePerT ?? null) ?? [];
  const lines: UnitEnergyLine[] = [{ name: t('products.chartWeighted'), values: weighted, color: '#1f2933' }];
  if (product.routes.length > 1) {
    product.routes.forEach((r, i) => {
      const v = resolveYears(r.unitEnergyKgcePerT, scenario.baseYear, scenario.endYear);
      if (v) lines.push({ name: r.name, values: [...v], color: ROUTE_COLORS[i % ROUTE_COLORS.length]!, dashed: true });
    });
  }
  const levels = productLines(product);
  // Every edit brings new results, most of which leave this product's figures as they were (a
  // PV build-out, say): the chart is given a new option only when what it draws has changed.
  const drawn = JSON.stringify([years, lines, levels, i18n.language]);
  const option = useMemo(() => {
    const fmt = new Intl.NumberFormat(numberLocale(i18n.language), { maximumFractionDigits: 1 });
    const unit = t('units.kgcePerT');
    return unitEnergyOption(years, lines, levels, {
      benchmark: t('products.benchmark'),
      baseline: t('products.baseline'),
      unit,
      value: (v) => `${fmt.format(v)} ${unit}`,
    });
    // `drawn` holds everything the option is made of
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawn]);
  if (!shown) return <p className="muted small">{t('products.chartNoResults')}</p>;
  const title = t('products.chartTitle', { name: product.name });
  return (
    <figure className="industry-chart" data-testid={`unit-energy-chart-${product.id}`}>
      <figcaption>{title}</figcaption>
      <Chart option={option} height={170} ariaLabel={title} />
    </figure>
  );
}
