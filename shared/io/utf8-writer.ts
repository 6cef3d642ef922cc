import { encodeUtf8 } from './text';

/** A piece of UTF-16 text takes at most 3 bytes per code unit in UTF-8. */
const MAX_BYTES_PER_UNIT = 3;
const BLOCK_BYTES = 8 * 1024 * 1024;

type Encoder = { encodeInto(text: string, into: Uint8Array): { written: number } };
/** Reached through `globalThis` as in text.ts: shared/ has no DOM or Node types. */
const EncoderCtor = (globalThis as unknown as { TextEncoder?: new () => Encoder }).TextEncoder;

/**
 * UTF-8 bytes written piece by piece: a library file of 100 MB is never held
 * as one string (up to twice its size in UTF-16). Pieces are encoded straight
 * into large blocks, never each into a buffer of its own (a thousand
 * allocations of 100 kB each keep the collector busy), and the blocks are
 * copied once into a buffer of the exact size: no buffer is grown by
 * doubling, which zero-fills and copies everything written so far.
 */
export class Utf8Writer {
  private readonly blocks: Uint8Array[] = [];
  private block = new Uint8Array(0);
  private at = 0;
  private length = 0;
  private readonly encoder: Encoder | null = EncoderCtor ? new EncoderCtor() : null;

  put(text: string): void {
    if (!text) return;
    if (!this.encoder) return this.keep(encodeUtf8(text));
    if (this.block.length - this.at < text.length * MAX_BYTES_PER_UNIT) {
      this.finishBlock();
      this.block = new Uint8Array(Math.max(BLOCK_BYTES, text.length * MAX_BYTES_PER_UNIT));
    }
    const { written } = this.encoder.encodeInto(text, this.block.subarray(this.at));
    this.at += written;
    this.length += written;
  }

  /** Exactly the bytes written, in a buffer of their own (callers transfer or wrap `.buffer`). */
  bytes(): Uint8Array {
    this.finishBlock();
    const only = this.blocks.length === 1 ? this.blocks[0]! : null;
    if (only && only.byteOffset === 0 && only.byteLength === only.buffer.byteLength) return only;
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const b of this.blocks) {
      out.set(b, at);
      at += b.length;
    }
    return out;
  }

  private keep(bytes: Uint8Array): void {
    this.finishBlock();
    this.blocks.push(bytes);
    this.length += bytes.length;
  }

  private finishBlock(): void {
    if (this.at) this.blocks.push(this.block.subarray(0, this.at));
    this.block = new Uint8Array(0);
    this.at = 0;
  }
}
