import type { ValueInYear } from '../../model/ops-levers';
import { setValue } from '../../model/ops';
import type { Scenario } from '../../model/scenario';
import type { YearPoint } from '../../model/series';

/** The route share a goal seek moves is reached in this year, on a straight line from the base year, and held after. */
export const ROUTE_LEVER_YEAR = 2030;

export type RouteRef = { productId: string; routeId: string };

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** A product with more than one route, where `ref` is one of them (a share of a single route is always 100 %). */
export function routeAvailable(s: Scenario, ref: RouteRef): boolean {
  const p = s.industry?.products.find((x) => x.id === ref.productId);
  return !!p && p.routes.length > 1 && p.routes.some((r) => r.id === ref.routeId) && s.baseYear < ROUTE_LEVER_YEAR;
}

/** Every route a goal seek can move: of the products with two routes or more. */
export function movableRoutes(s: Scenario): RouteRef[] {
  return (s.industry?.products ?? []).flatMap((p) => (p.routes.length > 1 ? p.routes.map((r) => ({ productId: p.id, routeId: r.id })) : []));
}

/** The route's share of its product's output in `ROUTE_LEVER_YEAR`, %. */
export function readRouteShare(s: Scenario, ref: RouteRef, valueInYear: ValueInYear): number {
  const r = s.industry?.products.find((x) => x.id === ref.productId)?.routes.find((x) => x.id === ref.routeId);
  return r ? (valueInYear(r.sharePct, ROUTE_LEVER_YEAR, s.baseYear, s.endYear) ?? 0) : 0;
}

/**
 * The product with the route at `v` % of its output in `ROUTE_LEVER_YEAR` (电炉钢占比 by 2030, say): each
 * route's share becomes a straight line from its base-year value to its 2030 value, held after; the
 * other routes share what is left in their base-year proportions (equally when they had none), so the
 * routes add up to 100 % in every year. The base year keeps its statistics.
 */
export function applyRouteShare(s: Scenario, ref: RouteRef, v: number, valueInYear: ValueInYear): Scenario {
  const index = s.industry?.products.findIndex((x) => x.id === ref.productId) ?? -1;
  if (index < 0) return s;
  const product = s.industry!.products[index]!;
  const baseOf = (r: (typeof product.routes)[number]) => valueInYear(r.sharePct, s.baseYear, s.baseYear, s.endYear) ?? 0;
  const target = product.routes.find((r) => r.id === ref.routeId);
  if (!target) return s;
  const moved = Math.min(100, Math.max(0, v));
  const othersBase = product.routes.reduce((sum, r) => (r.id === ref.routeId ? sum : sum + baseOf(r)), 0);
  const others = product.routes.length - 1;
  let out = s;
  product.routes.forEach((r, j) => {
    const base = baseOf(r);
    const later = r.id === ref.routeId ? moved : othersBase > 0 ? ((100 - moved) * base) / othersBase : (100 - moved) / others;
    const path: YearPoint[] = [
      { year: s.baseYear, value: round(base) },
      { year: ROUTE_LEVER_YEAR, value: round(later) },
    ];
    out = setValue(out, `industry.products[${index}].routes[${j}].sharePct`, path);
  });
  return out;
}
