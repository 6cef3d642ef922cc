import { applyLever, buildoutYears, GRID_LEVER_YEAR, LEVER_SPECS, readLever, type LeverContext, type ValueInYear } from '../../model/ops-levers';
import { setValue } from '../../model/ops';
import { getAt } from '../../model/path';
import { FUELS } from '../../model/vocabulary';
import type { Scenario } from '../../model/scenario';
import type { SeriesResolver } from '../series-values';
import { DEFAULT_PROJECT_MAX, type GoalLever, type GoalSeekRequest } from './types';
import { applyRouteShare, readRouteShare, routeAvailable } from './route-lever';

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** A series' value in a year through the engine's resolver (expressions included), held flat outside the horizon. */
export function valueInYearWith(resolve: SeriesResolver): ValueInYear {
  return (series, year, baseYear, endYear) => {
    if (typeof series === 'number') return series;
    const issues: Parameters<SeriesResolver>[5] = [];
    const values = resolve(series, '', baseYear, Math.max(endYear, year) - baseYear + 1, baseYear, issues);
    return issues.length ? undefined : values[Math.max(0, year - baseYear)];
  };
}

/** The capacity field (MW) of one ledger project, addressed by id. */
export const projectPath = (id: string) => `electricity.projects[id=${id}].capacityMW`;

/** The field a lever writes (what an edit that applies it is recorded under). */
export function leverPath(lever: GoalLever): string {
  if ('routeShare' in lever) return routesPath(lever.routeShare.productId);
  return 'lever' in lever ? LEVER_SPECS[lever.lever].path : projectPath(lever.projectCapacity);
}

/** The routes of one key product, addressed by id: a route lever writes all their shares. */
const routesPath = (productId: string) => `industry.products[id=${productId}].routes`;

/** Whether the lever can move in this scenario (the same rule as the sliders'); false for a project not in the ledger. */
export function leverAvailable(s: Scenario, lever: GoalLever): boolean {
  if ('projectCapacity' in lever) return s.electricity.projects.some((p) => p.id === lever.projectCapacity);
  if ('routeShare' in lever) return routeAvailable(s, lever.routeShare);
  if (lever.lever === 'gridFactor') return s.baseYear < GRID_LEVER_YEAR;
  if (lever.lever === 'pvBuildout' || lever.lever === 'windBuildout') {
    const { from, to } = buildoutYears(s);
    return from <= to;
  }
  return true;
}

/** Where the lever stands: the slider's reading (its unit), or the project's capacity in MW (0 when not in the ledger). */
export function readGoalLever(s: Scenario, lever: GoalLever, valueInYear: ValueInYear): number {
  if ('lever' in lever) return readLever(s, lever.lever, valueInYear);
  if ('routeShare' in lever) return readRouteShare(s, lever.routeShare, valueInYear);
  return s.electricity.projects.find((p) => p.id === lever.projectCapacity)?.capacityMW ?? 0;
}

/** The scenario with the lever at `v`: the slider's own edit, or the project's capacity set (MW). */
export function applyGoalLever(s: Scenario, lever: GoalLever, v: number, ctx: LeverContext): Scenario {
  if ('lever' in lever) return applyLever(s, lever.lever, v, ctx);
  if ('routeShare' in lever) return applyRouteShare(s, lever.routeShare, v, ctx.valueInYear);
  return setValue(s, projectPath(lever.projectCapacity), round6(v));
}

/**
 * The range searched: the request's, else the slider's (widened to the current
 * value, as the slider is) or 0 … `DEFAULT_PROJECT_MAX` for a project.
 */
export function leverBounds(lever: GoalLever, from: number, bounds: GoalSeekRequest['bounds']): { min: number; max: number } {
  const spec = 'lever' in lever ? LEVER_SPECS[lever.lever] : 'routeShare' in lever ? { min: 0, max: 100 } : { min: 0, max: Math.max(DEFAULT_PROJECT_MAX, from) };
  const min = Math.min(bounds?.min ?? spec.min, from);
  const max = Math.max(bounds?.max ?? spec.max, from);
  return { min, max };
}

/**
 * The width below which a bracket is not split further, in the lever's unit:
 * a tenth of the slider's step for a goal met or not (bisection: 0.01 %/年,
 * 1 MW a year, 0.0005 tCO2/MWh; each halving is a run), far
 * below what the lever's edit keeps (six decimals) for a continuous one.
 */
export function leverResolution(lever: GoalLever, range: number, discrete: boolean): number {
  if (!discrete) return Math.max(1e-6, range * 1e-9);
  // a route share: 0.05 of a percentage point, as the industry coal share's slider step / 10
  if ('routeShare' in lever) return 0.05;
  return 'lever' in lever ? LEVER_SPECS[lever.lever].step / 10 : Math.max(1, range / 1e4);
}

/**
 * The answer as one edit of `current` (the scenario open now): the fields the
 * lever wrote in `answer` (the scenario the search computed) copied over, so
 * a path read through expressions lands exactly where the search put it; a
 * build-out's rows are made again with `ctx`'s names (the user's language).
 */
export function applyGoalAnswer(current: Scenario, lever: GoalLever, value: number, answer: Scenario, ctx: LeverContext): Scenario {
  if ('lever' in lever && (lever.lever === 'pvBuildout' || lever.lever === 'windBuildout')) return applyLever(current, lever.lever, value, ctx);
  const paths = 'lever' in lever && lever.lever === 'coalShare' ? FUELS.map((f) => `energy.sectors.industry.fuelSharesPct.${f}`) : [leverPath(lever)];
  if ('routeShare' in lever) {
    const index = current.industry?.products.findIndex((p) => p.id === lever.routeShare.productId) ?? -1;
    const routes = answer.industry?.products.find((p) => p.id === lever.routeShare.productId)?.routes;
    if (index < 0 || !routes) return current;
    return routes.reduce((s, r, j) => setValue(s, `industry.products[${index}].routes[${j}].sharePct`, r.sharePct), current);
  }
  return paths.reduce((s, path) => setValue(s, path, getAt(answer, path)), current);
}
