import type { CostAssetType, CostCase } from '../engine/costs/types';
import type { TypeCosts } from './cost-defaults';
import { setValue } from './ops';
import { clearValue } from './ops-optional';
import { getAt } from './path';
import type { Scenario } from './scenario';
import type { ThermalType } from './vocabulary';

/**
 * Edits of a scenario's cost settings (`scenario.costs`), each one undoable
 * edit. A setting that is cleared returns to the cost case's default (absent
 * means default), and an emptied group is removed with it, so a scenario with
 * no cost settings left has no `costs` at all. Values outside the schema's
 * bounds are not clamped here: the engine's check says what is wrong, as for
 * every other field.
 */

const COSTS = 'costs';

/** The setting at `path` removed, and each enclosing group it leaves empty (up to `costs` itself). */
function clearSetting(s: Scenario, path: string): Scenario {
  let next = clearValue(s, path);
  const keys = path.split('.');
  for (let n = keys.length - 1; n >= 1; n--) {
    const group = keys.slice(0, n).join('.');
    const v = getAt(next, group);
    if (!v || typeof v !== 'object' || Object.keys(v).length > 0) break;
    next = clearValue(next, group);
  }
  return next;
}

const setOrClear = (s: Scenario, path: string, value: unknown): Scenario => (value === undefined ? clearSetting(s, path) : setValue(s, path, value));

/** Which default cost set (low / central / high) the scenario's prices start from. */
export function setCostCase(s: Scenario, c: CostCase): Scenario {
  return s.costs?.case === c ? s : setValue(s, `${COSTS}.case`, c);
}

/** The real discount rate, % per year; `undefined` returns to the default (8 %, 社会折现率). */
export function setDiscountRate(s: Scenario, pct: number | undefined): Scenario {
  if (pct !== undefined && !Number.isFinite(pct)) return s;
  return s.costs?.discountRatePct === pct ? s : setOrClear(s, `${COSTS}.discountRatePct`, pct);
}

/** The year whose prices the figures are in; `undefined` returns to the defaults' year. */
export function setPriceYear(s: Scenario, year: number | undefined): Scenario {
  if (year !== undefined && !Number.isFinite(year)) return s;
  return s.costs?.priceYear === year ? s : setOrClear(s, `${COSTS}.priceYear`, year);
}

/** The scenario whose costs and CO2 this one's are compared with; `undefined` sets none. */
export function setReferenceScenario(s: Scenario, id: string | undefined): Scenario {
  const v = id === '' ? undefined : id;
  return s.costs?.referenceScenarioId === v ? s : setOrClear(s, `${COSTS}.referenceScenarioId`, v);
}

/** One of a type's prices over the case's default; `undefined` returns it to the default. */
export function setTypeCost(s: Scenario, type: CostAssetType, field: keyof TypeCosts, value: number | undefined): Scenario {
  if (value !== undefined && !Number.isFinite(value)) return s;
  if (s.costs?.types?.[type]?.[field] === value) return s;
  return setOrClear(s, `${COSTS}.types.${type}.${field}`, value);
}

/** Every price of a type back to the case's defaults. */
export function clearTypeCosts(s: Scenario, type: CostAssetType): Scenario {
  return s.costs?.types?.[type] ? clearSetting(s, `${COSTS}.types.${type}`) : s;
}

/** Fuel price of local coal or gas power, 元/tce; `undefined` returns to the default. */
export function setFuelPrice(s: Scenario, fuel: ThermalType, yuanPerTce: number | undefined): Scenario {
  if (yuanPerTce !== undefined && !Number.isFinite(yuanPerTce)) return s;
  return s.costs?.fuelYuanPerTce?.[fuel] === yuanPerTce ? s : setOrClear(s, `${COSTS}.fuelYuanPerTce.${fuel}`, yuanPerTce);
}

/** Price of net imported electricity, 元/kWh; `undefined` returns to the default. */
export function setImportPrice(s: Scenario, yuanPerKWh: number | undefined): Scenario {
  if (yuanPerKWh !== undefined && !Number.isFinite(yuanPerKWh)) return s;
  return s.costs?.importYuanPerKWh === yuanPerKWh ? s : setOrClear(s, `${COSTS}.importYuanPerKWh`, yuanPerKWh);
}
