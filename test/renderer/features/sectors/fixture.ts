import type { Fuel, Scenario } from '../../../../shared/model/scenario';
import { makeCity } from '../results/fixture';

const assumed = { kind: 'assumed', reason: 'test value' } as const;
const fuels = (shares: Partial<Record<Fuel, number>>): Record<Fuel, number> => ({
  coal: 0,
  oil: 0,
  gas: 0,
  electricity: 0,
  heat: 0,
  biomass: 0,
  ...shares,
});

/**
 * The test city with key products (clinker with its 标杆/基准 lines, crude steel by two routes),
 * clinker's process CO2 and a flux, a forest, 建筑业 and private cars' shares, and a sector peak target.
 * Clinker: 300万t at 120 kgce/t = 36 万tce, under industry's base-year coal (0.6 tce/万元 × 1800亿元 ×
 * 70 % × 50 % = 378 万tce); steel 20万t × (0.8 × 560 + 0.2 × 170) = 20 × 482 kgce/t = 9.64 万tce.
 */
export function makeIndustrialCity(over: (s: Scenario) => void = () => {}): Scenario {
  return makeCity((s) => {
    s.industry = {
      products: [
        {
          id: 'clinker',
          kind: 'clinker',
          name: '熟料',
          nameEn: 'Clinker',
          source: assumed,
          benchmarkKgcePerT: 100,
          baselineKgcePerT: 117,
          outputWanT: [
            { year: 2020, value: 300 },
            { year: 2025, value: 330 },
            { year: 2035, value: 240 },
          ],
          routes: [
            {
              id: 'dry',
              name: '新型干法',
              sharePct: 100,
              unitEnergyKgcePerT: [
                { year: 2020, value: 120 },
                { year: 2030, value: 104 },
              ],
              fuelSharesPct: fuels({ coal: 88, electricity: 12 }),
            },
          ],
        },
        {
          id: 'steel',
          kind: 'crudeSteel',
          name: '粗钢',
          nameEn: 'Crude steel',
          source: assumed,
          outputWanT: 20,
          routes: [
            {
              id: 'bf',
              name: '高炉-转炉',
              sharePct: [
                { year: 2020, value: 80 },
                { year: 2035, value: 50 },
              ],
              unitEnergyKgcePerT: 560,
              fuelSharesPct: fuels({ coal: 90, electricity: 10 }),
            },
            {
              id: 'eaf',
              name: '电炉',
              sharePct: [
                { year: 2020, value: 20 },
                { year: 2035, value: 50 },
              ],
              unitEnergyKgcePerT: 170,
              fuelSharesPct: fuels({ electricity: 70, coal: 30 }),
            },
          ],
        },
      ],
      processEmissions: [
        {
          id: 'clinker-process',
          kind: 'clinker',
          name: '熟料工艺过程',
          nameEn: 'Clinker calcination',
          productId: 'clinker',
          factorTCo2PerT: 0.538,
          source: assumed,
        },
        {
          id: 'flux',
          kind: 'limestoneFlux',
          name: '石灰石熔剂',
          nameEn: 'Limestone flux',
          activityWanT: 5,
          factorTCo2PerT: 0.44,
          source: assumed,
        },
      ],
    };
    s.sectorReporting = { constructionShareOfIndustryPct: 3, privateVehicleShareOfHouseholdOilPct: 60 };
    s.sinks = {
      forest: {
        coverPct: [
          { year: 2020, value: 69.63 },
          { year: 2035, value: 70 },
        ],
        baseStockWanM3: 5000,
        grossGrowthPct: 5,
        lossPct: 2,
        woodDensityTPerM3: 0.45,
        biomassExpansionFactor: 1.5,
        rootShootRatio: 0.25,
        carbonFraction: 0.5,
      },
    };
    s.targets.push({
      id: 'industry-peak',
      label: '工业领域2030年前达峰',
      metric: 'sectorPeakYear',
      sector: 'industry',
      year: 2030,
      value: 2030,
      binding: false,
      source: assumed,
    });
    over(s);
  });
}
