import { describe, expect, it } from 'vitest';
import { searchFrom, type Probe } from '../../../../shared/engine/goal-seek/search';

/** A margin as a function of the lever, read as the goal would be (met when ≥ 0), counting runs. */
function counted(margin: (x: number) => number) {
  let runs = 0;
  const evalAt = (x: number): Probe => {
    runs++;
    const m = margin(x);
    return { x, margin: m, met: m >= 0, achieved: m };
  };
  const options = (discrete = false) => ({ discrete, tolerance: 0.01, resolution: 1e-6, canRun: () => runs < 50 });
  return { evalAt, options, runs: () => runs };
}

describe('searchFrom', () => {
  it('a linear margin: solved from the bracket in one secant step, on the met side within the tolerance', () => {
    // m(x) = x − 3 from 0 in [0, 10]: aimed at half the tolerance, the secant lands on 3.005 (m = 0.005)
    const f = counted((x) => x - 3);
    const r = searchFrom(f.evalAt(0), { min: 0, max: 10 }, 0, f.evalAt, f.options());
    expect(r.kind).toBe('met');
    if (r.kind !== 'met') return;
    expect(r.answer.x).toBeCloseTo(3.005, 9);
    expect(f.runs()).toBe(3); // the start, the bound, the secant
  });

  it('a curved margin converges within the budget (Illinois keeps the bracket shrinking at both ends)', () => {
    // m(x) = exp(x) − 1000: the root ln 1000 = 6.9078; regula falsi alone would creep from one side
    const f = counted((x) => Math.exp(x) - 1000);
    const r = searchFrom(f.evalAt(0), { min: 0, max: 10 }, 0, f.evalAt, f.options());
    expect(r.kind).toBe('met');
    if (r.kind !== 'met') return;
    expect(r.answer.margin!).toBeGreaterThanOrEqual(0);
    expect(r.answer.margin!).toBeLessThanOrEqual(0.01);
    expect(f.runs()).toBeLessThanOrEqual(50);
  });

  it('a lever whose effect changes direction: no sign change between start and either bound, met in between', () => {
    // m(x) = 1 − (x − 5)²: misses at 0 and 10, met on [4, 6]; the scan at 2, 4, … finds x = 4
    const f = counted((x) => 1 - (x - 5) ** 2);
    const r = searchFrom(f.evalAt(0), { min: 0, max: 10 }, 0, f.evalAt, f.options());
    expect(r.kind).toBe('met');
    if (r.kind !== 'met') return;
    expect(r.notes).toContain('nonMonotone');
    expect(r.answer.x).toBeGreaterThanOrEqual(4 - 1e-9);
    expect(r.answer.x).toBeLessThan(4.01);
  });

  it('never met: unreachable at the bound that helps most, the bracket without a sign change said', () => {
    // m(x) = −5 + x / 10 on [0, 10]: best at 10 (−4)
    const f = counted((x) => -5 + x / 10);
    const r = searchFrom(f.evalAt(2), { min: 0, max: 10 }, 0, f.evalAt, f.options());
    expect(r).toMatchObject({ kind: 'unreachable', best: { x: 10, margin: -4 }, notes: ['noSignChange'] });
  });

  it('met or not with nothing between: bisected to the resolution', () => {
    // met from x = 2.5 up; from 0 in [0, 8] bisection halves 8 down to 1e-6 in 23 steps
    const f = counted((x) => (x >= 2.5 ? 0 : -1));
    const r = searchFrom(f.evalAt(0), { min: 0, max: 8 }, 0, f.evalAt, { ...f.options(true) });
    expect(r.kind).toBe('met');
    if (r.kind !== 'met') return;
    expect(r.notes).toEqual(['discrete']);
    expect(r.answer.x - 2.5).toBeLessThanOrEqual(1e-6);
    expect(r.width).toBeLessThanOrEqual(1e-6);
    expect(f.runs()).toBe(2 + 23);
  });
});
