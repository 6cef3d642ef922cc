import { BUILDOUT_PREFIX } from '../../../shared/model/ops';
import { GENERATOR_TYPES, PROJECT_STATUSES } from '../../../shared/model/vocabulary';
import { oneOf } from '../../i18n/keys';
import type { ReportText } from './report-text';

/**
 * Ledger rows and targets in the report's words: the fields of an item by
 * their names in the documents, and the rows a build-out lever writes (named
 * by the app in English) in the report's language.
 */

const ITEM_FIELDS = [
  'name', 'type', 'capacityMW', 'utilisationHours', 'commissioningYear', 'commissioningMonth', 'fossilCo2TPerMWh',
  'degradationPctPerYear', 'retirementYear', 'status', 'included', 'note', 'noteZh', 'storageHours',
  'roundTripEfficiencyPct', 'annualCycles', 'attribution', 'label', 'labelEn', 'metric', 'fromYear', 'year', 'value',
  'binding', 'source',
] as const;
type ItemField = (typeof ITEM_FIELDS)[number];

const YEARS: readonly ItemField[] = ['commissioningYear', 'retirementYear', 'fromYear', 'year'];

/** The label of a field of a ledger row or target; a field this list does not know is called "other property", never by its key. */
export function itemFieldLabel(field: string, x: ReportText): string {
  return oneOf(ITEM_FIELDS, field) ? x.t(`assumptions.itemFields.${field}`) : x.t('assumptions.itemFields.other');
}

/** The unit an item field's value is written in. */
export function itemFieldUnit(field: string, x: ReportText): string {
  switch (field) {
    case 'capacityMW':
      return x.fmt.unit('mw');
    case 'utilisationHours':
    case 'storageHours':
      return x.t('assumptions.units.hours');
    case 'roundTripEfficiencyPct':
    case 'degradationPctPerYear':
      return '%';
    case 'fossilCo2TPerMWh':
      return x.t('assumptions.units.tCo2PerMWh');
    default:
      return '';
  }
}

/** A value that is a word of the vocabulary or a year, in the report's words; undefined for anything else. */
export function itemFieldWord(field: string, value: unknown, x: ReportText): string | undefined {
  if (YEARS.includes(field as ItemField) && typeof value === 'number') return x.rt('year', { year: value });
  if (field === 'type' && typeof value === 'string' && oneOf(GENERATOR_TYPES, value)) return x.rt(`generator.${value}`);
  if (field === 'status' && typeof value === 'string' && oneOf(PROJECT_STATUSES, value)) return x.t(`ledger.status.${value}`);
  return undefined;
}

/** The id and name `setAnnualBuildout` gives its rows; a row the user renamed keeps the user's name. */
export function itemName(item: { id?: string; name?: string; label?: string; type?: string; commissioningYear?: number }, x: ReportText): string | undefined {
  const m = item.id ? new RegExp(`^${BUILDOUT_PREFIX}(\\w+)-(\\d{4})$`).exec(item.id) : null;
  if (m && oneOf(GENERATOR_TYPES, m[1]) && item.name === `${m[1].toUpperCase()} build-out ${m[2]}`) {
    return x.t('ledger.buildoutName', { type: x.rt(`generator.${m[1]}`), year: m[2] });
  }
  return item.name ?? item.label;
}
