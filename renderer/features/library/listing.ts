import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { followScenarios } from '../../db/watch';
import { engineClient } from '../../engine/client';
import { listingFor, type Client, type ListedRow } from './listing-store';

export type { ListedRow, SummaryState } from './listing-store';

/**
 * The library in database `db` as the page lists it, once the database is
 * open and after every write to it (in this window or another). `rows` is
 * undefined until the versions are known; a row's `entry` is undefined until
 * read.
 */
export function useLibraryListing(db: Parameters<typeof followScenarios>[0], client: Client = engineClient): { rows: ListedRow[] | undefined; failure: string | null } {
  const listing = useMemo(() => listingFor(client, db.name), [client, db]);
  const tick = useSyncExternalStore(listing.subscribe, listing.tick, listing.tick);
  useEffect(() => followScenarios(db, () => listing.refresh()), [listing, db]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `tick` is what changes the rows
  return useMemo(() => ({ rows: listing.rows(), failure: listing.failure() }), [listing, tick]);
}
