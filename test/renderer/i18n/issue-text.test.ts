import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueText } from '../../../renderer/i18n/issue-text';
import zhIssues from '../../../renderer/i18n/locales/zh/issues.json';
import enIssues from '../../../renderer/i18n/locales/en/issues.json';
import { compileExpression } from '../../../shared/engine/expr';
import { checkLibrary } from '../../../shared/io/library-check';
import { parseLedgerCsv } from '../../../shared/io/ledger-import';
import { parseScenarioFile } from '../../../shared/io/scenario-file';
import type { IssueBody } from '../../../shared/model/issue-codes';
import { validateScenario } from '../../../shared/model/validate';
import { editorScenario } from '../features/editor/fixture';

/**
 * Issues in words, from the codes the engine, the model and the importers
 * give (not copies of them), so a code whose text changed or went missing
 * shows here. The texts are those the app showed before issues became codes.
 */

let zh: TFunction;
let en: TFunction;

beforeAll(async () => {
  const make = async (lng: string) => {
    const i = i18next.createInstance();
    await i.init({
      lng,
      resources: { zh: { issues: zhIssues }, en: { issues: enIssues } },
      ns: ['issues'],
      defaultNS: 'issues',
      interpolation: { escapeValue: false },
    });
    return i.t;
  };
  zh = await make('zh');
  en = await make('en');
});

const both = (issue: IssueBody) => ({ zh: issueText(issue, zh), en: issueText(issue, en) });

