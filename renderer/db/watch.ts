import Dexie, { type ObservabilitySet } from 'dexie';

/**
 * Calls `onChange` once the database is open (the presets seeded, last
 * session's deletions purged) and again after every write to its scenarios,
 * in this window or another (Dexie relays writes between windows): for views
 * that read the library elsewhere than through a live query (the library
 * page lists it from the engine worker). Returns the unsubscribe function.
 */
export function followScenarios(db: Dexie, onChange: () => void): () => void {
  let following = true;
  const prefix = `idb://${db.name}/scenarios/`;
  const listener = (parts: ObservabilitySet) => {
    if ('all' in parts || Object.keys(parts).some((k) => k.startsWith(prefix))) onChange();
  };
  Dexie.on('storagemutated', listener);
  // Writes made while opening (seeding) are not announced: the first read waits for them.
  db.open().then(
    () => following && onChange(),
    () => following && onChange(),
  );
  return () => {
    following = false;
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}
