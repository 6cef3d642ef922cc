import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readZipDirectory, unpackEntry, unpackToBytes, ZipError } from '../../../shared/io/zip';
import { packed, repeated, zip, type ZipPart } from './xlsx-bombs';

const text = (b: Uint8Array | null) => (b ? new TextDecoder().decode(b) : null);
const stored = (name: string, body: string): ZipPart => {
  const data = new TextEncoder().encode(body);
  return { name, ...packed(body), deflated: data, method: 0 };
};
const reason = async (f: () => unknown) => {
  try {
    await f();
  } catch (err) {
    return err instanceof ZipError ? err.reason : `not a ZipError: ${String(err)}`;
  }
  return 'no error';
};

describe('readZipDirectory', () => {
  it('lists the entries of a zip another library wrote (exceljs through JSZip), and unpacks them', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').getCell('A1').value = 'x'.repeat(1000);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const entries = readZipDirectory(bytes, 100);
    expect(entries.map((e) => e.name)).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml']));
    const shared = entries.find((e) => e.name === 'xl/sharedStrings.xml')!;
    const xml = text(await unpackToBytes(bytes, shared, shared.size))!;
    expect(xml).toHaveLength(shared.size); // ASCII: as many characters as bytes
    expect(xml).toContain(`<t>${'x'.repeat(1000)}</t>`);
  });

  it('drops a leading slash from names', async () => {
    const bytes = zip([{ name: '/xl/workbook.xml', ...packed('<w/>') }]);
    const [e] = readZipDirectory(bytes, 10);
    expect(e!.name).toBe('xl/workbook.xml');
    expect(text(await unpackToBytes(bytes, e!, 10))).toBe('<w/>');
  });

  it('reads sizes from a zip64 extra field', async () => {
    const bytes = zip([{ name: 'big.xml', ...packed('<a>hello</a>'), zip64: true }]);
    const [e] = readZipDirectory(bytes, 10);
    expect(e).toMatchObject({ name: 'big.xml', size: 12 });
    expect(text(await unpackToBytes(bytes, e!, 100))).toBe('<a>hello</a>');
  });

  it('reads stored entries', async () => {
    const bytes = zip([stored('s.xml', '<s/>')]);
    const [e] = readZipDirectory(bytes, 10);
    expect(text(await unpackToBytes(bytes, e!, 10))).toBe('<s/>');
  });

  it('refuses more entries than the limit, whatever the end record claims', async () => {
    const parts = Array.from({ length: 11 }, (_, i) => ({ name: `p${i}`, ...packed('') }));
    expect(await reason(() => readZipDirectory(zip(parts), 10))).toBe('too-many-entries');
    // the end record says 1, the directory holds 11: JSZip reads all 11, and so does this
    const lying = zip(parts);
    const end = lying.length - 22;
    lying[end + 8] = 1;
    lying[end + 10] = 1;
    expect(await reason(() => readZipDirectory(lying, 10))).toBe('too-many-entries');
    expect(readZipDirectory(lying, 11)).toHaveLength(11);
  });

  it('refuses what is not a zip, or a cut-off one', async () => {
    expect(await reason(() => readZipDirectory(new Uint8Array(100), 10))).toBe('not-zip');
    const bytes = zip([{ name: 'a', ...packed('abc') }]);
    expect(await reason(() => readZipDirectory(bytes.slice(0, bytes.length - 30), 10))).toBe('not-zip');
    const shifted = bytes.slice();
    shifted[shifted.length - 22 + 16] = 0xff; // directory offset past the end
    expect(await reason(() => readZipDirectory(shifted, 10))).toBe('damaged');
  });
});

describe('unpackEntry', () => {
  it('stops a 300 MB entry at the limit and hands on exactly the limit', async () => {
    const bomb = repeated('', 'a', 300_000_000, '');
    const bytes = zip([{ name: 'bomb.xml', ...bomb }]);
    const [e] = readZipDirectory(bytes, 10);
    expect(e!.size).toBe(300_000_000);
    let seen = 0;
    const produced = await unpackEntry(bytes, e!, 1_000_000, (c) => (seen += c.length));
    expect(seen).toBe(1_000_000);
    // one step of 4 KB of input (at most ~1,032× as much output) past the limit
    expect(produced).toBeGreaterThan(1_000_000);
    expect(produced).toBeLessThan(1_000_000 + 4096 * 1032);
  });

  it('reports a forged size: what comes out is counted, not what is declared', async () => {
    const bytes = zip([{ name: 'a.xml', ...packed('x'.repeat(5000)), declaredSize: 100 }]);
    const [e] = readZipDirectory(bytes, 10);
    expect(e!.size).toBe(100);
    expect(await unpackEntry(bytes, e!, e!.size)).toBeGreaterThan(100);
  });

  it('refuses a damaged stream, encryption and unknown methods', async () => {
    const bad = zip([{ name: 'a', deflated: new Uint8Array([0xff, 0xff, 0xff]), size: 10, crc: 0 }]);
    expect(await reason(() => unpackEntry(bad, readZipDirectory(bad, 10)[0]!, 10))).toBe('damaged');
    const enc = zip([{ name: 'a', ...packed('abc'), flags: 1 }]);
    expect(await reason(() => unpackEntry(enc, readZipDirectory(enc, 10)[0]!, 10))).toBe('encrypted');
    const lzma = zip([{ name: 'a', ...packed('abc'), method: 14 }]);
    expect(await reason(() => unpackEntry(lzma, readZipDirectory(lzma, 10)[0]!, 10))).toBe('method');
  });

  it('passes on what the chunk handler throws, unwrapped', async () => {
    const bytes = zip([{ name: 'a', ...packed('abc') }]);
    const mine = new Error('mine');
    await expect(
      unpackEntry(bytes, readZipDirectory(bytes, 10)[0]!, 10, () => {
        throw mine;
      }),
    ).rejects.toBe(mine);
  });
});
