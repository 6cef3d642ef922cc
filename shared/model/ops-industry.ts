import type { Forest, ProcessEmission, Product, ProductRoute, SectorReporting } from './industry';
import { setValue, withList } from './ops';
import { clearValue } from './ops-optional';
import { rebalance, setShares } from './ops-shares';
import { setAt } from './path';
import type { SourceRef } from './provenance';
import type { Scenario, Target } from './scenario';
import { isExprSeries, type Series } from './series';
import { FUELS, type Fuel, type PeakScope, type PlanSector, type ProcessKind, type ProductKind, type TargetMetric } from './vocabulary';

/**
 * Edits of industry by product, process CO2, the 1+N reporting shares, the forest and
 * the peak scope, each one undoable edit. Reference values (a kind's 标杆/基准 levels, a
 * process factor, the forest's factors) come in as parameters with their sources: the
 * model does not read the reference library (the app passes its entries in). A new item
 * changes no result until the planner enters its output or activity (both start at 0).
 */

const PRODUCTS = 'industry.products';
const PROCESS = 'industry.processEmissions';
const USER: SourceRef = { kind: 'user' };
const MAX_ROUTES = 6;

/** A value with the source that speaks for it (a reference entry, or assumed with its reason). */
export type Sourced = { value: number; source: SourceRef };

/** A kind's 能效标杆水平 and 基准水平 from the reference library, kgce/t. */
export type ProductLevels = { benchmark: Sourced; baseline: Sourced };

/** A kind's typical fuel mix from the reference library, % of its energy by fuel (adds up to 100). */
export type KindFuelMix = { sharesPct: Record<Fuel, number>; source: SourceRef };

const products = (s: Scenario): Product[] => s.industry?.products ?? [];
const processes = (s: Scenario): ProcessEmission[] => s.industry?.processEmissions ?? [];

