import { useTranslation } from 'react-i18next';
import type { ScenarioRecord } from '../../db/records';
import { regionName, scenarioName } from '../../components/scenario-format';
import { MAX_SCENARIOS } from './compare-query';
import { scenarioColors } from '../../components/chart/palette';

type Props = {
  records: readonly ScenarioRecord[];
  /** picked ids in order (the first is the reference) */
  picked: readonly string[];
  onToggle(id: string): void;
};

/** Checkboxes for every scenario in the library, mine first, then the presets. */
export function ScenarioPicker({ records, picked, onToggle }: Props) {
  const { t, i18n } = useTranslation('compare');
  const lang = i18n.language;
  const full = picked.length >= MAX_SCENARIOS;
  const colors = scenarioColors(picked);
  const groups = [
    { key: 'mine' as const, items: records.filter((r) => r.kind === 'user') },
    { key: 'presets' as const, items: records.filter((r) => r.kind === 'preset') },
  ].filter((g) => g.items.length);

  return (
    <fieldset className="cmp-picker" data-testid="compare-picker">
      <legend>
        {t('pick.heading')}{' '}
        <span className="muted small">{t('pick.count', { count: picked.length, max: MAX_SCENARIOS })}</span>
      </legend>
      {groups.length === 0 && <p className="muted">{t('pick.none')}</p>}
      {groups.map((g) => (
        <div key={g.key} className="cmp-pick-group" role="group" aria-label={t(`pick.${g.key}`)}>
          <div className="cmp-pick-group-name">{t(`pick.${g.key}`)}</div>
          <div className="cmp-pick-list">
            {g.items.map((r) => {
              const at = picked.indexOf(r.id);
              const checked = at >= 0;
              return (
                <label
                  key={r.id}
                  className={`cmp-pick${checked ? ' checked' : ''}`}
                  title={!checked && full ? t('pick.full', { max: MAX_SCENARIOS }) : undefined}
                >
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && full}
                    onChange={() => onToggle(r.id)}
                    data-testid={`compare-pick-${r.id}`}
                  />
                  {checked && (
                    <span className="cmp-swatch" style={{ background: colors[at] }} aria-hidden="true" />
                  )}
                  <span className="cmp-pick-name">{scenarioName(r.scenario, lang)}</span>
                  <span className="cmp-pick-region muted">{regionName(r.scenario, lang)}</span>
                </label>
              );
            })}
          </div>
        </div>
      ))}
    </fieldset>
  );
}

type ListProps = {
  runs: readonly { id: string; name: string; region: string; color: string }[];
  onMakeReference(id: string): void;
  onRemove(id: string): void;
};

/** The compared scenarios in order, each in its chart colour: the key to every chart and column below. */
export function ComparedList({ runs, onMakeReference, onRemove }: ListProps) {
  const { t } = useTranslation('compare');
  return (
    <ol className="cmp-compared" aria-label={t('pick.selected')} data-testid="compare-selected">
      {runs.map((r, i) => (
        <li key={r.id} className="cmp-compared-item" data-testid={`compare-selected-${r.id}`}>
          <span className="cmp-swatch" style={{ background: r.color }} aria-hidden="true" />
          <span className="cmp-compared-name">{r.name}</span>
          <span className="muted small">{r.region}</span>
          {i === 0 ? (
            <span className="cmp-ref-badge">{t('pick.reference')}</span>
          ) : (
            <button
              type="button"
              className="btn small-btn"
              onClick={() => onMakeReference(r.id)}
              data-testid={`compare-make-ref-${r.id}`}
            >
              {t('pick.makeReference')}
            </button>
          )}
          <button
            type="button"
            className="btn ghost small-btn"
            onClick={() => onRemove(r.id)}
            aria-label={t('pick.removeNamed', { name: r.name })}
            title={t('pick.remove')}
          >
            ×
          </button>
        </li>
      ))}
    </ol>
  );
}
