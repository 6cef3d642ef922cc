import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/model/industry';
import {
  applyProductLever,
  PRODUCT_LEVER_SPECS,
  PRODUCT_LEVER_YEAR,
  PRODUCT_LEVERS,
  productLeverAvailable,
  readProductLever,
  type BenchmarkOf,
  type ProductLeverId,
} from '../../../shared/model/ops-industry-levers';
import { numberFormat } from '../../components/fields/number-format';
import { valueInYear } from '../../components/fields/series-convert';
import { numberLocale } from '../../i18n';
import type { IndustryProps } from './edit';
import { kindLevels } from './library';

/** The product's own 标杆 line, else the library's for its kind. */
export const benchmarkOf: BenchmarkOf = (p: Product) => p.benchmarkKgcePerT ?? kindLevels(p.kind)?.benchmark.value;

const UNAVAILABLE: Partial<Record<ProductLeverId, 'levers.unavailableOutput' | 'levers.unavailableUnitEnergy'>> = {
  output: 'levers.unavailableOutput',
  unitEnergy: 'levers.unavailableUnitEnergy',
};

type LeverProps = IndustryProps & { product: Product; path: string; id: ProductLeverId };

function ProductLever({ product, path, id, scenario, readOnly, edit }: LeverProps) {
  const { t, i18n } = useTranslation('industry');
  const spec = PRODUCT_LEVER_SPECS[id];
  const year = PRODUCT_LEVER_YEAR;
  const available = productLeverAvailable(scenario, product.id, id, valueInYear, benchmarkOf);
  const value = available ? readProductLever(scenario, product.id, id, valueInYear, benchmarkOf) : 0;
  const [error, setError] = useState<string | null>(null);
  // where the thumb was moved to, until the document has taken (or refused) that value
  const [moved, setMoved] = useState<number | null>(null);
  const latest = useRef(0);
  const shown = moved ?? value;
  const fmt = numberFormat(numberLocale(i18n.language), { minimumFractionDigits: spec.digits, maximumFractionDigits: spec.digits, signDisplay: id === 'output' ? 'exceptZero' : 'auto' });
  const lastRoute = product.routes[product.routes.length - 1];
  const label = t(`levers.${id}`, { year, route: lastRoute?.name ?? '' });
  const unit = t(`levers.${id}Unit`);
  const benchmark = benchmarkOf(product);
  const hint = !available
    ? scenario.baseYear >= year
      ? t('levers.unavailableYear', { year })
      : t(UNAVAILABLE[id] ?? 'levers.unavailableYear', { year })
    : t(`levers.${id}Hint`, { year, benchmark: benchmark ?? '' });
  const testId = `product-lever-${product.id}-${id}`;

  const move = (v: number) => {
    const n = ++latest.current;
    setMoved(v);
    void edit((s) => applyProductLever(s, product.id, id, v, valueInYear, benchmarkOf), path, testId, true).then((refused) => {
      if (n !== latest.current) return;
      setMoved(null);
      setError(refused[0] ?? null);
    });
  };

  return (
    <div className="lever" data-testid={testId}>
      <label className="lever-label" htmlFor={`${testId}-range`}>
        {label}
      </label>
      <input
        id={`${testId}-range`}
        type="range"
        min={Math.min(spec.min, shown)}
        max={Math.max(spec.max, shown)}
        step={spec.step}
        value={shown}
        disabled={readOnly || !available}
        aria-valuetext={`${fmt.format(shown)} ${unit}`}
        data-testid={`${testId}-range`}
        onChange={(e) => move(Number(e.target.value))}
      />
      <output className="lever-out num" htmlFor={`${testId}-range`} data-testid={`${testId}-value`}>
        {fmt.format(shown)}
        <span className="unit"> {unit}</span>
      </output>
      <span className="lever-hint muted small">{hint}</span>
      {error && (
        <span className="field-msg lever-error" role="alert" data-testid={`error-${testId}`}>
          {error}
        </span>
      )}
    </div>
  );
}

/**
 * 产品杠杆: the product's output, unit energy towards the 标杆, electrification and (with two
 * routes or more) its last route's share, each in 2030, as sliders writing the paths shown below.
 */
export function ProductLevers(p: IndustryProps & { product: Product; path: string }) {
  const { t } = useTranslation('industry');
  const levers = PRODUCT_LEVERS.filter((id) => id !== 'routeShare' || p.product.routes.length > 1);
  return (
    <details className="industry-levers" data-testid={`product-levers-${p.product.id}`} open>
      <summary>{t('levers.title', { year: PRODUCT_LEVER_YEAR })}</summary>
      <p className="muted small">{t('levers.note', { year: PRODUCT_LEVER_YEAR })}</p>
      <div className="levers">
        {levers.map((id) => (
          <ProductLever key={id} {...p} id={id} />
        ))}
      </div>
    </details>
  );
}
