import { runScenario } from '../../../../shared/engine/run';
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
 * Products already in the preset are kept (the carve-out must hold for them too).
 */
export function withIndustry(p: Scenario): Scenario {
  const s = structuredClone(p);
  const base = runScenario({ ...s, industry: undefined }).years[0]!;
  const industryCoal = (base.energyBySector.industry * numberAt(s.energy.sectors.industry.fuelSharesPct.coal)) / 100;
  // 万t × kgce/t / 1000 = 万tce: a quarter of industry's coal at 110 kgce/t, 85 % of it coal
  const clinker = (0.25 * industryCoal * 1000) / (110 * 0.85);
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
  return s;
}

function numberAt(v: Scenario['energy']['sectors']['industry']['fuelSharesPct']['coal']): number {
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) return v[0]!.value;
  throw new Error('the fixture needs a preset whose industry coal share is a number or points');
}
