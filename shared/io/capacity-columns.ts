import { capacityFromMW, capacityToMW, type CapacityUnit } from '../model/units';
import { REPORTED_COLUMNS, RESULT_COLUMNS, UNITS, type ExportColumn, type ResultColumn, type Unit } from './result-columns';

/**
 * Capacity in the exports in the unit the planner chose (万千瓦, as the planning documents write it, or MW),
 * while results and scenarios keep MW: the columns whose unit is MW are shown converted, every other column
 * as it is. The unit's name in each row's unit cell is what a reader goes by (`capacityUnitOfCell`).
 */

export const CAPACITY_EXPORT_UNITS: Record<CapacityUnit, Unit> = { mw: UNITS.mw, wanKw: UNITS.wanKw };

const isCapacity = (unit: Unit | null): boolean => unit === UNITS.mw;

/** A figure in MW, in `unit`; anything else as it is. */
const shown = <T>(v: T, unit: CapacityUnit): T => (typeof v === 'number' ? (capacityFromMW(v, unit) as T) : v);

export function exportColumnsIn(cols: readonly ExportColumn[], unit: CapacityUnit): ExportColumn[] {
  if (unit === 'mw') return [...cols];
  return cols.map((c) => (isCapacity(c.unit) ? { ...c, unit: CAPACITY_EXPORT_UNITS[unit], cell: (y, r) => shown(c.cell(y, r), unit) } : c));
}

export function resultColumnsIn(cols: readonly ResultColumn[], unit: CapacityUnit): ResultColumn[] {
  if (unit === 'mw') return [...cols];
  return cols.map((c) => (isCapacity(c.unit) ? { ...c, unit: CAPACITY_EXPORT_UNITS[unit], get: (y) => shown(c.get(y), unit) } : c));
}

/** Every result column, capacity in `unit` (the long CSV). */
export const resultColumnsInUnit = (unit: CapacityUnit): ResultColumn[] => resultColumnsIn(RESULT_COLUMNS, unit);
/** The published figures set beside the engine's, capacity in `unit`. */
export const reportedColumnsIn = (unit: CapacityUnit): ExportColumn[] => exportColumnsIn(REPORTED_COLUMNS, unit);

/** The capacity unit a row's unit cell names (万千瓦 or MW), null for any other unit. */
export function capacityUnitOfCell(text: string): CapacityUnit | null {
  const t = text.trim();
  for (const [unit, u] of Object.entries(CAPACITY_EXPORT_UNITS) as [CapacityUnit, Unit][]) if (t === u.zh || t === u.en) return unit;
  return null;
}

/** A figure read from a row whose unit cell names a capacity unit, back in MW. */
export const capacityCellToMW = (value: number, unit: CapacityUnit): number => capacityToMW(value, unit);
