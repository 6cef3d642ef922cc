import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addProduct, newProduct } from '../../../shared/model/ops-industry';
import { PRODUCT_KINDS, type ProductKind } from '../../../shared/model/vocabulary';
import type { IndustryProps } from './edit';
import { kindFuelMix, kindLevels } from './library';
import { ProcessTable } from './ProcessTable';
import { ProductCard } from './ProductCard';
import './industry.css';

/**
 * 工业与过程排放 in the editor: the key products (output × unit energy by route, fuel mix,
 * against the 标杆/基准 lines) and the process CO2 of carbonates. Every change is one undoable
 * edit, checked by the engine (a product using more of a fuel than industry has in the base
 * year is refused there, with the fuel and year).
 */
export function IndustryPanel(p: IndustryProps) {
  const { t } = useTranslation('industry');
  const [kind, setKind] = useState<ProductKind>('clinker');
  const [error, setError] = useState<string | null>(null);
  const onRefused = (m: string[]) => setError(m[0] ?? null);
  const products = p.scenario.industry?.products ?? [];
  const add = () => {
    const levels = kindLevels(kind);
    const name = kind === 'other' ? t('products.defaultName') : t(`kinds.${kind}`);
    const mix = kindFuelMix(kind);
    void p.edit((s) => addProduct(s, newProduct(s, kind, name, t('products.defaultRoute'), levels, mix), levels, mix), 'industry.products', 'add-product').then(onRefused);
  };
  return (
    <div className="industry-panel" data-testid="industry-panel">
      <p className="panel-note muted small">{t('intro')}</p>
      <h3 className="industry-sub">{t('products.title')}</h3>
      {products.length === 0 && <p className="muted small">{t('products.empty')}</p>}
      {products.map((prod, i) => (
        <ProductCard key={prod.id} {...p} product={prod} index={i} onRefused={onRefused} />
      ))}
      {p.removedOf?.('industry.products')}
      <div className="industry-add">
        <select value={kind} disabled={p.readOnly} aria-label={t('products.addKind')} data-testid="add-product-kind" onChange={(e) => setKind(e.target.value as ProductKind)}>
          {PRODUCT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
        <button type="button" className="btn" disabled={p.readOnly} data-testid="btn-add-product" onClick={add}>
          + {t('products.add')}
        </button>
      </div>
      <h3 className="industry-sub">{t('process.title')}</h3>
      <ProcessTable {...p} onRefused={onRefused} />
      {p.removedOf?.('industry.processEmissions')}
      {error && (
        <p className="field-msg" role="alert" data-testid="industry-error">
          {error}
        </p>
      )}
    </div>
  );
}
