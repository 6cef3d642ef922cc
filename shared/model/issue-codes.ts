/**
 * Every problem the model, the engine and the importers report, as a code with
 * parameters: `{ code, path, params }`. shared/ holds no sentences; the
 * renderer words each code in the UI language (renderer/i18n/issue-text.ts,
 * locales/<lang>/issues.json) and the CLI in English from the same file, so a
 * code cannot be reworded in one place and left untranslated in another.
 *
 * Each code lists its parameters with their kinds. The kind is the value's
 * type and how the text shows it; a test checks that both languages word
 * every code with exactly these parameters. Parameters are raw values
 * (numbers, years, ids, limits); text from the input is cut (echo.ts) before
 * it is put in one.
 */

/** A list of names from the input: the first few, each cut, and how many more there were. */
export type EchoedList = { items: readonly string[]; more: number };

/** A part of a workbook: its path in the zip and, for a worksheet, the sheet's name. */
export type WorkbookPart = { path: string; sheet: string | null };

export type JsonType =
  | 'number'
  | 'string'
  | 'boolean'
  | 'object'
  | 'array'
  | 'null'
  | 'undefined'
  | 'int'
  | 'bigint'
  | 'symbol'
  | 'function';

/** The value type of each kind of parameter. */
type Kinds = {
  /** a limit, a year, a position: written as it is */
  num: number;
  /** a count or a limit in the thousands: with digit grouping (10,000) */
  count: number;
  /** a computed value: to 3 decimals, or 3 significant digits where rounding would hide the problem */
  measured: number;
  /** bytes, in MB with one decimal */
  mb: number;
  /** bytes, in MB (one decimal below 10 MB) */
  size: number;
  /** bytes, in KB */
  kb: number;
  /** text from the input, a file or the platform, cut to a line */
  text: string;
  /** names from the input, quoted */
  names: EchoedList;
  /** words of the scenario's vocabulary (fuels, sectors), as they are */
  words: readonly string[];
  /** JSON values, written as JSON */
  values: readonly (string | number | boolean | null)[];
  /** scenario ids along a chain of derivation */
  chain: readonly string[];
  /** another issue, worded in the same language (what a wrapper says went wrong) */
  issue: IssueBody;
  /** the kinds below are words of the app's vocabulary, worded by the text's language */
  bound: 'atLeast' | 'greaterThan' | 'atMost';
  jsonType: JsonType;
  /** a kind of expression node (assignment, range, array …) */
  exprKind: string;
  /** a column of the project ledger (name, type, capacity …) */
  ledgerField: string;
  genType: string;
  status: string;
  /** a unit capacity is entered and shown in (CAPACITY_UNITS: mw, wanKw) */
  capacityUnit: string;
  /** why an XML part could not be parsed: a known reason (undefinedEntity, closeTag …) or `other`, with the parser's words */
  xmlReason: { reason: string; detail: string };
  part: WorkbookPart;
  /** 省 / 市 / 县(区) (REGION_LEVELS) */
  regionLevel: string;
  /** a method whose difference makes a roll-up's figures not add up (RollupMethod) */
  rollupMethod: string;
  /** a figure a roll-up sums (RollupMetric) */
  rollupMetric: string;
};
export type ParamKind = keyof Kinds;

