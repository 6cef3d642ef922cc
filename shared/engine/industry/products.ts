import { FUELS, type Fuel } from '../../model/vocabulary';
import { CALORIFIC_KGCE_PER_KWH } from '../../model/units';
import type { ProductYear } from '../results';
import type { PreparedIndustry } from './prepare-industry';
import { fuelRecord } from '../records';

const ELECTRICITY = FUELS.indexOf('electricity');

/**
 * The key products of one year (year index `i`): output × unit energy by route, split by the
 * route's fuel shares. Unit energy counts electricity at its calorific value (当量值), as the
 * product standards do; electricity is turned into the reporting convention here
 * (× `kgcePerKWhOut` / 0.1229), so the products add to the sector's figures like for like.
 * 万t × kgce/t = 10 tce = 0.001 万tce.
 */
export function productsInYear(ind: PreparedIndustry, i: number, kgcePerKWhOut: number): { products: ProductYear[]; byFuel: Record<Fuel, number> } {
  const electricityRescale = kgcePerKWhOut / CALORIFIC_KGCE_PER_KWH;
  // sums by fuel index, made into records at the end (fuelRecord)
  const total = new Float64Array(FUELS.length);
  const own = new Float64Array(FUELS.length);
  const products: ProductYear[] = [];
  for (const prod of ind.products) {
    const output = prod.outputWanT[i]!;
    own.fill(0);
    const outputByRouteWanT: Record<string, number> = {};
    let calorific = 0;
    for (const r of prod.routes) {
      const routeOutput = (output * r.sharePct[i]!) / 100;
      outputByRouteWanT[r.id] = routeOutput;
      const routeEnergy = (routeOutput * r.unitEnergyKgcePerT[i]!) / 1000;
      calorific += routeEnergy;
      for (let k = 0; k < FUELS.length; k++) {
        let e = (routeEnergy * r.fuelShares[k]![i]!) / 100;
        if (k === ELECTRICITY) e *= electricityRescale;
        own[k]! += e;
      }
    }
    let energy = 0;
    for (let k = 0; k < FUELS.length; k++) {
      energy += own[k]!;
      total[k]! += own[k]!;
    }
    products.push({
      id: prod.id,
      outputWanT: output,
      energy,
      energyByFuel: fuelRecord(own),
      unitEnergyKgcePerT: output > 0 ? (calorific * 1000) / output : 0,
      outputByRouteWanT,
    });
  }
  return { products, byFuel: fuelRecord(total) };
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
