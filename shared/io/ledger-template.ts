import type { CapacityUnit } from '../model/units';
import { SETTING_UNITS } from './ledger-units';
import { newWorkbook, writeWorkbook } from './xlsx';

/**
 * A blank project ledger (项目台账) to fill in and import: one sheet with the header row the import reads,
 * the capacity column naming its unit (`装机容量（万千瓦）` or `装机容量（MW）`, the planner's), and a sheet
 * saying what each column takes. The ledger sheet has no example rows, so nothing made up is ever imported.
 */

type Column = { zh: string; en: string; width: number; noteZh: string; noteEn: string };

const COLUMNS: readonly Column[] = [
  { zh: '项目名称', en: 'Name', width: 28, noteZh: '必填', noteEn: 'required' },
  { zh: '类型', en: 'Type', width: 10, noteZh: '必填：光伏、风电、水电、生物质、燃煤、燃气', noteEn: 'required: PV, wind, hydro, biomass, coal, gas' },
  { zh: '装机容量', en: 'Capacity', width: 16, noteZh: '必填，按列名中的单位', noteEn: 'required, in the unit the header names' },
  { zh: '投产年份', en: 'Commissioning year', width: 12, noteZh: '必填：2026、2026年或日期', noteEn: 'required: 2026, 2026年 or a date' },
  { zh: '退役年份', en: 'Retirement year', width: 12, noteZh: '可空', noteEn: 'optional' },
  { zh: '利用小时数', en: 'Utilisation hours', width: 12, noteZh: '可空：按参考库的典型利用小时数', noteEn: "optional: the reference library's typical hours" },
  { zh: '状态', en: 'Status', width: 10, noteZh: '已投运、在建、规划；可空：按投产年份', noteEn: 'operating, under construction, planned; optional: by the commissioning year' },
  { zh: '是否计入', en: 'Included', width: 10, noteZh: '是/否，可空（是）', noteEn: 'yes/no, optional (yes)' },
  { zh: '来源', en: 'Source', width: 30, noteZh: '文件名称、文号或数据来源', noteEn: 'document, number or data source' },
  { zh: '备注', en: 'Note', width: 30, noteZh: '', noteEn: '' },
];

export const LEDGER_TEMPLATE_SHEET = { zh: '项目台账', en: 'Ledger' } as const;
const NOTES_SHEET = { zh: '填写说明', en: 'How to fill in' } as const;

/** The header row: `装机容量（万千瓦）` / `Capacity (MW)`. */
export function ledgerTemplateHeader(unit: CapacityUnit, lang: 'zh' | 'en'): string[] {
  const label = SETTING_UNITS[unit].label;
  return COLUMNS.map((c, i) => (i === 2 ? (lang === 'zh' ? `${c.zh}（${label}）` : `${c.en} (${label})`) : c[lang]));
}

/** The template as .xlsx bytes. */
export async function ledgerTemplateXlsx(unit: CapacityUnit, lang: 'zh' | 'en'): Promise<Uint8Array> {
  const wb = await newWorkbook();
  wb.creator = 'Carbon Peak Planner 碳达峰情景规划器';
  const ws = wb.addWorksheet(LEDGER_TEMPLATE_SHEET[lang]);
  const header = ledgerTemplateHeader(unit, lang);
  ws.getRow(1).values = header;
  ws.getRow(1).font = { bold: true };
  COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];

  const notes = wb.addWorksheet(NOTES_SHEET[lang]);
  notes.getColumn(1).width = 22;
  notes.getColumn(2).width = 70;
  COLUMNS.forEach((c, i) => (notes.getRow(i + 1).values = [header[i]!, lang === 'zh' ? c.noteZh : c.noteEn]));
  return writeWorkbook(wb);
}
