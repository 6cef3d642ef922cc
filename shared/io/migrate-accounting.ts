import { formatOverridePath, parseOverridePath, type PathSegment } from '../model/inherit';
import type { Accounting } from '../model/scenario';
import type { EnergyControlRule, StorageAttribution } from '../model/vocabulary';
import { isPlainObject } from './text';

/**
 * Schema 1 → 2: the accounting methods (核算口径) become named choices. A
 * scenario of schema 1 counted one way, and it keeps counting that way: its
 * results must not change because the app learnt other rules. So it gets the
 * methods that reproduce what it counted, each named as such:
 * - `conventions.excludeNewRenewablesFromIntensity` true → energy control
 *   `legacyNewRenewables` (renewables commissioned after the base year, by local
 *   generation), false → `none`;
 * - renewables by local balance (local generation serves local use first), the
 *   only attribution schema 1 knew;
 * - electricity CO2 by net imports with exports credited (method A, the only one);
 * - grid-factor scope `custom`: schema 1 named no published series, the factor is
 *   whatever the user typed;
 * - peak tolerance 2 %, the new default;
 * - every pumped-storage plant `legacyCo2Only` (its losses in CO2, not in energy).
 * The flag's source, if it had one, becomes the source of the energy-control rule.
 *
 * Pure functions on loose JSON (files, backups, stored records): a document that is
 * not of schema 1 is returned as it is, and a value that is not understood is carried
 * over to its new place for validation to report there.
 */

type Obj = Record<string, unknown>;

const OLD_FLAG = 'excludeNewRenewablesFromIntensity';
const OLD_FLAG_PATH = `conventions.${OLD_FLAG}`;
const ENERGY_CONTROL_PATH = 'accounting.energyControl';
const LEGACY_STORAGE: StorageAttribution = 'legacyCo2Only';

/** The energy-control rule the schema-1 flag meant; anything but a boolean is carried over as it is. */
export function energyControlOf(flag: unknown): unknown {
  if (flag === true) return 'legacyNewRenewables' satisfies EnergyControlRule;
  if (flag === false) return 'none' satisfies EnergyControlRule;
  return flag;
}

/** The methods a scenario of schema 1 was counted by (see above); `energyControl` from its flag. */
export function legacyAccounting(flag: unknown): Obj {
  const rest: Omit<Accounting, 'energyControl'> = {
    renewableAttribution: 'localBalance',
    electricityCo2: 'netImports',
    gridFactorScope: 'custom',
    peakTolerancePct: 2,
  };
  const energyControl = energyControlOf(flag);
  // a missing flag stays missing: validation names the field at its new path
  return energyControl === undefined ? { ...rest } : { energyControl, ...rest };
}

const storageItem = (item: unknown): unknown =>
  isPlainObject(item) && item.attribution === undefined ? { ...item, attribution: LEGACY_STORAGE } : item;

/** The same list when every plant already has its attribution. */
function storageList(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  const out = list.map(storageItem);
  return out.some((x, i) => x !== list[i]) ? out : list;
}

function electricityToSchema2(e: unknown): unknown {
  if (!isPlainObject(e)) return e;
  const pumpedStorage = storageList(e.pumpedStorage);
  return pumpedStorage === e.pumpedStorage ? e : { ...e, pumpedStorage };
}

/** `sources` with the flag's entry under the energy-control rule (an entry already there wins). */
function sourcesToSchema2(sources: unknown): unknown {
  if (!isPlainObject(sources) || !Object.hasOwn(sources, OLD_FLAG_PATH)) return sources;
  const taken = Object.hasOwn(sources, ENERGY_CONTROL_PATH);
  const entries = Object.entries(sources).flatMap(([k, v]): [string, unknown][] => (k !== OLD_FLAG_PATH ? [[k, v]] : taken ? [] : [[ENERGY_CONTROL_PATH, v]]));
  // fromEntries defines own keys: a key named __proto__ stays a key
  return Object.fromEntries(entries);
}

/** `conventions` without the flag, and the flag (undefined when it had none). */
function splitConventions(conventions: unknown): { conventions: unknown; flag: unknown; had: boolean } {
  if (!isPlainObject(conventions) || !Object.hasOwn(conventions, OLD_FLAG)) return { conventions, flag: undefined, had: false };
  const { [OLD_FLAG]: flag, ...rest } = conventions;
  return { conventions: rest, flag, had: true };
}

