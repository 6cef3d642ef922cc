import type { SourceRef } from '../../shared/model/provenance';
import type { Forest, ProcessEmission, Product, ProductRoute } from '../../shared/model/industry';
import type { Series } from '../../shared/model/series';
import type { Target } from '../../shared/model/scenario';
import { referenceValue, requireReference } from '../reference/index';
import { processFactor } from '../reference/benchmarks';
import { mix, mixPath, pts, ref, type FuelMix, type Text2 } from './common';

/*
 * Builders for the presets' key products, process lines and forests. Each value
 * carries its source in `scenario.sources` under the field's id path
 * (`industry.products[id=sg-crude-steel].outputWanT`), so the editor shows the
 * reason beside each input; the product's own `source` says where the product
 * as a whole comes from.
 */

export type Sources = Record<string, SourceRef>;

/** A fuel mix: constant, or moving linearly between anchor years (each adds up to 100). */
export function fuels(m: FuelMix | [number, FuelMix][], what: string): Record<keyof FuelMix, Series> {
  return Array.isArray(m) ? mixPath(m, what) : mix(m, what);
}

export type RouteSpec = {
  id: string;
  name: string;
  nameEn: string;
  sharePct: Series;
  unitEnergyKgcePerT: Series;
  fuelSharesPct: Record<keyof FuelMix, Series>;
  /** sources of the route's share, unit energy and fuel mix */
  why: { share: SourceRef; unitEnergy: SourceRef; fuels: SourceRef };
};

/** Clinker of a dry-process kiln in 2020: coal 94 %, electricity 6 % (about 55 kWh/t). */
const CLINKER_2020: FuelMix = { coal: 94, oil: 0, gas: 0, electricity: 6, heat: 0, biomass: 0 };

/**
 * The dry-process clinker kiln (新型干法窑) of 清远 and 韶关 alike: 108 kgce/t and the 2020 mix held in
 * the baseline; the policy brings it to the benchmark by 2030 and co-processes biomass and waste fuels.
 * `why` cites the city's own documents; `share` says why one route, `unitEnergyPolicy` how its
 * kilns reach the benchmark, `coProcessing` the city's own line for waste fuels in kilns where it has one.
 */
export function dryKilnRoute(
  policy: boolean,
  tag: string,
  why: (t: Text2, basis?: Text2) => SourceRef,
  notes: { share: Text2; unitEnergyPolicy: Text2; coProcessing?: { note: Text2; basis: Text2 } },
): RouteSpec {
  const coProcessing = policy ? notes.coProcessing : undefined;
  return {
    id: 'dry-kiln',
    name: '新型干法窑',
    nameEn: 'Dry-process kiln',
    sharePct: 100,
    unitEnergyKgcePerT: policy ? pts(2020, 108, 2025, 104, 2030, 100, 2060, 96) : 108,
    fuelSharesPct: policy
      ? fuels([[2020, CLINKER_2020], [2030, { coal: 88, oil: 0, gas: 0, electricity: 6, heat: 0, biomass: 6 }], [2060, { coal: 70, oil: 0, gas: 0, electricity: 10, heat: 0, biomass: 20 }]], `${tag} clinker policy`)
      : fuels(CLINKER_2020, `${tag} clinker`),
    why: {
      share: why(notes.share),
      unitEnergy: ref('clinker-unit-energy-2020', policy ? notes.unitEnergyPolicy : { en: '108 kgce/t, held.', zh: '108 kgce/t，保持不变。' }),
      fuels: why(
        {
          en: (policy ? 'Coal 94 → 88 → 70 %, biomass and waste fuels 0 → 6 → 20 %, electricity 6 → 6 → 10 % (2020 → 2030 → 2060): co-processing of waste in kilns.' : 'Coal 94 %, electricity 6 % (about 55 kWh/t).') + (coProcessing ? ` ${coProcessing.note.en}` : ''),
          zh: (policy ? '煤 94 → 88 → 70 %，生物质及废弃物燃料 0 → 6 → 20 %，电力 6 → 6 → 10 %（2020 → 2030 → 2060 年）：水泥窑协同处置。' : '煤 94 %，电力 6 %（约 55 kWh/t）。') + (coProcessing?.note.zh ?? ''),
        },
        coProcessing?.basis,
      ),
    },
  };
}

/**
 * Cement grinding (粉磨) of 清远 and 韶关 alike: electricity only, 4.2 kgce/t (about 34 kWh/t at 当量值),
 * held in the baseline; the policy's roller presses bring it to 3.9 (2030) and 3.7 (2060).
 */
export function grindingRoute(policy: boolean, tag: string, why: (t: Text2) => SourceRef): RouteSpec {
  return {
    id: 'grinding',
    name: '粉磨',
    nameEn: 'Grinding',
    sharePct: 100,
    unitEnergyKgcePerT: policy ? pts(2020, 4.2, 2030, 3.9, 2060, 3.7) : 4.2,
    fuelSharesPct: fuels({ coal: 0, oil: 0, gas: 0, electricity: 100, heat: 0, biomass: 0 }, `${tag} cement`),
    why: {
      share: why({ en: 'One route: grinding of clinker with gypsum and additions.', zh: '单一工艺：熟料与石膏、混合材粉磨。' }),
      unitEnergy: ref('cement-grinding-unit-energy', policy ? { en: 'Policy: 4.2 → 3.9 (2030) → 3.7 kgce/t (2060) with roller presses.', zh: '政策情景：4.2 → 3.9（2030 年）→ 3.7 kgce/t（2060 年），推广辊压机。' } : undefined),
      fuels: ref('cement-grinding-unit-energy'),
    },
  };
}

