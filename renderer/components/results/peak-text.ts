import type { Peak } from '../../../shared/engine/results';
import type { Translate } from './chart-options';
import type { NumberFormatter } from './format';

/**
 * The peak test in words, shared by the results panel, the comparison and the
 * report: the plateau around the peak and, when emissions climb back after
 * it, why the peak does not count.
 */

/** "平台期 2021–2031年（峰值 ±2.0% 以内）", or null when the plateau is the peak year alone. */
export function plateauText(peak: Peak, fmt: NumberFormatter, t: Translate): string | null {
  if (peak.plateau.fromYear === peak.plateau.toYear) return null;
  return t('peak.plateau', { from: peak.plateau.fromYear, to: peak.plateau.toYear, pct: fmt.withUnit(peak.tolerancePct, 'pct') });
}

/** "2030年回升至 84.0 万tCO2，高于2026年低点 47.0 万tCO2（容差 2.0%），不算达峰", or null without a rebound. */
export function reboundText(peak: Peak, fmt: NumberFormatter, t: Translate): string | null {
  const rb = peak.rebound;
  if (!rb) return null;
  return t('peak.rebound', {
    year: rb.year,
    co2: fmt.withUnit(rb.co2, 'wanTCo2'),
    fromYear: rb.fromYear,
    fromCo2: fmt.withUnit(rb.fromCo2, 'wanTCo2'),
    pct: fmt.withUnit(peak.tolerancePct, 'pct'),
  });
}
