import { describe, expect, it } from 'vitest';
import { presetById } from '../../../../seeds/index';
import { valueInYearWith } from '../../../../shared/engine/goal-seek/lever';
import { applyRouteShare, movableRoutes, readRouteShare, routeAvailable } from '../../../../shared/engine/goal-seek/route-lever';
import { resolveSeries } from '../../../../shared/engine/series';
import type { Product, ProductRoute, Scenario } from '../../../../shared/model/scenario';

const valueInYear = valueInYearWith(resolveSeries);
const assumed = { kind: 'assumed', reason: 'test' } as const;
const fuels = { coal: 0, oil: 0, gas: 0, electricity: 100, heat: 0, biomass: 0 };
const route = (id: string, sharePct: number): ProductRoute => ({ id, name: id, sharePct, unitEnergyKgcePerT: 100, fuelSharesPct: fuels });
const steel = (routes: ProductRoute[]): Product => ({ id: 'steel', kind: 'crudeSteel', name: '粗钢', outputWanT: 100, routes, source: assumed });
const withProduct = (p: Product): Scenario => ({ ...structuredClone(presetById('shaoguan-policy')!), industry: { products: [p], processEmissions: [] } });
const sharesIn = (s: Scenario, year: number) => s.industry!.products[0]!.routes.map((r) => valueInYear(r.sharePct, year, s.baseYear, s.endYear));

describe('the route-share lever of goal seek', () => {
  it('two routes: the moved one goes straight from its base-year share to the value in 2030; the other takes the rest', () => {
    const s = withProduct(steel([route('bf', 90), route('eaf', 10)]));
    const out = applyRouteShare(s, { productId: 'steel', routeId: 'eaf' }, 40, valueInYear);
    // base year 2020 kept: 90 / 10; 2030: eaf 40, bf 100 − 40 = 60; 2025 halfway: eaf 25, bf 75; held after 2030
    expect(sharesIn(out, 2020)).toEqual([90, 10]);
    expect(sharesIn(out, 2025)).toEqual([75, 25]);
    expect(sharesIn(out, 2030)).toEqual([60, 40]);
    expect(sharesIn(out, 2035)).toEqual([60, 40]);
    expect(readRouteShare(out, { productId: 'steel', routeId: 'eaf' }, valueInYear)).toBe(40);
  });

  it('three routes: the others share what is left in their base-year proportions', () => {
    const s = withProduct(steel([route('a', 60), route('b', 30), route('c', 10)]));
    const out = applyRouteShare(s, { productId: 'steel', routeId: 'c' }, 40, valueInYear);
    // 2030: c 40; a and b share 60 as 60 : 30, so a 60 × 60/90 = 40, b 60 × 30/90 = 20
    expect(sharesIn(out, 2030)).toEqual([40, 20, 40]);
  });

  it('is offered only for products with two routes or more', () => {
    const one = withProduct(steel([route('only', 100)]));
    expect(routeAvailable(one, { productId: 'steel', routeId: 'only' })).toBe(false);
    expect(movableRoutes(one)).toEqual([]);
    const two = withProduct(steel([route('bf', 90), route('eaf', 10)]));
    expect(movableRoutes(two)).toEqual([{ productId: 'steel', routeId: 'bf' }, { productId: 'steel', routeId: 'eaf' }]);
    expect(routeAvailable(two, { productId: 'steel', routeId: 'nope' })).toBe(false);
  });
});
