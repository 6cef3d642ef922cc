import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseLedgerCsv, parseLedgerXlsx } from '../../../shared/io/ledger-import';
import { LEDGER_TEMPLATE_SHEET, ledgerTemplateHeader, ledgerTemplateXlsx } from '../../../shared/io/ledger-template';

/** The ledger's capacity column in 万千瓦 or MW: which unit was read, and the unit-less header read in the planner's. */

const csv = (lines: string[]) => lines.join('\r\n');
const hours = { defaultHours: { pv: 1100, wind: 2200 } };

describe('capacity unit of a ledger', () => {
  it('reads 万千瓦 from the header and says so: 3.5 万千瓦 = 35 MW', () => {
    const p = parseLedgerCsv(csv(['项目名称,类型,装机容量（万千瓦）,投产年份', '甲光伏,光伏,3.5,2026']), hours);
    expect(p.capacity).toEqual({ column: '装机容量（万千瓦）', unit: { label: '万千瓦', toMW: 10 }, from: 'header' });
    expect(p.headerProblems).toEqual([]);
    expect(p.rows[0]!.project!.capacityMW).toBe(35);
  });

  it('reads MW from the header and says so: 35 MW stays 35 MW, whatever the setting', () => {
    const p = parseLedgerCsv(csv(['项目名称,类型,装机容量(MW),投产年份', '甲光伏,光伏,35,2026']), { ...hours, capacityUnit: 'wanKw' });
    expect(p.capacity).toMatchObject({ unit: { label: 'MW', toMW: 1 }, from: 'header' });
    expect(p.rows[0]!.project!.capacityMW).toBe(35);
  });

  it('a header without a unit is read in the planner’s unit, with a warning naming it: 10 万千瓦 = 100 MW', () => {
    const p = parseLedgerCsv(csv(['项目名称,类型,装机容量,投产年份', '乙风电,风电,10,2027', '丙光伏,光伏,2.5万千瓦,2026', '丁光伏,光伏,8MW,2026']), { ...hours, capacityUnit: 'wanKw' });
    expect(p.capacity).toEqual({ column: '装机容量', unit: { label: '万千瓦', toMW: 10 }, from: 'setting' });
    expect(p.headerProblems).toEqual([{ fatal: false, column: '装机容量', code: 'ledger.headerNoUnit', params: { unit: 'wanKw' } }]);
    // a cell naming its unit is read in it: 2.5 万千瓦 = 25 MW; 8 MW = 8 MW
    expect(p.rows.map((r) => r.project!.capacityMW)).toEqual([100, 25, 8]);
  });

  it('without a setting, a unit-less header is read in MW (the stored unit)', () => {
    const p = parseLedgerCsv(csv(['name,type,capacity,commissioning year', 'A,PV,10,2025']), hours);
    expect(p.capacity).toMatchObject({ unit: { label: 'MW' }, from: 'setting' });
    expect(p.rows[0]!.project!.capacityMW).toBe(10);
  });
});

describe('ledger template', () => {
  it('names the capacity unit in its header, in either language', () => {
    expect(ledgerTemplateHeader('wanKw', 'zh').slice(0, 4)).toEqual(['项目名称', '类型', '装机容量（万千瓦）', '投产年份']);
    expect(ledgerTemplateHeader('mw', 'en')[2]).toBe('Capacity (MW)');
  });

  it('filled in and imported: rows read in the template’s unit (4 万千瓦 = 40 MW), no made-up rows', async () => {
    for (const [unit, lang, typed, mw] of [['wanKw', 'zh', 4, 40], ['mw', 'en', 40, 40]] as const) {
      const blank = await parseLedgerXlsx(await ledgerTemplateXlsx(unit, lang), hours);
      expect(blank.sheet).toBe(LEDGER_TEMPLATE_SHEET[lang]);
      expect(blank.headerProblems).toEqual([]);
      expect(blank.rows).toEqual([]);
      expect(blank.columns).toHaveLength(10);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await ledgerTemplateXlsx(unit, lang)).slice().buffer);
      wb.getWorksheet(LEDGER_TEMPLATE_SHEET[lang])!.getRow(2).values = ['某镇农光互补', lang === 'zh' ? '光伏' : 'PV', typed, 2026, null, null, lang === 'zh' ? '规划' : 'planned', lang === 'zh' ? '是' : 'yes', '', ''];
      const filled = await parseLedgerXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), hours);
      expect(filled.capacity?.from).toBe('header');
      expect(filled.rows[0]!.project).toMatchObject({ name: '某镇农光互补', type: 'pv', capacityMW: mw, commissioningYear: 2026, status: 'planned', included: true, utilisationHours: 1100 });
    }
  });
});
