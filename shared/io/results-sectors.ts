import type { Peak, YearResult } from '../engine/results';
import { PLAN_SECTORS, type PeakScope, type PlanSector } from '../model/vocabulary';
import { PLAN_SECTOR_LABELS } from './result-columns';
import { cellNumber, printSetup, tableHeader, tableTitle } from './results-layout';
import type { ResultsExportItem } from './results-sheets';
import type { Worksheet } from './xlsx';

/**
 * `分领域排放 Sectors`: CO2 by the plan sectors of the 1+N carbon-peak plans,
 * a row per scenario and year, in three tables one under the other: each
 * sector's CO2 with the lines no sector takes and the totals they add up to,
 * each sector's direct and electricity CO2 and energy use, and the peak of the
 * region and of each sector with the scope it was judged on.
 */

export const SHEET_SECTORS = '分领域排放 Sectors';

const T = '#,##0.00';
const sectorHead = (s: PlanSector) => `${PLAN_SECTOR_LABELS[s].zh} ${PLAN_SECTOR_LABELS[s].en}`;

export const SCOPE_TEXT: Record<PeakScope, string> = {
  energy: '能源活动排放 energy CO2',
  energyAndProcess: '能源活动和工业生产过程排放 energy and process CO2',
};

/** One table row: text as it is, numbers to twelve digits in the format given, the cells at `yearAt` (0-based) as years. */
export function sheetLine(
  ws: Worksheet,
  row: number,
  cells: readonly (string | number | null)[],
  numFmt = T,
  yearAt: readonly number[] = [1],
): void {
  const r = ws.getRow(row);
  cells.forEach((v, i) => {
    const cell = r.getCell(i + 1);
    cell.value = typeof v === 'number' ? cellNumber(v) : v;
    if (typeof v === 'number') cell.numFmt = yearAt.includes(i) ? '0' : numFmt;
  });
}

/** The CO2 table's columns: each sector's energy CO2 (industry's process CO2 beside it), the lines no sector takes, the totals. */
const CO2_COLUMNS: { head: string; get: (y: YearResult) => number }[] = [
  ...PLAN_SECTORS.flatMap((s) => [
    { head: `${sectorHead(s)}：能源活动 energy`, get: (y: YearResult) => y.sectorCo2[s].energy },
    ...(s === 'industry'
      ? [{ head: '工业：生产过程 industry: process', get: (y: YearResult) => y.sectorCo2.industry.process }]
      : []),
  ]),
  { head: '未分领域：抽发损耗 not in a sector: storage losses', get: (y) => y.co2Unallocated.storageLosses },
  { head: '未分领域：垃圾焚烧 not in a sector: waste incineration', get: (y) => y.co2Unallocated.wasteIncineration },
  { head: '未分领域：电力 not in a sector: electricity', get: (y) => y.co2Unallocated.electricity },
  { head: '能源活动排放 Energy CO2 (= 各领域能源活动 + 未分领域)', get: (y) => y.co2 },
  { head: '工业生产过程排放 Process CO2', get: (y) => y.processCo2 },
  { head: '能源活动和工业生产过程排放 Energy and process CO2', get: (y) => y.co2WithProcess },
  { head: '达峰判断口径排放 CO2 the peak is judged on', get: (y) => y.co2Judged },
];

const DETAIL_PARTS = [
  { part: 'direct', zh: '直接排放', en: 'direct (万tCO2)' },
  { part: 'electricity', zh: '电力排放', en: 'electricity (万tCO2)' },
  { part: 'energyUse', zh: '能源消费', en: 'energy use (万tce)' },
] as const;

const yesNo = (v: boolean) => (v ? '是 yes' : '否 no');

/** A peak as a row: scope, year, CO2, within the horizon, plateau, rebound, holds, the year peak targets are judged on. */
function peakCells(p: Peak): (string | number | null)[] {
  return [
    SCOPE_TEXT[p.scope],
    p.year,
    p.co2,
    yesNo(p.withinHorizon),
    `${p.plateau.fromYear}–${p.plateau.toYear}`,
    p.rebound?.year ?? null,
    yesNo(p.holds),
    p.reachedYear,
  ];
}

export function writeSectorSheet(ws: Worksheet, items: readonly ResultsExportItem[]): void {
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 18;
  for (let c = 3; c <= 3 + CO2_COLUMNS.length; c++) ws.getColumn(c).width = 13;
  let row = 1;
  tableTitle(ws, row++, '分领域二氧化碳排放 CO2 by plan sector (万tCO2)');
  sheetLine(ws, row++, [
    '说明 About',
    '各领域能源活动排放 = 本领域化石能源燃烧直接排放 + 按终端用电量分摊的电力排放（按各情景的电力排放核算方法）；建筑业按其占工业能源消费的比例自工业划出，私人汽车用油自居民生活划入交通运输，其余居民生活和服务业计入城乡建设。抽发损耗电量、垃圾焚烧等不属任何领域的排放单列；各领域能源活动排放与未分领域各项之和等于能源活动排放总量。工业生产过程排放单列，不计入碳排放强度。Each sector’s energy CO2 is the fuels burnt in it plus its share of electricity’s CO2 by its share of final electricity use; the lines no sector takes are apart; sectors and those lines add up to energy CO2. Process CO2 is apart and outside CO2 per GDP.',
  ]);
  row++;
  tableHeader(ws, row++, ['情景 Scenario', '年份 Year', ...CO2_COLUMNS.map((c) => c.head)], 60);
  for (const { scenario, results } of items) {
    for (const y of results.years) sheetLine(ws, row++, [scenario.name, y.year, ...CO2_COLUMNS.map((c) => c.get(y))]);
  }
  row++;

  tableTitle(ws, row++, '分领域直接排放、电力排放和能源消费 Direct and electricity CO2 and energy use by plan sector');
  tableHeader(
    ws,
    row++,
    [
      '情景 Scenario',
      '年份 Year',
      ...PLAN_SECTORS.flatMap((s) =>
        DETAIL_PARTS.map((d) => `${PLAN_SECTOR_LABELS[s].zh}${d.zh} ${PLAN_SECTOR_LABELS[s].en}: ${d.en}`),
      ),
    ],
    60,
  );
  for (const { scenario, results } of items) {
    for (const y of results.years)
      sheetLine(ws, row++, [
        scenario.name,
        y.year,
        ...PLAN_SECTORS.flatMap((s) => DETAIL_PARTS.map((d) => y.sectorCo2[s][d.part])),
      ]);
  }
  row++;

  tableTitle(ws, row++, '分领域达峰 Peaks of the region and of each sector');
  tableHeader(
    ws,
    row++,
    [
      '情景 Scenario',
      '领域 Sector',
      '判断口径 Judged on',
      '峰值年份 Peak year',
      '峰值 Peak (万tCO2)',
      '规划期内达峰 Within horizon',
      '平台期 Plateau',
      '反弹年份 Rebound year',
      '达峰成立 Holds',
      '达峰年（目标判定） Reached (targets judged on)',
    ],
    48,
  );
  const peakYears = [3, 7, 9];
  for (const { scenario, results } of items) {
    sheetLine(ws, row++, [scenario.name, '全地区 whole region', ...peakCells(results.peak)], T, peakYears);
    for (const s of PLAN_SECTORS) {
      const p = results.sectorPeaks[s];
      sheetLine(ws, row++, [scenario.name, sectorHead(s), ...(p ? peakCells(p) : ['— 无排放 no CO2'])], T, peakYears);
    }
  }
  printSetup(ws, 2, 1);
}
