import { FUELS } from '../../model/vocabulary';
import { processInYear, productsInYear } from '../industry/products';
import type { PreparedScenario } from '../prepare';
import { computePrepared, type AnnualAdjustment } from '../run-core';

export type IndustryKernel = {
  productByFuel: Float64Array | null;
  anchor: Uint8Array;
  processCo2: Float64Array;
  /** the process CO2 of lines whose activity is a product's output, and of lines on their own activity path */
  processOfProducts: Float64Array;
  processOwn: Float64Array;
};

/**
 * The key products' energy and the process CO2 for the ensemble kernel, computed once by the engine's own
 * functions at the scenario's output and unit energy. A product's energy by fuel is output × route share × unit
 * energy × fuel share, so a factor on every output and one on every unit energy scale it by their product; the
 * process CO2 of a line driven by an output scales with the output factor, a line with its own activity does not.
 * The products are carved out of industry in anchor years only (the base year, a year of published energy), which
 * come before every year the ranges act on, so the carve-out is the central run's in every variant.
 */
export function prepareIndustryKernel(p: PreparedScenario, coefOut: Float64Array, adjust: AnnualAdjustment | null): IndustryKernel {
  const { count, industry: ind } = p;
  const anchor = new Uint8Array(count);
  const processCo2 = new Float64Array(count);
  const processOfProducts = new Float64Array(count);
  const processOwn = new Float64Array(count);
  const fromProduct = (p.scenario.industry?.processEmissions ?? []).map((pe) => pe.productId !== undefined);
  for (let i = 0; i < count; i++) {
    anchor[i] = i === 0 || p.actual.energy[i] !== undefined ? 1 : 0;
    processCo2[i] = processInYear(ind, i).total;
    ind.process.forEach((pe, j) => {
      const c = pe.activityWanT[i]! * pe.factorTCo2PerT;
      if (fromProduct[j]) processOfProducts[i] = processOfProducts[i]! + c;
      else processOwn[i] = processOwn[i]! + c;
    });
  }
  if (!ind.products.length) return { productByFuel: null, anchor, processCo2, processOfProducts, processOwn };
  const productByFuel = new Float64Array(FUELS.length * count);
  for (let i = 0; i < count; i++) {
    const byFuel = productsInYear(ind, i, coefOut[i]!).byFuel;
    FUELS.forEach((f, fi) => (productByFuel[fi * count + i] = byFuel[f]));
  }
  // more of a fuel in the products than industry has in an anchor year: the engine's own error
  computePrepared(p, adjust ?? undefined);
  return { productByFuel, anchor, processCo2, processOfProducts, processOwn };
}
