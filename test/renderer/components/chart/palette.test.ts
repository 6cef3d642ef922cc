import { describe, expect, it } from 'vitest';
import { SCENARIO_PALETTE, SERIES_COLORS, scenarioColor, scenarioColors } from '../../../../renderer/components/chart/palette';

/*
 * Home slots worked by hand. FNV-1a of a one-character id c is (0x811c9dc5 ^ c) × 0x01000193 mod 2^32; modulo 8
 * only the low three bits count: (((0xc5 ^ c) & 7) × (0x193 & 7)) mod 8 = (((0xc5 ^ c) & 7) × 3) mod 8.
 *   'a' 0x61: 0xc5 ^ 0x61 = 0xa4 → 4 × 3 = 12 → slot 4 (#2a9d8f)
 *   'b' 0x62: 0xa7 → 7 × 3 = 21 → slot 5 (#9c6b3c)
 *   'c' 0x63: 0xa6 → 6 × 3 = 18 → slot 2 (#f28e2b)
 *   'i' 0x69: 0xac → 4 × 3 = 12 → slot 4, the same home as 'a'
 * (FNV-1a('a') = 0xe40c292c, 0x2c = 44, 44 mod 8 = 4, agrees.)
 */
describe('scenario colours by id', () => {
  it('a scenario alone has its home colour', () => {
    expect(scenarioColor('a')).toBe('#2a9d8f');
    expect(scenarioColor('b')).toBe('#9c6b3c');
    expect(scenarioColor('c')).toBe('#f28e2b');
    expect(scenarioColor('i')).toBe('#2a9d8f');
  });

  it('the same scenario keeps its colour in two different sets and in any order', () => {
    const abc = scenarioColors(['a', 'b', 'c']);
    const cb = scenarioColors(['c', 'b']);
    expect(abc).toEqual(['#2a9d8f', '#9c6b3c', '#f28e2b']);
    expect(cb).toEqual(['#f28e2b', '#9c6b3c']);
    expect(scenarioColors(['c', 'a', 'b'])).toEqual(['#f28e2b', '#2a9d8f', '#9c6b3c']);
  });

  it('two scenarios with one home: the first in id order keeps it, the next takes the following free slot', () => {
    // 'a' < 'i': 'a' slot 4, 'i' probes to slot 5 — whichever order they are shown in
    expect(scenarioColors(['i', 'a'])).toEqual(['#9c6b3c', '#2a9d8f']);
    expect(scenarioColors(['a', 'i'])).toEqual(['#2a9d8f', '#9c6b3c']);
    // with 'b' also present: 'a' 4, 'b' 5, 'i' probes 4, 5, then 6 (#56b4e9)
    expect(scenarioColors(['a', 'b', 'i'])).toEqual(['#2a9d8f', '#9c6b3c', '#56b4e9']);
  });

  it('no two scenarios of a set share a colour, up to the palette size', () => {
    expect(SCENARIO_PALETTE).toHaveLength(8);
    for (let start = 0; start < 40; start++) {
      const ids = Array.from({ length: 8 }, (_, k) => `scenario-${start * 8 + k}`);
      for (let size = 2; size <= 8; size++) expect(new Set(scenarioColors(ids.slice(0, size))).size).toBe(size);
    }
  });

  it('a ninth scenario starts a second round; a repeated id has one colour', () => {
    const nine = scenarioColors(Array.from({ length: 9 }, (_, k) => `s${k}`));
    expect(new Set(nine).size).toBe(8);
    const [first, again] = scenarioColors(['a', 'a']);
    expect(first).toBe(again);
  });

  it('the palette stays apart from the target red', () => {
    expect(new Set(SCENARIO_PALETTE).size).toBe(SCENARIO_PALETTE.length);
    expect(SCENARIO_PALETTE).not.toContain(SERIES_COLORS.target);
    // no red or pink: no hue from 300° round to 15° (the old #d37295: max r 211, min g 114,
    // hue 60 × (114 − 149) / 97 = −21.65° = 338.35°, a pink; orange #f28e2b: 60 × (142 − 43) / 199 = 30°, kept)
    const hue = (c: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
      const max = Math.max(r, g, b);
      const d = max - Math.min(r, g, b);
      if (d === 0) return null;
      const h = max === r ? 60 * ((g - b) / d) : max === g ? 60 * ((b - r) / d) + 120 : 60 * ((r - g) / d) + 240;
      return (h + 360) % 360;
    };
    expect(hue('#d37295')).toBeCloseTo(338.35, 2); // 360 − 60 × 35 / 97 = 338.350…
    const reddish = SCENARIO_PALETTE.filter((c) => {
      const h = hue(c);
      return h !== null && (h >= 300 || h < 15);
    });
    expect(reddish).toEqual([]);
  });
});