/** One scenario (loose JSON) of schema 1 → schema 2; anything else is returned as it is. */
export function scenarioToSchema2(s: unknown): unknown {
  if (!isPlainObject(s) || s.schemaVersion !== 1) return s;
  const { conventions, flag } = splitConventions(s.conventions);
  const out: Obj = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'schemaVersion') out[k] = 2;
    else if (k === 'conventions') out[k] = conventions;
    else if (k === 'electricity') out[k] = electricityToSchema2(v);
    else if (k === 'sources') out[k] = sourcesToSchema2(v);
    else out[k] = v;
    // the methods sit next to the conventions, as in the schema
    if (k === 'conventions' && s.accounting === undefined) out.accounting = legacyAccounting(flag);
  }
  if (out.accounting === undefined) out.accounting = legacyAccounting(flag);
  return out;
}

const keys = (segs: readonly PathSegment[]): (string | null)[] => segs.map((s) => ('key' in s ? s.key : null));
const isPath = (segs: readonly PathSegment[], ...want: string[]) => {
  const k = keys(segs);
  return k.length === want.length && want.every((w, i) => k[i] === w);
};

/** One change of a derived scenario → the changes it stands for in schema 2. */
function overrideToSchema2(o: unknown): unknown[] {
  if (!isPlainObject(o) || typeof o.path !== 'string') return [o];
  let segs: PathSegment[];
  try {
    segs = parseOverridePath(o.path);
  } catch {
    return [o];
  }
  const removal = !('value' in o);
  if (isPath(segs, 'conventions', OLD_FLAG)) {
    return [removal ? { ...o, path: ENERGY_CONTROL_PATH } : { ...o, path: ENERGY_CONTROL_PATH, value: energyControlOf(o.value) }];
  }
  if (isPath(segs, 'sources', OLD_FLAG_PATH)) return [{ ...o, path: formatOverridePath([{ key: 'sources' }, { key: ENERGY_CONTROL_PATH }]) }];
  if (removal) return [o];
  if (isPath(segs, 'conventions')) {
    const split = splitConventions(o.value);
    return split.had ? [{ ...o, value: split.conventions }, { path: ENERGY_CONTROL_PATH, value: energyControlOf(split.flag) }] : [o];
  }
  const withValue = (value: unknown) => [value === o.value ? o : { ...o, value }];
  if (isPath(segs, 'sources')) return withValue(sourcesToSchema2(o.value));
  if (isPath(segs, 'electricity')) return withValue(electricityToSchema2(o.value));
  if (isPath(segs, 'electricity', 'pumpedStorage')) return withValue(storageList(o.value));
  // a plant added whole (or moved, which re-adds it)
  if (segs.length === 3 && isPath(segs.slice(0, 2), 'electricity', 'pumpedStorage') && 'id' in segs[2]!) return withValue(storageItem(o.value));
  return [o];
}

/**
 * A derived scenario's changes (loose JSON) in schema 2: a change of the flag becomes
 * one of the energy-control rule (a removal too), its source entry moves with it, and
 * a pumped-storage plant the child adds whole is `legacyCo2Only` like its parent's.
 * The same array when nothing needed changing.
 */
export function overridesToSchema2(overrides: readonly unknown[]): unknown[] {
  let changed = false;
  const out = overrides.flatMap((o) => {
    const next = overrideToSchema2(o);
    if (next.length !== 1 || next[0] !== o) changed = true;
    return next;
  });
  return changed ? out : (overrides as unknown[]);
}

/** A derived scenario (loose JSON) with its changes in schema 2; the same object when none needed it. */
export function derivedToSchema2(d: unknown): unknown {
  if (!isPlainObject(d) || !Array.isArray(d.overrides)) return d;
  const overrides = overridesToSchema2(d.overrides);
  return overrides === d.overrides ? d : { ...d, overrides };
}

/** Every scenario and derived scenario of a file or backup in schema 2. */
export function libraryToSchema2(lib: { scenarios: unknown[]; derived: unknown[] }): { scenarios: unknown[]; derived: unknown[] } {
  return { scenarios: lib.scenarios.map(scenarioToSchema2), derived: lib.derived.map(derivedToSchema2) };
}

/** Format 2 → 3: scenarios and derived scenarios of schema 1 → schema 2 (accounting methods). */
export function migrateFileV2toV3(doc: Obj): Obj {
  const out: Obj = { ...doc, formatVersion: 3 };
  if (Array.isArray(doc.scenarios)) out.scenarios = doc.scenarios.map(scenarioToSchema2);
  if (Array.isArray(doc.derived)) out.derived = doc.derived.map(derivedToSchema2);
  return out;
}
