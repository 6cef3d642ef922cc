import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../../seeds/index';
import { exportScenarios, exportScenariosBytes, parseScenarioFile } from '../../../shared/io/scenario-file';
import { encodeUtf8 } from '../../../shared/io/text';
import { Utf8Writer } from '../../../shared/io/utf8-writer';

const meta = { exportedAt: '2026-12-04T02:00:00.000Z', appVersion: 'test' };

describe('a scenario file written as bytes, piece by piece', () => {
  it('is byte for byte the encoded text of the file, for a library with derived scenarios', () => {
    const scenarios = PRESETS.map((p, i) => (i === 0 ? { ...p, name: `${p.name} 🌞 ①` } : p));
    const derived = [{ id: 'qy-more-pv', parentId: 'qingyuan-policy', name: '更多光伏', overrides: [{ path: 'economy.baseGdpYiYuan', value: 2000 }] }];
    const input = { scenarios, derived, ...meta };
    const bytes = exportScenariosBytes(input);
    expect(Buffer.from(bytes).equals(Buffer.from(encodeUtf8(exportScenarios(input))))).toBe(true);
    const back = parseScenarioFile(bytes);
    expect(back.ok).toBe(true);
  });

  it('is the pretty text for one scenario, and without `derived` when there is none', () => {
    const one = { scenarios: [PRESETS[0]!], ...meta };
    expect(Buffer.from(exportScenariosBytes(one)).equals(Buffer.from(encodeUtf8(exportScenarios(one))))).toBe(true);
    const two = { scenarios: PRESETS.slice(0, 2), ...meta };
    const text = new TextDecoder().decode(exportScenariosBytes(two));
    expect(text).toBe(exportScenarios(two));
    expect(text).not.toContain('"derived"');
  });
});

describe('the UTF-8 writer', () => {
  it('joins its pieces in order and keeps four-byte characters whole', () => {
    const w = new Utf8Writer();
    const pieces = ['a', '碳达峰', '', '🌞', 'x'.repeat(100), '末'];
    for (const p of pieces) w.put(p);
    expect(new TextDecoder().decode(w.bytes())).toBe(pieces.join(''));
    // 1 + 9 + 0 + 4 + 100 + 3 bytes
    expect(w.bytes()).toHaveLength(117);
  });

  it('gives no bytes when nothing was written, and one piece as it is', () => {
    expect(new Utf8Writer().bytes()).toHaveLength(0);
    const one = new Utf8Writer();
    one.put('峰');
    expect([...one.bytes()]).toEqual([0xe5, 0xb3, 0xb0]);
  });

  it('writes pieces across its blocks and gives exactly the bytes written, in a buffer of their own', () => {
    // 3,000 pieces of 1,000 characters of 峰 (3 bytes each) are 9,000,000 bytes: more than one 8 MiB block
    const w = new Utf8Writer();
    const piece = '峰'.repeat(999);
    for (let i = 0; i < 3000; i++) w.put(`${piece}${i % 10}`);
    const out = w.bytes();
    expect(out).toHaveLength(3000 * (999 * 3 + 1));
    expect(out.byteLength).toBe(out.buffer.byteLength);
    const text = new TextDecoder().decode(out);
    expect(text.slice(-1001)).toBe(`8${piece}9`);
    // one small piece is not handed back as a view of a large block
    const small = new Utf8Writer();
    small.put('碳');
    expect(small.bytes().buffer.byteLength).toBe(3);
  });
});
