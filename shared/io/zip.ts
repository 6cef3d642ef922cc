import { decodeUtf8 } from './text';

/**
 * The zip container of an .xlsx, read only as far as needed to check it
 * before a parser unpacks it: the central directory (what each entry claims
 * to be) and a bounded inflate of one entry (what it really holds). Offsets
 * and sizes are taken exactly as JSZip, which exceljs unpacks with, takes
 * them: the central directory's sizes and local-header offsets, the local
 * header only for the length of its name and extra field.
 */

export type ZipEntry = {
  /** the name as stored, without a leading `/` (exceljs strips it too) */
  name: string;
  flags: number;
  /** 0 stored, 8 deflated */
  method: number;
  compressedSize: number;
  /** the uncompressed size the directory declares */
  size: number;
  localOffset: number;
};

export type ZipErrorReason = 'not-zip' | 'damaged' | 'too-many-entries' | 'encrypted' | 'method' | 'unsupported';

export class ZipError extends Error {
  constructor(
    readonly reason: ZipErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
/** Exact below 2^53, which is all a file in memory can address. */
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 2 ** 32;

const damaged = (what: string) => new ZipError('damaged', what);

function findEndOfDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535; JSZip takes the last signature found.
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && u32(bytes, at) === SIG_EOCD) return at;
  }
  throw new ZipError('not-zip', 'no zip directory at the end of the file');
}

function directoryBounds(bytes: Uint8Array): { count: number; offset: number; end: number } {
  const eocd = findEndOfDirectory(bytes);
  let count = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || size === U32_MAX || offset === U32_MAX) {
    const loc = eocd - 20;
    if (loc >= 0 && u32(bytes, loc) === SIG_ZIP64_LOCATOR) {
      const rec = u64(bytes, loc + 8);
      if (rec + 56 > bytes.length || u32(bytes, rec) !== SIG_ZIP64_EOCD)
        throw damaged('the zip64 directory record is missing');
      count = u64(bytes, rec + 32);
      size = u64(bytes, rec + 40);
      offset = u64(bytes, rec + 48);
    }
  }
  if (offset + size > bytes.length) throw damaged('the zip directory points past the end of the file');
  return { count, offset, end: offset + size };
}

function decodeName(raw: Uint8Array): string {
  // Names are UTF-8 in every writer of .xlsx (flag 11 or plain ASCII); a bad byte only blurs the message.
  const name = decodeUtf8(raw);
  return name.startsWith('/') ? name.slice(1) : name;
}

/** The zip64 extra field holds, in order, only the values the record marks with 0xFFFFFFFF. */
function zip64Sizes(extra: Uint8Array, e: ZipEntry): void {
  for (let at = 0; at + 4 <= extra.length;) {
    const id = u16(extra, at);
    const len = u16(extra, at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const take = () => {
        if (p + 8 > at + 4 + len) throw damaged(`the zip64 sizes of ${e.name} are cut short`);
        const v = u64(extra, p);
        p += 8;
        return v;
      };
      if (e.size === U32_MAX) e.size = take();
      if (e.compressedSize === U32_MAX) e.compressedSize = take();
      if (e.localOffset === U32_MAX) e.localOffset = take();
      return;
    }
    at += 4 + len;
  }
}

/**
 * Every entry of the central directory. Like JSZip, records are read while
 * their signature follows, whatever count the end record claims; more than
 * `maxEntries` is refused before any more are read.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const { count, offset, end } = directoryBounds(bytes);
  if (count > maxEntries) throw new ZipError('too-many-entries', `the directory lists ${count}`);
  const entries: ZipEntry[] = [];
  let at = offset;
  while (at + 46 <= end && u32(bytes, at) === SIG_CENTRAL) {
    if (entries.length >= maxEntries)
      throw new ZipError('too-many-entries', `the directory holds more than ${maxEntries}`);
    const nameLen = u16(bytes, at + 28);
    const extraLen = u16(bytes, at + 30);
    const commentLen = u16(bytes, at + 32);
    const next = at + 46 + nameLen + extraLen + commentLen;
    if (next > end) throw damaged('a zip directory record runs past the directory');
    const e: ZipEntry = {
      name: decodeName(bytes.subarray(at + 46, at + 46 + nameLen)),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    zip64Sizes(bytes.subarray(at + 46 + nameLen, at + 46 + nameLen + extraLen), e);
    entries.push(e);
    at = next;
  }
  if (entries.length === 0) throw damaged('the zip directory lists no entries');
  return entries;
}

/** The entry's stored bytes (compressed or not), located through its local header. */
function entryBytes(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  if (e.flags & 1) throw new ZipError('encrypted', e.name);
  if (e.method !== 0 && e.method !== 8) throw new ZipError('method', `${e.name} (method ${e.method})`);
  const h = e.localOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== SIG_LOCAL) throw damaged(`the local header of ${e.name} is missing`);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  if (start + e.compressedSize > bytes.length) throw damaged(`${e.name} runs past the end of the file`);
  return bytes.subarray(start, start + e.compressedSize);
}

