import type { Product } from '../../../shared/model/industry';
import { productBenchmark } from '../../../seeds/reference/benchmarks';

export type ProductBenchmarks = { benchmark?: number; baseline?: number };

/**
 * The 能效标杆水平 and 基准水平 a product's unit energy is read against, kgce/t: the ones the
 * product states, else its kind's in the reference library (《工业重点领域能效标杆水平和基准水平
 * （2023年版）》). Reference lines only: the engine never uses them.
 */
export function productBenchmarks(product: Product): ProductBenchmarks {
  const library = productBenchmark(product.kind);
  return { benchmark: product.benchmarkKgcePerT ?? library?.benchmarkKgcePerT, baseline: product.baselineKgcePerT ?? library?.baselineKgcePerT };
}
