import type { ProcessKind, ProductKind } from '../../shared/model/vocabulary';
import { referenceValue } from './index';

/**
 * The reference lines of each product kind (能效标杆水平 and 基准水平, kgce/t, electricity at
 * 当量值) and the default process factor of each carbonate, as entries of the reference library
 * (industry.json). A kind draws no line unless a level for the whole product was found:
 * crude steel has process levels only (per t of hot metal); no cement-grinding level was found;
 * lead and zinc are levelled per t of each metal, not together, and their levels could not be
 * read in a primary text; no level for copper foil was found (the copper lines stop at cathode);
 * glass fibre's product standard
 * (GB 29450) could not be read; lime is not held. A product of such a kind states its own.
 */
export const PRODUCT_BENCHMARK_REFS: Partial<Record<ProductKind, { benchmark: string; baseline: string }>> = {
  clinker: { benchmark: 'bm-clinker-benchmark', baseline: 'bm-clinker-baseline' },
  ceramics: { benchmark: 'bm-ceramic-tile-benchmark', baseline: 'bm-ceramic-tile-baseline' },
};

/** The default tCO2 per t of activity of each process kind, by reference entry. */
export const PROCESS_FACTOR_REFS: Record<ProcessKind, string> = {
  clinker: 'proc-clinker-cn',
  lime: 'proc-lime-cn',
  limestoneFlux: 'proc-limestone-ipcc2006',
  dolomiteFlux: 'proc-dolomite-ipcc2006',
  otherCarbonate: 'proc-limestone-ipcc2006',
};

export type ProductBenchmark = { benchmarkKgcePerT: number; baselineKgcePerT: number; benchmarkRef: string; baselineRef: string };

/** The kind's 标杆 and 基准 levels with their entries, or undefined when the library has none. */
export function productBenchmark(kind: ProductKind): ProductBenchmark | undefined {
  const refs = PRODUCT_BENCHMARK_REFS[kind];
  if (!refs) return undefined;
  return {
    benchmarkKgcePerT: referenceValue(refs.benchmark),
    baselineKgcePerT: referenceValue(refs.baseline),
    benchmarkRef: refs.benchmark,
    baselineRef: refs.baseline,
  };
}

/** The default process factor of a kind and its entry. */
export function processFactor(kind: ProcessKind): { factorTCo2PerT: number; ref: string } {
  const ref = PROCESS_FACTOR_REFS[kind];
  return { factorTCo2PerT: referenceValue(ref), ref };
}