export const ISSUE_CODES = {
  // --- the shape of a scenario (zod)
  'schema.missing': { expected: 'jsonType' },
  'schema.type': { expected: 'jsonType', got: 'jsonType' },
  'schema.unknownField': { keys: 'names' },
  'schema.unknownFuel': { keys: 'names', allowed: 'words' },
  'schema.unknownSector': { keys: 'names', allowed: 'words' },
  'schema.oneOf': { options: 'values' },
  'schema.oneOfGot': { options: 'values', got: 'text' },
  'schema.series': {},
  /** a shape problem no code describes: zod's own words */
  'schema.other': { detail: 'text' },

  // --- values
  'value.notFinite': {},
  'value.whole': {},
  'value.wholeYear': {},
  'value.negative': {},
  'value.positive': {},
  'value.atLeast': { limit: 'num' },
  'value.greaterThan': { limit: 'num' },
  'value.atMost': { limit: 'num', unit: 'text' },
  /** a series value out of range in some year */
  'value.range': { bound: 'bound', limit: 'num', value: 'measured', year: 'num' },
  /** a key of `history.*` that is not a year */
  'history.yearKey': {},
  'text.empty': {},
  'text.tooLong': { limit: 'count' },
  'id.format': {},
  'id.duplicate': { id: 'text' },
  'series.noPoints': {},
  'series.yearsIncrease': {},
  'shares.fuelSum': { sum: 'measured', year: 'num' },
  'shares.sectorSum': { sum: 'measured', year: 'num' },
  'year.endNotAfterBase': { end: 'num', base: 'num' },
  'year.endRange': { min: 'num', max: 'num' },
  'year.retirement': {},
  'storage.cycles': {},
  /** an hourly profile that is not 8,760 or 8,784 values from 0 to MAX_PROFILE_VALUE, not all zero */
  'hourly.profileValues': {},
  'target.fromYearNeeded': {},
  'target.fromYearNotBefore': {},
  'target.fromYearBeforeBase': { year: 'num' },
  'target.share': {},
  'target.capPositive': {},
  'target.reductionRange': { min: 'num', max: 'num' },
  'target.peakYearWhole': {},
  'target.peakYearRange': { min: 'num', max: 'num' },
  /** a sector target without its sector, or an intensity target on a sector other than industry */
  'target.sectorNeeded': {},
  'target.sectorIntensityIndustryOnly': {},
  /** an industry intensity target without `sectorReporting.industryValueAddedSharePct` */
  'target.valueAddedNeeded': {},
  /** a forest target without `sinks.forest` */
  'target.forestNeeded': {},
  /** the routes of a product do not share its output out to 100 % */
  'industry.routeSum': { sum: 'measured', year: 'num' },
  /** a process emission names a product that is not in the list */
  'industry.processProductMissing': { id: 'text' },
  'industry.processTwoActivities': {},
  'industry.processNoActivity': {},
  /** the key products use more of a fuel (the path names it) in the base year, or a year of published energy, than the industry sector has */
  'industry.productsExceedSector': { year: 'num', products: 'measured', sector: 'measured' },
  /** a result the inputs drove out of the numbers (Infinity, NaN) */
  'result.notFinite': { value: 'num', year: 'num' },

  // --- expressions: compiling
  'expr.tooDeep': { limit: 'num' },
  'expr.tooLong': { limit: 'num', length: 'num' },
  'expr.tooLarge': { limit: 'num' },
  'expr.numberTooLarge': { number: 'text' },
  'expr.aNumberTooLarge': {},
  'expr.unknownFunction': { name: 'text' },
  'expr.unknownVariable': { name: 'text' },
  /** `count`: the arguments the function takes (chooses the plural) */
  'expr.arity': { name: 'text', count: 'num', got: 'num' },
  'expr.arityRange': { name: 'text', min: 'num', max: 'num', got: 'num' },
  'expr.arityAtLeast': { name: 'text', count: 'num', got: 'num' },
  /** `count`: the arguments given */
  'expr.pairs': { name: 'text', count: 'num' },
  'expr.operator': { op: 'text' },
  'expr.text': { text: 'text' },
  'expr.constant': { value: 'text' },
  'expr.notAllowed': { kind: 'exprKind' },
  /** the parser's own words (mathjs: "Value expected", "Unexpected end of expression") */
  'expr.syntax': { detail: 'text' },
  /** a compile error of a series' expression, with and without the character it is at */
  'expr.errorAt': { position: 'num', error: 'issue' },
  'expr.error': { error: 'issue' },
  // --- expressions: evaluating
  'expr.value': { value: 'num', year: 'num' },
  'expr.notNumber': { year: 'num' },
  'expr.helperPairs': { name: 'text' },
  'expr.helperYears': { name: 'text' },
  'expr.growthBase': {},
  'expr.runtime': { detail: 'text' },

  // --- derived scenarios
  'derive.cycle': { chain: 'chain' },
  'derive.missing': { id: 'text', parent: 'text' },
  'derive.notFound': { id: 'text' },
  'derive.tooDeep': { id: 'text', depth: 'num', root: 'text', limit: 'num' },
  'derive.badPath': { path: 'text', rest: 'text' },
  'derive.emptyPath': {},
  'derive.ownField': { path: 'text' },
  'derive.staleNotList': { path: 'text' },
  'derive.staleGone': { path: 'text' },
  'derive.staleNotObject': { path: 'text' },
  'derive.staleMissing': { path: 'text' },

  // --- the engine and the editor
  /** a check or a run that failed where it should not (a bug, a worker that stopped): its own words */
  'engine.checkFailed': { detail: 'text' },
  'engine.failed': { detail: 'text' },
  'edit.readOnly': {},
  'edit.failed': { detail: 'text' },
  'save.failed': { detail: 'text' },

  // --- a city's roll-up of its counties (shared/engine/rollup.ts); `member` is the member's region or label
  'rollup.memberMissing': { member: 'text' },
  'rollup.memberFailed': { member: 'text' },
  'rollup.self': {},
  'rollup.duplicate': { member: 'text' },
  'rollup.noCommonYears': { member: 'text' },
  'rollup.commonYears': { from: 'num', to: 'num', cityFrom: 'num', cityTo: 'num' },
  'rollup.methodDiffers': { member: 'text', method: 'rollupMethod' },
  'rollup.gridFactorDiffers': { member: 'text', year: 'num', factor: 'measured', cityFactor: 'measured' },
  'rollup.priceYearDiffers': { member: 'text', year: 'num', cityYear: 'num' },
  'rollup.levelNotBelow': { member: 'text', level: 'regionLevel', expected: 'regionLevel' },
  'rollup.noParent': { member: 'text', city: 'text' },
  'rollup.parentDiffers': { member: 'text', parent: 'text', city: 'text' },
  'rollup.sumExceeds': { metric: 'rollupMetric', from: 'num', to: 'num' },
  /** under the net-imports methods a county's CO2 carries the electricity it buys from the rest of the city */
  'rollup.netImportsCo2': {},

  // --- scenario files and backups
  'file.more': { count: 'num' },
  'file.internal': { detail: 'text' },
  'file.tooLarge': { size: 'mb', limit: 'mb' },
  'file.empty': {},
  'file.notJson': { detail: 'text' },
  'file.notJsonAt': { line: 'num', column: 'num', detail: 'text' },
  'file.tooDeep': { limit: 'num' },
  'file.tooDeepScenario': { limit: 'num' },
  'file.holdsList': {},
  'file.holdsValue': { type: 'jsonType' },
  'file.isBackup': {},
  'file.otherFormat': { format: 'text' },
  'file.noMarker': { marker: 'text' },
  'file.badVersion': { got: 'text' },
  'file.newer': { version: 'num', supported: 'num' },
  'file.newerApp': { app: 'text', version: 'num', supported: 'num' },
  'file.bare': {},
  'file.fieldMissing': {},
  'file.expectedText': { got: 'jsonType' },
  'file.notObject': { got: 'jsonType' },
  'file.unknownField': { key: 'text' },
  'file.listMissing': {},
  'file.notList': { got: 'jsonType' },
  'file.tooMany': { count: 'num', limit: 'num' },
  'file.citationMissing': { place: 'num', count: 'num' },
  'file.noScenarios': {},
  /** a problem in a prototype file, with the field it had there */
  'file.legacyField': { issue: 'issue', field: 'text' },
  'file.duplicateId': { id: 'text', first: 'text' },
  'file.unresolved': { detail: 'text' },
  'file.missingParent': { issue: 'issue' },
  'file.afterParent': { issue: 'issue', parent: 'text' },
  'file.changeSkipped': { path: 'text', reason: 'issue' },
  'file.pathSkipped': { issue: 'issue' },
  'override.shape': { got: 'text' },
  'override.noPath': {},
  'override.removedTrue': {},
  'override.unknownFields': { keys: 'names' },
  'override.noValue': {},
  'backup.isScenarioFile': {},
  'backup.notBackup': { marker: 'text' },
  'backup.badVersion': { got: 'jsonType' },
  'backup.newer': { version: 'num', supported: 'num' },
  'backup.newerApp': { app: 'text', version: 'num', supported: 'num' },
  'backup.checksumFormat': {},
  'backup.checksum': {},
  'backup.checksumAccepted': {},
  'backup.tooManySettings': { count: 'num', limit: 'num' },
  'backup.settingKey': { length: 'num' },
  'backup.notScenarioId': {},
  'backup.metaTime': {},
  'backup.metaText': {},
  'backup.metaOrphan': {},
  'migrate.fraction': { value: 'num', pct: 'num' },
  'migrate.unknownField': { key: 'text' },
  'migrate.id': { id: 'text', newId: 'text' },
  'migrate.converted': {},
  'migrate.convertedFrom': { version: 'text' },
  'sources.dropped': { key: 'text', list: 'text', length: 'num', index: 'num' },
  'sources.droppedNoParent': { key: 'text' },
  'results.noSummary': { sheet: 'text' },
  'results.sheetMissing': { sheet: 'text' },
  'results.notNumber': { column: 'text', got: 'text' },

  // --- the project ledger (CSV, Excel)
  'ledger.empty': {},
  'ledger.cellTooLong': { limit: 'count', length: 'count' },
  'ledger.nameTooLong': { limit: 'num' },
  'ledger.notNumber': { text: 'text' },
  'ledger.notYear': { text: 'text' },
  'ledger.manyYears': { text: 'text' },
  'ledger.excelDate': { value: 'num', year: 'num' },
  'ledger.yearRange': { year: 'num', min: 'num', max: 'num' },
  'ledger.retirement': { year: 'num', commissioning: 'num' },
  'ledger.pumpedStorage': { text: 'text' },
  'ledger.storage': { text: 'text' },
  'ledger.nuclear': { text: 'text' },
  'ledger.unknownType': { text: 'text' },
  'ledger.unknownUnit': { unit: 'text' },
  'ledger.notPositive': { text: 'text' },
  'ledger.capacityTooLarge': { text: 'text', limit: 'count' },
  'ledger.hoursRange': { value: 'num' },
  'ledger.noTypicalHours': { type: 'genType' },
  'ledger.typicalHours': { hours: 'num', type: 'genType' },
  'ledger.unknownStatus': { text: 'text' },
  'ledger.statusDefault': { status: 'status' },
  'ledger.notBool': { text: 'text' },
  'ledger.idTaken': { id: 'text' },
  'ledger.idInvalid': { id: 'text' },
  /** a row the schema refuses: the field and why */
  'ledger.cannotImport': { field: 'text', issue: 'issue' },
  'ledger.noHeader': {},
  'ledger.missingColumn': { field: 'ledgerField' },
  'ledger.duplicateColumn': {},
  'ledger.headerUnknownUnit': { unit: 'text' },
  'ledger.headerNoUnit': { unit: 'capacityUnit' },
  'ledger.isWorkbook': {},
  'ledger.tooManyLines': { limit: 'count' },
  'ledger.tooManyRows': { limit: 'count' },
  'ledger.unreadable': { detail: 'text' },
  'ledger.xls': {},
  'ledger.noSheet': { sheet: 'text' },
  'ledger.noSheets': {},

  // --- a region's own hourly profiles (CSV, Excel); `row` as the spreadsheet numbers it, `column` its header
  'profile.noHeader': { rows: 'num' },
  'profile.unknownColumn': { column: 'text' },
  'profile.duplicateColumn': { column: 'text', first: 'text' },
  'profile.timeNotFirst': { column: 'text' },
  'profile.noUnit': { column: 'text' },
  'profile.unknownUnit': { column: 'text', unit: 'text' },
  /** cells under a header cell that is empty; `column` is its position, 1 = A */
  'profile.unnamedColumn': { column: 'num' },
  'profile.rowCount': { rows: 'count', common: 'count', leap: 'count' },
  'profile.yearLength': { rows: 'count', year: 'num', expected: 'count' },
  'profile.tooManyLines': { limit: 'count' },
  'profile.emptyRow': { row: 'num' },
  'profile.emptyCell': { row: 'num', column: 'text' },
  'profile.notNumber': { row: 'num', column: 'text', text: 'text' },
  'profile.negative': { row: 'num', column: 'text', value: 'num' },
  'profile.tooLarge': { row: 'num', column: 'text', value: 'num', limit: 'num' },
  'profile.allZero': { column: 'text' },
  'profile.emptyColumn': { column: 'text' },

  // --- workbooks (before and while exceljs reads them)
  'workbook.notXlsx': {},
  'workbook.failed': { detail: 'text' },
  /** what makes a file not a readable workbook */
  'workbook.unreadable': { reason: 'issue' },
  'workbook.noWorkbookXml': {},
  'workbook.encrypted': { detail: 'text' },
  'workbook.unsupported': {},
  'workbook.method': { detail: 'text' },
  'workbook.zipDamaged': { detail: 'text' },
  'workbook.declaredSize': { part: 'part', size: 'count' },
  'workbook.declaration': { part: 'part', line: 'count' },
  'workbook.entity': { part: 'part', line: 'count', entity: 'text' },
  'workbook.xmlAt': { part: 'part', line: 'num', column: 'num', reason: 'xmlReason' },
  'workbook.xmlDamaged': { line: 'num', column: 'num', reason: 'xmlReason' },
  'workbook.partsDamaged': { detail: 'text' },
  'workbook.partTooLarge': { part: 'part', size: 'size', limit: 'size' },
  'workbook.tooLarge': { size: 'size', limit: 'size' },
  'workbook.tooManyParts': { limit: 'count' },
  'workbook.tooManyRows': { limit: 'count' },
  'workbook.tooManyCells': { limit: 'count' },
  'workbook.sheetRows': { part: 'part', limit: 'count' },
  'workbook.sharedStrings': { path: 'text', limit: 'count' },
  'workbook.cellText': { sheet: 'text', cell: 'text', limit: 'count' },
  'workbook.sharedStringText': { index: 'count', path: 'text', limit: 'count' },
  'workbook.text': { part: 'part', line: 'count', limit: 'count' },
  'workbook.tag': { part: 'part', line: 'count', limit: 'kb' },
  'workbook.depth': { part: 'part', line: 'count', limit: 'count' },
} as const satisfies Record<string, Record<string, ParamKind>>;

