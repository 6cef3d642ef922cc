/**
 * Text helpers for importers: byte decoding (UTF-8 with or without BOM, UTF-16
 * with BOM, GB18030 as written by Excel's "CSV (逗号分隔)" on Chinese Windows),
 * JSON parse errors with line and column, a nesting-depth guard and a
 * canonical JSON form for checksums. Pure; no DOM or Node types: the
 * `TextDecoder`/`TextEncoder` globals exist in Node, browsers and workers, and
 * are reached through `globalThis` with the minimal types below.
 */

import { echo } from '../model/echo';
import { issueAt, type Issue, type JsonType } from '../model/issue-codes';
import { FILE_PATH } from './problems';

type Decoder = { decode(input: Uint8Array): string };
type DecoderCtor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
type EncoderCtor = new () => { encode(input: string): Uint8Array };

const globals = globalThis as unknown as { TextDecoder?: DecoderCtor; TextEncoder?: EncoderCtor };

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type DecodedText = { text: string; encoding: TextEncoding; hadBom: boolean };

export const BOM = '\uFEFF';

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decoder(label: string, fatal: boolean): Decoder | null {
  try {
    return globals.TextDecoder ? new globals.TextDecoder(label, { fatal, ignoreBOM: true }) : null;
  } catch {
    return null; // the platform lacks this encoding
  }
}

/**
 * Bytes → text. A BOM decides; otherwise strict UTF-8, and when that fails
 * GB18030 (a superset of GBK/GB2312, what Chinese Excel and Notepad write as
 * "ANSI"). The BOM is not part of the returned text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeLoose('utf-8', bytes.subarray(3)), encoding: 'utf-8', hadBom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeLoose('utf-16le', bytes.subarray(2)), encoding: 'utf-16le', hadBom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeLoose('utf-16be', bytes.subarray(2)), encoding: 'utf-16be', hadBom: true };
  }
  const strict = decoder('utf-8', true);
  if (strict) {
    try {
      return { text: strict.decode(bytes), encoding: 'utf-8', hadBom: false };
    } catch {
      // not UTF-8: fall through to GB18030
    }
  }
  const gb = decoder('gb18030', false);
  if (gb) return { text: gb.decode(bytes), encoding: 'gb18030', hadBom: false };
  return { text: decodeLoose('utf-8', bytes), encoding: 'utf-8', hadBom: false };
}

/** UTF-8 bytes → text, bad bytes as U+FFFD (for names and messages, where a stray byte must not fail the read). */
export function decodeUtf8(bytes: Uint8Array): string {
  return decodeLoose('utf-8', bytes);
}

function decodeLoose(label: string, bytes: Uint8Array): string {
  const d = decoder(label, false);
  if (d) return d.decode(bytes);
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

let encoder: InstanceType<EncoderCtor> | undefined;

/** Text → UTF-8 bytes (what every file the app writes is encoded in). */
export function encodeUtf8(text: string): Uint8Array {
  if (globals.TextEncoder) return (encoder ??= new globals.TextEncoder()).encode(text);
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(0, offset), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** The JSON type of a value, as issues name it. */
export const jsonType = (v: unknown): JsonType => (Array.isArray(v) ? 'array' : v === null ? 'null' : (typeof v as JsonType));

/** The problem of text that is not JSON, located where the engine says. */
export function notJson(parsed: { line?: number; column?: number; detail: string }): Issue {
  const detail = echo(parsed.detail, 200);
  return parsed.line !== undefined
    ? issueAt(FILE_PATH, 'file.notJsonAt', { line: parsed.line, column: parsed.column ?? 0, detail })
    : issueAt(FILE_PATH, 'file.notJson', { detail });
}

export type JsonParseResult =
  | { ok: true; value: unknown }
  | { ok: false; line?: number; column?: number; detail: string };

/**
 * `JSON.parse` with the error located. Engines word errors differently:
 * V8 gives "at position N" (newer versions add "(line L column C)"),
 * Firefox "at line L column C", end-of-input errors give no position.
 */
export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const lc = /line (\d+) column (\d+)/i.exec(detail);
    if (lc) return { ok: false, line: Number(lc[1]), column: Number(lc[2]), detail };
    const pos = /position (\d+)/i.exec(detail);
    if (pos) return { ok: false, ...lineColumn(text, Number(pos[1])), detail };
    if (/end of (JSON )?(input|data)/i.test(detail)) return { ok: false, ...lineColumn(text, text.length), detail };
    return { ok: false, detail };
  }
}

/**
 * Deepest nesting of arrays/objects in parsed JSON, counted without recursion
 * and stopping once `limit` is passed (hostile files nest thousands deep, and
 * the validators below recurse).
 */
export function exceedsDepth(value: unknown, limit: number): boolean {
  // Recursion is bounded by `limit` (it stops one level past it); no per-node allocation,
  // which matters for a library file of a thousand scenarios.
  const deeper = (v: unknown, d: number): boolean => {
    if (v === null || typeof v !== 'object') return false;
    if (d + 1 > limit) return true;
    if (Array.isArray(v)) {
      for (const c of v) if (deeper(c, d + 1)) return true;
      return false;
    }
    for (const k in v) if (deeper((v as Record<string, unknown>)[k], d + 1)) return true;
    return false;
  };
  return deeper(value, 0);
}

/**
 * JSON with object keys sorted at every level and no whitespace: the same
 * data always gives the same text, whatever the key order or indentation of
 * the file it was read from. `undefined` object values are dropped (as
 * `JSON.stringify` does); non-finite numbers become `null`.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value);
    return s === undefined ? 'null' : s;
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Short, printable form of an unknown value for messages. */
export function preview(v: unknown, max = 40): string {
  let s: string;
  if (typeof v === 'string') s = `'${v}'`;
  else if (v === undefined) s = 'nothing';
  else {
    try {
      s = JSON.stringify(v) ?? String(v);
    } catch {
      s = String(v);
    }
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
