import { prepareScenario } from '../../../../shared/engine/prepare';
import { runScenario } from '../../../../shared/engine/run';
import { resolveSeries } from '../../../../shared/engine/series';
import type { Fuel, Scenario } from '../../../../shared/model/scenario';

const assumed = { kind: 'assumed', reason: 'test value' } as const;
const fuels = (shares: Partial<Record<Fuel, number>>): Record<Fuel, number> => ({
  coal: 0, oil: 0, gas: 0, electricity: 0, heat: 0, biomass: 0, ...shares,
});

/**
 * A preset with two key products of its own size and a process line of each kind of activity, the peak judged on
 * energy and process CO2: clinker (coal 85 %, electricity 15 %) taking a quarter of industry's base-year coal, its
 * output growing then falling and its unit energy falling towards the benchmark; crude steel by blast furnace and
 * electric arc, the arc's share rising; clinker's process CO2 driven by its output, a flux on its own path.
 * Products already in the preset are kept (the carve-out must hold for them too). A forest (the preset's, else one
 * of its own) with a forest-cover target met, a stock target missed; a peak-year target for each plan sector and an
 * industry intensity target, with 建筑业, private vehicles and value added as the preset states them or stated here.
 */
export function withIndustry(p: Scenario): Scenario {
  const s = structuredClone(p);
  // industry's base-year coal (万tce) as run-core.ts splits it, less what the preset's own products already take
  const prepared = prepareScenario(s, resolveSeries);
  const energyIn = prepared.actual.energy[0] ?? (prepared.actual.gdp[0] ?? s.economy.baseGdpYiYuan) * s.energy.baseIntensityTcePerWanYuan;
  const industryCoal = (energyIn * prepared.sectorSharePct.industry[0]! * prepared.fuelSharePct.industry.coal[0]!) / 1e4;
  const taken = runScenario(s).years[0]!.products.reduce((sum, x) => sum + x.energyByFuel.coal, 0);
  // 万t × kgce/t / 1000 = 万tce: a quarter of the coal left at 110 kgce/t, 85 % of it coal
  const clinker = (0.25 * (industryCoal - taken) * 1000) / (110 * 0.85);
  s.industry = {
    products: [
      ...(s.industry?.products ?? []),
      {
        id: 'fx-clinker', kind: 'clinker', name: '熟料', source: assumed,
        outputWanT: [{ year: s.baseYear, value: clinker }, { year: 2027, value: clinker * 1.2 }, { year: 2035, value: clinker * 0.7 }],
        routes: [{ id: 'dry', name: '新型干法', sharePct: 100, unitEnergyKgcePerT: [{ year: s.baseYear, value: 110 }, { year: 2030, value: 100 }], fuelSharesPct: fuels({ coal: 85, electricity: 15 }) }],
      },
      {
        id: 'fx-steel', kind: 'crudeSteel', name: '粗钢', source: assumed,
        outputWanT: clinker / 20,
        routes: [
          { id: 'bf', name: '高炉-转炉', sharePct: [{ year: s.baseYear, value: 90 }, { year: 2035, value: 60 }], unitEnergyKgcePerT: 560, fuelSharesPct: fuels({ coal: 90, electricity: 10 }) },
          { id: 'eaf', name: '电炉', sharePct: [{ year: s.baseYear, value: 10 }, { year: 2035, value: 40 }], unitEnergyKgcePerT: 170, fuelSharesPct: fuels({ electricity: 70, coal: 30 }) },
        ],
      },
    ],
    processEmissions: [
      ...(s.industry?.processEmissions ?? []),
      { id: 'fx-clinker-process', kind: 'clinker', name: '熟料', productId: 'fx-clinker', factorTCo2PerT: 0.538, source: assumed },
      { id: 'fx-flux', kind: 'limestoneFlux', name: '石灰石熔剂', activityWanT: [{ year: s.baseYear, value: 5 }, { year: 2040, value: 1 }], factorTCo2PerT: 0.44, source: assumed },
    ],
  };
  s.accounting = { ...s.accounting, peakScope: 'energyAndProcess' };
  // a forest of the fixture's own when the preset has none; a cover target met, a stock target missed, a sector's peak
  s.sinks = {
    forest: s.sinks?.forest ?? {
      coverPct: [{ year: s.baseYear, value: 68 }, { year: 2035, value: 69 }], baseStockWanM3: 5000, grossGrowthPct: 4, lossPct: 2,
      woodDensityTPerM3: 0.45, biomassExpansionFactor: 1.5, rootShootRatio: 0.25, carbonFraction: 0.5,
    },
  };
  const target = { binding: false, source: assumed } as const;
  s.targets = [
    ...s.targets,
    { ...target, id: 'fx-cover', label: 'cover', metric: 'forestCover', year: 2025, value: 0 },
    { ...target, id: 'fx-stock', label: 'stock', metric: 'forestStock', year: 2030, value: 1e7 },
    ...(['industry', 'construction', 'buildings', 'transport', 'agriculture'] as const).map((sector) => ({
      ...target, id: `fx-${sector}-peak`, label: `${sector} peak`, metric: 'sectorPeakYear' as const, sector, year: 2030, value: 2030,
    })),
    { ...target, id: 'fx-industry-intensity', label: 'industry intensity', metric: 'sectorIntensityReduction', sector: 'industry', fromYear: s.baseYear, year: 2025, value: 15 },
  ];
  s.sectorReporting = {
    constructionShareOfIndustryPct: 6,
    privateVehicleShareOfHouseholdOilPct: 35,
    industryValueAddedSharePct: [{ year: s.baseYear, value: 38 }, { year: 2035, value: 33 }],
    ...s.sectorReporting,
  };
  return s;
}
