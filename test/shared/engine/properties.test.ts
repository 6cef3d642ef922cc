import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioResults } from '../../../shared/engine/results';
import { runScenario } from '../../../shared/engine/run';
import {
  COMBUSTION_FUELS,
  ELECTRICITY_CO2_METHODS,
  ELECTRICITY_CONVENTIONS,
  ENERGY_CONTROL_RULES,
  FUELS,
  GENERATOR_TYPES,
  RENEWABLE_ATTRIBUTIONS,
  SECTORS,
  STORAGE_ATTRIBUTIONS,
  TARGET_METRICS,
  type Accounting,
  type Fuel,
  type Generator,
  type PumpedStorage,
  type Scenario,
  type Sector,
  type Target,
} from '../../../shared/model/scenario';
import type { Series } from '../../../shared/model/series';
import { validateScenario } from '../../../shared/model/validate';
import { makeScenario } from '../../helpers/make-scenario';
import { assumed, json } from '../build';

/**
 * Properties of the engine over random VALID scenarios: built from the round
 * test scenario (every input drawn inside its allowed range, shares from
 * normalised random weights so they add up to 100 in every year) and, when
 * the preset library exists, from the presets with random conventions,
 * grid factors and extra plants. Each property first checks the scenario
 * validates, so a bad arbitrary shows up as such rather than as an engine bug.
 */

/** ~200 keeps `npm test` fast; PROPERTY_RUNS=5000 for a deeper search. */
const RUNS = Number(process.env.PROPERTY_RUNS) || 200;

// The preset library may not be in every checkout: use it if present.
import { PRESETS } from '../../../seeds/index';

/**
 * Doubles in [min, max] with denormals flushed to 0: a base-year CO2 of ~1e-320 would make
 * `co2VsBasePct` overflow (see the report); no real input is that small.
 */
const num = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (Math.abs(x) < 1e-300 ? 0 : x));

/** Any of the three series forms, every value within [min, max] in every year. */
function seriesIn(min: number, max: number): fc.Arbitrary<Series> {
  const points = fc
    .uniqueArray(fc.record({ year: fc.integer({ min: 2000, max: 2065 }), value: num(min, max) }), { minLength: 1, maxLength: 4, selector: (p) => p.year })
    .map((ps) => [...ps].sort((a, b) => a.year - b.year));
  const expr = fc.oneof(
    fc.tuple(num(min, max), num(min, max)).map(([a, b]) => ({ expr: `interp(2021, ${a}, 2040, ${b})` })),
    fc.tuple(fc.integer({ min: 2015, max: 2050 }), num(min, max), num(min, max)).map(([y, a, b]) => ({ expr: `step(2000, ${a}, ${y}, ${b})` })),
  );
  return fc.oneof(num(min, max), points, expr);
}

/** n shares (%) adding up to 100, from random weights. */
function shares(n: number): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n, maxLength: n }).map((w) => {
    const sum = w.reduce((a, b) => a + b, 0);
    return sum === 0 ? w.map((_, i) => (i === 0 ? 100 : 0)) : w.map((x) => (x * 100) / sum);
  });
}

/** Shares that move linearly from one mix (2020) to another (2040): still 100 % in every year. */
function shareSeries(n: number): fc.Arbitrary<Series[]> {
  return fc.oneof(
    shares(n).map((a): Series[] => a),
    fc.tuple(shares(n), shares(n)).map(([a, b]) => a.map((x, i): Series => [{ year: 2020, value: x }, { year: 2040, value: b[i]! }])),
  );
}

const generatorArb = (id: string, types: readonly Generator['type'][] = GENERATOR_TYPES): fc.Arbitrary<Generator> =>
  fc
    .record({
      type: fc.constantFrom(...types),
      capacityMW: num(0, 3000),
      utilisationHours: seriesIn(0, 8760),
      commissioningYear: fc.integer({ min: 1990, max: 2060 }),
      life: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      included: fc.boolean(),
      month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      degradation: fc.option(num(0, 5), { nil: undefined }),
      wasteCo2: fc.option(num(0, 1), { nil: undefined }),
    })
    .map(({ life, month, degradation, wasteCo2, ...g }) => ({
      id, name: id, status: 'operating' as const, source: assumed, ...g,
      ...(life !== undefined ? { retirementYear: g.commissioningYear + life } : {}),
      ...(month !== undefined ? { commissioningMonth: month } : {}),
      ...(degradation !== undefined ? { degradationPctPerYear: degradation } : {}),
      // fossil CO2 of waste incineration: biomass plants only, so an added PV, wind or hydro plant never has it
      ...(wasteCo2 !== undefined && g.type === 'biomass' ? { fossilCo2TPerMWh: wasteCo2 } : {}),
    }));

