import type { Fuel, Scenario, Sector } from '../../../shared/model/scenario';
import { CarbonDb } from '../../../renderer/db/db';
import { createRepo } from '../../../renderer/db/repo';

/**
 * A small valid scenario for storage and UI tests (the engine's own tests
 * use the real presets): 50 万tce in 2020, all industry, CO2 flat unless
 * `growthPct` is set, with a CO2 cap and a peak-year target.
 */
export function testScenario(id: string, patch: Partial<Scenario> = {}, growthPct = 0): Scenario {
  const fuels = (shares: Partial<Record<Fuel, number>>): Record<Fuel, number> => ({
    coal: 0, oil: 0, gas: 0, electricity: 0, heat: 0, biomass: 0, ...shares,
  });
  const empty = { sharePct: 0, fuelSharesPct: fuels({ coal: 100 }) };
  const sectors: Record<Sector, typeof empty> = {
    industry: { sharePct: 100, fuelSharesPct: fuels({ coal: 60, electricity: 40 }) },
    services: empty,
    transport: empty,
    households: empty,
    agriculture: empty,
  };
  const assumed = { kind: 'assumed', reason: 'test value' } as const;
  return {
    schemaVersion: 2,
    id,
    name: `情景 ${id}`,
    region: { name: '测试市', nameEn: 'Test City' },
    baseYear: 2020,
    endYear: 2035,
    populationWan: 50,
    economy: { baseGdpYiYuan: 100, gdpGrowthPct: growthPct },
    energy: { baseIntensityTcePerWanYuan: 0.5, intensityDeclinePct: 0, inputConvention: 'calorific', sectors },
    electricity: {
      fleet: [],
      projects: [],
      pumpedStorage: [],
      heatRateGcePerKWh: { coal: 300, gas: 220 },
      gridEmissionFactor: 0.5,
      importedNonFossilSharePct: 0,
    },
    emissionFactors: { tCo2PerTce: { coal: 2.5, oil: 2.1, gas: 1.6, heat: 3.2, biomass: 0 } },
    conventions: { primaryElectricity: 'calorific', coalSubstitutionGcePerKWh: 300 },
    // the methods a scenario saved before they were named is migrated to
    accounting: { energyControl: 'none', renewableAttribution: 'localBalance', electricityCo2: 'netImports', gridFactorScope: 'custom', peakTolerancePct: 2 },
    targets: [
      { id: 'cap-2030', label: '2030年碳排放上限', labelEn: 'CO2 cap 2030', metric: 'co2Cap', year: 2030, value: 1000, binding: true, source: assumed },
      { id: 'peak', label: '2030年前达峰', labelEn: 'Peak by 2030', metric: 'peakYear', year: 2030, value: 2030, binding: false, source: assumed },
    ],
    sources: {},
    ...patch,
  };
}

/**
 * A document as schema 1 stored it, before the accounting methods were named:
 * `conventions.excludeNewRenewablesFromIntensity`, the flag's source, and a
 * pumped-storage plant without an attribution (1,200 MW × 6 h × 250 cycles at
 * 75 %: 6 亿kWh lost a year from 2028). Loose JSON, as a migration reads it.
 */
export function testScenarioV1(id: string, excludeNewRenewables: boolean): Record<string, unknown> {
  const { accounting: _, conventions, electricity, ...rest } = testScenario(id);
  return {
    ...rest,
    schemaVersion: 1,
    electricity: {
      ...electricity,
      pumpedStorage: [
        {
          id: 'ps-1', name: '抽水蓄能', capacityMW: 1200, storageHours: 6, roundTripEfficiencyPct: 75, annualCycles: 250,
          commissioningYear: 2028, status: 'planned', included: true, source: { kind: 'assumed', reason: 'test value' },
        },
      ],
    },
    conventions: { ...conventions, excludeNewRenewablesFromIntensity: excludeNewRenewables },
    sources: { 'conventions.excludeNewRenewablesFromIntensity': { kind: 'user', note: '旧开关' } },
  };
}

export const PRESET_A = testScenario('preset-a', { name: '清远 政策情景', nameEn: 'Qingyuan policy', region: { name: '清远市', nameEn: 'Qingyuan' } });
export const PRESET_B = testScenario('preset-b', { name: '连州 基准情景', nameEn: 'Lianzhou baseline', region: { name: '连州市', nameEn: 'Lianzhou' } });

let counter = 0;
/** A fresh database (fake-indexeddb) with the two test presets, and its repository. */
export async function freshRepo(opts: { presets?: Scenario[]; now?: () => number } = {}) {
  const name = `test-db-${++counter}-${Math.random().toString(36).slice(2)}`;
  const db = new CarbonDb(name, { presets: opts.presets ?? [PRESET_A, PRESET_B], now: opts.now });
  await db.open();
  return { db, name, repo: createRepo(db, opts.now) };
}

type Repo = Awaited<ReturnType<typeof freshRepo>>['repo'];

/** The stored revision of `id` (what a window that read it now would save against). */
export async function storedRev(repo: Repo, id: string): Promise<number> {
  const rec = await repo.db.scenarios.get(id);
  if (!rec) throw new Error(`no record '${id}'`);
  return rec.rev;
}

/** Saves `s` over the stored version as it is now (a single window); the saved record, or throws on a conflict. */
export async function saveLatest(repo: Repo, s: Scenario) {
  const r = await repo.save(s, await storedRev(repo, s.id));
  if (r.status !== 'saved') throw new Error(`unexpected conflict: ${JSON.stringify(r)}`);
  return r.rec;
}