function freshId(used: ReadonlySet<string>, prefix: string): string {
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** Products and process lines share one id space (the engine refuses a clash between them). */
const industryIds = (s: Scenario) => new Set([...products(s), ...processes(s)].map((x) => x.id));

/** The scenario with `industry` present (empty lists), so its lists can be edited by path. */
function withIndustry(s: Scenario): Scenario {
  return s.industry ? s : { ...s, industry: { products: [], processEmissions: [] } };
}

/** Drops `industry` once both lists are empty: the scenario is as one that never had products. */
function tidyIndustry(s: Scenario): Scenario {
  return s.industry && !s.industry.products.length && !s.industry.processEmissions.length ? clearValue(s, 'industry') : s;
}

const productPath = (id: string) => `${PRODUCTS}[id=${id}]`;
const processPath = (id: string) => `${PROCESS}[id=${id}]`;

/**
 * A product of `kind` with no output yet and one route. Its fuel mix starts as its kind's where
 * the library gives one (cement's grinding is electricity only), else as industry's own (so
 * carving it out of industry leaves industry's mix as it was); either way no output carves
 * nothing, and an output whose fuel industry lacks is refused by the engine. Its unit energy at
 * the kind's 基准水平 where the library holds one (else 0 until entered). The kind's 标杆/基准
 * lines stay in the library (the product carries lines only for a kind the library lacks).
 */
export function newProduct(s: Scenario, kind: ProductKind, name: string, routeName: string, levels?: ProductLevels, mix?: KindFuelMix): Product {
  const fuelSharesPct = Object.fromEntries(FUELS.map((f) => [f, mix ? mix.sharesPct[f] : s.energy.sectors.industry.fuelSharesPct[f]])) as Record<Fuel, Series>;
  return {
    id: freshId(industryIds(s), `${kind}-`),
    kind,
    name,
    outputWanT: 0,
    routes: [{ id: 'main', name: routeName, sharePct: 100, unitEnergyKgcePerT: levels?.baseline.value ?? 0, fuelSharesPct }],
    source: { kind: 'user', note: 'added in the industry panel' },
  };
}

/**
 * Appends a product; a starting unit energy at the kind's 基准水平, and a fuel mix that is the
 * kind's, cite the library entries they came from.
 */
export function addProduct(s: Scenario, product: Product, levels?: ProductLevels, mix?: KindFuelMix): Scenario {
  const base = withIndustry(s);
  const next = withList(base, PRODUCTS, [...products(base), product]);
  const route = product.routes[0];
  const at = `${productPath(product.id)}.routes[0]`;
  const cited: Record<string, SourceRef> = {};
  if (levels && route?.unitEnergyKgcePerT === levels.baseline.value) cited[`${at}.unitEnergyKgcePerT`] = levels.baseline.source;
  if (mix && route && FUELS.every((f) => route.fuelSharesPct[f] === mix.sharesPct[f])) cited[`${at}.fuelSharesPct`] = mix.source;
  return Object.keys(cited).length ? { ...next, sources: { ...next.sources, ...cited } } : next;
}

/** Removes a product and the process lines its output drives (they would have nothing to count). */
export function removeProduct(s: Scenario, id: string): Scenario {
  if (!products(s).some((p) => p.id === id)) return s;
  let next = withList(s, PRODUCTS, products(s).filter((p) => p.id !== id));
  const kept = processes(next).filter((pe) => pe.productId !== id);
  if (kept.length !== processes(next).length) next = withList(next, PROCESS, kept);
  return tidyIndustry(next);
}

/** The process lines that go with a product (or one of its routes) when it is removed. */
export function drivenProcesses(s: Scenario, productId: string, routeId?: string): ProcessEmission[] {
  return processes(s).filter((pe) => pe.productId === productId && (routeId === undefined || pe.routeId === routeId));
}

/**
 * Sets a product's kind (which 标杆/基准 lines of the library it is read against). Lines the
 * product carries itself stay: they are the planner's, and override the library's.
 */
export function setProductKind(s: Scenario, id: string, kind: ProductKind): Scenario {
  const prod = products(s).find((p) => p.id === id);
  return !prod || prod.kind === kind ? s : setValue(s, `${productPath(id)}.kind`, kind);
}

/** A product's own 标杆 or 基准 level, kgce/t (reference lines only); `undefined` removes it. */
export function setProductLevel(s: Scenario, id: string, key: 'benchmarkKgcePerT' | 'baselineKgcePerT', value: number | undefined): Scenario {
  const prod = products(s).find((p) => p.id === id);
  if (!prod || (value !== undefined && !Number.isFinite(value)) || prod[key] === value) return s;
  const path = `${productPath(id)}.${key}`;
  return value === undefined ? clearValue(s, path) : setValue(s, path, value);
}

/**
 * Adds a route (electric arc beside the blast furnace, say) with no share yet, so the shares
 * still add up; its unit energy and fuel mix start as the first route's, to be edited.
 */
export function addRoute(s: Scenario, productId: string, name: string): Scenario {
  const at = products(s).findIndex((p) => p.id === productId);
  const prod = products(s)[at];
  if (!prod || prod.routes.length >= MAX_ROUTES) return s;
  const first = prod.routes[0]!;
  const used = new Set(prod.routes.map((r) => r.id));
  const route: ProductRoute = { id: freshId(used, 'route-'), name, sharePct: 0, unitEnergyKgcePerT: first.unitEnergyKgcePerT, fuelSharesPct: { ...first.fuelSharesPct } };
  // a structural edit: the routes' own sources stay; the product's speaks for the rest
  return setAt(s, `${productPath(productId)}.routes`, [...prod.routes, route]);
}

/**
 * Removes a route (never the last) and the process lines it drives. Its share, where both it
 * and the first route left are single numbers, goes to that route so the shares still add up;
 * a share by year is left for the planner (the engine says where the sum falls short).
 */
export function removeRoute(s: Scenario, productId: string, routeId: string): Scenario {
  const prod = products(s).find((p) => p.id === productId);
  const gone = prod?.routes.find((r) => r.id === routeId);
  if (!prod || !gone || prod.routes.length < 2) return s;
  const routes = prod.routes.filter((r) => r.id !== routeId);
  const first = routes[0]!;
  if (typeof gone.sharePct === 'number' && typeof first.sharePct === 'number') routes[0] = { ...first, sharePct: first.sharePct + gone.sharePct };
  const p = productPath(productId);
  // routes' sources are keyed by position: the removed route's go, the later routes' move up one with them
  const from = prod.routes.indexOf(gone);
  const sources: Record<string, SourceRef> = {};
  for (const [k, v] of Object.entries(s.sources)) {
    const at = routeAt(k, p);
    if (at === null || at < from) sources[k] = v;
    else if (at > from) sources[`${p}.routes[${at - 1}]${k.slice(`${p}.routes[${at}]`.length)}`] = v;
  }
  let next = setAt({ ...s, sources }, `${p}.routes`, routes);
  const kept = processes(next).filter((pe) => !(pe.productId === productId && pe.routeId === routeId));
  if (kept.length !== processes(next).length) next = withList(next, PROCESS, kept);
  return next;
}

/** The position of the route a source key is inside (`<product>.routes[2].sharePct` → 2), or null. */
function routeAt(key: string, productPath: string): number | null {
  const m = key.startsWith(`${productPath}.routes[`) ? /^\.routes\[(\d+)\]/.exec(key.slice(productPath.length)) : null;
  return m ? Number(m[1]) : null;
}

/** 100 minus a share, in the same form (a number, points, or an expression). */
export function complementShare(v: Series): Series {
  if (typeof v === 'number') return round6(100 - v);
  if (isExprSeries(v)) return { ...v, expr: `100 - (${v.expr})` };
  return v.map((pt) => ({ year: pt.year, value: round6(100 - pt.value) }));
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * A route's share of the product's output, as one edit that keeps the shares adding up to
 * 100 %: with two routes (blast furnace and electric arc) the other takes the rest in the same
 * form (the electric-arc-share lever); with more, a number rescales the others in proportion
 * when they are numbers too. A path among three or more routes changes this route alone (the
 * planner sets the others' paths to match).
 */
export function setRouteShare(s: Scenario, productId: string, routeIndex: number, share: Series): Scenario {
  const prod = products(s).find((p) => p.id === productId);
  if (!prod || !prod.routes[routeIndex]) return s;
  const p = `${productPath(productId)}.routes`;
  if (prod.routes.length === 2) return setValue(setValue(s, `${p}[${routeIndex}].sharePct`, share), `${p}[${1 - routeIndex}].sharePct`, complementShare(share));
  const shares = prod.routes.map((r) => r.sharePct);
  if (typeof share !== 'number' || !shares.every((v): v is number => typeof v === 'number')) return setValue(s, `${p}[${routeIndex}].sharePct`, share);
  const keys = shares.map((_, i) => String(i));
  const out = rebalance(Object.fromEntries(keys.map((k, i) => [k, i === routeIndex ? share : shares[i]!])), String(routeIndex));
  return setShares(s, Object.fromEntries(keys.map((k) => [`${p}[${k}].sharePct`, out[k]!])));
}

/**
 * One fuel's share of a route's energy (fuel switching), as one edit: a number rescales the
 * route's other fuels in proportion when they are numbers too, so the mix still adds up; a
 * path changes this fuel alone.
 */
export function setRouteFuelShare(s: Scenario, productId: string, routeIndex: number, fuel: Fuel, share: Series): Scenario {
  const route = products(s).find((p) => p.id === productId)?.routes[routeIndex];
  if (!route) return s;
  const p = `${productPath(productId)}.routes[${routeIndex}].fuelSharesPct`;
  const mix = route.fuelSharesPct;
  if (typeof share !== 'number' || !FUELS.every((f) => typeof mix[f] === 'number')) return Object.is(mix[fuel], share) ? s : setValue(s, `${p}.${fuel}`, share);
  const out = rebalance({ ...(mix as Record<Fuel, number>), [fuel]: share }, fuel);
  return setShares(s, Object.fromEntries(FUELS.map((f) => [`${p}.${f}`, out[f]])));
}

/** A route's whole fuel mix as one edit (a row of shares is valid only once every cell has changed); unchanged cells keep their sources. */
export function setRouteFuelShares(s: Scenario, productId: string, routeIndex: number, shares: Readonly<Partial<Record<Fuel, Series>>>): Scenario {
  const route = products(s).find((p) => p.id === productId)?.routes[routeIndex];
  if (!route) return s;
  let next = s;
  for (const f of FUELS) {
    const v = shares[f];
    if (v !== undefined && !Object.is(route.fuelSharesPct[f], v)) next = setValue(next, `${productPath(productId)}.routes[${routeIndex}].fuelSharesPct.${f}`, v);
  }
  return next;
}

/**
 * A process line of `kind` with the library's factor. Driven by a product's output (1 t of
 * activity per t: clinker for clinker, to be changed for lime in steel, say) when one is
 * named, else by its own path starting at 0.
 */
export function newProcessEmission(s: Scenario, kind: ProcessKind, name: string, factor: Sourced, productId?: string): ProcessEmission {
  const pe: ProcessEmission = {
    id: freshId(industryIds(s), `${kind}-process-`),
    kind,
    name,
    factorTCo2PerT: factor.value,
    source: { kind: 'user', note: 'added in the industry panel' },
  };
  if (productId !== undefined && products(s).some((p) => p.id === productId)) pe.productId = productId;
  else pe.activityWanT = 0;
  return pe;
}

/** Appends a process line; its factor's source goes with it. */
export function addProcessEmission(s: Scenario, pe: ProcessEmission, factorSource?: SourceRef): Scenario {
  const base = withIndustry(s);
  const next = withList(base, PROCESS, [...processes(base), pe]);
  return factorSource ? { ...next, sources: { ...next.sources, [`${processPath(pe.id)}.factorTCo2PerT`]: factorSource } } : next;
}

export function removeProcessEmission(s: Scenario, id: string): Scenario {
  if (!processes(s).some((pe) => pe.id === id)) return s;
  return tidyIndustry(withList(s, PROCESS, processes(s).filter((pe) => pe.id !== id)));
}

/** What drives a process line: a product's output (optionally one route's), or its own activity path. */
export type ProcessDriver = { productId: string; routeId?: string } | { own: Series };

/**
 * Switches what drives a process line, as one edit: the engine refuses both a product and an
 * own path at once, so setting one clears the other (and a route only goes with a product).
 */
export function setProcessDriver(s: Scenario, id: string, driver: ProcessDriver): Scenario {
  const pe = processes(s).find((x) => x.id === id);
  if (!pe) return s;
  const p = processPath(id);
  let next = s;
  if ('own' in driver) {
    next = clearValue(clearValue(clearValue(next, `${p}.productId`), `${p}.routeId`), `${p}.activityPerProductT`);
    return Object.is(pe.activityWanT, driver.own) ? next : setValue(next, `${p}.activityWanT`, driver.own);
  }
  next = clearValue(next, `${p}.activityWanT`);
  if (pe.productId !== driver.productId) next = setValue(next, `${p}.productId`, driver.productId);
  if (driver.routeId === undefined) return clearValue(next, `${p}.routeId`);
  return pe.routeId === driver.routeId ? next : setValue(next, `${p}.routeId`, driver.routeId);
}

/** One of the 1+N reporting shares, %; `undefined` removes it (and `sectorReporting` once empty). */
export function setSectorShare(s: Scenario, key: keyof SectorReporting, value: Series | undefined): Scenario {
  const path = `sectorReporting.${key}`;
  if (value === undefined) {
    const next = clearValue(s, path);
    return next.sectorReporting && !Object.keys(next.sectorReporting).length ? clearValue(next, 'sectorReporting') : next;
  }
  return Object.is(s.sectorReporting?.[key], value) ? s : setValue(s, path, value);
}

/** The forest's factors from the library, each with its source (IPCC 2006 Vol. 4 Ch. 4 or the provincial guideline). */
export type ForestFactors = Record<'woodDensityTPerM3' | 'biomassExpansionFactor' | 'rootShootRatio' | 'carbonFraction', Sourced>;

/**
 * Adds the forest with the library's factors (each cited) and the planner's base stock and
 * cover; growth and loss start at 0 (a sink of nothing) until entered.
 */
export function addForest(s: Scenario, coverPct: number, baseStockWanM3: number, factors: ForestFactors): Scenario {
  if (s.sinks?.forest) return s;
  const forest: Forest = {
    coverPct,
    baseStockWanM3,
    grossGrowthPct: 0,
    lossPct: 0,
    woodDensityTPerM3: factors.woodDensityTPerM3.value,
    biomassExpansionFactor: factors.biomassExpansionFactor.value,
    rootShootRatio: factors.rootShootRatio.value,
    carbonFraction: factors.carbonFraction.value,
  };
  let next = setValue(s, 'sinks.forest', forest);
  const sources = { ...next.sources };
  for (const [key, f] of Object.entries(factors)) sources[`sinks.forest.${key}`] = f.source;
  next = { ...next, sources };
  return next;
}

/** Removes the forest (and `sinks` once empty), with its sources. */
export function removeForest(s: Scenario): Scenario {
  if (!s.sinks?.forest) return s;
  const next = clearValue(s, 'sinks.forest');
  return next.sinks && !Object.keys(next.sinks).length ? clearValue(next, 'sinks') : next;
}

/** What the peak is judged on; `energy` is also the default when absent, so choosing it on a scenario without the field changes nothing. */
export function setPeakScope(s: Scenario, scope: PeakScope): Scenario {
  return (s.accounting.peakScope ?? 'energy') === scope ? s : setValue(s, 'accounting.peakScope', scope);
}

const SECTOR_METRICS: ReadonlySet<TargetMetric> = new Set(['sectorPeakYear', 'sectorIntensityReduction']);
const PEAK_METRICS: ReadonlySet<TargetMetric> = new Set(['peakYear', 'sectorPeakYear']);
const PCT_METRICS: ReadonlySet<TargetMetric> = new Set(['co2IntensityReduction', 'energyIntensityReduction', 'nonFossilShare', 'sectorIntensityReduction', 'forestCover']);
const FROM_METRICS: ReadonlySet<TargetMetric> = new Set(['co2IntensityReduction', 'energyIntensityReduction', 'co2Budget', 'sectorIntensityReduction']);

/**
 * A target's metric, keeping the target judgeable: a sector metric gets a sector (工业 where
 * none is set, the only one an intensity target may name), another metric loses its sector,
 * a reduction starts from the base year when it has no start year, and a peak-year metric
 * starts at the target's year (a % would not be a year), a % left by one at 0.
 */
export function setTargetMetric(s: Scenario, id: string, metric: TargetMetric): Scenario {
  const at = s.targets.findIndex((t) => t.id === id);
  const t = s.targets[at];
  if (!t || t.metric === metric) return s;
  const next: Target = { ...t, metric };
  if (SECTOR_METRICS.has(metric)) next.sector = metric === 'sectorIntensityReduction' ? 'industry' : (t.sector ?? 'industry');
  else delete next.sector;
  if (FROM_METRICS.has(metric) && next.fromYear === undefined) next.fromYear = s.baseYear;
  // a value in the old metric's unit would be refused in the new one's: a year becomes the target year, a year left behind 0
  const peakLike = PEAK_METRICS.has(metric);
  if (peakLike && !PEAK_METRICS.has(t.metric)) next.value = t.year;
  else if (!peakLike && PEAK_METRICS.has(t.metric) && PCT_METRICS.has(metric)) next.value = 0;
  return { ...s, targets: s.targets.map((x, i) => (i === at ? next : x)), sources: { ...s.sources, [`targets[id=${id}].metric`]: USER } };
}

/** The plan sector a sector target is for. */
export function setTargetSector(s: Scenario, id: string, sector: PlanSector): Scenario {
  const t = s.targets.find((x) => x.id === id);
  if (!t || t.sector === sector) return s;
  return setValue(s, `targets[id=${id}].sector`, sector);
}
