import type { Scenario } from '../../model/scenario';
import type { Series } from '../../model/series';
import { FUELS, type Fuel } from '../../model/vocabulary';
import { SHARE_TOLERANCE_PCT } from '../../model/ops-shares';
import { issueAt } from '../../model/issue-codes';
import type { ScenarioIssue } from '../series-values';

type Range = { min?: number; max?: number; minExclusive?: boolean };
/** prepare.ts's resolver: a series to one value per year, its range checked, problems collected */
export type SeriesOf = (value: Series, path: string, range?: Range) => Float64Array;

export type PreparedRoute = {
  id: string;
  sharePct: Float64Array;
  unitEnergyKgcePerT: Float64Array;
  fuelSharePct: Record<Fuel, Float64Array>;
  /** the same in FUELS order, for loops by fuel index */
  fuelShares: Float64Array[];
};

export type PreparedProduct = { id: string; outputWanT: Float64Array; routes: PreparedRoute[] };

export type PreparedProcess = {
  id: string;
  /** activity (clinker, lime, flux), 万t per year */
  activityWanT: Float64Array;
  factorTCo2PerT: number;
};

export type PreparedForest = {
  coverPct: Float64Array;
  baseStockWanM3: number;
  grossGrowthPct: Float64Array;
  lossPct: Float64Array;
  /** tCO2 per m³ of stock: density × BEF × (1 + R) × CF × 44/12 */
  tCo2PerM3: number;
};

/** The industry, plan-sector and sink inputs of a scenario, one value per year (index 0 = base year). */
export type PreparedIndustry = {
  products: PreparedProduct[];
  process: PreparedProcess[];
  /** 建筑业's share of industry's energy, % */
  constructionSharePct: Float64Array;
  /** private vehicles' share of households' oil, % */
  vehicleOilSharePct: Float64Array;
  /** 工业增加值's share of GDP, %; null when not stated */
  industryValueAddedSharePct: Float64Array | null;
  forest: PreparedForest | null;
};

/** 44/12: t of CO2 per t of carbon */
export const CO2_PER_C = 44 / 12;

/**
 * Resolves and checks `scenario.industry`, `sectorReporting` and `sinks`: route and fuel
 * shares sum to 100, ids are unique, a process names a product that exists or has its own
 * activity (never both). Problems go to `issues` with the field's path.
 */
