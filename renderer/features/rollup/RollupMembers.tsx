import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollupMemberInfo } from '../../../shared/engine/rollup';
import type { RollupMember, Scenario } from '../../../shared/model/scenario';
import type { ScenarioRecord } from '../../db/records';
import { regionName, scenarioName } from '../../components/scenario-format';

type MembersProps = {
  members: readonly RollupMember[];
  records: readonly ScenarioRecord[] | undefined;
  /** the roll-up's word on each member, once computed (by position) */
  infos: readonly RollupMemberInfo[] | null;
  readOnly: boolean;
  onDetach(scenarioId: string): void;
};

/** The attached county scenarios, each with how the roll-up counts it, and a way to detach it. */
export function MemberList({ members, records, infos, readOnly, onDetach }: MembersProps) {
  const { t, i18n } = useTranslation('rollup');
  const lang = i18n.language;
  const byId = useMemo(() => new Map((records ?? []).map((r) => [r.id, r])), [records]);
  if (!members.length) return <p className="muted" data-testid="rollup-no-members">{t('members.none')}</p>;
  return (
    <ul className="rollup-members" data-testid="rollup-members">
      {members.map((m, i) => {
        const rec = byId.get(m.scenarioId);
        const status = infos?.[i]?.status ?? (records && !rec ? 'missing' : null);
        return (
          <li key={`${m.scenarioId}-${i}`} className={`rollup-member${status && status !== 'counted' ? ' off' : ''}`} data-testid={`rollup-member-${m.scenarioId}`}>
            <span className="rollup-member-region">{rec ? regionName(rec.scenario, lang) : (m.label ?? m.scenarioId)}</span>
            {rec ? (
              <a className="muted small" href={`#/scenario/${encodeURIComponent(rec.id)}`}>
                {scenarioName(rec.scenario, lang)}
              </a>
            ) : (
              records && <code className="muted small">{m.scenarioId}</code>
            )}
            {rec && (
              <span className="muted small">
                {t('members.horizon', { from: rec.scenario.baseYear, to: rec.scenario.endYear })}
              </span>
            )}
            {status && <span className={`rollup-status ${status}`}>{t(`members.status.${status}`)}</span>}
            {!readOnly && (
              <button type="button" className="btn ghost small-btn" onClick={() => onDetach(m.scenarioId)} data-testid={`rollup-detach-${m.scenarioId}`}>
                {t('members.detach')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

type PickerProps = {
  city: Scenario;
  records: readonly ScenarioRecord[] | undefined;
  onAttach(record: ScenarioRecord): void;
};

/** The library's scenarios that may be attached: counties (区县) by default, any on request; not the city, nor one attached. */
export function MemberPicker({ city, records, onAttach }: PickerProps) {
  const { t, i18n } = useTranslation('rollup');
  const lang = i18n.language;
  const id = useId();
  const [all, setAll] = useState(false);
  const [picked, setPicked] = useState('');
  const attached = new Set((city.rollup?.members ?? []).map((m) => m.scenarioId));
  const offered = (records ?? []).filter(
    (r) => r.id !== city.id && !attached.has(r.id) && (all || r.scenario.region.level === 'county'),
  );
  const choice = offered.find((r) => r.id === picked) ?? offered[0];
  return (
    <div className="rollup-picker" data-testid="rollup-picker">
      <label htmlFor={`${id}-pick`}>{t('picker.label')}</label>
      {offered.length ? (
        <select id={`${id}-pick`} value={choice?.id ?? ''} onChange={(e) => setPicked(e.target.value)} data-testid="rollup-pick">
          {offered.map((r) => (
            <option key={r.id} value={r.id}>
              {t('picker.option', { region: regionName(r.scenario, lang), name: scenarioName(r.scenario, lang) })}
            </option>
          ))}
        </select>
      ) : (
        <span className="muted small" id={`${id}-pick`}>{t(all ? 'picker.noneAll' : 'picker.none')}</span>
      )}
      <button type="button" className="btn primary small-btn" disabled={!choice} onClick={() => choice && onAttach(choice)} data-testid="rollup-attach">
        {t('picker.attach')}
      </button>
      <label className="small">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} data-testid="rollup-pick-all" /> {t('picker.all')}
      </label>
    </div>
  );
}
