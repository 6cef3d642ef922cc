import { leverNamedRow } from '../../../shared/model/lever-rows';
import type { Scenario } from '../../../shared/model/scenario';
import { GENERATOR_TYPES, PROJECT_STATUSES } from '../../../shared/model/vocabulary';
import { oneOf } from '../../i18n/keys';
import type { ReportText } from './report-text';

/**
 * Ledger rows and targets in the report's words: the fields of an item by
 * their names in the documents, and the rows a build-out lever writes by
 * their type and year in the report's language.
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

/** An item's name; a build-out lever's row that keeps the lever's name is named by its type and year (lever-rows.ts). */
export function itemName(
  item: { id?: string; name?: string; label?: string },
  x: ReportText,
  s: Pick<Scenario, 'sources'>,
): string | undefined {
  const lever = item.id !== undefined && item.name !== undefined ? leverNamedRow(s, { id: item.id, name: item.name }) : undefined;
  if (lever) return x.t('ledger.buildoutName', { type: x.rt(`generator.${lever.type}`), year: lever.year });
  return item.name ?? item.label;
}
