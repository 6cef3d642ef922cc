import type { Product, ProductRoute } from './industry';
import { setValue } from './ops';
import { fuelMixWith, type ValueInYear } from './ops-levers';
import type { Scenario } from './scenario';
import type { Series, YearPoint } from './series';
import { FUELS } from './vocabulary';

/**
 * The levers of one key product, as a meeting argues about them: its output in 2030 against
 * the base year, how much of the gap to the 能效标杆水平 its routes close by 2030, how many
 * points of its energy turn to electricity by 2030, and the share of its last route (电炉 of
 * 粗钢, say) in 2030. Each writes a straight line from the base-year value to the 2030 value
 * (points after 2030 kept, else held): the base year keeps its statistics, so the carve-out of
 * industry still reproduces it, and the planner sees and edits the path the lever wrote.
 */

export const PRODUCT_LEVER_YEAR = 2030;
export const PRODUCT_LEVERS = ['output', 'unitEnergy', 'electrification', 'routeShare'] as const;
export type ProductLeverId = (typeof PRODUCT_LEVERS)[number];

/** Slider range and step: output change %, gap closed %, electricity share + percentage points, the last route's share %. */
export const PRODUCT_LEVER_SPECS: Readonly<Record<ProductLeverId, { min: number; max: number; step: number; digits: number }>> = {
  output: { min: -60, max: 60, step: 1, digits: 0 },
  unitEnergy: { min: 0, max: 100, step: 5, digits: 0 },
  electrification: { min: 0, max: 60, step: 1, digits: 0 },
  routeShare: { min: 0, max: 100, step: 1, digits: 0 },
};

const round = (v: number) => Math.round(v * 1e6) / 1e6;

const productIndex = (s: Scenario, id: string) => s.industry?.products.findIndex((p) => p.id === id) ?? -1;
const productOf = (s: Scenario, id: string): Product | undefined => s.industry?.products.find((p) => p.id === id);

/** The product's own 标杆 line, else the library's for its kind (passed in: the model reads no library). */
export type BenchmarkOf = (p: Product) => number | undefined;

function at(s: Scenario, series: Series, year: number, valueInYear: ValueInYear): number {
  return valueInYear(series, year, s.baseYear, s.endYear) ?? 0;
}

/** `series` from its base-year value straight to `v2030`; its points after 2030 are kept. */
function toLeverYear(s: Scenario, series: Series, v2030: number, valueInYear: ValueInYear): YearPoint[] {
  const later = Array.isArray(series) ? series.filter((p) => p.year > PRODUCT_LEVER_YEAR) : [];
  return [{ year: s.baseYear, value: round(at(s, series, s.baseYear, valueInYear)) }, { year: PRODUCT_LEVER_YEAR, value: round(v2030) }, ...later];
}

/** Routes above the 标杆 line in the base year: those the unit-energy lever moves. */
function routesAboveBenchmark(s: Scenario, p: Product, benchmark: number, valueInYear: ValueInYear): number[] {
  return p.routes.flatMap((r, i) => (at(s, r.unitEnergyKgcePerT, s.baseYear, valueInYear) > benchmark ? [i] : []));
}

/**
 * Whether a lever can move this product: not once the base year is 2030 or later; output
 * needs a base-year output to scale; unit energy needs a 标杆 line below a route; the route
 * share needs two routes or more.
 */
export function productLeverAvailable(s: Scenario, productId: string, id: ProductLeverId, valueInYear: ValueInYear, benchmarkOf: BenchmarkOf): boolean {
  const p = productOf(s, productId);
  if (!p || s.baseYear >= PRODUCT_LEVER_YEAR || s.endYear < PRODUCT_LEVER_YEAR) return false;
  switch (id) {
    case 'output':
      return at(s, p.outputWanT, s.baseYear, valueInYear) > 0;
    case 'unitEnergy': {
      const b = benchmarkOf(p);
      return b !== undefined && routesAboveBenchmark(s, p, b, valueInYear).length > 0;
    }
    case 'electrification':
      return true;
    case 'routeShare':
      return p.routes.length > 1;
  }
}

