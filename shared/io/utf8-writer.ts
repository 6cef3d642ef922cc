import { encodeUtf8 } from './text';

/**
 * UTF-8 bytes written piece by piece: a library file of 100 MB is never held
 * as one string (up to twice its size in UTF-16). Each piece is encoded on its
 * own and the pieces are copied once into a buffer of the exact size, so no
 * buffer is grown by doubling (each step zero-fills and copies everything
 * written so far) or trimmed by a final copy.
 */
export class Utf8Writer {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  put(text: string): void {
    if (!text) return;
    const bytes = encodeUtf8(text);
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  bytes(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0]!;
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