function compileError(text: string): IssueBody {
  const r = compileExpression(text);
  if (r.ok) throw new Error(`${text} compiled`);
  return r.error;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function issueOf(edit: (s: any) => void): IssueBody {
  const s = structuredClone(editorScenario());
  edit(s);
  const r = validateScenario(s);
  if (r.ok) throw new Error('validated');
  return r.issues[0]!;
}

describe('expression limits and misuse', () => {
  it('too deep, too long, too large: in the expression field', () => {
    expect(both(compileError(`${'('.repeat(100)}1${')'.repeat(100)}`))).toEqual({
      zh: '表达式嵌套过深：最多 64 层',
      en: 'Expression too deep: at most 64 levels',
    });
    expect(both(compileError('1+'.repeat(600) + '1'))).toEqual({
      zh: '表达式过长：最多 1000 个字符（现有 1201 个）',
      en: 'Expression too long: at most 1000 characters (it has 1201)',
    });
    expect(issueText(compileError(Array(300).fill('1').join('+')), zh)).toBe(
      '表达式过大：数字、名称和运算符合计最多 500 个',
    );
  });

  it('in a validation issue, with or without a position: one language throughout', () => {
    expect(both(issueOf((s) => (s.populationWan = { expr: `${'('.repeat(100)}1${')'.repeat(100)}` })))).toEqual({
      zh: '表达式第 65 个字符处有误：表达式嵌套过深：最多 64 层',
      en: 'Expression error at character 65: Expression too deep: at most 64 levels',
    });
    expect(both(issueOf((s) => (s.populationWan = { expr: '1+'.repeat(600) + '1' })))).toEqual({
      zh: '表达式有误：表达式过长：最多 1000 个字符（现有 1201 个）',
      en: 'Expression error: Expression too long: at most 1000 characters (it has 1201)',
    });
  });

  it('argument counts, in both languages, singular and plural', () => {
    expect(both(compileError('pow(year)'))).toEqual({
      zh: 'pow 需要 2 个参数，这里有 1 个',
      en: 'pow takes 2 arguments, got 1',
    });
    expect(issueText(compileError('sqrt(1, 2)'), en)).toBe('sqrt takes 1 argument, got 2');
    expect(issueText(compileError('growth(1, 2, 3)'), zh)).toBe('growth 需要 1 或 2 个参数，这里有 3 个');
    expect(issueText(compileError('min()'), zh)).toBe('min 至少需要 1 个参数，这里有 0 个');
    expect(issueText(compileError('interp(2020, 1, 2030)'), zh)).toBe(
      'interp 的参数须为“年份, 数值”成对出现：interp(年份1, 数值1, 年份2, 数值2, …)，这里有 3 个参数',
    );
    expect(issueText(compileError('step(2020)'), en)).toBe(
      'step takes year, value pairs: step(year1, value1, year2, value2, …), got 1 argument',
    );
  });

  it('names, operators, text and numbers', () => {
    expect(issueText(compileError('x + 1'), zh)).toBe('未知变量 “x”（只能使用 year）');
    expect(issueText(compileError('sin(year)'), zh)).toBe('未知函数 “sin”');
    expect(issueText(compileError('year!'), zh)).toBe('表达式中不能使用运算符 !');
    expect(issueText(compileError('"abc"'), zh)).toBe('表达式中不能使用文字 “abc”：只能是数值');
    expect(both(compileError('a = 1'))).toEqual({
      zh: '表达式中不能使用赋值',
      en: 'Assignment cannot be used in expressions',
    });
    expect(both(compileError('1e999'))).toEqual({
      zh: '数值 1e999 过大：须为有限数值',
      en: 'The number 1e999 is too large: it must be finite',
    });
    // the parser's own words are kept as they are
    expect(issueText(compileError('1 +'), zh)).toBe('Unexpected end of expression');
  });
});

describe('validation', () => {
  it('non-finite values, bounds, and a value out of reach in some year', () => {
    expect(
      issueText(
        issueOf((s) => (s.economy.baseGdpYiYuan = Infinity)),
        zh,
      ),
    ).toBe('须为有限数值');
    expect(both(issueOf((s) => (s.economy.baseGdpYiYuan = 1e308)))).toEqual({
      zh: '须不大于 1000000 亿元',
      en: 'Must be at most 1000000 亿元',
    });
    expect(
      issueText(
        issueOf((s) => (s.electricity.pumpedStorage[0].storageHours = 1e6)),
        zh,
      ),
    ).toBe('须不大于 8760 h');
    expect(
      issueText(
        issueOf((s) => (s.populationWan = { expr: '1 / (year - 2022)' })),
        zh,
      ),
    ).toBe('表达式在 2022 年得到 Infinity，须为有限数值');
  });

  it('a value out of range: rounded for reading, with enough digits where rounding would hide it', () => {
    // 0.3 − 0.1 × 3 = −5.55e-17 rounds to 0, the bound it breaks
    expect(both(issueOf((s) => (s.electricity.importedNonFossilSharePct = { expr: '0.3 - 0.1 * 3' })))).toEqual({
      zh: '2020 年为 -5.55e-17，须不小于 0',
      en: '-5.55e-17 in 2020; must be at least 0',
    });
    // 1e308 × 1000 overflows the rounding: written as it is
    expect(
      issueText(
        issueOf((s) => (s.populationWan = 1e308)),
        en,
      ),
    ).toBe('1.00e+308 in 2020; must be at most 100000');
    expect(
      issueText(
        issueOf((s) => (s.populationWan = { expr: 'growth(1)', baseValue: 1e200 })),
        en,
      ),
    ).toBe('1e+200 in 2020; must be at most 100000');
  });

  it('shares, and names quoted back: the first few, then how many more', () => {
    expect(
      issueText(
        issueOf((s) => (s.energy.sectors.industry.fuelSharesPct.coal += 30)),
        zh,
      ),
    ).toMatch(/^燃料占比合计须为 100%，2020 年为 1\d\d%$/);
    const many = issueOf((s) => {
      for (let i = 0; i < 7; i++) s.region[`k${i}`] = 1;
    });
    expect(both(many)).toEqual({
      zh: "未知字段 'k0', 'k1', 'k2', 'k3', 'k4' 及另外 2 个",
      en: "unknown field 'k0', 'k1', 'k2', 'k3', 'k4' and 2 more",
    });
  });
});

describe('files', () => {
  it('sizes, depth, versions and the summary line', () => {
    expect(both({ code: 'file.tooLarge', params: { size: 65 * 1024 * 1024, limit: 64 * 1024 * 1024 } })).toEqual({
      zh: '文件过大（65.0 MB，上限 64.0 MB）',
      en: 'the file is too large (65.0 MB; the limit is 64.0 MB)',
    });
    const deep = `{"format":"carbon-peak-planner","formatVersion":1,"scenarios":[${'['.repeat(100)}${']'.repeat(100)}]}`;
    const r = parseScenarioFile(deep);
    if (r.ok) throw new Error('read');
    expect(both(r.problems[0]!)).toEqual({
      zh: '文件数据嵌套超过 64 层，不是情景文件',
      en: 'the file nests data more than 64 levels deep; it is not a scenario file',
    });
    const newer = parseScenarioFile(
      '{"format":"carbon-peak-planner","formatVersion":7,"appVersion":"3.2.0","scenarios":[]}',
    );
    if (newer.ok) throw new Error('read');
    expect(both(newer.problems[0]!)).toEqual({
      zh: '该文件由更新版本的碳达峰情景规划器 (3.2.0)生成（文件格式 7，当前版本最高支持格式 4）。请升级软件后再打开。',
      en: 'this file was made by a newer version of Carbon Peak Planner (3.2.0) (file format 7; this version reads formats up to 4). Update the app to open it.',
    });
    // a library file's scenario citing a source its citations list does not have (shared/io/citations.ts)
    expect(both({ code: 'file.citationMissing', params: { place: 90, count: 86 } })).toEqual({
      zh: '引用的出处编号 90 在文件的 citations 列表中不存在（列表共 86 项，编号从 0 起）',
      en: "refers to source number 90, which the file's citations list does not have (86 entries, numbered from 0)",
    });
    expect(both({ code: 'file.more', params: { count: 1699 } })).toEqual({
      zh: '…… 另有 1699 个问题',
      en: '… and 1699 more problems',
    });
    expect(issueText({ code: 'file.more', params: { count: 1 } }, en)).toBe('… and 1 more problem');
  });

  it('chains of derivation too deep, cycles, missing parents', () => {
    const d = (id: string, parentId: string) => ({ id, parentId, name: id, overrides: [] });
    const problems: Parameters<typeof checkLibrary>[1] = [];
    const chain = Array.from({ length: 102 }, (_, i) => d(`c-${i + 1}`, `c-${i}`));
    checkLibrary(
      {
        scenarios: [editorScenario()],
        derived: [d('c-0', editorScenario().id), ...chain, d('a', 'b'), d('b', 'a'), d('x', 'gone')],
        scenariosPath: 's',
        derivedPath: 'd',
      },
      problems,
      [],
    );
    const byPath = new Map(problems.map((p) => [p.path, p]));
    // c-0 is one derivation below the editor's scenario, so d[100] (c-100) is 101: the first past the limit
    expect(both(byPath.get('d[100].parentId')!)).toEqual({
      zh: `情景 'c-100' 从 '${editorScenario().id}' 起派生了 101 层，最多允许 100 层派生`,
      en: `scenario 'c-100' is derived 101 levels deep from '${editorScenario().id}'; at most 100 levels of derivation are allowed`,
    });
    expect(both(byPath.get('d[103].parentId')!)).toEqual({
      zh: '情景之间循环派生：a → b → a',
      en: 'scenarios derive from each other in a cycle: a → b → a',
    });
    expect(both(byPath.get('d[105].parentId')!)).toEqual({
      zh: "情景 'x' 的上级情景 'gone' 不存在：请在文件中包含上级情景，或先导入它",
      en: "scenario 'x' derives from 'gone', which was not found: include the parent scenario in the file, or import it first",
    });
  });

  it('a cycle through 1,400 scenarios names its ends, not every scenario', () => {
    // s-0 → s-1 → … → s-1399 → s-0: 1,401 names in the chain. Eight are shown (the first six and
    // the last two: s-1399 and the closing s-0), so 1,401 − 8 = 1,393 are counted instead.
    const ids = Array.from({ length: 1400 }, (_, i) => `s-${i}`);
    const cycle = { code: 'derive.cycle', path: 'd[0].parentId', params: { chain: [...ids, 's-0'] } } as const;
    expect(both(cycle)).toEqual({
      zh: '情景之间循环派生：s-0 → s-1 → s-2 → s-3 → s-4 → s-5 → …（另 1393 个）… → s-1399 → s-0',
      en: 'scenarios derive from each other in a cycle: s-0 → s-1 → s-2 → s-3 → s-4 → s-5 → … 1393 more … → s-1399 → s-0',
    });
  });
});

describe('workbooks and ledgers', () => {
  const SHEET = { path: 'xl/worksheets/sheet1.xml', sheet: '项目台账' };
  const unreadable = (reason: IssueBody): IssueBody => ({ code: 'workbook.unreadable', params: { reason } });

  it('bombs, in the words they were refused with', () => {
    expect(
      both({ code: 'workbook.partTooLarge', params: { part: SHEET, size: 300_000_600, limit: 32 * 1024 * 1024 } }),
    ).toEqual({
      zh: '工作表"项目台账"（xl/worksheets/sheet1.xml）解压后为 286 MB，每个部件最多可读取 32 MB',
      en: "sheet '项目台账' (xl/worksheets/sheet1.xml) unpacks to 286 MB; at most 32 MB per part can be read",
    });
    expect(both({ code: 'workbook.cellText', params: { sheet: '项目台账', cell: 'B2', limit: 32_767 } })).toEqual({
      zh: '工作表"项目台账"单元格 B2：文本超过 32,767 个字符（单元格最多可容纳的长度）',
      en: "sheet '项目台账', cell B2: the text is longer than 32,767 characters, the most a cell can hold",
    });
    expect(both({ code: 'workbook.sheetRows', params: { part: SHEET, limit: 10_020 } })).toEqual({
      zh: '工作表"项目台账"（xl/worksheets/sheet1.xml）中有内容的行超过 10,020 行，最多可读取 10,020 行：请拆分为多个文件',
      en: "sheet '项目台账' (xl/worksheets/sheet1.xml) has more than 10,020 rows with content; at most 10,020 can be read: split it into several files",
    });
    expect(both({ code: 'workbook.sharedStrings', params: { path: 'xl/sharedStrings.xml', limit: 500_000 } })).toEqual({
      zh: 'xl/sharedStrings.xml 中的共享字符串超过 500,000 个，最多可读取 500,000 个',
      en: 'xl/sharedStrings.xml lists more than 500,000 shared strings; at most 500,000 can be read',
    });
    expect(issueText({ code: 'workbook.tag', params: { part: SHEET, line: 3, limit: 64 * 1024 } }, en)).toBe(
      "sheet '项目台账' (xl/worksheets/sheet1.xml), line 3: a tag or comment longer than 64 KB",
    );
  });

  it('unreadable workbooks, naming the part (a bare path is set off by a space in Chinese)', () => {
    const entity = unreadable({
      code: 'workbook.entity',
      params: { part: { path: 'xl/sharedStrings.xml', sheet: null }, line: 4, entity: '&nbsp;' },
    });
    expect(both(entity)).toEqual({
      zh: "不是可读取的 Excel 工作簿：xl/sharedStrings.xml 第 4 行：'&nbsp;' 不是已知的 XML 实体",
      en: "not a readable Excel workbook: xl/sharedStrings.xml, line 4: '&nbsp;' is not a known XML entity",
    });
    const tags = unreadable({
      code: 'workbook.xmlAt',
      params: { part: SHEET, line: 3, column: 63, reason: { reason: 'closeTag', detail: 'unexpected close tag' } },
    });
    expect(both(tags)).toEqual({
      zh: '不是可读取的 Excel 工作簿：工作表"项目台账"（xl/worksheets/sheet1.xml）第 3 行第 63 列：结束标签与开始标签不匹配',
      en: "not a readable Excel workbook: sheet '项目台账' (xl/worksheets/sheet1.xml), line 3, column 63: unexpected close tag",
    });
    expect(
      both(unreadable({ code: 'workbook.partsDamaged', params: { detail: 'Invalid row number in model' } })),
    ).toEqual({
      zh: '不是可读取的 Excel 工作簿：其组成部分已损坏或不一致（Invalid row number in model）',
      en: 'not a readable Excel workbook: its parts are damaged or do not fit together (Invalid row number in model)',
    });
  });

  it('a ledger row the schema refuses is worded wholly in one language, the field and the reason', () => {
    // the ledger's own checks come first, so this is the schema's last word on a row
    const cannot: IssueBody = {
      code: 'ledger.cannotImport',
      params: { field: 'capacityMW', issue: { code: 'value.atMost', params: { limit: 1e6, unit: 'MW' } } },
    };
    expect(both(cannot)).toEqual({
      zh: '无法导入：capacityMW 须不大于 1000000 MW',
      en: 'cannot be imported (capacityMW: Must be at most 1000000 MW)',
    });
  });

  it('ledger rows in both languages', () => {
    const p = parseLedgerCsv(
      ['项目名称,类型,装机容量(MW),投产年份,状态,利用小时数', '甲,风电,约3,2025,规划,', '乙,光伏,1,2025,,'].join('\n'),
      { defaultHours: { pv: 1050 }, baseYear: 2030 },
    );
    expect(p.rows[0]!.errors.map(both)).toEqual([
      { zh: "'约3' 不是数字", en: "'约3' is not a number" },
      { zh: '未填写，且没有风电的典型利用小时数', en: 'is empty and no typical hours are known for wind' },
    ]);
    expect(p.rows[1]!.warnings.map(both)).toEqual([
      { zh: '未填写，按光伏默认 1050 小时计', en: 'is empty; using the default 1050 h for PV' },
      { zh: '未填写，按"已投运"计', en: 'is empty; taken as operating' },
    ]);
  });

  it('a capacity header without a unit names the unit it was read in', () => {
    const p = parseLedgerCsv(['项目名称,类型,装机容量,投产年份', '甲,光伏,3,2025'].join('\n'), { defaultHours: { pv: 1050 }, capacityUnit: 'wanKw' });
    expect(p.headerProblems.map(both)).toEqual([
      {
        zh: '列名未注明单位，按万千瓦计（与“装机单位”设置一致；单元格中写明单位的除外）',
        en: 'no unit in the header: read in 10⁴ kW (万千瓦), the capacity unit of the settings (unless a cell gives its unit)',
      },
    ]);
  });
});
