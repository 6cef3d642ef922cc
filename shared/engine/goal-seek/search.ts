import type { GoalReading } from './goal';
import type { GoalSeekNote } from './types';

/** The goal read at one lever value. */
export type Probe = GoalReading & { x: number };

export type SearchOptions = {
  /** met or not with nothing in between: bisect */
  discrete: boolean;
  /** the aim for the answer's margin: within [0, tolerance] */
  tolerance: number;
  /** a bracket narrower than this (lever unit) is not split further */
  resolution: number;
  /** whether another run may be made */
  canRun: () => boolean;
};

export type SearchOutcome =
  | { kind: 'met'; answer: Probe; width: number; notes: GoalSeekNote[] }
  | { kind: 'unreachable'; best: Probe; notes: GoalSeekNote[] };

/** Points scanned between the current value and a bound that misses the goal, looking for a goal met in between. */
const SCAN_POINTS = 4;

const measurable = (p: Probe) => p.margin !== null && Number.isFinite(p.margin);

/**
 * The smallest move from `unmet` towards `met` that meets the goal, on a
 * bracket whose ends differ (one meets, one does not). A margin that varies
 * continuously is solved by the Illinois method (regula falsi that halves the
 * value of an end kept twice, so it converges superlinearly) aimed at half the
 * tolerance, so that the point it lands on is on the met side within the
 * tolerance; it bisects whenever three steps have not halved the bracket. A
 * goal met or not with nothing in between is bisected.
 */
export function solveBracket(unmet: Probe, met: Probe, evalAt: (x: number) => Probe, o: SearchOptions): { answer: Probe; width: number; discrete: boolean } {
  let a = unmet;
  let b = met;
  const width = () => Math.abs(b.x - a.x);
  if (!o.discrete && measurable(b) && b.margin! <= o.tolerance) return { answer: b, width: width(), discrete: false };
  let discrete = o.discrete || !measurable(a) || !measurable(b);
  const aim = o.tolerance / 2;
  let fa = discrete ? 0 : a.margin! - aim;
  let fb = discrete ? 0 : b.margin! - aim;
  let kept: 'a' | 'b' | null = null;
  let checkedWidth = width();
  let steps = 0;
  let bisectNext = false;
  while (width() > o.resolution && o.canRun()) {
    const mid = (a.x + b.x) / 2;
    let x = mid;
    if (!discrete && !bisectNext) {
      const secant = (a.x * fb - b.x * fa) / (fb - fa);
      const lo = Math.min(a.x, b.x);
      const hi = Math.max(a.x, b.x);
      if (secant > lo && secant < hi) x = secant;
    }
    bisectNext = false;
    const p = evalAt(x);
    if (!discrete && !measurable(p)) discrete = true;
    if (discrete) {
      if (p.met) b = p;
      else a = p;
      continue;
    }
    if (p.met && p.margin! <= o.tolerance) return { answer: p, width: width(), discrete: false };
    const fp = p.margin! - aim;
    if (p.met) {
      b = p;
      fb = fp;
      if (kept === 'a') fa /= 2;
      kept = 'a';
    } else {
      a = p;
      fa = fp;
      if (kept === 'b') fb /= 2;
      kept = 'b';
    }
    if (++steps % 3 === 0) {
      bisectNext = width() > checkedWidth / 2;
      checkedWidth = width();
    }
  }
  return { answer: b, width: width(), discrete };
}

/** Of two readings, the one nearer to meeting the goal (by margin; else by the value reached). */
function better(p: Probe, q: Probe, goalValue: number): Probe {
  if (measurable(p) && measurable(q)) return p.margin! >= q.margin! ? p : q;
  if (measurable(p) !== measurable(q)) return measurable(p) ? p : q;
  const d = (r: Probe) => (r.achieved === null ? Infinity : Math.abs(r.achieved - goalValue));
  return d(p) <= d(q) ? p : q;
}

/**
 * From the current value (which misses the goal) towards each bound: a bound
 * that meets the goal brackets an answer; a side whose bound misses it is
 * scanned at a few points in case the goal is met in between (a lever whose
 * effect changes direction). Of the answers on both sides, the nearer.
 */
export function searchFrom(
  start: Probe,
  bounds: { min: number; max: number },
  goalValue: number,
  evalAt: (x: number) => Probe,
  o: SearchOptions,
): SearchOutcome {
  const sides = [bounds.min, bounds.max].filter((x) => x !== start.x);
  const ends = sides.map((x) => evalAt(x));
  const notes: GoalSeekNote[] = [];
  const brackets: [Probe, Probe][] = [];
  for (const end of ends) if (end.met) brackets.push([start, end]);
  const scanned: Probe[] = [];
  if (!brackets.length) {
    for (const end of ends) {
      let prev = start;
      for (let k = 1; k <= SCAN_POINTS && o.canRun(); k++) {
        const p = evalAt(start.x + ((end.x - start.x) * k) / (SCAN_POINTS + 1));
        scanned.push(p);
        if (p.met) {
          brackets.push([prev, p]);
          break;
        }
        prev = p;
      }
    }
  }
  if (brackets.length > 1 || (brackets.length && !ends.some((e) => e.met))) notes.push('nonMonotone');
  if (!brackets.length) {
    notes.push('noSignChange');
    const seen = [start, ...ends, ...scanned];
    if (seen.every((p) => p.margin === start.margin && p.achieved === start.achieved)) notes.push('noEffect');
    const bestEnd = ends.length ? ends.reduce((p, q) => better(p, q, goalValue)) : start;
    const bestAll = scanned.reduce((p, q) => better(p, q, goalValue), bestEnd);
    if (bestAll !== bestEnd) notes.push('nonMonotone');
    return { kind: 'unreachable', best: bestEnd, notes };
  }
  let found: { answer: Probe; width: number; discrete: boolean } | null = null;
  for (const [unmet, met] of brackets) {
    const r = solveBracket(unmet, met, evalAt, o);
    if (!found || Math.abs(r.answer.x - start.x) < Math.abs(found.answer.x - start.x)) found = r;
  }
  if (found!.discrete) notes.unshift('discrete');
  return { kind: 'met', answer: found!.answer, width: found!.width, notes };
}
