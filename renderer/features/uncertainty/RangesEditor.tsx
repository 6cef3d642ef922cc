import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { addInput, removeInput, resetUncertainty, setInputRange } from '../../../shared/model/ops-uncertainty';
import {
  DISTRIBUTIONS,
  INPUT_SPECS,
  PRODUCT_INPUTS,
  type Distribution,
  type InputRange,
  type UncertainInput,
  type Uncertainty,
} from '../../../shared/model/uncertainty';
import { NumberField } from '../../components/fields/NumberField';
import { SourceNote } from '../../components/fields/SourceNote';
import { rangedInputs, unrangedInputs } from './analysis';
import type { MarkOf, UncertaintyEdit } from './edit';
import { inputHint, inputLabel, inputUnit } from './input-text';

type Props = {
  analysis: Uncertainty;
  defaults: boolean;
  /** the scenario has key products: without, the product inputs move nothing and cannot be added */
  hasProducts: boolean;
  readOnly: boolean;
  edit: UncertaintyEdit;
  markOf?: MarkOf;
};

const VALUES = ['low', 'central', 'high'] as const;

/**
 * The ranges, one row per input: low, central and high in the input's unit, the distribution, and the
 * source or reasoning of the range beside it. Each change is one undoable edit of the scenario. The key products'
 * inputs are offered only to a scenario with products (listed, disabled, with the reason otherwise); a range kept
 * on them after the products were removed says it moves nothing.
 */
export const RangesEditor = memo(function RangesEditor({ analysis, defaults, hasProducts, readOnly, edit, markOf }: Props) {
  const { t } = useTranslation('uncertainty');
  const { t: tr } = useTranslation('results');
  const inputs = rangedInputs(analysis);
  const addable = unrangedInputs(analysis);
  const setRange = (input: UncertainInput, range: InputRange, patch: Partial<InputRange>, path: string) =>
    edit((s) => setInputRange(s, input, { ...range, ...patch }), path, path, true);

  return (
    <section className="res-section unc-ranges" aria-labelledby="unc-ranges-h" data-testid="uncertainty-ranges">
      <div className="res-section-head">
        <h3 id="unc-ranges-h">{t('ranges.heading')}</h3>
        {markOf?.('uncertainty')}
      </div>
      {defaults && !readOnly && <p className="muted small unc-note">{t('defaultsNote')}</p>}
      {inputs.length === 0 ? (
        <p className="muted" data-testid="uncertainty-no-ranges">
          {t('ranges.none')}
        </p>
      ) : (
        <div className="res-table-wrap">
          <table className="res-table unc-range-table">
            <thead>
              <tr>
                <th scope="col">{t('ranges.input')}</th>
                {VALUES.map((v) => (
                  <th key={v} scope="col" className="num">
                    {t(`ranges.${v}`)}
                  </th>
                ))}
                <th scope="col" title={t('ranges.distHint')}>
                  {t('ranges.distribution')}
                </th>
                <th scope="col">{t('ranges.source')}</th>
                {!readOnly && <th scope="col" aria-label={t('ranges.remove')} />}
              </tr>
            </thead>
            <tbody>
              {inputs.map((input) => {
                const range = analysis.inputs[input]!;
                const label = inputLabel(input, t, tr);
                const unit = inputUnit(input, t);
                const spec = INPUT_SPECS[input];
                return (
                  <tr key={input} data-testid={`range-${input}`}>
                    <th scope="row">
                      <span className="unc-input-name">{t('ranges.withUnit', { label, unit })}</span>
                      <span className="frow-hint unc-input-hint">{inputHint(input, t)}</span>
                      {!hasProducts && PRODUCT_INPUTS.includes(input) && (
                        <span className="frow-hint unc-input-inactive" data-testid={`range-${input}-inactive`}>
                          {t('ranges.inactiveNoProducts')}
                        </span>
                      )}
                    </th>
                    {VALUES.map((v) => {
                      const path = `uncertainty.inputs.${input}.${v}`;
                      return (
                        <td key={v} className="num unc-value">
                          <NumberField
                            value={range[v]}
                            onCommit={(x) => (x === undefined ? undefined : setRange(input, range, { [v]: x }, path))}
                            testId={path}
                            label={`${t('ranges.withUnit', { label, unit })} ${t(`ranges.${v}`)}`}
                            integer={spec.kind === 'years'}
                            min={spec.min}
                            max={spec.max}
                            disabled={readOnly}
                            className="unc-num"
                          />
                        </td>
                      );
                    })}
                    <td>
                      <select
                        value={range.distribution}
                        disabled={readOnly}
                        aria-label={`${label} ${t('ranges.distribution')}`}
                        data-testid={`field-uncertainty.inputs.${input}.distribution`}
                        onChange={(e) =>
                          void setRange(
                            input,
                            range,
                            { distribution: e.target.value as Distribution },
                            `uncertainty.inputs.${input}.distribution`,
                          )
                        }
                      >
                        {DISTRIBUTIONS.map((d) => (
                          <option key={d} value={d}>
                            {t(`ranges.dist.${d}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="unc-source">
                      <SourceNote source={range.source} testId={`uncertainty.inputs.${input}`} />
                      {markOf?.(`uncertainty.inputs.${input}`)}
                    </td>
                    {!readOnly && (
                      <td>
                        <button
                          type="button"
                          className="btn ghost small-btn"
                          aria-label={t('ranges.removeLabel', { input: label })}
                          data-testid={`remove-range-${input}`}
                          onClick={() =>
                            void edit(
                              (s) => removeInput(s, input),
                              `uncertainty.inputs.${input}`,
                              `remove:uncertainty.inputs.${input}`,
                            )
                          }
                        >
                          {t('ranges.remove')}
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {!readOnly && (
        <div className="unc-range-actions">
          {addable.length > 0 && (
            <select
              value=""
              aria-label={t('ranges.add')}
              data-testid="uncertainty-add-input"
              onChange={(e) => {
                const input = e.target.value as UncertainInput;
                if (input)
                  void edit(
                    (s) => addInput(s, input),
                    `uncertainty.inputs.${input}`,
                    `add:uncertainty.inputs.${input}`,
                  );
              }}
            >
              <option value="">{t('ranges.addPlaceholder')}</option>
              {addable.map((input) => {
                const inactive = !hasProducts && PRODUCT_INPUTS.includes(input);
                return (
                  <option key={input} value={input} disabled={inactive}>
                    {inactive ? t('ranges.needsProducts', { input: inputLabel(input, t, tr) }) : inputLabel(input, t, tr)}
                  </option>
                );
              })}
            </select>
          )}
          {!defaults && (
            <button
              type="button"
              className="btn small-btn"
              data-testid="uncertainty-reset"
              onClick={() => void edit(resetUncertainty, 'uncertainty', 'reset:uncertainty')}
            >
              {t('ranges.useDefaults')}
            </button>
          )}
        </div>
      )}
    </section>
  );
});