/** Any accounting methods (the legacy rule included: old scenarios still run under it). */
const accountingArb: fc.Arbitrary<Accounting> = fc.record({
  energyControl: fc.constantFrom(...ENERGY_CONTROL_RULES),
  renewableAttribution: fc.constantFrom(...RENEWABLE_ATTRIBUTIONS),
  electricityCo2: fc.constantFrom(...ELECTRICITY_CO2_METHODS),
  gridFactorScope: fc.constant('custom' as const),
  peakTolerancePct: num(0, 20),
});

const storageArb = (id: string): fc.Arbitrary<PumpedStorage> =>
  fc
    .record({
      capacityMW: num(0, 3000),
      storageHours: num(0.5, 12),
      roundTripEfficiencyPct: num(1, 100),
      use: num(0, 1), // fraction of the hours of a year spent generating
      attribution: fc.constantFrom(...STORAGE_ATTRIBUTIONS),
      commissioningYear: fc.integer({ min: 1990, max: 2060 }),
      included: fc.boolean(),
    })
    .map(({ use, ...p }) => ({
      id, name: id, status: 'planned' as const, source: assumed, ...p,
      annualCycles: Math.floor((use * 8760) / p.storageHours),
    }));

function targetArb(baseYear: number, i: number): fc.Arbitrary<Target> {
  return fc
    .record({
      // sector and forest targets need inputs the arbitraries do not build (test/shared/engine/industry/*)
      metric: fc.constantFrom(...TARGET_METRICS.filter((m) => !m.startsWith('sector') && !m.startsWith('forest'))),
      year: fc.integer({ min: baseYear + 1, max: 2070 }),
      share: num(0, 100),
      cap: num(0.001, 1e5),
      binding: fc.boolean(),
    })
    .chain(({ metric, year, share, cap, binding }) =>
      fc.integer({ min: baseYear, max: year - 1 }).map((fromYear): Target => {
        const value = metric === 'peakYear' ? year : metric === 'energyCap' || metric === 'co2Cap' || metric === 'co2Budget' ? cap : share;
        const reduction = metric === 'co2IntensityReduction' || metric === 'energyIntensityReduction' || metric === 'co2Budget';
        return { id: `t${i}`, label: `t${i}`, metric, year, value, binding, source: assumed, ...(reduction ? { fromYear } : {}) };
      }),
    );
}

