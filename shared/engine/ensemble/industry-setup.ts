import { FUELS } from '../../model/vocabulary';
import { processInYear, productsInYear } from '../industry/products';
import type { PreparedScenario } from '../prepare';
import { computePrepared, type AnnualAdjustment } from '../run-core';

/**
 * The key products' energy and the process CO2 for the ensemble kernel. They hang on output paths and unit energy,
 * none of them sampled, so they are computed once, by the engine's own functions. The products are carved out of
 * industry in anchor years only (the base year, a year of published energy), which come before every year the
 * ranges act on, so the carve-out is the central run's in every variant.
 */
export function prepareIndustryKernel(
  p: PreparedScenario,
  coefOut: Float64Array,
  adjust: AnnualAdjustment | null,
): { productByFuel: Float64Array | null; anchor: Uint8Array; processCo2: Float64Array } {
  const { count, industry: ind } = p;
  const anchor = new Uint8Array(count);
  const processCo2 = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    anchor[i] = i === 0 || p.actual.energy[i] !== undefined ? 1 : 0;
    processCo2[i] = processInYear(ind, i).total;
  }
  if (!ind.products.length) return { productByFuel: null, anchor, processCo2 };
  const productByFuel = new Float64Array(FUELS.length * count);
  for (let i = 0; i < count; i++) {
    const byFuel = productsInYear(ind, i, coefOut[i]!).byFuel;
    FUELS.forEach((f, fi) => (productByFuel[fi * count + i] = byFuel[f]));
  }
  // more of a fuel in the products than industry has in an anchor year: the engine's own error
  computePrepared(p, adjust ?? undefined);
  return { productByFuel, anchor, processCo2 };
}
