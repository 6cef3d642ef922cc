import type { Scenario } from '../../../shared/model/scenario';
import type { TargetStatus } from '../../../shared/engine/results';
import { numberLocale } from '../../i18n';

/** The scenario's name in the UI language (presets carry an English name; user names are as typed). */
export function scenarioName(s: Pick<Scenario, 'name' | 'nameEn'>, lang: string): string {
  return lang === 'en' && s.nameEn ? s.nameEn : s.name;
}

export function regionName(s: Pick<Scenario, 'region'>, lang: string): string {
  return lang === 'en' && s.region.nameEn ? s.region.nameEn : s.region.name;
}

export function formatTimestamp(ms: number, lang: string): string {
  return new Intl.DateTimeFormat(numberLocale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

export type TargetSummary = {
  met: number;
  /** targets whose year lies within the scenario's horizon */
  total: number;
  /** a binding (约束性) target is missed */
  bindingMissed: boolean;
  /** ids of the missed targets (labels are looked up at render time, in the UI language) */
  missed: string[];
};

/** Counts targets met; a target outside the horizon (met === null) is not counted either way. */
export function summarizeTargets(targets: readonly TargetStatus[]): TargetSummary {
  const judged = targets.filter((t) => t.met !== null);
  const missed = judged.filter((t) => t.met === false);
  return {
    met: judged.length - missed.length,
    total: judged.length,
    bindingMissed: missed.some((t) => t.binding),
    missed: missed.map((t) => t.id),
  };
}

/** 'good' all met, 'bad' a binding target missed, 'warn' otherwise. */
export function summaryTone(s: TargetSummary): 'good' | 'warn' | 'bad' | 'none' {
  if (s.total === 0) return 'none';
  if (s.met === s.total) return 'good';
  return s.bindingMissed ? 'bad' : 'warn';
}

export function targetLabel(s: Pick<Scenario, 'targets'>, id: string, lang: string): string {
  const t = s.targets.find((x) => x.id === id);
  if (!t) return id;
  return lang === 'en' && t.labelEn ? t.labelEn : t.label;
}
