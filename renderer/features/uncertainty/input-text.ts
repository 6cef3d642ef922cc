import type { TFunction } from 'i18next';
import { INPUT_SPECS, type UncertainInput, type UtilisationInput } from '../../../shared/model/uncertainty';

type T = TFunction<'uncertainty'>;
type TResults = TFunction<'results'>;
/** the inputs named by a key of their own (utilisation hours share one, by type) */
type Named = Exclude<UncertainInput, UtilisationInput>;

/** An input's name as planners say it: 光伏利用小时数 for `utilisation.pv`. */
export function inputLabel(input: string, t: T, tr: TResults): string {
  if (input.startsWith('utilisation.')) {
    const type = input.slice('utilisation.'.length) as 'pv';
    return t('input.utilisation', { type: tr(`generator.${type}`) });
  }
  return t(`input.${input as Named}`);
}

/** What a sampled value of the input does to the scenario, in words. */
export function inputHint(input: UncertainInput, t: T): string {
  return input.startsWith('utilisation.') ? t('inputHint.utilisation') : t(`inputHint.${input as Named}`);
}

/** The unit a range of the input is typed in: 个百分点, 倍, 年. */
export function inputUnit(input: UncertainInput, t: T): string {
  return t(`ranges.unit.${INPUT_SPECS[input].unit as 'pp' | '×' | 'a'}`);
}
