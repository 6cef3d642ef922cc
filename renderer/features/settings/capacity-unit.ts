import { useSyncExternalStore } from 'react';
import { CAPACITY_UNITS, type CapacityUnit } from '../../../shared/model/units';

/**
 * The unit capacity is entered and shown in. `auto` follows the language: 万千瓦 in Chinese, as every planning
 * document writes it, MW in English. Kept in localStorage so the first paint already uses it, and in the settings
 * table (by the control that changes it) so it travels with a backup.
 */
export const CAPACITY_PREFERENCES = ['auto', ...CAPACITY_UNITS] as const;
export type CapacityPreference = (typeof CAPACITY_PREFERENCES)[number];

export const CAPACITY_STORAGE_KEY = 'cpp.capacityUnit';

function readStored(): CapacityPreference {
  const v = typeof localStorage !== 'undefined' ? localStorage.getItem(CAPACITY_STORAGE_KEY) : null;
  return (CAPACITY_PREFERENCES as readonly string[]).includes(v ?? '') ? (v as CapacityPreference) : 'auto';
}

let current: CapacityPreference | null = null;
const listeners = new Set<() => void>();

export function getCapacityPreference(): CapacityPreference {
  current ??= readStored();
  return current;
}

export function setCapacityPreference(pref: CapacityPreference): void {
  current = pref;
  if (typeof localStorage !== 'undefined') localStorage.setItem(CAPACITY_STORAGE_KEY, pref);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The unit a preference means in `lang`. */
export function capacityUnitFor(lang: string, pref: CapacityPreference = getCapacityPreference()): CapacityUnit {
  if (pref !== 'auto') return pref;
  return lang.startsWith('en') ? 'mw' : 'wanKw';
}

/** The stored preference, re-rendering when it changes. */
export function useCapacityPreference(): CapacityPreference {
  return useSyncExternalStore(subscribe, getCapacityPreference, getCapacityPreference);
}

/** The capacity unit for `lang` under the current preference. */
export function useCapacityUnit(lang: string): CapacityUnit {
  return capacityUnitFor(lang, useCapacityPreference());
}
