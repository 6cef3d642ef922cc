import type { ValueInYear } from '../../model/ops-levers';
import { PRODUCT_LEVER_YEAR, routeShareIn2030 } from '../../model/ops-industry-levers';
import type { Scenario } from '../../model/scenario';

/** The route share a goal seek moves is reached in this year, on a straight line from the base year, and held after. */
export const ROUTE_LEVER_YEAR = PRODUCT_LEVER_YEAR;

export type RouteRef = { productId: string; routeId: string };

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
 * The product with the route at `v` % of its output in `ROUTE_LEVER_YEAR` (电炉钢占比 by 2030, say), as the
 * product's route-share lever writes it (`routeShareIn2030`): straight lines from the base-year shares,
 * the other routes sharing what is left in their base-year proportions.
 */
export function applyRouteShare(s: Scenario, ref: RouteRef, v: number, valueInYear: ValueInYear): Scenario {
  const index = s.industry?.products.findIndex((x) => x.id === ref.productId) ?? -1;
  const routeIndex = index < 0 ? -1 : s.industry!.products[index]!.routes.findIndex((r) => r.id === ref.routeId);
  return routeIndex < 0 ? s : routeShareIn2030(s, index, routeIndex, v, valueInYear);
}
