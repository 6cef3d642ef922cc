import { describe, expect, it } from 'vitest';
import { detailOf } from '../../../../shared/engine/hourly/detail';
import { hourBuffers } from '../../../../shared/engine/hourly/dispatch';

/** The duration curves by a full sort: every 24th value from the highest, and the lowest. */
function reference(values: Float64Array): number[] {
  const sorted = Float64Array.from(values).sort().reverse();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i += 24) out.push(sorted[i]!);
  out.push(sorted[sorted.length - 1]!);
  return out;
}

describe('detailOf: duration curves (bucket sort) as a full sort gives them', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const cases: [string, (i: number) => number][] = [
    ['spread', () => random() * 100 - 30],
    ['few distinct values', (i) => i % 7],
    ['one outlier, the rest in one bucket', (i) => (i === 5 ? 1e9 : random())],
    ['all equal', () => 3],
    ['a tiny span', () => 1 + random() * 1e-13],
    ['steps', (i) => Math.floor(i / 1000)],
    ['an infinity', (i) => (i === 3 ? Infinity : i)],
    ['NaN', (i) => (i === 3 ? NaN : i)],
    ['a span beyond the largest double', (i) => (i % 2 ? 1.7e308 : -1.7e308)],
  ];
  for (const hours of [8760, 8784]) {
    for (const [name, f] of cases) {
      it(`${name}, ${hours} hours`, () => {
        const h = hourBuffers(hours);
        for (let i = 0; i < hours; i++) {
          h.load[i] = f(i);
          h.residualLoad[i] = f(hours - 1 - i);
        }
        const d = detailOf(2030, h);
        expect(d.loadDurationMW).toEqual(reference(h.load));
        expect(d.residualDurationMW).toEqual(reference(h.residualLoad));
      });
    }
  }
});
