import type { CostAssetType, CostResults, MaccEntry } from '../../../../shared/engine/costs/types';

const zero = (): Record<CostAssetType, number> => ({ coal: 0, gas: 0, hydro: 0, pv: 0, wind: 0, biomass: 0, pumpedStorage: 0, battery: 0 });

/**
 * Costs made by hand from the result types, 2021–2030: 10 亿元 of PV in 2022 and 20 亿元
 * of wind in 2027, so the 十四五 period (2021–2025) holds 10 and the 十五五 (2026–2030) 20.
 */
export function costsFixture(): CostResults {
  const years = Array.from({ length: 10 }, (_, i) => {
    const year = 2021 + i;
    const byType = zero();
    if (year === 2022) byType.pv = 10;
    if (year === 2027) byType.wind = 20;
    return { year, byType, total: byType.pv + byType.wind, replacement: 0 };
  });
  return {
    case: 'central',
    discountRatePct: 8,
    priceYear: 2024,
    investmentByYear: years,
    investmentByPeriod: [
      { plan: 14, fromYear: 2021, toYear: 2025, byType: { ...zero(), pv: 10 }, total: 10, replacement: 0 },
      { plan: 15, fromYear: 2026, toYear: 2030, byType: { ...zero(), wind: 20 }, total: 20, replacement: 0 },
    ],
    totalInvestmentYiYuan: 30,
    lcoe: [
      // PV: (2500 × 0.0937 + 40) / 1100 ≈ 0.249 元/kWh, as the engine would give it
      { type: 'pv', yuanPerKWh: 0.2494, investmentYuanPerKW: 2500, fixedOmYuanPerKWYear: 40, lifetimeYears: 25, utilisationHours: 1100, fuelYuanPerKWh: 0 },
      { type: 'battery', yuanPerKWh: null, investmentYuanPerKW: 0, fixedOmYuanPerKWYear: 30, lifetimeYears: 15, utilisationHours: 0, fuelYuanPerKWh: 0 },
    ],
    presentValueYiYuan: 123.456,
    components: { investment: 30, fixedOm: 5, fuel: 40, imports: 60, salvage: 3 },
  };
}

/** Three entries whose order by 元/t differs from their order here, and one that avoids nothing. */
export function maccFixture(): MaccEntry[] {
  return [
    { id: 'wind-a', kind: 'project', label: '风电A', type: 'wind', co2AvoidedWanT: 30, npvYiYuan: 1.5, costPerTonneYuan: 500 },
    { id: 'pv-b', kind: 'project', label: '光伏B', type: 'pv', co2AvoidedWanT: 10, npvYiYuan: -0.2, costPerTonneYuan: -200 },
    { id: 'ps-c', kind: 'storage', label: '抽蓄C', type: 'pumpedStorage', co2AvoidedWanT: 0, npvYiYuan: 2, costPerTonneYuan: null },
    { id: 'bo-d', kind: 'buildout', label: '新增光伏2026', type: 'pv', co2AvoidedWanT: 20, npvYiYuan: 0.2, costPerTonneYuan: 100 },
  ];
}
