/**
 * Capital recovery factor: the share of an investment that, paid each year of
 * its life, repays it with interest at rate r: r(1+r)^n / ((1+r)^n − 1); 1/n
 * without interest.
 */
export function capitalRecoveryFactor(ratePct: number, years: number): number {
  const r = ratePct / 100;
  if (r === 0) return 1 / years;
  const f = Math.pow(1 + r, years);
  return (r * f) / (f - 1);
}

/**
 * Levelised cost, 元/kWh: the investment's annuity plus fixed O&M per kW,
 * spread over the hours a kW runs a year, plus fuel per kWh. Null where the
 * type runs no hours.
 */
export function levelisedCost(investmentYuanPerKW: number, fixedOmYuanPerKWYear: number, ratePct: number, lifetimeYears: number, hours: number, fuelYuanPerKWh: number): number | null {
  if (!(hours > 0)) return null;
  return (investmentYuanPerKW * capitalRecoveryFactor(ratePct, lifetimeYears) + fixedOmYuanPerKWYear) / hours + fuelYuanPerKWh;
}
