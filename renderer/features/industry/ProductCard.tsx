import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/model/industry';
import { drivenProcesses, removeProduct, setProductKind, setProductLevel } from '../../../shared/model/ops-industry';
import { setValue } from '../../../shared/model/ops';
import { PRODUCT_KINDS, type ProductKind } from '../../../shared/model/vocabulary';
import { NumberField } from '../../components/fields/NumberField';
import { SeriesField } from '../../components/fields/SeriesField';
import { SourceNote } from '../../components/fields/SourceNote';
import { TextField } from '../../components/fields/TextField';
import { numberLocale } from '../../i18n';
import type { IndustryProps } from './edit';
import { kindLevels } from './library';
import { ProductLevers } from './ProductLevers';
import { RouteTable } from './RouteTable';
import { UnitEnergyChart } from './UnitEnergyChart';

type Props = IndustryProps & { product: Product; index: number; onRefused: (messages: string[]) => void };

const LEVELS = [
  ['benchmarkKgcePerT', 'products.benchmark', 'benchmark'],
  ['baselineKgcePerT', 'products.baseline', 'baseline'],
] as const;

/**
 * One key product: its kind (whose 标杆/基准 lines the library holds, for 熟料 and 陶瓷), name,
 * output path, the lines (empty: the library's, shown beside with their source; typed: the
 * planner's own), its routes and a chart of its unit energy against the lines.
 */
export function ProductCard(p: Props) {
  const { t, i18n } = useTranslation('industry');
  const { product, index, scenario, readOnly, edit, sourceOf, markOf } = p;
  const path = `industry.products[${index}]`;
  const driven = drivenProcesses(scenario, product.id);
  const removeLabel = driven.length ? t('products.removeWith', { name: product.name, process: driven.map((x) => x.name).join('、') }) : t('products.remove', { name: product.name });
  const act = (op: Parameters<typeof edit>[0], key: string) => void edit(op, path, key).then(p.onRefused);
  const library = kindLevels(product.kind);
  const fmt = new Intl.NumberFormat(numberLocale(i18n.language), { maximumFractionDigits: 1 });
  return (
    <section className="industry-product" data-testid={`product-${product.id}`} aria-label={product.name}>
      <header className="industry-product-head">
        <select
          value={product.kind}
          disabled={readOnly}
          aria-label={t('products.kind')}
          data-testid={`field-${path}.kind`}
          onChange={(e) => {
            const kind = e.target.value as ProductKind;
            act((s) => setProductKind(s, product.id, kind), `${path}.kind`);
          }}
        >
          {PRODUCT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
        <TextField value={product.name} onCommit={(v) => edit((s) => setValue(s, `${path}.name`, v), `${path}.name`, `${path}.name`, true)} testId={`${path}.name`} label={t('products.name')} disabled={readOnly} className="w-name" />
        <span className="industry-output" title={t('products.outputHint')}>
          <span className="industry-label">{t('products.output')}</span>
          <SeriesField
            value={product.outputWanT}
            onCommit={(v) => edit((s) => setValue(s, `${path}.outputWanT`, v), `${path}.outputWanT`, `${path}.outputWanT`, true)}
            testId={`${path}.outputWanT`}
            label={`${product.name} · ${t('products.output')}`}
            unit={t('units.wanT')}
            compact
            min={0}
            disabled={readOnly}
            baseYear={scenario.baseYear}
            endYear={scenario.endYear}
          />
          <SourceNote source={sourceOf(`${path}.outputWanT`)} testId={`${path}.outputWanT`} compact />
        </span>
        {markOf?.(path)}
        <button type="button" className="btn ghost icon danger" disabled={readOnly} aria-label={removeLabel} title={removeLabel} data-testid={`btn-remove-product-${product.id}`} onClick={() => act((s) => removeProduct(s, product.id), `remove-${product.id}`)}>
          ×
        </button>
      </header>
      <div className="industry-levels" title={t('products.levelsHint')}>
        {LEVELS.map(([key, label, lib]) => {
          const own = product[key];
          const fromLibrary = library?.[lib];
          return (
            <span key={key} className="industry-level" data-path={`${path}.${key}`}>
              <span className="industry-label">{t(label)}</span>
              <NumberField
                value={own}
                onCommit={(v) => edit((s) => setProductLevel(s, product.id, key, v), `${path}.${key}`, `${path}.${key}`, true)}
                testId={`${path}.${key}`}
                label={`${product.name} · ${t(label)}`}
                unit={t('units.kgcePerT')}
                optional
                min={0}
                disabled={readOnly}
                className="w-cell"
              />
              {own === undefined && fromLibrary ? (
                <span className="industry-default" data-testid={`library-${path}.${key}`} data-value={fromLibrary.value}>
                  {t('products.libraryLevel', { value: fmt.format(fromLibrary.value) })}
                  <SourceNote source={fromLibrary.source} testId={`library-${path}.${key}`} compact />
                </span>
              ) : (
                own !== undefined && <SourceNote source={sourceOf(`${path}.${key}`)} testId={`${path}.${key}`} compact />
              )}
            </span>
          );
        })}
        {!library && product.benchmarkKgcePerT === undefined && product.baselineKgcePerT === undefined && <span className="muted small">{t('products.noLevels')}</span>}
      </div>
      <ProductLevers {...p} path={path} />
      <RouteTable {...p} />
      <UnitEnergyChart scenario={scenario} product={product} />
    </section>
  );
}
