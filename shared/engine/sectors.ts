import { COMBUSTION_FUELS, FUELS, PLAN_SECTORS, SECTORS, type CombustionFuel, type Fuel, type PeakScope, type PlanSector, type Sector } from '../model/vocabulary';
import type { SectorCo2 } from './results';

export type SectorInputs = {
  /** 万tce by energy-balance sector and fuel, electricity in the reporting convention */
  sectorFuel: Record<Sector, Record<Fuel, number>>;
  /** tCO2/tce of each combustion fuel this year */
  ef: Record<CombustionFuel, number>;
  /** electricity's CO2 under the method: local power plus grid electricity (storage losses apart), 万tCO2 */
  electricityCo2: number;
  processCo2: number;
  /** 建筑业's share of industry, % */
  constructionPct: number;
  /** private vehicles' share of households' oil, % */
  vehicleOilPct: number;
  scope: PeakScope;
};

type SectorSums = { direct: number; electricity: number; use: number };

/** An energy-balance sector's fuels × their factors, its electricity's CO2 and its energy use. */
function sectorSums(fuels: Record<Fuel, number>, ef: Record<CombustionFuel, number>, perElectricity: number): SectorSums {
  let direct = 0;
  for (const f of COMBUSTION_FUELS) direct += fuels[f] * ef[f];
  let use = 0;
  for (const f of FUELS) use += fuels[f];
  return { direct, electricity: fuels.electricity * perElectricity, use };
}

function part(direct: number, electricity: number, use: number, process: number, scope: PeakScope): SectorCo2 {
  return {
    direct,
    electricity,
    process,
    energy: direct + electricity,
    judged: direct + electricity + (scope === 'energyAndProcess' ? process : 0),
    energyUse: use,
  };
}

/**
 * CO2 by plan sector. Each energy-balance sector's fuels × their factors, and electricity's CO2
 * shared out by final electricity use (a sector using 30 % of the electricity carries 30 % of its
 * CO2, whatever the method made of it); then 建筑业 takes its share of industry, 交通运输 the
 * private vehicles' oil of households, and the rest of households and services are 城乡建设 (buildings).
 * Process CO2 is industry's. The sectors' `energy` add up to the fuels' and electricity's CO2
 * exactly; with no final electricity use at all, `unassignedElectricity` keeps electricity's CO2.
 * (Helpers at module level: closures made on every call cost a twentieth of a run.)
 */
export function allocateSectors(x: SectorInputs): { sectors: Record<PlanSector, SectorCo2>; unassignedElectricity: number } {
  let electricityUse = 0;
  for (const s of SECTORS) electricityUse += x.sectorFuel[s].electricity;
  const perElectricity = electricityUse > 0 ? x.electricityCo2 / electricityUse : 0;
  const { ef, scope } = x;
  const industry = sectorSums(x.sectorFuel.industry, ef, perElectricity);
  const services = sectorSums(x.sectorFuel.services, ef, perElectricity);
  const households = sectorSums(x.sectorFuel.households, ef, perElectricity);
  const c = x.constructionPct / 100;
  const vehicleOil = (x.sectorFuel.households.oil * x.vehicleOilPct) / 100;
  const vehicleCo2 = vehicleOil * ef.oil;
  const transport = sectorSums(x.sectorFuel.transport, ef, perElectricity);
  const agriculture = sectorSums(x.sectorFuel.agriculture, ef, perElectricity);
  const sectors: Record<PlanSector, SectorCo2> = {
    industry: part(industry.direct * (1 - c), industry.electricity * (1 - c), industry.use * (1 - c), x.processCo2, scope),
    construction: part(industry.direct * c, industry.electricity * c, industry.use * c, 0, scope),
    buildings: part(
      services.direct + households.direct - vehicleCo2,
      services.electricity + households.electricity,
      services.use + households.use - vehicleOil,
      0,
      scope,
    ),
    transport: part(transport.direct + vehicleCo2, transport.electricity, transport.use + vehicleOil, 0, scope),
    agriculture: part(agriculture.direct, agriculture.electricity, agriculture.use, 0, scope),
  };
  for (const s of PLAN_SECTORS) if (!Number.isFinite(sectors[s].judged)) sectors[s].judged = 0;
  return { sectors, unassignedElectricity: electricityUse > 0 ? 0 : x.electricityCo2 };
}
