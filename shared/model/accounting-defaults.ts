import type { Accounting } from './scenario';
import type { StorageAttribution } from './vocabulary';

/**
 * The accounting methods a new scenario starts from, each for the reason its
 * description gives: the energy-control rule in force (发改环资〔2024〕113号),
 * renewables attributed by consumption from the provincial pool, this tool's
 * net-imports CO2 method, the provincial grid factor for a Guangdong city, and
 * a 2 % peak tolerance.
 */
export const DEFAULT_ACCOUNTING: Readonly<Accounting> = {
  energyControl: 'nonFossilExcluded',
  renewableAttribution: 'provincialPool',
  electricityCo2: 'netImports',
  gridFactorScope: 'provincial',
  peakTolerancePct: 2,
};

/** Options that exist only so scenarios saved before these rules keep their results. */
export const LEGACY_OPTIONS: ReadonlySet<string> = new Set<Accounting['energyControl'] | StorageAttribution>(['legacyNewRenewables', 'legacyCo2Only']);

/** Pumped storage a new plant gets: most in Guangdong is built and owned by the grid company. */
export const DEFAULT_STORAGE_ATTRIBUTION: StorageAttribution = 'gridAsset';