/** Compressed input per step: deflate expands at most ~1,032×, so one step yields at most ~4 MB. */
const STEP = 4096;

/** The WHATWG streams used here, reached through `globalThis` (shared/ has no DOM types). */
type Reader = { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(reason?: unknown): Promise<void> };
type ByteStream = { pipeThrough(transform: object): ByteStream; getReader(): Reader };
type Controller = { enqueue(chunk: Uint8Array): void; close(): void };
type StreamGlobals = {
  ReadableStream?: new (
    source: { pull(controller: Controller): void },
    strategy: { highWaterMark: number },
  ) => ByteStream;
  DecompressionStream?: new (format: 'deflate-raw') => object;
};

/**
 * Unpacks one entry, handing `onChunk` its first `maxBytes` bytes piece by
 * piece, and stops as soon as more came out: a bomb costs at most one step
 * beyond the limit, never its declared or real size. Returns the bytes
 * produced (a value above `maxBytes` means it stopped there). Rejects with a
 * `ZipError` when the data is not a valid deflate stream, and with whatever
 * `onChunk` throws, as it is. Inflating is the platform's own
 * (`DecompressionStream`, native in browsers, Electron and Node).
 */
export async function unpackEntry(
  bytes: Uint8Array,
  e: ZipEntry,
  maxBytes: number,
  onChunk?: (chunk: Uint8Array) => void,
): Promise<number> {
  const data = entryBytes(bytes, e);
  let produced = 0;
  const hand = (chunk: Uint8Array) => {
    const room = maxBytes - produced;
    produced += chunk.length;
    if (room > 0) onChunk?.(room < chunk.length ? chunk.subarray(0, room) : chunk);
  };
  if (e.method === 0 || data.length === 0) {
    for (let at = 0; at < data.length && produced <= maxBytes; at += STEP * 16) hand(data.subarray(at, at + STEP * 16));
    return produced;
  }
  const g = globalThis as unknown as StreamGlobals;
  if (!g.ReadableStream || !g.DecompressionStream)
    throw new ZipError('unsupported', 'this platform cannot unpack zip data');
  // Small steps first, and near the limit: a refusal found in the first bytes, or a forged small size,
  // then costs kilobytes of output rather than a full step's worth of megabytes.
  let at = 0;
  let step = 256;
  const source = new g.ReadableStream(
    {
      pull(controller) {
        if (at >= data.length) return controller.close();
        step = Math.max(64, Math.min(step, Math.ceil((maxBytes - produced + 1) / 1032)));
        controller.enqueue(data.subarray(at, at + step));
        at += step;
        step = Math.min(STEP, step * 2);
      },
    },
    { highWaterMark: 0 },
  );
  const reader = source.pipeThrough(new g.DecompressionStream('deflate-raw')).getReader();
  const stop = () => reader.cancel().catch(() => {});
  for (;;) {
    let next: { done: boolean; value?: Uint8Array };
    try {
      next = await reader.read();
    } catch (err) {
      throw damaged(`${e.name} does not unpack (${err instanceof Error ? err.message : String(err)})`);
    }
    if (next.done || !next.value) return produced;
    try {
      hand(next.value);
    } catch (err) {
      await stop();
      throw err;
    }
    if (produced > maxBytes) {
      await stop();
      return produced;
    }
  }
}

/** The whole entry in one piece, or null when it unpacks to more than `maxBytes`. */
export async function unpackToBytes(bytes: Uint8Array, e: ZipEntry, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  if ((await unpackEntry(bytes, e, maxBytes, (c) => chunks.push(c.slice()))) > maxBytes) return null;
  const all = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}
