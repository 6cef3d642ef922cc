import type { DerivedScenario } from '../../../shared/model/inherit';
import type { Scenario } from '../../../shared/model/scenario';
import { makeScenario } from '../../helpers/make-scenario';

/**
 * Scenarios for io tests: the bundled presets when seeds/index.ts exists, and
 * always a few hand-made ones that use every form the schema allows (point
 * lists, expressions, all generator lists, every target metric, every kind of
 * source, optional fields, published statistics).
 */

export function richScenario(): Scenario {
  return makeScenario((s) => {
    s.id = 'rich-sample';
    s.name = '富样例情景 "引号", 逗号';
    s.nameEn = 'Rich sample';
    s.description = '多行说明\n第二行 — with “quotes” and emoji 🌏';
    s.region = { name: '佛山市南海区', nameEn: 'Nanhai, Foshan', parentRegion: '佛山市', code: '440605' };
    s.endYear = 2035;
    s.populationWan = [
      { year: 2020, value: 366.7 },
      { year: 2025, value: 380.25 },
      { year: 2035, value: 395.125 },
    ];
    s.economy = { baseGdpYiYuan: 3185.123456789, gdpGrowthPct: { expr: 'interp(2021, 8.5, 2025, 5.5, 2035, 4)' } };
    s.energy.baseIntensityTcePerWanYuan = 0.321;
    s.energy.intensityDeclinePct = { expr: 'step(2021, 3.2, 2026, 2.8)', baseValue: 1 };
    s.energy.inputConvention = 'coalSubstitution';
    s.energy.sectors.industry = { sharePct: 70, fuelSharesPct: { coal: 20, oil: 5, gas: 15, electricity: 52, heat: 8, biomass: 0 } };
    s.energy.sectors.services = { sharePct: 15, fuelSharesPct: { coal: 0, oil: 10, gas: 10, electricity: 80, heat: 0, biomass: 0 } };
    s.energy.sectors.transport = {
      sharePct: [
        { year: 2020, value: 10 },
        { year: 2035, value: 12 },
      ],
      fuelSharesPct: { coal: 0, oil: 85, gas: 5, electricity: 10, heat: 0, biomass: 0 },
    };
    s.energy.sectors.households = {
      sharePct: [
        { year: 2020, value: 5 },
        { year: 2035, value: 3 },
      ],
      fuelSharesPct: { coal: 0, oil: 5, gas: 20, electricity: 72, heat: 0, biomass: 3 },
    };
    s.electricity.fleet = [
      {
        id: 'fleet-coal', name: '南海燃煤热电', type: 'coal', capacityMW: 600, utilisationHours: 4300, commissioningYear: 2006,
        retirementYear: 2031, status: 'operating', included: true,
        source: { kind: 'document', file: '000_cf0eda570017d74c.txt', line: 12, lineEnd: 14, quote: '燃煤热电装机60万千瓦', note: 'p. 3' },
      },
      {
        id: 'fleet-waste', name: '垃圾焚烧发电', type: 'biomass', capacityMW: 30, utilisationHours: 6000, commissioningYear: 2016, status: 'operating', included: true,
        fossilCo2TPerMWh: 0.4, source: { kind: 'assumed', reason: '化石碳部分' },
      },
      {
        id: 'fleet-pv', name: '存量分布式光伏', type: 'pv', capacityMW: 420, utilisationHours: [{ year: 2020, value: 1000 }, { year: 2030, value: 1050 }],
        commissioningYear: 2019, status: 'operating', included: true,
        source: { kind: 'reference', refId: 'gd-energy-yearbook-2021', citation: '广东统计年鉴 2021', year: 2021 },
      },
    ];
    s.electricity.projects = [
      {
        id: 'proj-pv-1', name: '丹灶渔光互补', type: 'pv', capacityMW: 50, utilisationHours: 1050, commissioningYear: 2024, commissioningMonth: 7, degradationPctPerYear: 0.5, status: 'underConstruction',
        included: true, source: { kind: 'assumed', reason: '按同类项目估算', basis: '2023 年同类项目平均' }, note: '一期',
      },
      {
        id: 'proj-gas', name: '里水燃气热电', type: 'gas', capacityMW: 460, utilisationHours: 3200, commissioningYear: 2026, status: 'planned',
        included: false, source: { kind: 'user' },
      },
      {
        id: 'proj-wind', name: '西樵分散式风电', type: 'wind', capacityMW: 12.5, utilisationHours: 2100, commissioningYear: 2025, status: 'planned',
        included: true, source: { kind: 'user', note: '台账' },
      },
    ];
    s.electricity.pumpedStorage = [
      {
        id: 'ps-1', name: '抽水蓄能', capacityMW: 300, storageHours: 6, roundTripEfficiencyPct: 78, annualCycles: 250, commissioningYear: 2028,
        attribution: 'legacyCo2Only', status: 'planned', included: true, source: { kind: 'assumed', reason: '规划' }, note: 'note',
      },
    ];
    s.electricity.heatRateGcePerKWh = { coal: 305, gas: [{ year: 2020, value: 235 }, { year: 2030, value: 225 }] };
    s.electricity.gridEmissionFactor = { expr: 'interp(2020, 0.5271, 2035, 0.38)' };
    s.electricity.importedNonFossilSharePct = [{ year: 2020, value: 30 }, { year: 2030, value: 42 }];
    s.electricity.importedRenewableSharePct = [{ year: 2020, value: 25 }, { year: 2030, value: 38 }];
    s.electricity.greenPowerYiKWh = { expr: 'year >= 2025 ? 3 : 0' };
    s.electricity.hydroYearFactor = [{ year: 2021, value: 0.9 }, { year: 2022, value: 1.05 }];
    s.energy.feedstockSharePct = { coal: 5, gas: [{ year: 2020, value: 2 }, { year: 2035, value: 4 }] };
    // published years before the one the export tests look at (2025)
    s.history = {
      gdpYiYuan: { '2021': { value: 3400.5, source: { kind: 'document', file: '001_a.txt', line: 9 } } },
      energyWanTce: { '2022': { value: 1050, source: { kind: 'user', note: '统计公报' } } },
      electricityUseYiKWh: { '2021': { value: 520.25, source: { kind: 'user' } }, '2023': { value: 560, source: { kind: 'user' } } },
      localCapacityMW: { '2023': { value: 1120, source: { kind: 'assumed', reason: '二手资料' } } },
      localGenerationYiKWh: { '2023': { value: 31.5, source: { kind: 'user' } } },
    };
    s.emissionFactors.tCo2PerTce = { coal: 2.66, oil: 2.08, gas: 1.64, heat: 3.2, biomass: 0 };
    s.conventions = { primaryElectricity: 'coalSubstitution', coalSubstitutionGcePerKWh: 302.5 };
    s.accounting = { ...s.accounting, energyControl: 'legacyNewRenewables' };
    s.targets = [
      { id: 't-co2i', label: '“十四五”碳排放强度下降', labelEn: 'CO2 intensity', metric: 'co2IntensityReduction', fromYear: 2020, year: 2025, value: 20.5, binding: true, source: { kind: 'user' } },
      { id: 't-ei', label: '能耗强度下降', metric: 'energyIntensityReduction', fromYear: 2020, year: 2025, value: 14.5, binding: true, source: { kind: 'user' } },
      { id: 't-nf', label: '非化石比重', metric: 'nonFossilShare', year: 2030, value: 25, binding: false, source: { kind: 'user' } },
      { id: 't-ecap', label: '能耗总量', metric: 'energyCap', year: 2025, value: 1200, binding: false, source: { kind: 'user' } },
      { id: 't-ccap', label: '碳排放总量', metric: 'co2Cap', year: 2030, value: 2800, binding: false, source: { kind: 'user' } },
      { id: 't-peak', label: '2030年前达峰', metric: 'peakYear', year: 2030, value: 2030, binding: true, source: { kind: 'user' } },
      { id: 't-budget', label: '“十五五”碳排放预算', metric: 'co2Budget', fromYear: 2026, year: 2030, value: 15000, binding: false, source: { kind: 'user' } },
      { id: 't-late', label: '超出规划期', metric: 'co2Cap', year: 2040, value: 3000, binding: false, source: { kind: 'user' } },
    ];
    s.sources = {
      'economy.baseGdpYiYuan': { kind: 'document', file: '001_a.txt', line: 3 },
      populationWan: { kind: 'reference', refId: 'census-7', citation: '第七次人口普查' },
      'energy.sectors.industry.fuelSharesPct.coal': { kind: 'assumed', reason: '按全省比例' },
      'electricity.projects[0].capacityMW': { kind: 'user', note: 'edited' },
    };
  });
}

