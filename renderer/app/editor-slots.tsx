import { useCallback } from 'react';
import { CostResultsSection } from '../features/costs/CostResultsSection';
import { CostSettingsPanel } from '../features/costs/CostSettingsPanel';
import { useEditor } from '../features/editor/EditorContext';
import { sourceFor } from '../features/editor/sources';
import { InheritMark } from '../features/editor/InheritMark';
import { RemovedFromParent } from '../features/editor/RemovedFromParent';
import { GoalSeekHost } from '../features/goal-seek/GoalSeekHost';
import { HourlyPanel } from '../features/hourly/HourlyPanel';
import { IndustryPanel } from '../features/industry/IndustryPanel';
import { SinksPanel } from '../features/industry/SinksPanel';
import type { EditorSlots } from '../features/editor/slots';
import { LedgerImportButton } from '../features/io/LedgerImportButton';
import { ResultsSlot } from '../features/results/ResultsSlot';
import { ResultsSummary } from '../features/results/ResultsSummary';
import { SectorResults } from '../features/sectors/SectorResults';
import { RollupView } from '../features/rollup/RollupView';
import { UncertaintyPanel } from '../features/uncertainty/UncertaintyPanel';
import type { Scenario } from '../../shared/model/scenario';
import { ScenarioActions } from './ScenarioActions';

/** io's ledger import, working on the scenario open in the editor it sits in. */
export function LedgerImportSlot({ disabled }: { disabled: boolean }) {
  const { get, change, readOnly } = useEditor();
  return <LedgerImportButton disabled={disabled} target={{ get, change, readOnly }} />;
}

/** The roll-up's view, attaching and detaching counties as edits of the open scenario. */
export function RollupSlot({ scenario }: { scenario: Scenario }) {
  const { change, readOnly } = useEditor();
  return <RollupView scenario={scenario} readOnly={readOnly} onEdit={(apply, key) => change(apply, 'rollup', key)} />;
}

/** The hourly balance's panel, its settings edited as edits of the open scenario (undoable, checked by the engine). */
export function HourlySlot({ scenario }: { scenario: Scenario }) {
  const { change, readOnly } = useEditor();
  const sourceOf = useCallback((path: string) => sourceFor(scenario, path), [scenario]);
  const markOf = useCallback((path: string) => <InheritMark path={path} />, []);
  return <HourlyPanel scenario={scenario} readOnly={readOnly} edit={change} sourceOf={sourceOf} markOf={markOf} />;
}

/** The cost settings, edited as edits of the open scenario (undoable, checked by the engine). */
export function CostsSlot({ scenario }: { scenario: Scenario }) {
  const { change, readOnly } = useEditor();
  const sourceOf = useCallback((path: string) => sourceFor(scenario, path), [scenario]);
  const markOf = useCallback((path: string) => <InheritMark path={path} />, []);
  return <CostSettingsPanel scenario={scenario} readOnly={readOnly} edit={change} sourceOf={sourceOf} markOf={markOf} />;
}

/** Industry by product and process CO2, edited as edits of the open scenario (undoable, checked by the engine). */
export function IndustrySlot({ scenario }: { scenario: Scenario }) {
  const { change, readOnly } = useEditor();
  const sourceOf = useCallback((path: string) => sourceFor(scenario, path), [scenario]);
  const markOf = useCallback((path: string) => <InheritMark path={path} />, []);
  const removedOf = useCallback((list: 'industry.products' | 'industry.processEmissions') => <RemovedFromParent collection={list} />, []);
  return <IndustryPanel scenario={scenario} readOnly={readOnly} edit={change} sourceOf={sourceOf} markOf={markOf} removedOf={removedOf} />;
}

/** The plan-sector shares and the forest sink, edited as edits of the open scenario. */
export function SinksSlot({ scenario }: { scenario: Scenario }) {
  const { change, readOnly } = useEditor();
  const sourceOf = useCallback((path: string) => sourceFor(scenario, path), [scenario]);
  const markOf = useCallback((path: string) => <InheritMark path={path} />, []);
  return <SinksPanel scenario={scenario} readOnly={readOnly} edit={change} sourceOf={sourceOf} markOf={markOf} />;
}

/** The uncertainty analysis under the results, its ranges, runs and seed edited as edits of the open scenario. */
export function UncertaintySlot({ scenario }: { scenario: Scenario }) {
  const { change, readOnly } = useEditor();
  const markOf = useCallback((path: string) => <InheritMark path={path} />, []);
  return <UncertaintyPanel scenario={scenario} readOnly={readOnly} edit={change} markOf={markOf} />;
}

/** The results tab: the results panel, then the scenario's costs and the uncertainty analysis under it. */
export function ResultsTabSlot({ scenario }: { scenario: Scenario }) {
  return (
    <>
      <ResultsSlot scenario={scenario} sections={(results, renderer) => <SectorResults scenario={scenario} results={results} renderer={renderer} />} />
      <CostResultsSection scenario={scenario} />
      <UncertaintySlot scenario={scenario} />
    </>
  );
}

/** The headline results with 目标反推 on each target; an answer applied is an edit of the open scenario. */
export function SummarySlot({ scenario }: { scenario: Scenario }) {
  const { change, readOnly } = useEditor();
  return (
    <GoalSeekHost scenario={scenario} readOnly={readOnly} edit={change}>
      <ResultsSummary scenario={scenario} />
    </GoalSeekHost>
  );
}

/** The other features' parts the editor shows: composed here so the features never import each other. */
export const EDITOR_SLOTS: EditorSlots = { results: ResultsTabSlot, summary: SummarySlot, actions: ScenarioActions, ledgerImport: LedgerImportSlot, rollup: RollupSlot, hourly: HourlySlot, costs: CostsSlot, industry: IndustrySlot, sinks: SinksSlot };
