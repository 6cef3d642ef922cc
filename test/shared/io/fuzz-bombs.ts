import fc from 'fast-check';
import * as bomb from './xlsx-bombs';

/**
 * Hostile workbooks for the fuzz cases: every bomb shape of xlsx-bombs.ts
 * with generated sizes, forged directory entries and XML that only a parser
 * would choke on. Sizes are picked on both sides of each limit (a file just
 * within one reaches exceljs), but never so far within that exceljs itself
 * would spend seconds on a case. `detail` names the parameters, for the
 * counterexample a failure prints.
 */

export type BombCase = { kind: string; detail: string; build: () => Promise<Uint8Array> };

/** Small, at the limit, or beyond it (up to `far`). */
const around = (limit: number, far: number) =>
  fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: limit - 50, max: limit + 50 }), fc.integer({ min: limit + 1, max: far }));

/** The size the zip directory states: the true one, or a forged one. */
const declared = fc.oneof(
  { weight: 3, arbitrary: fc.constant<number | undefined>(undefined) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xfffffffe }) },
);
const forged = (size: number | undefined) => (size === undefined ? {} : { declaredSize: size });

const sst = (body: string) => `${bomb.SST_HEAD}<si><t>项目名称</t></si>${body}</sst>`;
const ENTITIES = ['nbsp', 'foo', '#0', '#x110000', '#xZZ', 'amp', 'lt', '', '#1234567890', 'a'.repeat(20)];
const MARKUP: Record<string, [string, string, string]> = {
  attribute: ['<row r="2"><c r="A2" t="inlineStr" x="', 'a>', '"><is><t>x</t></is></c></row>'],
  comment: ['<!--', 'a>', '-->'],
  pi: ['<?pi ', 'a>', '?>'],
  cdata: ['<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[', 'a>', ']]></t></is></c></row>'],
};

const bombCase = <T>(kind: string, arb: fc.Arbitrary<T>, build: (p: T) => Promise<Uint8Array>): fc.Arbitrary<BombCase> =>
  arb.map((p) => ({ kind: `bomb: ${kind}`, detail: JSON.stringify(p), build: () => build(p) }));

export function bombCases(): fc.Arbitrary<BombCase> {
  return fc.oneof(
    bombCase('long text cell', fc.tuple(around(32_767, 300_000_000), declared), ([chars, size]) => bomb.hugeCell(chars, size, false)),
    bombCase('many rows', fc.tuple(around(10_020, 400_000), declared), ([rows, size]) =>
      bomb.workbookWith({ [bomb.SHEET]: { ...bomb.repeated(bomb.SHEET_HEAD, '<row><c><v>1</v></c></row>', rows, bomb.SHEET_TAIL, false), ...forged(size) } }),
    ),
    bombCase('many shared strings', fc.tuple(fc.oneof(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 500_001, max: 3_000_000 })), declared), ([n, size]) =>
      bomb.workbookWith({ [bomb.SHARED]: { ...bomb.repeated(`${bomb.SST_HEAD}<si><t>项目名称</t></si>`, '<si><t/></si>', n, '</sst>', false), ...forged(size) } }),
    ),
    bombCase('long shared string', around(32_767, 120_000_000), (chars) => bomb.hugeSharedString(chars)),
    bombCase('deep nesting', around(256, 2_000_000), (depth) =>
      bomb.workbookWith({ [bomb.SHEET]: bomb.repeated(bomb.SHEET_HEAD, '<x>', depth, `${'</x>'.repeat(Math.min(depth, 300))}${bomb.SHEET_TAIL}`, false) }),
    ),
    bombCase('long tag, comment or CDATA', fc.tuple(fc.constantFrom(...Object.keys(MARKUP)), around(64 * 1024, 50_000_000)), ([where, n]) => {
      const [head, unit, tail] = MARKUP[where]!;
      return bomb.workbookWith({ [bomb.SHEET]: bomb.repeated(bomb.SHEET_HEAD + head, unit, n, tail + bomb.SHEET_TAIL, false) });
    }),
    bombCase('entity or DOCTYPE', fc.tuple(fc.constantFrom(...ENTITIES), fc.boolean(), fc.boolean()), ([name, inAttribute, doctype]) => {
      const xml = sst(inAttribute ? `<si><t xml:space="p&${name};">x</t></si>` : `<si><t>光伏&${name};电站</t></si>`);
      return bomb.workbookWith({ [bomb.SHARED]: bomb.packed(doctype ? xml.replace('<sst', '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]><sst') : xml) });
    }),
    // a workbook of just under 5,000 parts passes and costs exceljs seconds; one is enough to cover that side
    bombCase('many parts', fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(5_000), fc.integer({ min: 5_001, max: 5_020 })), (n) => bomb.manyParts(n)),
    bombCase(
      'forged directory entry',
      fc.tuple(fc.constantFrom(bomb.SHEET, bomb.SHARED, 'xl/workbook.xml', 'xl/styles.xml'), declared, fc.boolean(), fc.nat({ max: 2 })),
      ([name, size, zip64, mode]) => {
        const body = name === bomb.SHARED ? sst('<si><t>光伏</t></si>') : name === bomb.SHEET ? bomb.SHEET_HEAD + bomb.SHEET_TAIL : '<x/>';
        const how = [{}, { method: 0 }, { flags: 1 }][mode]!;
        return bomb.workbookWith({ [name]: { ...bomb.packed(body), ...forged(size), ...how, zip64 } });
      },
    ),
  );
}
