import type { Fuel, Generator, Scenario, Sector, Target } from '../../../../shared/model/scenario';

const assumed = { kind: 'assumed', reason: 'test value' } as const;

/**
 * A small city with a coal fleet, new PV and wind, pumped storage and one
 * target of each kind, so every part of the results panel has something to
 * show. Used until the real presets (seeds/index.ts) are available.
 */
export function makeCity(overrides: (s: Scenario) => void = () => {}): Scenario {
  const fuels = (shares: Partial<Record<Fuel, number>>): Record<Fuel, number> => ({
    coal: 0, oil: 0, gas: 0, electricity: 0, heat: 0, biomass: 0, ...shares,
  });
  const sectors: Record<Sector, { sharePct: number; fuelSharesPct: Record<Fuel, number> }> = {
    industry: { sharePct: 70, fuelSharesPct: fuels({ coal: 50, oil: 5, gas: 10, electricity: 35 }) },
    services: { sharePct: 15, fuelSharesPct: fuels({ oil: 10, gas: 20, electricity: 70 }) },
    transport: { sharePct: 10, fuelSharesPct: fuels({ oil: 90, electricity: 10 }) },
    households: { sharePct: 5, fuelSharesPct: fuels({ gas: 30, electricity: 60, biomass: 10 }) },
    agriculture: { sharePct: 0, fuelSharesPct: fuels({ oil: 100 }) },
  };
  const gen = (id: string, type: Generator['type'], capacityMW: number, hours: number, commissioningYear: number): Generator => ({
    id, name: id, type, capacityMW, utilisationHours: hours, commissioningYear, status: 'operating', included: true, source: assumed,
  });
  const target = (t: Omit<Target, 'source'>): Target => ({ ...t, source: assumed });
  const s: Scenario = {
    schemaVersion: 2,
    id: 'test-city',
    name: '测试市 政策情景',
    nameEn: 'Test city policy',
    region: { name: '测试市', nameEn: 'Test city' },
    baseYear: 2020,
    endYear: 2035,
    populationWan: 400,
    economy: { baseGdpYiYuan: 1800, gdpGrowthPct: [{ year: 2021, value: 6 }, { year: 2035, value: 3 }] },
    energy: {
      baseIntensityTcePerWanYuan: 0.6,
      intensityDeclinePct: [{ year: 2021, value: 3.2 }, { year: 2035, value: 4 }],
      inputConvention: 'calorific',
      sectors,
    },
    electricity: {
      fleet: [gen('coal-fleet', 'coal', 1200, 4500, 2005), gen('hydro-fleet', 'hydro', 400, 3400, 2000)],
      projects: [gen('pv-1', 'pv', 600, 1100, 2023), gen('wind-1', 'wind', 300, 2100, 2026), gen('pv-2', 'pv', 800, 1100, 2028)],
      pumpedStorage: [
        {
          id: 'ps-1', name: 'ps-1', capacityMW: 1200, storageHours: 6, roundTripEfficiencyPct: 78, annualCycles: 280, attribution: 'legacyCo2Only',
          commissioningYear: 2027, status: 'underConstruction', included: true, source: assumed,
        },
      ],
      heatRateGcePerKWh: { coal: 300, gas: 220 },
      gridEmissionFactor: [{ year: 2020, value: 0.58 }, { year: 2035, value: 0.45 }],
      importedNonFossilSharePct: 35,
    },
    emissionFactors: { tCo2PerTce: { coal: 2.66, oil: 2.12, gas: 1.64, heat: 3.2, biomass: 0 } },
    conventions: { primaryElectricity: 'calorific', coalSubstitutionGcePerKWh: 300 },
    accounting: { energyControl: 'none', renewableAttribution: 'localBalance', electricityCo2: 'netImports', gridFactorScope: 'custom', peakTolerancePct: 2 },
    targets: [
      target({ id: 'co2i-14', label: '十四五单位GDP二氧化碳排放降低', labelEn: 'CO2 intensity, 14th plan', metric: 'co2IntensityReduction', fromYear: 2020, year: 2025, value: 19.5, binding: true }),
      target({ id: 'co2i-15', label: '十五五单位GDP二氧化碳排放降低', metric: 'co2IntensityReduction', fromYear: 2025, year: 2030, value: 18, binding: true }),
      target({ id: 'ei-14', label: '十四五单位GDP能耗降低', metric: 'energyIntensityReduction', fromYear: 2020, year: 2025, value: 14, binding: true }),
      target({ id: 'nf-2025', label: '2025年非化石能源比重', metric: 'nonFossilShare', year: 2025, value: 40, binding: false }),
      target({ id: 'nf-2030', label: '2030年非化石能源比重', metric: 'nonFossilShare', year: 2030, value: 25, binding: false }),
      target({ id: 'peak', label: '2030年前碳达峰', metric: 'peakYear', year: 2030, value: 2030, binding: true }),
      target({ id: 'cap-2030', label: '2030年二氧化碳排放上限', metric: 'co2Cap', year: 2030, value: 4000, binding: false }),
      target({ id: 'cap-2040', label: '2040年能源消费上限', metric: 'energyCap', year: 2040, value: 900, binding: false }),
    ],
    sources: { '': assumed },
  };
  overrides(s);
  return s;
}
