import { COMBUSTION_FUELS } from '../model/vocabulary';
import type { YearResult } from './results';

/**
 * Drivers of a CO2 gap, in display order:
 * - `gdp`: activity (亿元);
 * - `energyIntensity`: energy per GDP, tce/万元 (reporting convention);
 * - `fuelMix`: each fuel's share of total energy;
 * - `electricityConversion`: kWh per tce of electricity (亿kWh/万tce); non-zero only when
 *   the two results count electricity differently (convention or coal-substitution coefficient);
 * - `electricityMix`: how demand is supplied: local thermal, and the grid electricity the
 *   electricity-CO2 method counts (net imports or exports, pumped-storage losses charged to the
 *   region), per kWh of demand (local non-fossil acts through these ratios);
 * - `gridFactor`: the grid's CO2 per kWh (电力平均二氧化碳排放因子);
 * - `thermalFactor`: CO2 per kWh of local thermal generation (heat rates × fuel factors, and
 *   the coal/gas split inside local thermal, which `YearResult` does not separate);
 * - `emissionFactors`: CO2 per tce of fuels burnt at the point of use;
 * - `other`: whatever the multiplicative identity cannot carry (a term whose chain breaks,
 *   e.g. local thermal generation with zero electricity demand). Zero in ordinary cases.
 */
export const LMDI_DRIVERS = [
  'gdp',
  'energyIntensity',
  'fuelMix',
  'electricityConversion',
  'electricityMix',
  'gridFactor',
  'thermalFactor',
  'emissionFactors',
  'other',
] as const;
export type LmdiDriver = (typeof LMDI_DRIVERS)[number];

/** Values in 万tCO2; `parts` lists every driver in `LMDI_DRIVERS` order (zeros included). */
export type LmdiResult = { total: number; parts: { driver: LmdiDriver; value: number }[] };

/**
 * One additive term of CO2, written as a product of positive factors C = ±Π x_k.
 * `x` holds the factor values (NaN where a factor is 0/0, i.e. undefined), `drivers`
 * the driver each factor belongs to, `sign` the structural sign of the term.
 */
type Term = { sign: 1 | -1; c: number; x: number[]; drivers: readonly LmdiDriver[] };

/** n/d, or NaN when d is 0 (the factor is undefined for this result). */
function ratio(n: number, d: number): number {
  return d !== 0 ? n / d : Number.NaN;
}

/**
 * Logarithmic mean L(a, b) = (a − b)/(ln a − ln b), L(a, a) = a, for a, b > 0 (unit of a, b).
 * `log1p` keeps it accurate when a and b are close; `log` of the ratio when they are far
 * apart (log1p(x) loses digits as x → −1), as a difference of logs when the ratio overflows.
 */
export function logMean(a: number, b: number): number {
  if (a === b) return a;
  const x = (a - b) / b;
  return (a - b) / (Math.abs(x) < 0.5 ? Math.log1p(x) : logRatio(a, b));
}

const FUEL_DRIVERS = ['gdp', 'energyIntensity', 'fuelMix', 'emissionFactors'] as const;
const THERMAL_DRIVERS = ['gdp', 'energyIntensity', 'fuelMix', 'electricityConversion', 'electricityMix', 'thermalFactor'] as const;
const TRADE_DRIVERS = ['gdp', 'energyIntensity', 'fuelMix', 'electricityConversion', 'electricityMix', 'gridFactor'] as const;
const WASTE_DRIVERS = ['electricityMix', 'thermalFactor'] as const;

/**
 * The terms of one year's CO2 (万tCO2), each as a factor chain that multiplies out to it:
 * - fuel f at the point of use: G · (E/G) · (E_f/E) · (C_f/E_f);
 * - local thermal power: G · (E/G) · (E_el/E) · (D/E_el) · (T/D) · (C_lp/T);
 * - grid electricity bought, Q > 0 kWh at the grid factor g: G · (E/G) · (E_el/E) · (D/E_el) · (Q/D) · g;
 * - grid electricity credited (exports, Q < 0): −[G · (E/G) · (E_el/E) · (D/E_el) · (|Q|/D) · g];
 * - pumped-storage losses charged to the region, Q_s kWh: G · (E/G) · (E_el/E) · (D/E_el) · (Q_s/D) · g;
 * - fossil CO2 of waste incineration: W · (C_w/W), W the biomass-type generation (waste-to-energy
 *   plants are biomass plants): the plants' output, not the region's demand, drives it.
 * G GDP (亿元), E energy (万tce), D electricity demand (亿kWh), T local coal+gas generation
 * (亿kWh). Q and Q_s are what the electricity-CO2 method counts at the grid factor (net
 * imports, all electricity use, use less green power …), read back as C / g, so the
 * decomposition needs no knowledge of the method: the method shows in Q/D (electricity mix)
 * and the grid factor in g alone.
 *
 * Why bought and credited are two terms: a method that credits exports gives a negative
 * grid line when the region turns exporter, and a logarithmic mean of values of opposite
 * sign does not exist. Split on the sign-stable gross flows, each term keeps one sign for
 * every result: credits are a negative term decomposed on its magnitude (L(−a,−b) = −L(a,b)),
 * and a region switching from importer to exporter is one term disappearing and another
 * appearing, handled like any zero value below.
 */
