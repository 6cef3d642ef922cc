import type { Scenario } from '../../shared/model/scenario';
import type { TargetSummary } from '../../shared/engine/target-summary';
import { numberLocale } from '../i18n';

/** The scenario's name in the UI language (presets carry an English name; user names are as typed). */
export function scenarioName(s: Pick<Scenario, 'name' | 'nameEn'>, lang: string): string {
  return lang === 'en' && s.nameEn ? s.nameEn : s.name;
}

export function regionName(s: Pick<Scenario, 'region'>, lang: string): string {
  return lang === 'en' && s.region.nameEn ? s.region.nameEn : s.region.name;
}

// A formatter costs far more to make than to use, and a list formats one timestamp per row.
const timestampFormats = new Map<string, Intl.DateTimeFormat>();

export function formatTimestamp(ms: number, lang: string): string {
  const locale = numberLocale(lang);
  let f = timestampFormats.get(locale);
  if (!f) timestampFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(ms);
}

/** 'good' all met, 'bad' a binding target missed, 'warn' otherwise. */
export function summaryTone(s: TargetSummary): 'good' | 'warn' | 'bad' | 'none' {
  if (s.total === 0) return 'none';
  if (s.met === s.total) return 'good';
  return s.bindingMissed ? 'bad' : 'warn';
}

export function targetLabel(s: { targets: readonly Pick<Scenario['targets'][number], 'id' | 'label' | 'labelEn'>[] }, id: string, lang: string): string {
  const t = s.targets.find((x) => x.id === id);
  if (!t) return id;
  return lang === 'en' && t.labelEn ? t.labelEn : t.label;
}
