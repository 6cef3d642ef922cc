import type { Fuel, GeneratorType, Sector } from '../model/vocabulary';

/**
 * The results' records by fuel, sector and generator type made as object literals, in one step
 * and of one shape, from values by index: cheaper than adding keys one by one to an empty object,
 * and the values can be added up by index. Keys in the vocabulary's order (FUELS, SECTORS,
 * GENERATOR_TYPES), as test/shared/engine/finite.test.ts checks.
 */
export const fuelRecord = (v: ArrayLike<number>): Record<Fuel, number> => ({
  coal: v[0]!,
  oil: v[1]!,
  gas: v[2]!,
  electricity: v[3]!,
  heat: v[4]!,
  biomass: v[5]!,
});

export const sectorRecord = (v: ArrayLike<number>): Record<Sector, number> => ({
  industry: v[0]!,
  services: v[1]!,
  transport: v[2]!,
  households: v[3]!,
  agriculture: v[4]!,
});

export const zeroTypes = (): Record<GeneratorType, number> => ({ coal: 0, gas: 0, hydro: 0, pv: 0, wind: 0, biomass: 0 });