/** Random valid scenarios around the round test scenario. */
const roundScenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    baseYear: fc.integer({ min: 2005, max: 2025 }),
    endYear: fc.integer({ min: 2030, max: 2060 }),
    population: seriesIn(0.5, 3000),
    baseGdp: num(1, 1e5),
    gdpGrowth: seriesIn(-10, 20),
    baseIntensity: num(0.01, 5),
    decline: seriesIn(-20, 20),
    inputConvention: fc.constantFrom(...ELECTRICITY_CONVENTIONS),
    reporting: fc.constantFrom(...ELECTRICITY_CONVENTIONS),
    accounting: accountingArb,
    coalSub: seriesIn(200, 450),
    sectorShares: shareSeries(SECTORS.length),
    fuelShares: fc.array(shareSeries(FUELS.length), { minLength: SECTORS.length, maxLength: SECTORS.length }),
    factors: fc.array(seriesIn(0, 5), { minLength: COMBUSTION_FUELS.length, maxLength: COMBUSTION_FUELS.length }),
    grid: seriesIn(0, 1),
    importedNonFossil: seriesIn(0, 100),
    greenPower: fc.option(seriesIn(0, 50), { nil: undefined }),
    feedstock: fc.option(seriesIn(0, 100), { nil: undefined }),
    heatCoal: seriesIn(250, 450),
    heatGas: seriesIn(150, 350),
    fleet: fc.integer({ min: 0, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => generatorArb(`fleet-${i}`)))),
    projects: fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => generatorArb(`project-${i}`)))),
    storage: fc.integer({ min: 0, max: 2 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => storageArb(`ps-${i}`)))),
  })
  .chain((r) =>
    fc.integer({ min: 0, max: 4 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => targetArb(r.baseYear, i))))
      .map((targets) =>
        makeScenario((s) => {
          s.baseYear = r.baseYear;
          s.endYear = r.endYear;
          s.populationWan = r.population;
          s.economy = { baseGdpYiYuan: r.baseGdp, gdpGrowthPct: r.gdpGrowth };
          s.energy.baseIntensityTcePerWanYuan = r.baseIntensity;
          s.energy.intensityDeclinePct = r.decline;
          s.energy.inputConvention = r.inputConvention;
          const sectors = {} as Scenario['energy']['sectors'];
          SECTORS.forEach((sector: Sector, i) => {
            const fuelShares = {} as Record<Fuel, Series>;
            FUELS.forEach((f, j) => { fuelShares[f] = r.fuelShares[i]![j]!; });
            sectors[sector] = { sharePct: r.sectorShares[i]!, fuelSharesPct: fuelShares };
          });
          s.energy.sectors = sectors;
          s.electricity = {
            fleet: r.fleet,
            projects: r.projects,
            pumpedStorage: r.storage,
            heatRateGcePerKWh: { coal: r.heatCoal, gas: r.heatGas },
            gridEmissionFactor: r.grid,
            importedNonFossilSharePct: r.importedNonFossil,
            ...(r.greenPower !== undefined ? { greenPowerYiKWh: r.greenPower } : {}),
          };
          if (r.feedstock !== undefined) s.energy.feedstockSharePct = { coal: r.feedstock };
          COMBUSTION_FUELS.forEach((f, i) => { s.emissionFactors.tCo2PerTce[f] = r.factors[i]!; });
          s.conventions = { primaryElectricity: r.reporting, coalSubstitutionGcePerKWh: r.coalSub };
          s.accounting = r.accounting;
          s.targets = targets;
        }),
      ),
  );

/** The presets with random conventions, grid factor and extra plants. */
const presetScenarioArb: fc.Arbitrary<Scenario> | null = PRESETS.length
  ? fc
      .record({
        preset: fc.constantFrom(...PRESETS),
        reporting: fc.constantFrom(...ELECTRICITY_CONVENTIONS),
        accounting: accountingArb,
        grid: fc.option(seriesIn(0, 1), { nil: undefined }),
        extra: fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => generatorArb(`prop-extra-${i}`)))),
      })
      .map(({ preset, reporting, accounting, grid, extra }) => {
        const s = json(preset);
        s.conventions.primaryElectricity = reporting;
        s.accounting = accounting;
        // at most 1 tCO2/MWh, so that doubling it stays within the schema's 2
        for (const g of s.electricity.fleet) if (g.fossilCo2TPerMWh !== undefined) g.fossilCo2TPerMWh = Math.min(g.fossilCo2TPerMWh, 1);
        for (const g of s.electricity.projects) if (g.fossilCo2TPerMWh !== undefined) g.fossilCo2TPerMWh = Math.min(g.fossilCo2TPerMWh, 1);
        if (grid !== undefined) s.electricity.gridEmissionFactor = grid;
        s.electricity.projects = [...s.electricity.projects, ...extra];
        return s;
      })
  : null;

// presets cost ~10 ms a run (40 years, many plants): about one draw in four
const scenarioArb = presetScenarioArb
  ? fc.oneof({ arbitrary: roundScenarioArb, weight: 3 }, { arbitrary: presetScenarioArb, weight: 1 })
  : roundScenarioArb;

function expectValid(s: Scenario): void {
  const v = validateScenario(json(s));
  expect(v.ok ? [] : v.issues).toEqual([]);
}

function times2(x: Series): Series {
  if (typeof x === 'number') return 2 * x;
  if (Array.isArray(x)) return x.map((p) => ({ ...p, value: 2 * p.value }));
  return { ...x, expr: `2 * (${x.expr})` };
}

function doubleFactors(s: Scenario): Scenario {
  const doubled = json(s);
  for (const f of COMBUSTION_FUELS) doubled.emissionFactors.tCo2PerTce[f] = times2(s.emissionFactors.tCo2PerTce[f]);
  doubled.electricity.gridEmissionFactor = times2(s.electricity.gridEmissionFactor);
  for (const list of [doubled.electricity.fleet, doubled.electricity.projects]) {
    for (const g of list) if (g.fossilCo2TPerMWh !== undefined) g.fossilCo2TPerMWh *= 2;
  }
  return doubled;
}