function termsOf(y: YearResult): Term[] {
  const G = y.gdp;
  const E = y.energy;
  const head = [G, ratio(E, G)];
  const terms: Term[] = [];
  for (const f of COMBUSTION_FUELS) {
    const Ef = y.energyByFuel[f];
    const c = y.co2BySource[f];
    terms.push({ sign: 1, c, x: [...head, ratio(Ef, E), ratio(c, Ef)], drivers: FUEL_DRIVERS });
  }
  const Eel = y.energyByFuel.electricity;
  const D = y.electricityDemand;
  const elec = [...head, ratio(Eel, E), ratio(D, Eel)];
  const T = y.generationByType.coal + y.generationByType.gas;
  const lp = y.co2BySource.localPower;
  terms.push({ sign: 1, c: lp, x: [...elec, ratio(T, D), ratio(lp, T)], drivers: THERMAL_DRIVERS });
  // 万tCO2 per 亿kWh; with g = 0 every grid line is 0 and Q is undefined (the zero sits in g)
  const g = y.gridFactor * 10;
  const grid = (c: number): number[] => [...elec, g > 0 ? ratio(Math.abs(c) / g, D) : Number.NaN, g];
  const imp = y.co2BySource.importedElectricity;
  const bought = imp > 0 ? imp : 0;
  const credited = imp < 0 ? imp : 0;
  terms.push({ sign: 1, c: bought, x: grid(bought), drivers: TRADE_DRIVERS });
  terms.push({ sign: -1, c: credited, x: grid(credited), drivers: TRADE_DRIVERS });
  const sl = y.co2BySource.storageLosses;
  terms.push({ sign: 1, c: sl, x: grid(sl), drivers: TRADE_DRIVERS });
  const w = y.co2BySource.wasteIncineration;
  const W = y.generationByType.biomass;
  terms.push({ sign: 1, c: w, x: [W, ratio(w, W)], drivers: WASTE_DRIVERS });
  return terms;
}

const positive = (v: number) => Number.isFinite(v) && v > 0;
/** ln(b/a) for a, b > 0, without overflow or subnormal digits lost when the ratio is extreme */
function logRatio(b: number, a: number): number {
  const r = b / a;
  return Number.isFinite(r) && r >= 2.2250738585072014e-308 ? Math.log(r) : Math.log(b) - Math.log(a);
}
/** the factors multiply out to |c| (fails only through floating-point underflow in subnormals) */
function chainHolds(t: Term): boolean {
  if (!t.x.every(positive)) return false;
  const lnProduct = t.x.reduce((acc, v) => acc + Math.log(v), 0);
  return Math.abs(lnProduct - Math.log(Math.abs(t.c))) < 1e-9;
}

/**
 * Adds one term's change to `acc`. Both present: LMDI-I, ΔC_k = L(C^B, C^A) · ln(x_k^B / x_k^A),
 * which sums to C^B − C^A because the factors multiply out to C.
 *
 * One side zero (a term appearing or disappearing): Ang & Liu (2007) replace the zero by δ
 * and let δ → 0. Only the vanishing factor x_k ∝ δ survives the limit, taking the whole
 * change C^B − C^A; every other factor's contribution L(C^B, δ) · ln(x^B/x^A) tends to 0
 * (L → 0 while the log stays bounded). Factors undefined on the zero side (0/0, e.g. the
 * grid factor of zero imports) are set equal to the other side, so their logs are 0 and the
 * limit is exact, not approximate. When several factors vanish at once the first in chain
 * order takes the change (no electricity used at all is fuel mix, not supply mix).
 *
 * A term whose chain is broken (a factor 0 or undefined while C ≠ 0, a sign against the
 * structure, or factors that no longer multiply out to C because of subnormal values) goes
 * whole into `other`, so the parts always add up to the total.
 */
function addTerm(a: Term, b: Term, acc: Map<LmdiDriver, number>): void {
  const add = (d: LmdiDriver, v: number): void => void acc.set(d, acc.get(d)! + v);
  const delta = b.c - a.c;
  if (a.c === 0 && b.c === 0) return;
  const sign = a.sign;
  if (sign * a.c < 0 || sign * b.c < 0) return add('other', delta);
  const A = Math.abs(a.c);
  const B = Math.abs(b.c);
  if (A > 0 && B > 0) {
    if (!chainHolds(a) || !chainHolds(b)) return add('other', delta);
    const w = sign * logMean(B, A);
    a.x.forEach((xa, k) => add(a.drivers[k]!, w * logRatio(b.x[k]!, xa)));
    return;
  }
  const present = A > 0 ? a : b;
  const zero = A > 0 ? b : a;
  if (!chainHolds(present)) return add('other', delta);
  const k = zero.x.findIndex((v) => v === 0);
  add(k >= 0 ? zero.drivers[k]! : 'other', delta);
}

/**
 * Additive LMDI-I decomposition (Ang 2004, 2005) of the CO2 gap between two results,
 * usually the same year of a reference scenario `a` and a compared scenario `b` (works
 * across years and regions too: only `YearResult` fields are used).
 *
 * Returns `total` = b.co2 − a.co2 and one part per driver (see `LMDI_DRIVERS`), all in
 * 万tCO2; positive parts push B above A. The parts add up to the total up to floating-point
 * rounding (< 1e-9 relative).
 */
export function decomposeCo2(a: YearResult, b: YearResult): LmdiResult {
  const acc = new Map<LmdiDriver, number>(LMDI_DRIVERS.map((d) => [d, 0]));
  const ta = termsOf(a);
  const tb = termsOf(b);
  ta.forEach((t, i) => addTerm(t, tb[i]!, acc));
  return { total: b.co2 - a.co2, parts: LMDI_DRIVERS.map((driver) => ({ driver, value: acc.get(driver)! })) };
}
