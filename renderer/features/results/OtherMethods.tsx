import { useEffect, useState } from 'react';
import type { MethodChange, MethodComparison, MethodHeadline } from '../../../shared/engine/methods';
import type { Scenario } from '../../../shared/model/scenario';
import type { Translate } from '../../components/results/chart-options';
import type { NumberFormatter } from '../../components/results/format';
import { methodComparisonOf } from '../../engine/method-comparison';

/** The latest answer and the scenario it is for (a newer edit is computing while it differs from the one shown). */
type Answer = { scenario: Scenario; value: MethodComparison | null } | { scenario: Scenario; failed: true };

/** What one alternative changes, in words: "电力二氧化碳：C 基于位置". */
export function changeText(c: MethodChange | null, t: Translate): string {
  if (!c) return t('otherMethods.own');
  switch (c.axis) {
    case 'electricityCo2':
      return t('otherMethods.change', { method: t('methods.term.electricityCo2'), value: t(`otherMethods.short.electricityCo2.${c.value}`) });
    case 'energyControl':
      return t('otherMethods.change', { method: t('methods.term.energyControl'), value: t(`otherMethods.short.energyControl.${c.value}`) });
    case 'renewableAttribution':
      return t('otherMethods.change', { method: t('methods.term.renewableAttribution'), value: t(`otherMethods.short.renewableAttribution.${c.value}`) });
    case 'peakScope':
      return t('otherMethods.change', { method: t('methods.term.peakScope'), value: t(`otherMethods.short.peakScope.${c.value}`) });
  }
}

/** The column year: 2030 (the peak deadline) when the horizon holds it, else the last headline year. */
function columnYear(h: MethodHeadline): number | null {
  return h.years.find((y) => y.year === 2030)?.year ?? h.years.at(-1)?.year ?? null;
}

/**
 * One method: its name on a row of its own over the figures (the panel is narrow; seven
 * columns of figures fit, a long method name beside them does not).
 */
function MethodRows({ h, year, fmt, t }: { h: MethodHeadline; year: number | null; fmt: NumberFormatter; t: Translate }) {
  const y = h.years.find((x) => x.year === year);
  const p14 = h.periods.find((p) => p.plan === 14);
  const pct = (v: number | undefined) => (v === undefined ? '—' : fmt.withUnit(v, 'pct', { signed: true }));
  const peak = !h.peak.withinHorizon ? t('otherMethods.noPeak') : h.peak.rebound ? t('otherMethods.rebound', { rebound: h.peak.rebound.year }) : t('year', { year: h.peak.year });
  const key = h.change ? `${h.change.axis}-${h.change.value}` : 'own';
  return (
    <tbody className={h.change ? undefined : 'res-own-method'} data-testid={`other-method-${key}`}>
      <tr className="res-method-name">
        <th scope="rowgroup" colSpan={6}>
          {changeText(h.change, t)}
        </th>
      </tr>
      <tr>
        <td className="num" data-testid={`other-co2-${key}`} data-value={y ? String(y.co2) : ''}>
          {y ? fmt.num(y.co2, 'wanTCo2') : '—'}
        </td>
        <td className="num">{pct(p14?.co2PerGdpChangePct)}</td>
        <td className="num">{pct(p14?.energyPerGdpAssessedChangePct)}</td>
        <td className="num">{y ? fmt.withUnit(y.nonFossilShare, 'pct') : '—'}</td>
        <td className={`nowrap${h.peak.holds ? '' : ' res-bad-text'}`}>{peak}</td>
        <td className="num nowrap" data-testid={`other-targets-${key}`}>
          {t('otherMethods.targets', { met: h.targetsMet, total: h.targetsJudged })}
        </td>
      </tr>
    </tbody>
  );
}

/**
 * The headline figures under the other accounting methods, one method changed
 * at a time, and the targets whose status depends on the method. The engine
 * worker computes them (`compareMethods`) when the section is opened.
 */
export function OtherMethods({ scenario, fmt, t, lang }: { scenario: Scenario; fmt: NumberFormatter; t: Translate; lang: string }) {
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    methodComparisonOf(scenario).then(
      (value) => live && setAnswer({ scenario, value }),
      () => live && setAnswer({ scenario, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [open, scenario]);

  const computing = open && answer?.scenario !== scenario;
  const failed = answer !== null && ('failed' in answer || answer.value === null);
  const c = answer && 'value' in answer ? answer.value : null;
  const year = c ? columnYear(c.own) : null;
  const p14 = c?.own.periods.find((p) => p.plan === 14);
  const labelOf = (id: string, fallback: string) => {
    const target = scenario.targets.find((x) => x.id === id);
    return (lang === 'en' ? target?.labelEn : undefined) ?? target?.label ?? fallback;
  };
  return (
    <details className="res-section res-other-methods" data-testid="other-methods" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h3 className="res-inline-h">{t('otherMethods.heading')}</h3> <span className="muted small">{t('otherMethods.hint')}</span>
      </summary>
      {computing && <p className="muted small">{t('pending')}</p>}
      {!computing && failed && <p className="muted small">{t('otherMethods.failed')}</p>}
      {c && (
        <>
          <div className="res-table-wrap">
            <table className="res-table res-other-table" data-testid="other-methods-table">
              <thead>
                <tr>
                  <th scope="col" className="num">{t('otherMethods.col.co2', { year: year ?? '—', unit: fmt.unit('wanTCo2') })}</th>
                  <th scope="col" className="num">{t('otherMethods.col.co2Intensity', { from: p14?.fromYear ?? 2020, to: p14?.toYear ?? 2025 })}</th>
                  <th scope="col" className="num">{t('otherMethods.col.energyIntensity', { from: p14?.fromYear ?? 2020, to: p14?.toYear ?? 2025 })}</th>
                  <th scope="col" className="num">{t('otherMethods.col.nonFossil', { year: year ?? '—' })}</th>
                  <th scope="col">{t('otherMethods.col.peak')}</th>
                  <th scope="col" className="num">{t('otherMethods.col.targets')}</th>
                </tr>
              </thead>
              {[c.own, ...c.alternatives].map((h) => (
                <MethodRows key={h.change ? `${h.change.axis}-${h.change.value}` : 'own'} h={h} year={year} fmt={fmt} t={t} />
              ))}
            </table>
          </div>
          {c.methodDependentTargets.length === 0 ? (
            <p className="muted small" data-testid="method-dependent-none">
              {t('otherMethods.noneDepends')}
            </p>
          ) : (
            <ul className="res-method-dependent" data-testid="method-dependent">
              {c.methodDependentTargets.map((d) => (
                <li key={d.id} data-testid={`method-dependent-${d.id}`}>
                  {t(d.met ? 'otherMethods.dependsMet' : 'otherMethods.dependsMissed', {
                    label: labelOf(d.id, d.label),
                    under: d.otherwiseUnder.map((u) => changeText(u, t)).join(t('otherMethods.separator')),
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </details>
  );
}
