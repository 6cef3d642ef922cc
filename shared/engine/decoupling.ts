import type { PeriodChange, YearResult } from './results';

/**
 * Tapio's eight degrees of decoupling (Tapio 2005, "Towards a theory of
 * decoupling", Transport Policy 12:137–151, Fig. 2 and Table 1), named by the
 * signs of the two changes and the elasticity's band [0.8, 1.2] around 1.
 */
export const TAPIO_STATES = [
  'strongDecoupling',
  'weakDecoupling',
  'expansiveCoupling',
  'expansiveNegativeDecoupling',
  'strongNegativeDecoupling',
  'weakNegativeDecoupling',
  'recessiveCoupling',
  'recessiveDecoupling',
] as const;
export type TapioState = (typeof TAPIO_STATES)[number];

/** Tapio's coupling band: elasticities from 0.8 to 1.2 count as coupling. */
export const TAPIO_COUPLING_LOW = 0.8;
export const TAPIO_COUPLING_HIGH = 1.2;

/**
 * The state for a % change of CO2 and of GDP over one period; null when GDP
 * did not change (the elasticity is undefined). No change of CO2 while GDP
 * grows is an elasticity of 0, which Tapio's table counts as weak decoupling
 * (0 ≤ e < 0.8), or as weak negative decoupling while GDP shrinks.
 */
export function tapioState(co2ChangePct: number, gdpChangePct: number): { elasticity: number; state: TapioState } | null {
  if (gdpChangePct === 0 || !Number.isFinite(gdpChangePct) || !Number.isFinite(co2ChangePct)) return null;
  const e = co2ChangePct / gdpChangePct;
  const band = (below: TapioState, within: TapioState, above: TapioState) =>
    e < TAPIO_COUPLING_LOW ? below : e <= TAPIO_COUPLING_HIGH ? within : above;
  let state: TapioState;
  if (gdpChangePct > 0) {
    state = co2ChangePct < 0 ? 'strongDecoupling' : band('weakDecoupling', 'expansiveCoupling', 'expansiveNegativeDecoupling');
  } else {
    state = co2ChangePct > 0 ? 'strongNegativeDecoupling' : band('weakNegativeDecoupling', 'recessiveCoupling', 'recessiveDecoupling');
  }
  return { elasticity: e, state };
}

/** CO2 against GDP over one five-year plan period. */
export type DecouplingPeriod = {
  plan: number;
  fromYear: number;
  toYear: number;
  /** % change over the whole period (not per year) */
  gdpChangePct: number;
  co2ChangePct: number;
  /** %ΔCO2 / %ΔGDP; null with its state when GDP did not change */
  elasticity: number | null;
  state: TapioState | null;
};

/** The Tapio index of CO2 from GDP (constant prices) for each five-year plan period of the results. */
export function decouplingByPeriod(years: readonly YearResult[], periods: readonly PeriodChange[]): DecouplingPeriod[] {
  const first = years[0]?.year ?? 0;
  const at = (y: number) => years[y - first];
  const out: DecouplingPeriod[] = [];
  for (const p of periods) {
    const a = at(p.fromYear);
    const b = at(p.toYear);
    if (!a || !b || a.gdp === 0 || a.co2 === 0) continue;
    const gdpChangePct = (b.gdp / a.gdp - 1) * 100;
    const co2ChangePct = (b.co2 / a.co2 - 1) * 100;
    const t = tapioState(co2ChangePct, gdpChangePct);
    out.push({ plan: p.plan, fromYear: p.fromYear, toYear: p.toYear, gdpChangePct, co2ChangePct, elasticity: t?.elasticity ?? null, state: t?.state ?? null });
  }
  return out;
}
