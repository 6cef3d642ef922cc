import type { ScenarioResults } from '../engine/results';
import type { Scenario } from '../model/scenario';
import { POLICY_DOCUMENTS } from '../model/source-documents';
import { FEEDSTOCK_FUELS, type PeakScope } from '../model/vocabulary';
import {
  ATTRIBUTION_LABELS,
  ELECTRICITY_CO2_LABELS,
  ENERGY_CONTROL_LABELS,
  GRID_SCOPE_LABELS,
  STORAGE_LABELS,
  storageAttributions,
  type MethodLabel,
} from './method-labels';

/** One accounting method a scenario's figures use, as the results workbook lists it. */
export type MethodRow = { what: { zh: string; en: string }; id: string; zh: string; en: string; source: string };

const row = (what: MethodRow['what'], id: string, label: MethodLabel): MethodRow => ({
  what,
  id,
  zh: label.zh,
  en: label.en,
  source: label.source ? `${label.source.zh} ${label.source.en === label.source.zh ? '' : label.source.en}`.trim() : '—',
});

/** What the peak (the region's and each sector's) is judged on; the intensity assessment uses energy CO2 under both. */
const PEAK_SCOPE_ROWS: Record<PeakScope, MethodRow> = {
  energy: {
    what: { zh: '达峰判断口径', en: 'CO2 the peak is judged on' },
    id: 'peakScope=energy',
    zh: '能源活动二氧化碳排放（与国家碳排放强度考核口径一致）；工业生产过程排放单列，不计入达峰判断和强度',
    en: 'Energy CO2 (as the national intensity assessment counts it); process CO2 of industry reported apart, outside the peak and the intensity',
    source: '本工具默认口径，与碳排放强度考核所用的能源活动排放一致 this tool’s default, the energy CO2 that CO2 per GDP is assessed on',
  },
  energyAndProcess: {
    what: { zh: '达峰判断口径', en: 'CO2 the peak is judged on' },
    id: 'peakScope=energyAndProcess',
    zh: '能源活动和工业生产过程二氧化碳排放；碳排放强度仍按能源活动排放计',
    en: 'Energy and process CO2; CO2 per GDP still counts energy CO2 alone',
    source: '情景设置 the scenario’s setting (accounting.peakScope)',
  },
};

/**
 * The methods behind a scenario's headline figures: the ones the engine
 * reports it used (`results.methods`), and the scenario's own choices the
 * results do not repeat (grid-factor series, pumped storage, feedstock).
 */
export function methodRows(s: Scenario, r: ScenarioResults): MethodRow[] {
  const m = r.methods;
  const rows: MethodRow[] = [
    row({ zh: '能耗双控考核口径', en: 'Energy-consumption control' }, m.energyControl, ENERGY_CONTROL_LABELS[m.energyControl]),
    row({ zh: '非化石能源电力归属', en: 'Non-fossil electricity attribution' }, m.renewableAttribution, ATTRIBUTION_LABELS[m.renewableAttribution]),
    row({ zh: '电力二氧化碳排放', en: 'CO2 of electricity' }, m.electricityCo2, ELECTRICITY_CO2_LABELS[m.electricityCo2]),
    row({ zh: '电力平均二氧化碳排放因子', en: 'Grid factor series' }, s.accounting.gridFactorScope, GRID_SCOPE_LABELS[s.accounting.gridFactorScope]),
  ];
  for (const a of storageAttributions(s)) rows.push(row({ zh: '抽水蓄能抽发损耗电量', en: 'Pumped-storage losses' }, a, STORAGE_LABELS[a]));
  const feedstock = FEEDSTOCK_FUELS.filter((f) => s.energy.feedstockSharePct?.[f] !== undefined);
  if (feedstock.length) {
    rows.push({
      what: { zh: '原料用能', en: 'Feedstock' },
      id: `feedstock:${feedstock.join('+')}`,
      zh: '原料用能不纳入能源消费总量和强度',
      en: 'Energy used as raw material left out of the assessed total and intensity',
      source: POLICY_DOCUMENTS.feedstockExcluded.number,
    });
  }
  rows.push({
    what: { zh: '达峰判断', en: 'Peak test' },
    id: `peakTolerancePct=${m.peakTolerancePct}`,
    zh: `峰值 ±${m.peakTolerancePct}% 以内为平台期；峰值后任一年高于峰值或自最低值回升超过该幅度为反弹，达峰不成立`,
    en: `Years within ${m.peakTolerancePct} % of the peak form its plateau; a later year above the peak, or a climb above the lowest value since, by more is a rebound and the peak does not hold`,
    source: '本工具方法（省级评审做法）this tool’s method (as provincial reviews read a peak)',
  });
  rows.push(PEAK_SCOPE_ROWS[m.peakScope]);
  return rows;
}
