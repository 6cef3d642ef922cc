import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseLedgerCsv, parseLedgerXlsx } from '../../shared/io/ledger-import';
import { addProject, newProject } from '../../shared/model/ops';
import { applyLever, type LeverContext } from '../../shared/model/ops-levers';
import { PRESETS, presetById } from '../../seeds/index';
import { referenceValue } from '../../seeds/reference/index';
import { TYPICAL_HOURS, TYPICAL_HOURS_ENTRY, TYPICAL_STORAGE } from '../../seeds/reference/typical';

/**
 * One table of typical utilisation hours (seeds/reference/utilisation-hours.json),
 * used by the presets, the editor's ledger, the ledger importers and the build-out levers.
 */

describe('typical utilisation hours', () => {
  it('are the reference library’s values, one per generator type', () => {
    // utilisation-hours.json: PV 1,050, wind 2,100, hydro 3,200, biomass 5,500, coal 4,300 and gas (distributed stations) 3,500 h/yr
    expect(TYPICAL_HOURS).toEqual({ pv: 1050, wind: 2100, hydro: 3200, biomass: 5500, coal: 4300, gas: 3500 });
    for (const [type, id] of Object.entries(TYPICAL_HOURS_ENTRY)) expect(TYPICAL_HOURS[type as keyof typeof TYPICAL_HOURS]).toBe(referenceValue(id));
    // 6 h at full output; 1,440 h a year (Meizhou phase II) ÷ 6 h = 240 cycles; 75 % round trip
    expect(TYPICAL_STORAGE).toEqual({ storageHours: 6, annualCycles: 240, roundTripEfficiencyPct: 75 });
  });

  it('a PV project typed into the ledger, imported from CSV and imported from xlsx gets 1,050 h each', async () => {
    const s = structuredClone(presetById('qingyuan-policy')!);
    const typed = newProject(s, 'pv', '甲光伏', TYPICAL_HOURS);

    const csv = parseLedgerCsv('项目名称,类型,装机容量(MW),投产年份\n甲光伏,光伏,10,2025', { defaultHours: TYPICAL_HOURS });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('项目台账');
    ws.getRow(1).values = ['项目名称', '类型', '装机容量(MW)', '投产年份'];
    ws.getRow(2).values = ['甲光伏', '光伏', 10, 2025];
    const xlsx = await parseLedgerXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), { defaultHours: TYPICAL_HOURS });

    expect(typed.utilisationHours).toBe(1050);
    expect(csv.rows[0]!.project!.utilisationHours).toBe(1050);
    expect(xlsx.rows[0]!.project!.utilisationHours).toBe(1050);
    // the import says which value it took
    expect(csv.rows[0]!.warnings).toContainEqual(expect.objectContaining({ code: 'ledger.typicalHours', params: { hours: 1050, type: 'pv' } }));
    // and a PV build-out row gets the same
    const ctx: LeverContext = { valueInYear: (v) => (typeof v === 'number' ? v : undefined), hours: TYPICAL_HOURS, buildoutName: (type, y) => `${type} ${y}` };
    const built = applyLever(addProject(s, typed), 'pvBuildout', 10, ctx).electricity.projects.find((p) => p.id.startsWith('buildout-pv-'))!;
    expect(built.utilisationHours).toBe(1050);
  });

  it('an importer given no table refuses an empty hours cell rather than inventing a value', () => {
    const p = parseLedgerCsv('项目名称,类型,装机容量(MW),投产年份,利用小时数\n甲,光伏,10,2025,');
    expect(p.rows[0]!.project).toBeUndefined();
    expect(p.rows[0]!.errors).toContainEqual(expect.objectContaining({ code: 'ledger.noTypicalHours', params: { type: 'pv' } }));
  });

  it('are the hours of every plant and project of the presets (no document gives hours)', () => {
    const typical = new Set(Object.values(TYPICAL_HOURS));
    for (const s of PRESETS) {
      for (const g of [...s.electricity.fleet, ...s.electricity.projects]) {
        expect(typical.has(g.utilisationHours as number), `${s.id} ${g.id}`).toBe(true);
        expect(g.utilisationHours, `${s.id} ${g.id}`).toBe(TYPICAL_HOURS[g.type]);
      }
    }
  });
});
