import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rollupTableYears } from '../../../shared/engine/rollup';
import { attachMember, detachMember } from '../../../shared/model/ops-rollup';
import type { Scenario } from '../../../shared/model/scenario';
import { useScenarioRecords } from '../../db/useScenarioRecords';
import { regionName } from '../../components/scenario-format';
import { useResultsFormat } from '../../components/results/useResultsFormat';
import { MemberList, MemberPicker } from './RollupMembers';
import { RollupChecks } from './RollupChecks';
import { MetricTables, RatioTables } from './RollupTables';
import { useRollup } from './useRollup';
import '../../components/results/results.css';
import './rollup.css';

export type RollupViewProps = {
  /** the open city scenario, as edited */
  scenario: Scenario;
  readOnly: boolean;
  /**
   * an edit of the scenario as a pure operation, `key` naming it for undo (each attach and detach
   * its own step); resolves with the words of a refusal (none: taken)
   */
  onEdit(apply: (s: Scenario) => Scenario, key: string): Promise<string[]>;
};

/**
 * 县区汇总: the open city scenario beside the sum of the county scenarios
 * attached to it, the rest of the city, each one's share and the difference,
 * in the plan years, with the checks that say where the sum is not the city's
 * figure by the rules. Attaching and detaching are edits of the city scenario
 * (undoable, saved like any other). Every figure comes from the engine.
 */
export function RollupView({ scenario: city, readOnly, onEdit }: RollupViewProps) {
  const { t, i18n } = useTranslation('rollup');
  const { fmt } = useResultsFormat();
  const records = useScenarioRecords();
  const state = useRollup(city, records);
  const [refused, setRefused] = useState<string[]>([]);
  const members = city.rollup?.members ?? [];

  const edit = (apply: (s: Scenario) => Scenario, key: string) => void onEdit(apply, key).then(setRefused);

  return (
    <div className="rollup-view" aria-labelledby="rollup-title" data-testid="rollup-view">
      <header className="rollup-head">
        <h1 id="rollup-title">{t('title', { city: regionName(city, i18n.language) })}</h1>
        <p className="muted">{t('intro')}</p>
      </header>

      <section className="res-section" aria-labelledby="rollup-members-h">
        <h3 id="rollup-members-h">{t('members.title')}</h3>
        <MemberList
          members={members}
          records={records}
          infos={state.status === 'done' ? state.rollup.members : null}
          readOnly={readOnly}
          onDetach={(id) => edit((s) => detachMember(s, id), `rollup.detach:${id}`)}
        />
        {readOnly ? (
          <p className="muted small" data-testid="rollup-readonly">{t('picker.readOnly')}</p>
        ) : (
          <MemberPicker
            city={city}
            records={records}
            onAttach={(r) => edit((s) => attachMember(s, { scenarioId: r.id, label: r.scenario.region.name }), `rollup.attach:${r.id}`)}
          />
        )}
        {refused.map((text, k) => (
          <p key={k} className="rollup-refused" role="alert">
            {text}
          </p>
        ))}
      </section>

      {state.status === 'computing' && (
        <p className="muted" role="status" data-testid="rollup-computing">
          {t('computing', { names: state.waiting.join('、') })}
        </p>
      )}
      {state.status === 'cityFailed' && (
        <p className="rollup-refused" role="alert" data-testid="rollup-city-failed">
          {t('cityFailed', { count: state.issues.length })}
        </p>
      )}
      {state.status === 'done' && members.length > 0 && (
        <>
          <RollupChecks issues={state.rollup.issues} />
          {state.rollup.years.length > 0 && (
            <>
              <MetricTables rollup={state.rollup} years={rollupTableYears(state.rollup)} fmt={fmt} />
              <RatioTables rollup={state.rollup} years={rollupTableYears(state.rollup)} fmt={fmt} />
            </>
          )}
        </>
      )}
    </div>
  );
}