export function prepareIndustry(s: Scenario, count: number, series: SeriesOf, issues: ScenarioIssue[]): PreparedIndustry {
  const baseYear = s.baseYear;
  const ids = new Set<string>();
  const products: PreparedProduct[] = [];
  (s.industry?.products ?? []).forEach((prod, i) => {
    const p = `industry.products[${i}]`;
    if (ids.has(prod.id)) issues.push(issueAt(`${p}.id`, 'id.duplicate', { id: prod.id }));
    ids.add(prod.id);
    const outputWanT = series(prod.outputWanT, `${p}.outputWanT`, { min: 0, max: 1e5 });
    const routeIds = new Set<string>();
    const routes = prod.routes.map((r, j) => {
      const rp = `${p}.routes[${j}]`;
      if (routeIds.has(r.id)) issues.push(issueAt(`${rp}.id`, 'id.duplicate', { id: r.id }));
      routeIds.add(r.id);
      const fuelSharePct = {} as Record<Fuel, Float64Array>;
      for (const f of FUELS) fuelSharePct[f] = series(r.fuelSharesPct[f], `${rp}.fuelSharesPct.${f}`, { min: 0, max: 100 });
      sumsTo100(FUELS.map((f) => fuelSharePct[f]), `${rp}.fuelSharesPct`, 'shares.fuelSum', baseYear, issues);
      return {
        id: r.id,
        sharePct: series(r.sharePct, `${rp}.sharePct`, { min: 0, max: 100 }),
        unitEnergyKgcePerT: series(r.unitEnergyKgcePerT, `${rp}.unitEnergyKgcePerT`, { min: 0, max: 1e5 }),
        fuelSharePct,
        fuelShares: FUELS.map((f) => fuelSharePct[f]),
      };
    });
    sumsTo100(routes.map((r) => r.sharePct), `${p}.routes`, 'industry.routeSum', baseYear, issues);
    products.push({ id: prod.id, outputWanT, routes });
  });

  const process: PreparedProcess[] = [];
  (s.industry?.processEmissions ?? []).forEach((pe, i) => {
    const p = `industry.processEmissions[${i}]`;
    if (ids.has(pe.id)) issues.push(issueAt(`${p}.id`, 'id.duplicate', { id: pe.id }));
    ids.add(pe.id);
    let activityWanT: Float64Array = new Float64Array(count);
    if (pe.productId !== undefined && pe.activityWanT !== undefined) {
      issues.push(issueAt(`${p}.activityWanT`, 'industry.processTwoActivities'));
    } else if (pe.productId !== undefined) {
      const prod = products.find((x) => x.id === pe.productId);
      if (!prod) issues.push(issueAt(`${p}.productId`, 'industry.processProductMissing', { id: pe.productId }));
      else {
        const per = pe.activityPerProductT ?? 1;
        const route = pe.routeId === undefined ? undefined : prod.routes.find((r) => r.id === pe.routeId);
        if (pe.routeId !== undefined && !route) issues.push(issueAt(`${p}.routeId`, 'industry.processProductMissing', { id: `${pe.productId}/${pe.routeId}` }));
        activityWanT = route ? prod.outputWanT.map((v, k) => (v * route.sharePct[k]! * per) / 100) : prod.outputWanT.map((v) => v * per);
      }
    } else if (pe.activityWanT !== undefined) {
      activityWanT = series(pe.activityWanT, `${p}.activityWanT`, { min: 0, max: 1e5 });
    } else {
      issues.push(issueAt(`${p}.activityWanT`, 'industry.processNoActivity'));
    }
    process.push({ id: pe.id, activityWanT, factorTCo2PerT: pe.factorTCo2PerT });
  });

  const r = s.sectorReporting;
  const optional = (v: Series | undefined, path: string) =>
    v === undefined ? new Float64Array(count) : series(v, path, { min: 0, max: 100 });
  const f = s.sinks?.forest;
  return {
    products,
    process,
    constructionSharePct: optional(r?.constructionShareOfIndustryPct, 'sectorReporting.constructionShareOfIndustryPct'),
    vehicleOilSharePct: optional(r?.privateVehicleShareOfHouseholdOilPct, 'sectorReporting.privateVehicleShareOfHouseholdOilPct'),
    industryValueAddedSharePct:
      r?.industryValueAddedSharePct === undefined
        ? null
        : series(r.industryValueAddedSharePct, 'sectorReporting.industryValueAddedSharePct', { min: 0, max: 100, minExclusive: true }),
    forest: f
      ? {
          coverPct: series(f.coverPct, 'sinks.forest.coverPct', { min: 0, max: 100 }),
          baseStockWanM3: f.baseStockWanM3,
          grossGrowthPct: series(f.grossGrowthPct, 'sinks.forest.grossGrowthPct', { min: 0, max: 50 }),
          lossPct: series(f.lossPct, 'sinks.forest.lossPct', { min: 0, max: 50 }),
          tCo2PerM3: f.woodDensityTPerM3 * f.biomassExpansionFactor * (1 + f.rootShootRatio) * f.carbonFraction * CO2_PER_C,
        }
      : null,
  };
}

function sumsTo100(parts: Float64Array[], path: string, code: 'shares.fuelSum' | 'industry.routeSum', baseYear: number, issues: ScenarioIssue[]): void {
  const count = parts[0]?.length ?? 0;
  for (let i = 0; i < count; i++) {
    let sum = 0;
    for (const p of parts) sum += p[i]!;
    if (Math.abs(sum - 100) > SHARE_TOLERANCE_PCT) {
      issues.push(issueAt(path, code, { sum, year: baseYear + i }));
      return;
    }
  }
}
