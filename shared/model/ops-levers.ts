import type { Scenario } from './scenario';
import type { Series, YearPoint } from './series';
import { FUELS, type Fuel, type GeneratorType } from './vocabulary';
import { annualBuildoutMW, setAnnualBuildout, setValue, type TypicalHours } from './ops';
import { rebalance } from './ops-shares';

/**
 * The levers: one number each, mapped onto the scenario by ordinary edits, so
 * a lever's effect is a visible and editable value in the scenario.
 */
export const LEVERS = ['gdpGrowth', 'intensityDecline', 'pvBuildout', 'windBuildout', 'gridFactor', 'coalShare'] as const;
export type LeverId = (typeof LEVERS)[number];

/** The slider's range and step, the digits it shows, and the field it writes. */
export type LeverSpec = { min: number; max: number; step: number; digits: number; path: string };
export const LEVER_SPECS: Readonly<Record<LeverId, LeverSpec>> = {
  gdpGrowth: { min: -2, max: 12, step: 0.1, digits: 1, path: 'economy.gdpGrowthPct' },
  intensityDecline: { min: -2, max: 8, step: 0.1, digits: 1, path: 'energy.intensityDeclinePct' },
  pvBuildout: { min: 0, max: 500, step: 10, digits: 0, path: 'electricity.projects' },
  windBuildout: { min: 0, max: 500, step: 10, digits: 0, path: 'electricity.projects' },
  gridFactor: { min: 0.1, max: 0.9, step: 0.005, digits: 3, path: 'electricity.gridEmissionFactor' },
  coalShare: { min: 0, max: 100, step: 0.5, digits: 1, path: 'energy.sectors.industry.fuelSharesPct.coal' },
};

/** The build-out levers add one project per year over these years (within the horizon). */
export const BUILDOUT_YEARS = { from: 2026, to: 2035 } as const;
/** The grid-factor and coal-share levers set this year's value. */
export const GRID_LEVER_YEAR = 2030;

/**
 * A series' value in a year (held flat outside the horizon), undefined when it
 * cannot be resolved. The caller supplies it: resolving an expression needs
 * the expression engine, which the model does not load.
 */
export type ValueInYear = (series: Series, year: number, baseYear: number, endYear: number) => number | undefined;

/**
 * What moving a lever needs besides the scenario: how to read a series, the
 * typical hours of new projects, and the name of a build-out row in the
 * user's language (the model holds no words of any language).
 */
export type LeverContext = {
  valueInYear: ValueInYear;
  hours: TypicalHours;
  buildoutName: (type: GeneratorType, year: number) => string;
};

export function buildoutYears(s: Scenario): { from: number; to: number } {
  return { from: Math.max(BUILDOUT_YEARS.from, s.baseYear + 1), to: Math.min(BUILDOUT_YEARS.to, s.endYear) };
}

const round = (v: number, digits = 6) => Math.round(v * 10 ** digits) / 10 ** digits;
const OFFSET = /^\((.*)\) \+ \((-?[\d.]+(?:e-?\d+)?)\)$/s;

/** The same path moved up or down by `delta` (a lever on a non-constant growth path keeps its shape). */
export function shiftSeries(s: Series, delta: number): Series {
  if (typeof s === 'number') return round(s + delta);
  if (Array.isArray(s)) return s.map((p) => ({ ...p, value: round(p.value + delta) }));
  const m = OFFSET.exec(s.expr);
  const inner = m ? m[1]! : s.expr;
  const offset = round((m ? Number(m[2]) : 0) + delta);
  return { ...s, expr: offset === 0 ? inner : `(${inner}) + (${offset})` };
}

/**
 * A fuel mix with `fuel` at `pct` in `year`, the other fuels rescaled in their proportions of that
 * year: every fuel becomes a straight line from its base-year value (unchanged: the base year keeps
 * its statistics, and the key products carved out of it stay within it) to its value in `year`,
 * then every later year any fuel's path had, each fuel at its own value there, so the mix adds up
 * to 100 % in every year as it did.
 */
