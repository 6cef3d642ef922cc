import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyGoalAnswer, leverPath } from '../../../shared/engine/goal-seek/lever';
import type { GoalSeekFound } from '../../../shared/engine/goal-seek/types';
import type { LeverContext } from '../../../shared/model/ops-levers';
import type { Scenario } from '../../../shared/model/scenario';
import { TYPICAL_HOURS } from '../../../seeds/reference/typical';
import { GoalSeekOpenerContext, type GoalSeekOpener } from '../../components/results/goal-seek-opener';
import { valueInYear } from '../../components/fields/series-convert';
import { GoalSeekDialog } from './GoalSeekDialog';
import './goal-seek.css';

type Edit = (apply: (s: Scenario) => Scenario, path: string, undoKey?: string) => Promise<string[]>;

type Props = { scenario: Scenario; readOnly: boolean; edit: Edit; children: ReactNode };

/**
 * Offers 目标反推 to the results shown inside it (the target checklist's
 * buttons) and holds the dialog. An answer applied is one edit with a key of
 * its own, so one undo takes it back whole and it never merges with a slider's.
 */
export function GoalSeekHost({ scenario, readOnly, edit, children }: Props) {
  const { t } = useTranslation('goalSeek');
  const { t: te } = useTranslation('editor');
  const [openFor, setOpenFor] = useState<{ targetId: string | null } | null>(null);
  const applied = useRef(0);
  const opener = useMemo<GoalSeekOpener>(() => ({ open: (targetId) => setOpenFor({ targetId }), label: t('open'), title: t('openTitle') }), [t]);
  // new build-out rows named as the sliders name them
  const ctx = useMemo<LeverContext>(
    () => ({ valueInYear, hours: TYPICAL_HOURS, buildoutName: (type, year) => te('ledger.buildoutName', { type: te(`genTypes.${type}`), year }) }),
    [te],
  );
  const apply = (r: GoalSeekFound) =>
    edit((s) => applyGoalAnswer(s, r.lever, r.leverValue, r.scenario!, ctx), leverPath(r.lever), `goal-seek-${++applied.current}`);
  return (
    <GoalSeekOpenerContext.Provider value={opener}>
      {children}
      {openFor && <GoalSeekDialog scenario={scenario} targetId={openFor.targetId} readOnly={readOnly} onApply={apply} onClose={() => setOpenFor(null)} />}
    </GoalSeekOpenerContext.Provider>
  );
}