/** The scenario with one more plant, counted. */
function withPlant(s: Scenario, g: Generator): Scenario {
  const more = json(s);
  more.electricity.projects = [...more.electricity.projects, { ...g, included: true }];
  return more;
}

/** Every number anywhere in the results, with its path. */
function numbers(v: unknown, path = ''): [string, number][] {
  if (typeof v === 'number') return [[path, v]];
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => numbers(x, `${path}.${k}`));
  return [];
}

/** The scale of a year's CO2 before cancellation (exports can offset the rest). */
const co2Scale = (r: ScenarioResults, i: number) =>
  Object.values(r.years[i]!.co2BySource).reduce((a, b) => a + Math.abs(b), 0);

describe('engine properties', { timeout: Math.max(30_000, RUNS * 30) }, () => {
  // The properties below rely on runScenario's own checks (it throws ScenarioError on an
  // invalid scenario); the full schema + semantic validation runs here once per draw.
  it('the arbitraries build valid scenarios (also after doubling factors or adding a plant)', () => {
    fc.assert(
      fc.property(scenarioArb, generatorArb('prop-added-renewable', ['pv', 'wind', 'hydro']), (s, g) => {
        expectValid(s);
        expectValid(doubleFactors(s));
        expectValid(withPlant(s, g));
      }),
      { numRuns: 100 },
    );
  });

  it('doubling every emission factor (fuels and grid) doubles CO2', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const doubled = doubleFactors(s);
        const a = runScenario(s);
        const b = runScenario(doubled);
        a.years.forEach((y, i) => {
          const tol = 1e-9 * Math.max(2 * co2Scale(a, i), 1e-12);
          expect(Math.abs(b.years[i]!.co2 - 2 * y.co2)).toBeLessThanOrEqual(tol);
          // nothing but CO2 moves
          expect(b.years[i]!.energy).toBe(y.energy);
          expect(b.years[i]!.netImports).toBe(y.netImports);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('adding a renewable plant (PV, wind or hydro, included) never raises CO2 in any year', () => {
    fc.assert(
      fc.property(scenarioArb, generatorArb('prop-added-renewable', ['pv', 'wind', 'hydro']), (s, g) => {
        const more = withPlant(s, g);
        const a = runScenario(s);
        const b = runScenario(more);
        a.years.forEach((y, i) => {
          expect(b.years[i]!.co2).toBeLessThanOrEqual(y.co2 + 1e-9 * Math.max(co2Scale(a, i), 1));
          expect(b.years[i]!.localGeneration).toBeGreaterThanOrEqual(y.localGeneration);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('results never contain NaN or Infinity', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = runScenario(s);
        const bad = numbers(r).filter(([, v]) => !Number.isFinite(v));
        expect(bad).toEqual([]);
        expect(r.years).toHaveLength(s.endYear - s.baseYear + 1);
        expect(r.targets).toHaveLength(s.targets.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('supply balances and the reporting convention never changes CO2 or kWh', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const other = json(s);
        other.conventions.primaryElectricity = s.conventions.primaryElectricity === 'calorific' ? 'coalSubstitution' : 'calorific';
        const a = runScenario(s);
        const b = runScenario(other);
        a.years.forEach((y, i) => {
          const scale = Math.max(1, Math.abs(y.electricityDemand) + y.storageLoss + y.localGeneration);
          // the losses of grid-owned plants are the grid's, not the region's supply
          expect(Math.abs(y.netImports - (y.electricityDemand + y.storageLossCharged - y.localGeneration))).toBeLessThanOrEqual(1e-9 * scale);
          expect(Math.abs(b.years[i]!.electricityDemand - y.electricityDemand)).toBeLessThanOrEqual(1e-9 * scale);
          expect(Math.abs(b.years[i]!.co2 - y.co2)).toBeLessThanOrEqual(1e-9 * Math.max(1, co2Scale(a, i)));
          expect(y.nonFossilShare).toBeGreaterThanOrEqual(0);
          expect(y.nonFossilShare).toBeLessThanOrEqual(100 + 1e-9);
        });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('preset library in the properties', () => {
  it(`draws from the ${PRESETS.length} presets as well as the round scenario`, () => {
    expect(PRESETS.length).toBe(6);
    expect(presetScenarioArb).not.toBeNull();
  });
});