export function fuelMixWith(
  s: Pick<Scenario, 'baseYear' | 'endYear'>,
  mix: Readonly<Record<Fuel, Series>>,
  fuel: Fuel,
  pct: number,
  year: number,
  valueInYear: ValueInYear,
): Record<Fuel, YearPoint[]> {
  const at = (series: Series, y: number) => valueInYear(series, y, s.baseYear, s.endYear) ?? 0;
  const moved = rebalance({ ...(Object.fromEntries(FUELS.map((f) => [f, at(mix[f], year)])) as Record<Fuel, number>), [fuel]: pct }, fuel);
  const later = [...new Set(FUELS.flatMap((f) => (Array.isArray(mix[f]) ? (mix[f] as YearPoint[]).map((p) => p.year) : [])))].filter((y) => y > year).sort((a, b) => a - b);
  return Object.fromEntries(
    FUELS.map((f) => [
      f,
      [{ year: s.baseYear, value: round(at(mix[f], s.baseYear)) }, { year, value: round(moved[f]) }, ...later.map((y) => ({ year: y, value: round(at(mix[f], y)) }))],
    ]),
  ) as Record<Fuel, YearPoint[]>;
}

/** The grid factor from its base-year value straight to `v2030`; points after 2030 are kept, else it stays flat. */
export function gridFactorPath(s: Scenario, v2030: number, valueInYear: ValueInYear): YearPoint[] {
  const series = s.electricity.gridEmissionFactor;
  const base = valueInYear(series, s.baseYear, s.baseYear, s.endYear) ?? v2030;
  const later = Array.isArray(series) ? series.filter((p) => p.year > GRID_LEVER_YEAR) : [];
  return [{ year: s.baseYear, value: round(base) }, { year: GRID_LEVER_YEAR, value: round(v2030) }, ...later];
}

/** Where each lever stands in the scenario. */
export function readLever(s: Scenario, id: LeverId, valueInYear: ValueInYear): number {
  const at = (series: Series, year: number) => valueInYear(series, year, s.baseYear, s.endYear) ?? 0;
  switch (id) {
    case 'gdpGrowth':
      return at(s.economy.gdpGrowthPct, s.baseYear + 1);
    case 'intensityDecline':
      return at(s.energy.intensityDeclinePct, s.baseYear + 1);
    case 'pvBuildout':
      return annualBuildoutMW(s, 'pv');
    case 'windBuildout':
      return annualBuildoutMW(s, 'wind');
    case 'gridFactor':
      return at(s.electricity.gridEmissionFactor, GRID_LEVER_YEAR);
    case 'coalShare':
      return at(s.energy.sectors.industry.fuelSharesPct.coal, GRID_LEVER_YEAR);
  }
}

/** The scenario with the lever at `v`. A build-out's projects get the typical hours of their type. */
export function applyLever(s: Scenario, id: LeverId, v: number, ctx: LeverContext): Scenario {
  switch (id) {
    case 'gdpGrowth':
    case 'intensityDecline': {
      const path = LEVER_SPECS[id].path;
      const series = id === 'gdpGrowth' ? s.economy.gdpGrowthPct : s.energy.intensityDeclinePct;
      return setValue(s, path, typeof series === 'number' ? v : shiftSeries(series, v - readLever(s, id, ctx.valueInYear)));
    }
    case 'pvBuildout':
    case 'windBuildout': {
      const type = id === 'pvBuildout' ? 'pv' : 'wind';
      const { from, to } = buildoutYears(s);
      return setAnnualBuildout(s, type, v, from, to, ctx.hours[type], ctx.buildoutName);
    }
    case 'gridFactor':
      return setValue(s, 'electricity.gridEmissionFactor', gridFactorPath(s, v, ctx.valueInYear));
    case 'coalShare': {
      if (s.baseYear >= GRID_LEVER_YEAR) return s;
      const mix = fuelMixWith(s, s.energy.sectors.industry.fuelSharesPct, 'coal', v, GRID_LEVER_YEAR, ctx.valueInYear);
      return FUELS.reduce((out, f) => setValue(out, `energy.sectors.industry.fuelSharesPct.${f}`, mix[f]), s);
    }
  }
}
