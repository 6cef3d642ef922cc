import { referenceById } from '../../../seeds/index';
import { processFactor, productBenchmark } from '../../../seeds/reference/benchmarks';
import { referenceCitation, referenceCitationZh } from '../../../seeds/reference/index';
import type { Product } from '../../../shared/model/industry';
import type { ForestFactors, KindFuelMix, ProductLevels, Sourced } from '../../../shared/model/ops-industry';
import type { SourceRef } from '../../../shared/model/provenance';
import type { Fuel, ProcessKind, ProductKind } from '../../../shared/model/vocabulary';

/**
 * The reference library's values the industry panel starts new items from, each with the
 * entry it is read from as its source (as the presets cite reference entries): a kind's
 * 标杆/基准 levels, a carbonate's process factor, the forest's factors.
 */

export function referenceSource(refId: string): SourceRef | undefined {
  const e = referenceById(refId);
  if (!e) return undefined;
  return { kind: 'reference', refId, citation: `${e.nameEn}: ${referenceCitation(e)}`, citationZh: `${e.name}：${referenceCitationZh(e)}`, year: e.source.year };
}

function sourced(refId: string): Sourced | undefined {
  const e = referenceById(refId);
  const source = referenceSource(refId);
  return e && source && typeof e.value === 'number' ? { value: e.value, source } : undefined;
}

/** The kind's 能效标杆水平 and 基准水平, or undefined when the library has none for the whole product. */
export function kindLevels(kind: ProductKind): ProductLevels | undefined {
  const b = productBenchmark(kind);
  const benchmark = b && sourced(b.benchmarkRef);
  const baseline = b && sourced(b.baselineRef);
  return benchmark && baseline ? { benchmark, baseline } : undefined;
}

/**
 * The fuel mix a kind's entry in the library states: cement's entry counts its grinding only,
 * which is electricity (the clinker's fuels are counted with the clinker). Other kinds have no
 * mix in the library and start from industry's.
 */
const KIND_FUEL_MIX: Partial<Record<ProductKind, { refId: string; sharesPct: Record<Fuel, number> }>> = {
  cement: { refId: 'cement-grinding-unit-energy', sharesPct: { coal: 0, oil: 0, gas: 0, electricity: 100, heat: 0, biomass: 0 } },
};

export function kindFuelMix(kind: ProductKind): KindFuelMix | undefined {
  const m = KIND_FUEL_MIX[kind];
  const source = m && referenceSource(m.refId);
  return m && source ? { sharesPct: m.sharesPct, source } : undefined;
}

/** The default tCO2 per t of activity of a carbonate, with its entry. */
export function kindProcessFactor(kind: ProcessKind): Sourced {
  const { factorTCo2PerT, ref } = processFactor(kind);
  return { value: factorTCo2PerT, source: referenceSource(ref) ?? { kind: 'assumed', reason: ref } };
}

/**
 * The forest factors a new forest starts from: northern Guangdong's Chinese fir and Masson
 * pine averages for density and BEF, the IPCC defaults for the root-shoot ratio (subtropical
 * humid forest) and the carbon fraction.
 */
export const FOREST_FACTOR_REFS: Record<keyof ForestFactors, string> = {
  woodDensityTPerM3: 'north-gd-wood-density',
  biomassExpansionFactor: 'north-gd-bef',
  rootShootRatio: 'ipcc2006-root-shoot-subtropical-humid',
  carbonFraction: 'ipcc2006-forest-carbon-fraction',
};

export function forestFactors(): ForestFactors | undefined {
  const out: Partial<ForestFactors> = {};
  for (const [key, ref] of Object.entries(FOREST_FACTOR_REFS) as [keyof ForestFactors, string][]) {
    const v = sourced(ref);
    if (!v) return undefined;
    out[key] = v;
  }
  return out as ForestFactors;
}

/** A published figure shown beside a reporting share as a reference (not applied). */
export const REPORTING_REFERENCE: Partial<Record<'constructionShareOfIndustryPct', string>> = {
  constructionShareOfIndustryPct: 'cn-construction-share-of-secondary-energy',
};

/**
 * The 标杆 and 基准 lines a product is read against, kgce/t: its own where it carries them
 * (the planner's, for a kind the library lacks or to override it), else its kind's in the library.
 */
export function productLines(product: Product): { benchmark?: number; baseline?: number } {
  const lib = kindLevels(product.kind);
  return { benchmark: product.benchmarkKgcePerT ?? lib?.benchmark.value, baseline: product.baselineKgcePerT ?? lib?.baseline.value };
}
