import { describe, expect, it } from 'vitest';
import { XmlScanner, type XmlScanLimits, type XmlStop } from '../../../shared/io/xml-scan';

const LIMITS: XmlScanLimits = { maxText: 10, maxTag: 40, maxDepth: 3 };
const enc = new TextEncoder();

/** Scans `xml` whole and also one byte at a time: chunk boundaries must not change the outcome. */
function scan(xml: string, limits = LIMITS): { stop: XmlStop | null; starts: string[] } {
  const run = (pieces: Uint8Array[]) => {
    const starts: string[] = [];
    const s = new XmlScanner(limits, { start: (name, attr, self) => starts.push(`${name}${attr('r') ? `@${attr('r')}` : ''}${self ? '/' : ''}`) });
    for (const p of pieces) {
      const stop = s.write(p);
      if (stop) return { stop, starts };
    }
    return { stop: null, starts };
  };
  const bytes = enc.encode(xml);
  const whole = run([bytes]);
  expect(run(Array.from(bytes, (b) => Uint8Array.of(b)))).toEqual(whole);
  return whole;
}

describe('XmlScanner', () => {
  it('reports start tags by local name, with attributes and self-closing', () => {
    expect(scan('<?xml version="1.0"?>\n<x:row r="1"><c r="A1" t="s"><v>3</v></c><c r=\'B1\'/></x:row>')).toEqual({
      stop: null,
      starts: ['row@1', 'c@A1', 'v', 'c@B1/'],
    });
  });

  it('counts the characters of a text, not its bytes, and entities as one', () => {
    // 10 characters: 9 CJK (3 bytes each) + &amp;
    expect(scan('<t>碳碳碳碳碳碳碳碳碳&amp;</t>').stop).toBeNull();
    expect(scan('<t>碳碳碳碳碳碳碳碳碳&amp;x</t>').stop).toEqual({ kind: 'text', line: 1 });
  });

  it('a text split by comments and CDATA is one text', () => {
    // 4 + 4 + 3 = 11 characters between <t> and </t>
    expect(scan('<t>aaaa<!-- c -->aaaa<![CDATA[a>a]]></t>').stop).toEqual({ kind: 'text', line: 1 });
    expect(scan('<t>aaaa</t><t>aaaa</t>').stop).toBeNull();
  });

  it('a > inside quotes or a comment does not end the tag or comment', () => {
    expect(scan('<c r="a>b">x</c>').starts).toEqual(['c@a>b']);
    expect(scan('<a><!-- > -- > --></a>').stop).toBeNull();
    expect(scan(`<c r="${'>'.repeat(50)}"/>`).stop).toEqual({ kind: 'tag', line: 1 });
    expect(scan(`<a><!--${'x'.repeat(50)}--></a>`).stop).toEqual({ kind: 'tag', line: 1 });
  });

  it('limits nesting; self-closing elements do not nest', () => {
    expect(scan('<a><b><c/><c/><c></c></b></a>').stop).toBeNull();
    expect(scan('<a><b><c><d>').stop).toEqual({ kind: 'depth', line: 1 });
  });

  it('refuses a DOCTYPE and entities XML does not define, in text and attributes, with the line', () => {
    expect(scan('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e "boom">]><x/>').stop).toEqual({ kind: 'declaration', line: 2 });
    expect(scan('<a>\n\n&e;</a>').stop).toEqual({ kind: 'entity', line: 3, detail: '&e;' });
    expect(scan('<a b="&nbsp;"/>').stop).toEqual({ kind: 'entity', line: 1, detail: '&nbsp;' });
    expect(scan('<a b="&#x41;&#65;&quot;">&lt;&#8364;</a>').stop).toBeNull();
    expect(scan('<a>&unterminated entity</a>').stop).toMatchObject({ kind: 'entity' });
  });
});
