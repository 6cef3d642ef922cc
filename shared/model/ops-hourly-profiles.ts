import { defaultHourly, PROFILE_KINDS, type HourlyProfile, type HourlySettings, type ProfileKind } from './hourly';
import { isWithin } from './path';
import type { Scenario } from './scenario';

/**
 * A region's own hourly profiles on a scenario (`hourly.profiles`), each one
 * edit. A profile carries its own source (the file it came from), so no entry
 * of `scenario.sources` speaks for it: entries under a profile's path are
 * dropped when it is replaced or removed.
 */

export type ProfileSet = Partial<Record<ProfileKind, HourlyProfile>>;

const profilePath = (kind: ProfileKind) => `hourly.profiles.${kind}`;

function withoutSources(s: Scenario, kinds: readonly ProfileKind[]): Scenario {
  const gone = kinds.map(profilePath);
  const kept = Object.entries(s.sources).filter(([k]) => !gone.some((g) => isWithin(k, g)));
  return kept.length === Object.keys(s.sources).length ? s : { ...s, sources: Object.fromEntries(kept) };
}

/**
 * The scenario with `profiles` as its own, replacing those of the same kinds and
 * keeping the others; a scenario without hourly settings gets the defaults (the
 * balance switched on), since profiles are imported to be used. No profiles: unchanged.
 */
export function setProfiles(s: Scenario, profiles: ProfileSet): Scenario {
  const kinds = PROFILE_KINDS.filter((k) => profiles[k] !== undefined);
  if (!kinds.length) return s;
  const hourly: HourlySettings = s.hourly ?? defaultHourly();
  const next = { ...hourly.profiles };
  for (const k of kinds) next[k] = profiles[k];
  return withoutSources({ ...s, hourly: { ...hourly, profiles: next } }, kinds);
}

/** The scenario without its own `kind` profile (the built-in one is used again); `profiles` goes with the last. */
export function removeProfile(s: Scenario, kind: ProfileKind): Scenario {
  const hourly = s.hourly;
  if (!hourly?.profiles?.[kind]) return s;
  const { [kind]: _gone, ...rest } = hourly.profiles;
  const { profiles: _all, ...settings } = hourly;
  const kept: HourlySettings = Object.keys(rest).length ? { ...settings, profiles: rest } : settings;
  return withoutSources({ ...s, hourly: kept }, [kind]);
}
