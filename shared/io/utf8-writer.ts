import { encodeUtf8 } from './text';

type Encoder = { encodeInto(s: string, into: Uint8Array): { read: number; written: number } };
const globals = globalThis as { TextEncoder?: new () => Encoder };

/**
 * UTF-8 bytes written piece by piece into one growing buffer: a library file
 * of 70 MB is never held as one string (up to twice its size in UTF-16) and
 * then copied again to encode it.
 */
export class Utf8Writer {
  private buf: Uint8Array;
  private length = 0;
  private readonly encoder = globals.TextEncoder ? new globals.TextEncoder() : null;

  constructor(capacity = 1 << 16) {
    this.buf = new Uint8Array(capacity);
  }

  put(text: string): void {
    // a UTF-16 code unit is at most 3 UTF-8 bytes (a surrogate pair, 2 units, is 4)
    this.reserve(text.length * 3);
    if (this.encoder) {
      this.length += this.encoder.encodeInto(text, this.buf.subarray(this.length)).written;
    } else {
      const bytes = encodeUtf8(text);
      this.buf.set(bytes, this.length);
      this.length += bytes.length;
    }
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }

  private reserve(more: number): void {
    const need = this.length + more;
    if (need <= this.buf.length) return;
    let capacity = this.buf.length;
    while (capacity < need) capacity *= 2;
    const next = new Uint8Array(capacity);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
}
