import type { Product } from '../../../shared/model/industry';

export type ProductBenchmarks = { benchmark?: number; baseline?: number };

/**
 * The 能效标杆水平 and 基准水平 a product's unit energy is read against, kgce/t: the ones the
 * product carries (set from the reference library when it was added, or typed in for a product
 * the library does not hold). Reference lines only: the engine never uses them.
 */
export function productBenchmarks(product: Product): ProductBenchmarks {
  return { benchmark: product.benchmarkKgcePerT, baseline: product.baselineKgcePerT };
}
