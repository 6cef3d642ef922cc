/**
 * Opens the database's backing store ahead of Dexie, while the app's code is
 * still downloading: Chromium keeps a store open for a moment after its last
 * connection closes, so Dexie's own open right after finds it ready instead of
 * reading it from disk in front of the first screen. Never creates the
 * database: on a first run the creation is aborted and left to Dexie, which
 * also owns every upgrade (this connection closes the moment one is asked for).
 */
export function warmDatabase(name: string, idb: IDBFactory | null = globalThis.indexedDB ?? null): void {
  if (!idb) return;
  try {
    const req = idb.open(name);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      const conn = req.result;
      conn.onversionchange = () => conn.close();
      conn.close();
    };
    // the aborted creation (first run) ends here; nothing to report
    req.onerror = (event) => event.preventDefault();
  } catch {
    // a browser without IndexedDB access (private mode in some): Dexie reports it when the app opens the database
  }
}
