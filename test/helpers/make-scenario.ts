import type { Accounting, Fuel, Scenario, Sector } from '../../shared/model/scenario';

/**
 * The accounting methods that count as scenarios did before methods were named
 * (what a migrated schema-1 scenario gets): every kWh in the energy total,
 * renewables by local balance, net imports × grid factor with exports credited.
 * Test scenarios use them unless the test is about a method.
 */
export const LEGACY_ACCOUNTING: Accounting = {
  energyControl: 'none',
  renewableAttribution: 'localBalance',
  electricityCo2: 'netImports',
  gridFactorScope: 'custom',
  peakTolerancePct: 2,
};

/**
 * A deliberately round scenario whose results can be worked out by hand in
 * test comments. Real presets are the fixtures everywhere else.
 * Base year 2020: GDP 100 亿元, intensity 0.5 tce/万元 → 50 万tce, all in
 * industry: coal 60 %, electricity 40 % (calorific 当量值 in and out).
 */
export function makeScenario(overrides: (s: Scenario) => void = () => {}): Scenario {
  const fuels = (shares: Partial<Record<Fuel, number>>): Record<Fuel, number> => ({
    coal: 0, oil: 0, gas: 0, electricity: 0, heat: 0, biomass: 0, ...shares,
  });
  const sector = (sharePct: number, shares: Partial<Record<Fuel, number>>) => ({
    sharePct,
    fuelSharesPct: fuels(shares),
  });
  const empty = sector(0, { coal: 100 });
  const sectors: Record<Sector, ReturnType<typeof sector>> = {
    industry: sector(100, { coal: 60, electricity: 40 }),
    services: empty,
    transport: empty,
    households: empty,
    agriculture: empty,
  };
  const assumed = { kind: 'assumed', reason: 'test value' } as const;
  const s: Scenario = {
    schemaVersion: 2,
    id: 'test-round',
    name: '测试情景',
    region: { name: '测试市' },
    baseYear: 2020,
    endYear: 2030,
    populationWan: 50,
    economy: { baseGdpYiYuan: 100, gdpGrowthPct: 0 },
    energy: {
      baseIntensityTcePerWanYuan: 0.5,
      intensityDeclinePct: 0,
      inputConvention: 'calorific',
      sectors,
    },
    electricity: {
      fleet: [],
      projects: [],
      pumpedStorage: [],
      heatRateGcePerKWh: { coal: 300, gas: 220 },
      gridEmissionFactor: 0.5,
      importedNonFossilSharePct: 0,
    },
    emissionFactors: { tCo2PerTce: { coal: 2.5, oil: 2.1, gas: 1.6, heat: 3.2, biomass: 0 } },
    conventions: {
      primaryElectricity: 'calorific',
      coalSubstitutionGcePerKWh: 300,
    },
    accounting: { ...LEGACY_ACCOUNTING },
    targets: [],
    sources: { '': assumed },
  };
  overrides(s);
  return s;
}
