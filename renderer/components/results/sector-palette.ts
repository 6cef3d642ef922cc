import type { PlanSector } from '../../../shared/model/vocabulary';

/**
 * One colour per plan sector, the same on every screen and page. Kept apart from the fuel
 * colours' coal grey and the target red, distinct in greyscale print by lightness.
 */
export const SECTOR_COLORS: Record<PlanSector, string> = {
  industry: '#4e79a7',
  construction: '#9c755f',
  buildings: '#59a14f',
  transport: '#f28e2b',
  agriculture: '#edc948',
};

/** Process CO2 of industry: industry's hue, lighter, so it reads as part of industry yet apart from its energy. */
export const PROCESS_COLOR = '#a0cbe8';

/** CO2 no sector takes: grey lines beside the stack, not inside it. */
export const UNALLOCATED_COLORS = {
  wasteIncineration: '#a05195',
  storageLosses: '#d37295',
  electricity: '#8a96a3',
} as const;
