import type { TargetStatus } from './results';

/** A scenario's targets at a glance, as the library lists them. */
export type TargetSummary = {
  met: number;
  /** targets whose year lies within the scenario's horizon */
  total: number;
  /** a binding (约束性) target is missed */
  bindingMissed: boolean;
  /** ids of the missed targets (labels are looked up at render time, in the UI language) */
  missed: string[];
};

/** Counts targets met; a target outside the horizon (met === null) is not counted either way. */
export function summarizeTargets(targets: readonly TargetStatus[]): TargetSummary {
  const judged = targets.filter((t) => t.met !== null);
  const missed = judged.filter((t) => t.met === false);
  return {
    met: judged.length - missed.length,
    total: judged.length,
    bindingMissed: missed.some((t) => t.binding),
    missed: missed.map((t) => t.id),
  };
}
