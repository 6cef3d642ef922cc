import type { TypicalHours, TypicalStorage } from '../../shared/model/ops';
import type { GeneratorType } from '../../shared/model/vocabulary';
import utilisationHours from './utilisation-hours.json';

/**
 * The typical operating figures of the reference library, by what they apply
 * to: the presets' plants, a project typed into the ledger, an imported row
 * that gives no hours and the build-out levers all take them from here. Read
 * straight from the JSON (not through ./index.ts), so the app's editor does not
 * load the library's schema to know them.
 */

type Entry = { id: string; value?: number };
const ENTRIES = utilisationHours as readonly Entry[];

function value(id: string): number {
  const v = ENTRIES.find((e) => e.id === id)?.value;
  if (v === undefined) throw new Error(`seeds/reference/utilisation-hours.json: no value for '${id}'`);
  return v;
}

/** The entry of utilisation-hours.json that gives each generator type's hours. */
export const TYPICAL_HOURS_ENTRY: Readonly<Record<GeneratorType, string>> = {
  pv: 'util-pv-guangdong',
  wind: 'util-wind-guangdong',
  hydro: 'util-hydro-guangdong',
  biomass: 'util-biomass',
  coal: 'util-coal',
  // the library's only gas figure; the presets' gas plants are distributed energy stations
  gas: 'util-gas-distributed',
};

/** Typical full-load hours a year by generator type, h/yr. */
export const TYPICAL_HOURS: TypicalHours = Object.freeze(
  Object.fromEntries(Object.entries(TYPICAL_HOURS_ENTRY).map(([type, id]) => [type, value(id)])) as Record<GeneratorType, number>,
);

/** A new pumped-storage plant: 6 h at full output × 240 cycles = 1,440 h a year (Meizhou phase II), 75 % round trip. */
export const TYPICAL_STORAGE: TypicalStorage = Object.freeze({
  storageHours: value('ps-storage-hours'),
  annualCycles: value('ps-meizhou-phase2-hours') / value('ps-storage-hours'),
  roundTripEfficiencyPct: value('ps-round-trip-efficiency'),
});
