import { useLiveQuery } from 'dexie-react-hooks';
import { useRepo } from './RepoContext';
import type { ScenarioRecord } from './records';

/**
 * Every listed scenario record, kept current as any window writes; undefined
 * until the first read answers. Lives here so that only renderer/db knows the
 * list comes from a Dexie live query.
 */
export function useScenarioRecords(): ScenarioRecord[] | undefined {
  const repo = useRepo();
  return useLiveQuery(() => repo.list(), [repo]);
}
