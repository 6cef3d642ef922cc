import type { SourceRef } from './provenance';
import type { ActualValue, History, Scenario } from './scenario';

/**
 * Edits of the published statistics of past years (`scenario.history`): one
 * value per metric and year, each with its own source. Each function is one
 * edit (one undo step); empty records are dropped so a scenario without
 * statistics carries no `history` at all.
 */

/** The statistics a year can hold, in the order a statistical bulletin gives them. */
export const HISTORY_METRICS = ['gdpYiYuan', 'energyWanTce', 'electricityUseYiKWh', 'localCapacityMW', 'localGenerationYiKWh'] as const satisfies readonly (keyof History)[];
export type HistoryMetric = (typeof HISTORY_METRICS)[number];

const USER: SourceRef = { kind: 'user' };

/** Years with at least one published value, ascending. */
export function historyYears(s: Scenario): number[] {
  const years = new Set<number>();
  for (const m of HISTORY_METRICS) for (const y of Object.keys(s.history?.[m] ?? {})) years.add(Number(y));
  return [...years].sort((a, b) => a - b);
}

export function historyEntry(s: Scenario, metric: HistoryMetric, year: number): ActualValue | undefined {
  return s.history?.[metric]?.[String(year)];
}

/** `history` with one metric's record replaced (absent when empty), and `history` itself absent when it holds nothing. */
function withRecord(s: Scenario, metric: HistoryMetric, record: Record<string, ActualValue>): Scenario {
  const history: History = { ...s.history };
  if (Object.keys(record).length) history[metric] = record;
  else delete history[metric];
  const next = { ...s };
  if (HISTORY_METRICS.some((m) => history[m] !== undefined)) next.history = history;
  else delete next.history;
  return next;
}

/**
 * Sets the published value of `metric` in `year` (undefined removes it). A
 * typed value is the user's: a note the user gave the entry stays with it, a
 * document or reference it came from no longer speaks for it.
 */
export function setHistoryValue(s: Scenario, metric: HistoryMetric, year: number, value: number | undefined): Scenario {
  const key = String(year);
  const record = { ...s.history?.[metric] };
  const old = record[key];
  if (value === undefined) {
    if (!old) return s;
    delete record[key];
    return withRecord(s, metric, record);
  }
  if (old && old.value === value) return s;
  record[key] = { value, source: old?.source.kind === 'user' ? old.source : USER };
  return withRecord(s, metric, record);
}

/** Says where the value of `metric` in `year` was published; no value there, no change (a source needs a value to speak for). */
export function setHistorySource(s: Scenario, metric: HistoryMetric, year: number, source: SourceRef): Scenario {
  const key = String(year);
  const old = s.history?.[metric]?.[key];
  if (!old) return s;
  return withRecord(s, metric, { ...s.history?.[metric], [key]: { value: old.value, source } });
}

/** The user's note on where a value was published (a bulletin and its page); an empty note leaves a plain user edit. */
export function setHistoryNote(s: Scenario, metric: HistoryMetric, year: number, note: string): Scenario {
  const text = note.trim();
  return setHistorySource(s, metric, year, text ? { kind: 'user', note: text } : USER);
}

/** Removes every published value of `year`, all metrics at once. */
export function removeHistoryYear(s: Scenario, year: number): Scenario {
  const key = String(year);
  let next = s;
  for (const m of HISTORY_METRICS) {
    const record = next.history?.[m];
    if (!record || !(key in record)) continue;
    const rest = { ...record };
    delete rest[key];
    next = withRecord(next, m, rest);
  }
  return next;
}

/**
 * The year a new row offers: the one after the latest year shown, else the
 * year after the base year (whose figures the base values already are);
 * none once the horizon's last year is shown.
 */
export function nextHistoryYear(s: Scenario, shown: readonly number[]): number | undefined {
  const last = shown.length ? Math.max(...shown) : s.baseYear;
  const next = last + 1;
  return next <= s.endYear ? next : undefined;
}
