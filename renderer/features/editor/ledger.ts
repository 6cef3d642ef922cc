import type { Generator, GeneratorType, ProjectStatus } from '../../../shared/model/scenario';

/** What the project ledger shows: one type and one status, or all of them. */
export type LedgerFilter = { type: GeneratorType | 'all'; status: ProjectStatus | 'all' };

export function matches(p: Generator, f: LedgerFilter): boolean {
  return (f.type === 'all' || p.type === f.type) && (f.status === 'all' || p.status === f.status);
}
