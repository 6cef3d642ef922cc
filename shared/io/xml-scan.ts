/**
 * A one-pass, constant-memory look at XML bytes as they are unpacked, before
 * any parser builds strings from them: how long each text, tag and comment
 * is, how deep elements nest, whether a DOCTYPE or an unknown entity appears
 * (OOXML has neither; an XML parser would build or refuse them), and the name
 * of each start tag for the caller to count. It checks bounds, not
 * well-formedness: the parser that follows does that.
 */

export type XmlScanLimits = {
  /** characters in one text (the text of an element, however split by comments or CDATA) */
  maxText: number;
  /** bytes in one tag, comment or processing instruction */
  maxTag: number;
  /** open elements at once */
  maxDepth: number;
};

export type XmlStop = {
  kind: 'text' | 'tag' | 'depth' | 'declaration' | 'entity';
  /** 1-based line of the part where it was found */
  line: number;
  /** the entity as written, for `entity` */
  detail?: string;
};

/**
 * Called for each start tag. `attr(name)` reads one of its attributes (ASCII
 * values only; enough for cell references), during the call only.
 */
export type TagEvents = {
  start?(localName: string, attr: (name: string) => string | null, selfClosing: boolean): void;
  end?(localName: string): void;
};

const enum S {
  Text,
  Open,
  Tag,
  Bang,
  Comment,
  Cdata,
  Pi,
  Entity,
}

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const NL = 0x0a;
const KNOWN_ENTITY = /^(amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6})$/;

const ascii = (b: Uint8Array, from: number, to: number) => {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i]!);
  return s;
};
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The element name starting at `from`, without its namespace prefix, and where it ends. */
function localName(t: Uint8Array, from: number, n: number): { local: string; end: number } {
  let end = from;
  while (end < n - 1 && !isSpace(t[end]!) && t[end] !== 0x2f && t[end] !== GT) end++;
  const qname = ascii(t, from, end);
  return { local: qname.slice(qname.indexOf(':') + 1), end };
}

/** The value of attribute `name` in tag bytes `t[from, to)`, or null. */
function attribute(t: Uint8Array, from: number, to: number, name: string): string | null {
  let i = from;
  while (i < to) {
    while (i < to && isSpace(t[i]!)) i++;
    const start = i;
    while (i < to && t[i] !== 0x3d && !isSpace(t[i]!) && t[i] !== GT && t[i] !== 0x2f) i++;
    const key = ascii(t, start, i);
    while (i < to && isSpace(t[i]!)) i++;
    if (t[i] !== 0x3d) return null;
    i++;
    while (i < to && isSpace(t[i]!)) i++;
    const q = t[i];
    if (q !== 0x22 && q !== 0x27) return null;
    const open = ++i;
    while (i < to && t[i] !== q) i++;
    if (key === name) return ascii(t, open, i);
    i++;
  }
  return null;
}

export class XmlScanner {
  line = 1;
  private state = S.Text;
  private text = 0;
  private depth = 0;
  private readonly maxTag: number;
  private readonly tag: Uint8Array;
  private tagLen = 0;
  private quote = 0;
  /** an `&` in the current tag's attribute values */
  private amp = false;
  /** bytes of the current comment or PI, and the last two bytes seen there */
  private run = 0;
  private last1 = 0;
  private last2 = 0;

  constructor(
    private readonly limits: XmlScanLimits,
    private readonly events: TagEvents = {},
  ) {
    this.maxTag = Math.min(limits.maxTag, 1 << 20);
    this.tag = new Uint8Array(this.maxTag + 1);
  }