export type ProductSpec = Omit<Product, 'routes'> & { routes: RouteSpec[]; outputWhy: SourceRef };

/** The product for the scenario and the sources of its fields. */
export function product(spec: ProductSpec): { product: Product; sources: Sources } {
  const { routes, outputWhy, ...rest } = spec;
  const at = `industry.products[id=${spec.id}]`;
  const sources: Sources = { [`${at}.outputWanT`]: outputWhy };
  const built: ProductRoute[] = routes.map((r, i) => {
    sources[`${at}.routes[${i}].sharePct`] = r.why.share;
    sources[`${at}.routes[${i}].unitEnergyKgcePerT`] = r.why.unitEnergy;
    sources[`${at}.routes[${i}].fuelSharesPct`] = r.why.fuels;
    return { id: r.id, name: r.name, nameEn: r.nameEn, sharePct: r.sharePct, unitEnergyKgcePerT: r.unitEnergyKgcePerT, fuelSharesPct: r.fuelSharesPct };
  });
  return { product: { ...rest, routes: built }, sources };
}

/**
 * A process line driven by a product (or one of its routes), at the library's default factor
 * for its kind; `perProduct` is t of carbonate (or clinker) per t of the product's output.
 */
export function processLine(
  spec: Omit<ProcessEmission, 'factorTCo2PerT' | 'source'> & { perProductWhy?: SourceRef; factorNote: Text2 },
): { line: ProcessEmission; sources: Sources } {
  const { perProductWhy, factorNote, ...rest } = spec;
  const f = processFactor(spec.kind);
  const source = ref(f.ref, factorNote);
  const at = `industry.processEmissions[id=${spec.id}]`;
  const sources: Sources = { [`${at}.factorTCo2PerT`]: source };
  if (perProductWhy) sources[`${at}.activityPerProductT`] = perProductWhy;
  return { line: { ...rest, factorTCo2PerT: f.factorTCo2PerT, source }, sources };
}

/** Assembles products and process lines into `scenario.industry` and its sources. */
export function industryOf(products: { product: Product; sources: Sources }[], lines: { line: ProcessEmission; sources: Sources }[]) {
  const sources: Sources = {};
  for (const p of products) Object.assign(sources, p.sources);
  for (const l of lines) Object.assign(sources, l.sources);
  return { industry: { products: products.map((p) => p.product), processEmissions: lines.map((l) => l.line) }, sources };
}

/**
 * A forest on the reference library's factors (wood density and BEF of northern Guangdong's
 * conifers, IPCC root-shoot ratio and carbon fraction) and the assumed growth and loss rates.
 */
export function forestOf(coverPct: Series, baseStockWanM3: number, why: { cover: SourceRef; stock: SourceRef }): { forest: Forest; sources: Sources } {
  const forest: Forest = {
    coverPct,
    baseStockWanM3,
    grossGrowthPct: requireReference('north-gd-forest-growth').points!.map((x) => ({ ...x })),
    lossPct: referenceValue('north-gd-forest-loss'),
    woodDensityTPerM3: referenceValue('north-gd-wood-density'),
    biomassExpansionFactor: referenceValue('north-gd-bef'),
    rootShootRatio: referenceValue('ipcc2006-root-shoot-subtropical-humid'),
    carbonFraction: referenceValue('ipcc2006-forest-carbon-fraction'),
  };
  const sources: Sources = {
    'sinks.forest.coverPct': why.cover,
    'sinks.forest.baseStockWanM3': why.stock,
    'sinks.forest.grossGrowthPct': ref('north-gd-forest-growth'),
    'sinks.forest.lossPct': ref('north-gd-forest-loss'),
    'sinks.forest.woodDensityTPerM3': ref('north-gd-wood-density'),
    'sinks.forest.biomassExpansionFactor': ref('north-gd-bef'),
    'sinks.forest.rootShootRatio': ref('ipcc2006-root-shoot-subtropical-humid'),
    'sinks.forest.carbonFraction': ref('ipcc2006-forest-carbon-fraction'),
  };
  return { forest, sources };
}

export type { Target };

/** 工业 peaking by 2030 (the national industry plan of the 1+N system), for comparison: no city document sets its own. */
export function industryPeakTarget(prefix: string, city: Text2): Target {
  return {
    id: `${prefix}-industry-peak-2030`,
    label: '工业领域二氧化碳排放 2030 年前达峰（国家工业领域方案，参考）',
    labelEn: 'Industry CO2 to peak by 2030 (national industry plan, reference)',
    metric: 'sectorPeakYear',
    sector: 'industry',
    year: 2030,
    value: 2030,
    binding: false,
    source: ref('cn-industry-peak-2030', {
      en: `${city.en} publishes no industry peaking year; the national plan's stands in, judged on 工业's CO2 with its electricity (and its process CO2 under the energy + process scope).`,
      zh: `${city.zh}未公布工业领域达峰年份，暂按国家方案；按工业领域二氧化碳排放（含电力间接排放，选择“能源活动 + 工业生产过程”口径时含过程排放）判断。`,
    }),
  };
}
