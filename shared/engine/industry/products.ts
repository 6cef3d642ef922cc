import { FUELS, type Fuel } from '../../model/vocabulary';
import { CALORIFIC_KGCE_PER_KWH } from '../../model/units';
import type { ProductYear } from '../results';
import type { PreparedIndustry } from './prepare-industry';

/**
 * The key products of one year (year index `i`): output × unit energy by route, split by the
 * route's fuel shares. Unit energy counts electricity at its calorific value (当量值), as the
 * product standards do; electricity is turned into the reporting convention here
 * (× `kgcePerKWhOut` / 0.1229), so the products add to the sector's figures like for like.
 * 万t × kgce/t = 10 tce = 0.001 万tce.
 */
export function productsInYear(ind: PreparedIndustry, i: number, kgcePerKWhOut: number): { products: ProductYear[]; byFuel: Record<Fuel, number> } {
  const byFuel = zeroFuels();
  const electricityRescale = kgcePerKWhOut / CALORIFIC_KGCE_PER_KWH;
  const products = ind.products.map((prod): ProductYear => {
    const output = prod.outputWanT[i]!;
    const energyByFuel = zeroFuels();
    const outputByRouteWanT: Record<string, number> = {};
    let calorific = 0;
    for (const r of prod.routes) {
      const routeOutput = (output * r.sharePct[i]!) / 100;
      outputByRouteWanT[r.id] = routeOutput;
      const routeEnergy = (routeOutput * r.unitEnergyKgcePerT[i]!) / 1000;
      calorific += routeEnergy;
      for (const f of FUELS) {
        let e = (routeEnergy * r.fuelSharePct[f][i]!) / 100;
        if (f === 'electricity') e *= electricityRescale;
        energyByFuel[f] += e;
      }
    }
    let energy = 0;
    for (const f of FUELS) {
      energy += energyByFuel[f];
      byFuel[f] += energyByFuel[f];
    }
    return {
      id: prod.id,
      outputWanT: output,
      energy,
      energyByFuel,
      unitEnergyKgcePerT: output > 0 ? (calorific * 1000) / output : 0,
      outputByRouteWanT,
    };
  });
  return { products, byFuel };
}

/** Process CO2 of one year by process-emission id, 万tCO2 (万t of activity × tCO2/t). */
export function processInYear(ind: PreparedIndustry, i: number): { byId: Record<string, number>; total: number } {
  const byId: Record<string, number> = {};
  let total = 0;
  for (const pe of ind.process) {
    const c = pe.activityWanT[i]! * pe.factorTCo2PerT;
    byId[pe.id] = c;
    total += c;
  }
  return { byId, total };
}

export function zeroFuels(): Record<Fuel, number> {
  const r = {} as Record<Fuel, number>;
  for (const f of FUELS) r[f] = 0;
  return r;
}
