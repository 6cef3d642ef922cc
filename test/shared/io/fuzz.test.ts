import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzTargets, type Outcome } from './fuzz-cases';

/**
 * A quick pass of the fuzz cases (scripts/fuzz.ts runs ≥ 10,000 per importer):
 * every importer returns ok with valid data or a non-empty list of problems
 * with paths and messages, and never throws. Fixed seed, so a failure here is
 * reproducible; `npm run fuzz` explores with fresh seeds.
 */
const RUNS: Record<string, number> = {
  'scenario file (JSON)': 400,
  'backup (JSON)': 300,
  'ledger CSV': 400,
  'ledger xlsx bytes': 150,
  // a year of hours is 8,760 rows: each case costs tens of milliseconds
  'profile CSV': 60,
  'profile xlsx bytes': 25,
};

describe('fuzz: importers never throw and never accept invalid data', async () => {
  const targets = await fuzzTargets();
  for (const target of targets) {
    it(target.name, async () => {
      const seen: Record<Outcome, number> = { ok: 0, okUncomputable: 0, problems: 0 };
      await fc.assert(
        fc.asyncProperty(target.arbitrary, async (input) => {
          const v = await target.run(input);
          if ('violation' in v) throw new Error(`${input.kind}: ${v.violation}`);
          seen[v.outcome]++;
        }),
        { numRuns: RUNS[target.name] ?? 200, seed: 20250301 },
      );
      // both outcomes must occur, or the cases do not reach deep enough
      expect(seen.problems).toBeGreaterThan(0);
      expect(seen.ok).toBeGreaterThan(0);
    }, 60_000);
  }
});
