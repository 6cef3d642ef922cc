import { describe, expect, it } from 'vitest';
import { canonicalJson, decodeText, encodeUtf8, exceedsDepth, lineColumn, parseJson, stripBom } from '../../../shared/io/text';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = encodeUtf8('项目名称,装机');
    expect(decodeText(bytes)).toEqual({ text: '项目名称,装机', encoding: 'utf-8', hadBom: false });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(withBom)).toEqual({ text: '项目名称,装机', encoding: 'utf-8', hadBom: true });
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const s = '类型\t光伏';
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < s.length; i++) {
      bytes[2 + i * 2] = s.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = s.charCodeAt(i) >> 8;
    }
    expect(decodeText(bytes)).toMatchObject({ text: s, encoding: 'utf-16le' });
  });

  it('falls back to GB18030 for bytes that are not UTF-8 (Excel "CSV" on Chinese Windows)', () => {
    // "光伏" in GBK
    const gbk = new Uint8Array([0xb9, 0xe2, 0xb7, 0xfc]);
    expect(decodeText(gbk)).toEqual({ text: '光伏', encoding: 'gb18030', hadBom: false });
  });

  it('strips a BOM from text', () => {
    expect(stripBom('\uFEFF{}')).toBe('{}');
    expect(stripBom('{}')).toBe('{}');
  });
});

describe('parseJson', () => {
  it('locates errors by line and column', () => {
    const r = parseJson('{\n  "a": 1,\n  "b" 2\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.line, r.column]).toEqual([3, 7]);
  });
  it('locates an unexpected end at the end of the text', () => {
    const r = parseJson('{\n"a": [1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.line).toBe(2);
  });
  it('returns the value of valid JSON', () => {
    expect(parseJson('[1,{"a":null}]')).toEqual({ ok: true, value: [1, { a: null }] });
  });
  it('lineColumn counts from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('exceedsDepth', () => {
  it('measures nesting, recursing no deeper than the limit (100,000 levels do not overflow the stack)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(exceedsDepth(deep, 64)).toBe(true);
    expect(exceedsDepth({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(exceedsDepth({ a: [{ b: {} }] }, 3)).toBe(true);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and ignores formatting', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }], u: undefined })).toBe('{"a":[{"c":"x","d":2}],"b":1}');
    expect(canonicalJson(JSON.parse('{ "z": 1,\n "a": 2 }'))).toBe(canonicalJson({ a: 2, z: 1 }));
  });
});