/** Where the lever stands: read from the 2030 values, so a path typed by hand is read the same way. */
export function readProductLever(s: Scenario, productId: string, id: ProductLeverId, valueInYear: ValueInYear, benchmarkOf: BenchmarkOf): number {
  const p = productOf(s, productId);
  if (!p) return 0;
  const Y = PRODUCT_LEVER_YEAR;
  switch (id) {
    case 'output': {
      const base = at(s, p.outputWanT, s.baseYear, valueInYear);
      return base > 0 ? round((at(s, p.outputWanT, Y, valueInYear) / base - 1) * 100) : 0;
    }
    case 'unitEnergy': {
      const b = benchmarkOf(p);
      const i = b === undefined ? undefined : routesAboveBenchmark(s, p, b, valueInYear)[0];
      if (i === undefined || b === undefined) return 0;
      const r = p.routes[i]!;
      const base = at(s, r.unitEnergyKgcePerT, s.baseYear, valueInYear);
      return round(((base - at(s, r.unitEnergyKgcePerT, Y, valueInYear)) / (base - b)) * 100);
    }
    case 'electrification': {
      const r = p.routes[0]!;
      return round(at(s, r.fuelSharesPct.electricity, Y, valueInYear) - at(s, r.fuelSharesPct.electricity, s.baseYear, valueInYear));
    }
    case 'routeShare': {
      const r = p.routes[p.routes.length - 1]!;
      return at(s, r.sharePct, Y, valueInYear);
    }
  }
}

/** The scenario with the product's lever at `v` (see `PRODUCT_LEVERS`); an unavailable lever changes nothing. */
export function applyProductLever(s: Scenario, productId: string, id: ProductLeverId, v: number, valueInYear: ValueInYear, benchmarkOf: BenchmarkOf): Scenario {
  const index = productIndex(s, productId);
  const p = productOf(s, productId);
  if (!p || index < 0 || !productLeverAvailable(s, productId, id, valueInYear, benchmarkOf)) return s;
  const path = `industry.products[${index}]`;
  switch (id) {
    case 'output': {
      const base = at(s, p.outputWanT, s.baseYear, valueInYear);
      return setValue(s, `${path}.outputWanT`, toLeverYear(s, p.outputWanT, base * (1 + v / 100), valueInYear));
    }
    case 'unitEnergy': {
      const b = benchmarkOf(p)!;
      const closed = Math.min(100, Math.max(0, v)) / 100;
      return routesAboveBenchmark(s, p, b, valueInYear).reduce((out, i) => {
        const series = p.routes[i]!.unitEnergyKgcePerT;
        const base = at(s, series, s.baseYear, valueInYear);
        return setValue(out, `${path}.routes[${i}].unitEnergyKgcePerT`, toLeverYear(s, series, base - closed * (base - b), valueInYear));
      }, s);
    }
    case 'electrification':
      return p.routes.reduce((out, r, i) => {
        const more = at(s, r.fuelSharesPct.electricity, s.baseYear, valueInYear) + Math.max(0, v);
        const mix = fuelMixWith(s, r.fuelSharesPct, 'electricity', more, PRODUCT_LEVER_YEAR, valueInYear);
        return FUELS.reduce((acc, f) => setValue(acc, `${path}.routes[${i}].fuelSharesPct.${f}`, mix[f]), out);
      }, s);
    case 'routeShare':
      return routeShareIn2030(s, index, p.routes.length - 1, v, valueInYear);
  }
}

/**
 * The product with route `routeIndex` at `v` % of its output in 2030 (电炉钢占比 by 2030, say): each
 * route's share becomes a straight line from its base-year value to its 2030 value, held after; the
 * other routes share what is left in their base-year proportions (equally when they had none), so the
 * routes add up to 100 % in every year. The base year keeps its statistics.
 */
export function routeShareIn2030(s: Scenario, productIndex: number, routeIndex: number, v: number, valueInYear: ValueInYear): Scenario {
  const product = s.industry?.products[productIndex];
  if (!product?.routes[routeIndex]) return s;
  const baseOf = (r: ProductRoute) => at(s, r.sharePct, s.baseYear, valueInYear);
  const moved = Math.min(100, Math.max(0, v));
  const othersBase = product.routes.reduce((sum, r, j) => (j === routeIndex ? sum : sum + baseOf(r)), 0);
  const others = product.routes.length - 1;
  return product.routes.reduce((out, r, j) => {
    const base = baseOf(r);
    const later = j === routeIndex ? moved : othersBase > 0 ? ((100 - moved) * base) / othersBase : (100 - moved) / others;
    const points: YearPoint[] = [
      { year: s.baseYear, value: round(base) },
      { year: PRODUCT_LEVER_YEAR, value: round(later) },
    ];
    return setValue(out, `industry.products[${productIndex}].routes[${j}].sharePct`, points);
  }, s);
}
