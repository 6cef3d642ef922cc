import type { CombustionFuel, Fuel, GeneratorType } from '../../../shared/model/scenario';

/**
 * One colour per fuel or generator type, the same in every chart (a fuel burnt
 * in industry and the same fuel in a power plant share a colour). Chosen to
 * stay apart for common colour-vision deficiencies and in greyscale print:
 * fossil fuels dark to warm, renewables light and cool.
 */
export const FUEL_COLORS: Record<Fuel, string> = {
  coal: '#3d4451',
  oil: '#9c6b3c',
  gas: '#f28e2b',
  electricity: '#4e79a7',
  heat: '#e15759',
  biomass: '#59a14f',
};

export const GENERATOR_COLORS: Record<GeneratorType, string> = {
  coal: FUEL_COLORS.coal,
  gas: FUEL_COLORS.gas,
  hydro: '#2a9d8f',
  pv: '#edc948',
  wind: '#8ab6e0',
  biomass: FUEL_COLORS.biomass,
};

/** CO2 by origin: fuels at the point of use plus the two electricity-side sources. */
export const CO2_SOURCE_COLORS: Record<CombustionFuel | 'localPower' | 'importedElectricity', string> = {
  ...FUEL_COLORS,
  localPower: '#7b5ea7',
  importedElectricity: '#b8a3d6',
};

export const SERIES_COLORS = {
  netImports: CO2_SOURCE_COLORS.importedElectricity,
  pumpedStorage: '#d37295',
  storageLoss: '#d37295',
  demand: '#1f2933',
  total: '#1f2933',
  scenario: '#0b6e4f',
  target: '#b42318',
  /** a second scenario line (assessed energy, comparison) */
  secondary: '#8a96a3',
} as const;

/**
 * Scenario colours by position in a comparison (the first, the reference, in the scenario green every
 * single-scenario chart uses), the same on the results, compare and report pages and in print: colours that
 * stay apart from each other and from the target red, also for common colour-vision deficiencies.
 */
const SCENARIO_PALETTE = [SERIES_COLORS.scenario, '#4e79a7', '#f28e2b', '#7b5ea7', '#2a9d8f', '#9c6b3c', '#d37295', '#3d4451'] as const;

/** The colour of the scenario at `position` (0 = the reference or the only scenario shown). */
export function scenarioColor(position: number): string {
  const n = SCENARIO_PALETTE.length;
  return SCENARIO_PALETTE[((position % n) + n) % n]!;
}
