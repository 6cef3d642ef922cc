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
 * Scenario colours: chosen to stay apart from each other and from the target red, also for common colour-vision
 * deficiencies (no pink or red: a scenario line sits beside the red target marks on its own results charts).
 */
export const SCENARIO_PALETTE = [SERIES_COLORS.scenario, '#4e79a7', '#f28e2b', '#7b5ea7', '#2a9d8f', '#9c6b3c', '#56b4e9', '#3d4451'] as const;

/** FNV-1a over the id's UTF-16 code units: the same slot in every run, on every machine. */
function homeSlot(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % SCENARIO_PALETTE.length;
}

/**
 * The colour of each scenario of a set shown together (a comparison, its printed pages), by id, so a scenario
 * keeps its colour whichever screen, order or print shows it. The rule: each id has a home slot in the palette
 * (a hash of the id); the set's distinct ids, taken in code-unit order of the id (not in the order shown), each
 * take their home slot or, when an id before them took it, the next free slot after it, wrapping round. So no
 * two scenarios of a set share a colour up to the palette's size (a larger set starts a second round), and a
 * scenario has its home colour in every set where no scenario before it in id order took that slot. Repeated
 * ids get the same colour.
 */
export function scenarioColors(ids: readonly string[]): string[] {
  const n = SCENARIO_PALETTE.length;
  const slotOf = new Map<string, number>();
  let taken = new Set<number>();
  for (const id of [...new Set(ids)].sort()) {
    if (taken.size === n) taken = new Set();
    let slot = homeSlot(id);
    while (taken.has(slot)) slot = (slot + 1) % n;
    taken.add(slot);
    slotOf.set(id, slot);
  }
  return ids.map((id) => SCENARIO_PALETTE[slotOf.get(id)!]!);
}

/** The colour of a scenario drawn alone (a results page, a single-scenario report): its home colour. */
export function scenarioColor(id: string): string {
  return SCENARIO_PALETTE[homeSlot(id)]!;
}
