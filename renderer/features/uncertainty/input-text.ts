import type { TFunction } from 'i18next';
import { GENERATOR_TYPES, type GeneratorType } from '../../../shared/model/vocabulary';
import {
  INPUT_SPECS,
  utilisationInput,
  type UncertainInput,
  type UtilisationInput,
} from '../../../shared/model/uncertainty';

type T = TFunction<'uncertainty'>;
type TResults = TFunction<'results'>;
/** the inputs named by a key of their own (utilisation hours share one, by type) */
type Named = Exclude<UncertainInput, UtilisationInput>;

const TYPE_OF = new Map<string, GeneratorType>(GENERATOR_TYPES.map((g) => [utilisationInput(g), g]));

/** An input's name as planners say it: 光伏利用小时数 for `utilisationPv`. */
export function inputLabel(input: string, t: T, tr: TResults): string {
  const type = TYPE_OF.get(input);
  if (type) return t('input.utilisation', { type: tr(`generator.${type}`) });
  return t(`input.${input as Named}`);
}

/** What a sampled value of the input does to the scenario, in words. */
export function inputHint(input: UncertainInput, t: T): string {
  return TYPE_OF.has(input) ? t('inputHint.utilisation') : t(`inputHint.${input as Named}`);
}

/** The unit a range of the input is typed in: 个百分点, 倍, 年. */
export function inputUnit(input: UncertainInput, t: T): string {
  return t(`ranges.unit.${INPUT_SPECS[input].unit as 'pp' | '×' | 'a'}`);
}
