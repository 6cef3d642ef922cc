import { describe, expect, it } from 'vitest';
import { productBenchmarks } from '../../../../renderer/components/results/product-benchmarks';
import { makeIndustrialCity } from '../../features/sectors/fixture';

const products = () => makeIndustrialCity().industry!.products;

describe('the 标杆/基准 lines of a product', () => {
  it("a clinker product without its own lines reads the library's: 100 and 117 kgce/t (《工业重点领域能效标杆水平和基准水平（2023年版）》)", () => {
    const clinker = { ...products()[0]!, benchmarkKgcePerT: undefined, baselineKgcePerT: undefined };
    expect(productBenchmarks(clinker)).toEqual({ benchmark: 100, baseline: 117 });
  });

  it("the product's own lines come first", () => {
    expect(productBenchmarks({ ...products()[0]!, benchmarkKgcePerT: 98, baselineKgcePerT: 110 })).toEqual({
      benchmark: 98,
      baseline: 110,
    });
  });

  it('crude steel: the table has process levels only, so no line unless the product states one', () => {
    expect(productBenchmarks(products()[1]!)).toEqual({ benchmark: undefined, baseline: undefined });
  });
});
