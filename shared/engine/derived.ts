import type { Generator, PumpedStorage } from '../model/scenario';
import { mwhToYiKWh } from '../model/units';
import { GENERATOR_TYPES, RENEWABLE_TYPES, type GeneratorType } from '../model/vocabulary';
import type { YearResult } from './results';

/**
 * Figures derived from a scenario's inputs or a year's results, shown beside
 * them: the engine counts with the same functions, so what a panel shows is
 * what the results contain.
 */

/**
 * Yearly energy of a pumped-storage plant, MWh: what it generates (capacity ×
 * hours at full output × cycles) and the loss it adds to demand, output ×
 * (1/efficiency − 1). At 75 % a plant pumps 4/3 of its output: a loss of 1/3.
 */
export function storageEnergyMWh(p: Pick<PumpedStorage, 'capacityMW' | 'storageHours' | 'annualCycles' | 'roundTripEfficiencyPct'>): { outputMWh: number; lossMWh: number } {
  const outputMWh = p.capacityMW * p.storageHours * p.annualCycles;
  return { outputMWh, lossMWh: outputMWh * (100 / p.roundTripEfficiencyPct - 1) };
}

/** The same in 亿kWh, the unit of the electricity balance. */
export function storageEnergyYiKWh(p: Parameters<typeof storageEnergyMWh>[0]): { output: number; loss: number } {
  const e = storageEnergyMWh(p);
  return { output: mwhToYiKWh(e.outputMWh), loss: mwhToYiKWh(e.lossMWh) };
}

/** Renewable capacity in operation in a year (hydro, PV, wind, biomass), MW; pumped storage generates nothing of its own. */
export function renewableCapacityMW(y: Pick<YearResult, 'capacityMW'>): number {
  let sum = 0;
  for (const g of RENEWABLE_TYPES) sum += y.capacityMW[g];
  return sum;
}

/** MW by type of the projects the engine counts (those included), whatever their years. */
export function includedCapacityByType(projects: readonly Generator[]): Record<GeneratorType, number> {
  const out = Object.fromEntries(GENERATOR_TYPES.map((t) => [t, 0])) as Record<GeneratorType, number>;
  for (const p of projects) if (p.included) out[p.type] += p.capacityMW;
  return out;
}
