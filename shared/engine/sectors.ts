import { COMBUSTION_FUELS, FUELS, PLAN_SECTORS, type CombustionFuel, type Fuel, type PeakScope, type PlanSector, type Sector } from '../model/vocabulary';
import type { SectorCo2 } from './results';

export type SectorInputs = {
  /** 万tce by energy-balance sector and fuel, electricity in the reporting convention */
  sectorFuel: Record<Sector, Record<Fuel, number>>;
  /** tCO2/tce of each combustion fuel this year */
  ef: (f: CombustionFuel) => number;
  /** electricity's CO2 under the method: local power plus grid electricity (storage losses apart), 万tCO2 */
  electricityCo2: number;
  processCo2: number;
  /** 建筑业's share of industry, % */
  constructionPct: number;
  /** private vehicles' share of households' oil, % */
  vehicleOilPct: number;
  scope: PeakScope;
};

/**
 * CO2 by plan sector. Each energy-balance sector's fuels × their factors, and electricity's CO2
 * shared out by final electricity use (a sector using 30 % of the electricity carries 30 % of its
 * CO2, whatever the method made of it); then 建筑业 takes its share of industry, 交通运输 the
 * private vehicles' oil of households, and the rest of households and services are 城乡建设 (buildings).
 * Process CO2 is industry's. The sectors' `energy` add up to the fuels' and electricity's CO2
 * exactly; with no final electricity use at all, `unassignedElectricity` keeps electricity's CO2.
 */
export function allocateSectors(x: SectorInputs): { sectors: Record<PlanSector, SectorCo2>; unassignedElectricity: number } {
  let electricityUse = 0;
  for (const s of Object.keys(x.sectorFuel) as Sector[]) electricityUse += x.sectorFuel[s].electricity;
  const perElectricity = electricityUse > 0 ? x.electricityCo2 / electricityUse : 0;
  const of = (s: Sector) => {
    const fuels = x.sectorFuel[s];
    let direct = 0;
    for (const f of COMBUSTION_FUELS) direct += fuels[f] * x.ef(f);
    let use = 0;
    for (const f of FUELS) use += fuels[f];
    return { direct, electricity: fuels.electricity * perElectricity, use };
  };
  const industry = of('industry');
  const services = of('services');
  const households = of('households');
  const c = x.constructionPct / 100;
  const vehicleOil = (x.sectorFuel.households.oil * x.vehicleOilPct) / 100;
  const vehicleCo2 = vehicleOil * x.ef('oil');
  const part = (direct: number, electricity: number, use: number, process = 0): SectorCo2 => ({
    direct,
    electricity,
    process,
    energy: direct + electricity,
    judged: direct + electricity + (x.scope === 'energyAndProcess' ? process : 0),
    energyUse: use,
  });
  const transport = of('transport');
  const agriculture = of('agriculture');
  const sectors: Record<PlanSector, SectorCo2> = {
    industry: part(industry.direct * (1 - c), industry.electricity * (1 - c), industry.use * (1 - c), x.processCo2),
    construction: part(industry.direct * c, industry.electricity * c, industry.use * c),
    buildings: part(
      services.direct + households.direct - vehicleCo2,
      services.electricity + households.electricity,
      services.use + households.use - vehicleOil,
    ),
    transport: part(transport.direct + vehicleCo2, transport.electricity, transport.use + vehicleOil),
    agriculture: part(agriculture.direct, agriculture.electricity, agriculture.use),
  };
  for (const s of PLAN_SECTORS) if (!Number.isFinite(sectors[s].judged)) sectors[s].judged = 0;
  return { sectors, unassignedElectricity: electricityUse > 0 ? 0 : x.electricityCo2 };
}