/** A plain second scenario (different region, a name that needs a sheet-name fix). */
export function otherScenario(): Scenario {
  return makeScenario((s) => {
    s.id = 'other.sample_2';
    s.name = '江门/台山:低碳[情景]*? 一个很长很长很长很长很长很长的名字用于测试截断';
    s.region = { name: '台山市' };
    s.economy.gdpGrowthPct = 5;
    s.energy.intensityDeclinePct = 3;
  });
}

export function derivedSample(parentId = 'rich-sample'): DerivedScenario {
  return {
    id: 'rich-fast-pv',
    parentId,
    name: '加快光伏',
    nameEn: 'Faster PV',
    overrides: [
      { path: 'economy.baseGdpYiYuan', value: 3300 },
      { path: 'electricity.projects[id=proj-pv-1].capacityMW', value: 150 },
      { path: 'electricity.projects[id=proj-gas]', removed: true },
      { path: 'sources["economy.baseGdpYiYuan"]', value: { kind: 'user', note: '调整' } },
    ],
  };
}

/** Presets from seeds/index.ts, or null while that module does not exist yet. */
export async function loadPresets(): Promise<readonly Scenario[] | null> {
  // A variable specifier: the module may not exist yet (written concurrently);
  // a missing module must not break type-checking or the other tests.
  const spec = '../../../seeds/index';
  try {
    const mod = (await import(/* @vite-ignore */ spec)) as { PRESETS?: readonly Scenario[] };
    return mod.PRESETS ?? null;
  } catch {
    return null;
  }
}

export async function sampleScenarios(): Promise<{ scenarios: Scenario[]; fromPresets: boolean }> {
  const presets = await loadPresets();
  const own = [richScenario(), otherScenario(), makeScenario()];
  return presets?.length ? { scenarios: [...presets, ...own], fromPresets: true } : { scenarios: own, fromPresets: false };
}