export type IssueCode = keyof typeof ISSUE_CODES;
type Spec = typeof ISSUE_CODES;
export type IssueParams<C extends IssueCode> = { -readonly [K in keyof Spec[C]]: Kinds[Spec[C][K] & ParamKind] };

/** An issue without a place: what went wrong (the reason inside a wrapper, a compile error). */
export type IssueBody<C extends IssueCode = IssueCode> = { [K in C]: { code: K; params: IssueParams<K> } }[C];

/** A problem at a field path (`energy.sectors.industry.fuelSharesPct`; `(file)` for a file as a whole). */
export type Issue<C extends IssueCode = IssueCode> = { [K in C]: { code: K; path: string; params: IssueParams<K> } }[C];

/** Builds an issue body, its params checked against the code's. */
export function issue<C extends IssueCode>(
  code: C,
  ...params: keyof Spec[C] extends never ? [] : [IssueParams<C>]
): IssueBody<C> {
  return { code, params: (params[0] ?? {}) as IssueParams<C> } as IssueBody<C>;
}

/** An issue at `path`. */
export function issueAt<C extends IssueCode>(
  path: string,
  code: C,
  ...params: keyof Spec[C] extends never ? [] : [IssueParams<C>]
): Issue<C> {
  return { code, path, params: (params[0] ?? {}) as IssueParams<C> } as Issue<C>;
}

/** What an issue says, without its place (to nest it in another). */
export const bodyOf = (i: Issue | IssueBody): IssueBody => ({ code: i.code, params: i.params }) as IssueBody;

/** The same issue at another place. */
export const placed = (body: IssueBody, path: string): Issue => ({ ...body, path }) as Issue;

/**
 * Thrown where a problem cannot be returned (an expression helper in the
 * middle of an evaluation, a malformed path deep in a walk). The message is
 * for developers; the issue is what users see.
 */
export class IssueError extends Error {
  override name = 'IssueError';
  constructor(readonly issue: IssueBody) {
    super(`${issue.code} ${JSON.stringify(issue.params)}`);
  }
}
