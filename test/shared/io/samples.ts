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
    // industry ≈ 3185 亿元 × 0.321 tce/万元 × 70 % = 716 万tce, its coal 20 % = 143: clinker's 500 万t × 110 kgce/t = 55 万tce
    // (coal 49.5, electricity 5.5) and the steel's fit inside it, so the base-year carve-out holds
    s.industry = {
      products: [
        {
          id: 'clinker', kind: 'clinker', name: '熟料', nameEn: 'Clinker', source: { kind: 'assumed', reason: '样例' }, benchmarkKgcePerT: 100, baselineKgcePerT: 117,
          outputWanT: [{ year: 2020, value: 500 }, { year: 2026, value: 560 }, { year: 2035, value: 420 }],
          routes: [{ id: 'dry', name: '新型干法', sharePct: 100, unitEnergyKgcePerT: [{ year: 2020, value: 110 }, { year: 2030, value: 101 }], fuelSharesPct: { coal: 90, oil: 0, gas: 0, electricity: 10, heat: 0, biomass: 0 } }],
        },
        {
          id: 'steel', kind: 'crudeSteel', name: '粗钢', source: { kind: 'user' }, outputWanT: 40,
          routes: [
            { id: 'bf', name: '高炉-转炉', sharePct: [{ year: 2020, value: 80 }, { year: 2035, value: 55 }], unitEnergyKgcePerT: 545, fuelSharesPct: { coal: 88, oil: 0, gas: 2, electricity: 10, heat: 0, biomass: 0 } },
            { id: 'eaf', name: '电炉', nameEn: 'EAF', sharePct: [{ year: 2020, value: 20 }, { year: 2035, value: 45 }], unitEnergyKgcePerT: 160, fuelSharesPct: { coal: 20, oil: 0, gas: 10, electricity: 70, heat: 0, biomass: 0 } },
          ],
        },
      ],
      processEmissions: [
        { id: 'p-clinker', kind: 'clinker', name: '熟料煅烧', productId: 'clinker', factorTCo2PerT: 0.538, source: { kind: 'assumed', reason: '样例' } },
        { id: 'p-flux', kind: 'limestoneFlux', name: '石灰石熔剂', nameEn: 'Limestone flux', productId: 'steel', activityPerProductT: 0.1, factorTCo2PerT: 0.44, source: { kind: 'user' } },
        { id: 'p-lime', kind: 'lime', name: '石灰', activityWanT: [{ year: 2020, value: 10 }, { year: 2035, value: 6 }], factorTCo2PerT: 0.75, source: { kind: 'user' } },
      ],
    };
    s.sectorReporting = { constructionShareOfIndustryPct: 4, privateVehicleShareOfHouseholdOilPct: [{ year: 2020, value: 60 }, { year: 2035, value: 80 }], industryValueAddedSharePct: 38.5 };
    s.sinks = {
      forest: {
        coverPct: [{ year: 2020, value: 15.2 }, { year: 2035, value: 16 }], baseStockWanM3: 210.5, grossGrowthPct: 5, lossPct: { expr: 'interp(2020, 2.5, 2035, 2)' },
        woodDensityTPerM3: 0.45, biomassExpansionFactor: 1.6, rootShootRatio: 0.24, carbonFraction: 0.5,
      },
    };
    s.accounting = { ...s.accounting, peakScope: 'energyAndProcess' };
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
      { id: 't-ind-peak', label: '工业领域2030年前达峰', metric: 'sectorPeakYear', sector: 'industry', year: 2030, value: 2030, binding: false, source: { kind: 'user' } },
      { id: 't-ind-int', label: '单位工业增加值二氧化碳排放下降', metric: 'sectorIntensityReduction', sector: 'industry', fromYear: 2020, year: 2025, value: 19.5, binding: false, source: { kind: 'user' } },
      { id: 't-cover', label: '森林覆盖率', metric: 'forestCover', year: 2025, value: 15.5, binding: true, source: { kind: 'user' } },
      { id: 't-stock', label: '森林蓄积量', metric: 'forestStock', year: 2025, value: 230, binding: true, source: { kind: 'user' } },
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