  /** Scans the next piece; returns why it stopped, or null to go on. */
  write(b: Uint8Array): XmlStop | null {
    const { maxText } = this.limits;
    const maxTag = this.maxTag;
    for (let i = 0; i < b.length; i++) {
      let c = b[i]!;
      if (c === NL) this.line++;
      switch (this.state) {
        case S.Text: {
          // the bulk of a part: count characters up to the next markup
          let text = this.text;
          while (c !== LT && c !== AMP) {
            if ((c & 0xc0) !== 0x80 && ++text > maxText) return this.stop('text');
            if (++i === b.length) break;
            c = b[i]!;
            if (c === NL) this.line++;
          }
          this.text = text;
          if (i === b.length) break;
          if (c === LT) {
            this.state = S.Open;
            this.tag[0] = c;
            this.tagLen = 1;
            this.amp = false;
          } else {
            this.state = S.Entity;
            this.tagLen = 0;
          }
          break;
        }
        case S.Open:
          this.tag[this.tagLen++] = c;
          if (c === 0x3f) this.enterRun(S.Pi);
          else if (c === 0x21) this.state = S.Bang;
          else this.state = S.Tag;
          break;
        case S.Bang: {
          this.tag[this.tagLen++] = c;
          const seen = ascii(this.tag, 0, this.tagLen);
          if (seen === '<!--') this.enterRun(S.Comment);
          else if (seen === '<![CDATA[') this.enterRun(S.Cdata);
          else if (!'<!--'.startsWith(seen) && !'<![CDATA['.startsWith(seen)) return this.stop('declaration');
          break;
        }
        case S.Tag: {
          const tag = this.tag;
          let len = this.tagLen;
          let quote = this.quote;
          for (;;) {
            if (len >= maxTag) return this.stop('tag');
            tag[len++] = c;
            if (quote) {
              if (c === quote) quote = 0;
              else if (c === AMP) this.amp = true;
            } else if (c === 0x22 || c === 0x27) quote = c;
            else if (c === GT) break;
            if (++i === b.length) break;
            c = b[i]!;
            if (c === NL) this.line++;
          }
          this.tagLen = len;
          this.quote = quote;
          if (c === GT && !quote && i < b.length) {
            const stop = this.endTag();
            if (stop) return stop;
            this.state = S.Text;
          }
          break;
        }
        case S.Comment:
        case S.Pi:
          if (++this.run > maxTag) return this.stop('tag');
          if (c === GT && (this.state === S.Comment ? this.last1 === 0x2d && this.last2 === 0x2d : this.last1 === 0x3f))
            this.state = S.Text;
          this.last2 = this.last1;
          this.last1 = c;
          break;
        case S.Cdata:
          if (c === GT && this.last1 === 0x5d && this.last2 === 0x5d) this.state = S.Text;
          else if ((c & 0xc0) !== 0x80 && ++this.text > maxText) return this.stop('text');
          this.last2 = this.last1;
          this.last1 = c;
          break;
        case S.Entity:
          if (c === 0x3b) {
            const name = ascii(this.tag, 0, this.tagLen);
            if (!KNOWN_ENTITY.test(name)) return this.stop('entity', `&${name};`);
            this.state = S.Text;
            if (++this.text > maxText) return this.stop('text');
          } else if (this.tagLen >= 12 || c === LT) return this.stop('entity', `&${ascii(this.tag, 0, this.tagLen)}`);
          else this.tag[this.tagLen++] = c;
          break;
      }
    }
    return null;
  }

  private enterRun(state: S.Comment | S.Pi | S.Cdata): void {
    this.state = state;
    this.run = 0;
    this.last1 = 0;
    this.last2 = 0;
  }

  private stop(kind: XmlStop['kind'], detail?: string): XmlStop {
    return detail === undefined ? { kind, line: this.line } : { kind, line: this.line, detail };
  }

  /** A complete `<…>`: an end tag, or a start tag whose attributes' entities are checked. */
  private endTag(): XmlStop | null {
    const t = this.tag;
    const n = this.tagLen;
    this.text = 0;
    if (t[1] === 0x2f) {
      this.depth--;
      this.events.end?.(localName(t, 2, n).local);
      return null;
    }
    for (let i = 1; this.amp && i < n; i++) {
      if (t[i] !== AMP) continue;
      let j = i + 1;
      while (j < n && j - i <= 12 && t[j] !== 0x3b) j++;
      const name = ascii(t, i + 1, j);
      if (t[j] !== 0x3b || !KNOWN_ENTITY.test(name)) return this.stop('entity', `&${name}${t[j] === 0x3b ? ';' : ''}`);
    }
    let k = n - 2;
    while (k > 0 && isSpace(t[k]!)) k--;
    const selfClosing = t[k] === 0x2f;
    if (!selfClosing && ++this.depth > this.limits.maxDepth) return this.stop('depth');
    if (this.events.start) {
      const name = localName(t, 1, n);
      this.events.start(name.local, (attr) => attribute(t, name.end, n, attr), selfClosing);
    }
    return null;
  }
}
