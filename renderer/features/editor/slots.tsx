import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { Scenario } from '../../../shared/model/scenario';

/**
 * What the editor shows but other features own: the app composes them in, so
 * the editor never imports another feature and each stays testable alone.
 * Both render inside the editor's provider (they may use `useEditor`).
 */
export type EditorSlots = {
  /** the full results of the scenario being edited, laid out over the page's width (the 结果 tab) */
  results?: ComponentType<{ scenario: Scenario }>;
  /** the roll-up of the scenario's counties (the 县区汇总 tab) */
  rollup?: ComponentType<{ scenario: Scenario }>;
  /** the headline results beside the inputs, following each edit (the 编辑 tab) */
  summary?: ComponentType<{ scenario: Scenario }>;
  /** the scenario's own commands in the page head (rename, derive, compare) */
  actions?: ComponentType<{ scenario: Scenario }>;
  /** the hourly power balance of the local grid: its settings and the engine's hourly results (a panel beside the ledger) */
  hourly?: ComponentType<{ scenario: Scenario }>;
  /** the cost settings: case, discount rate, reference scenario, prices over the defaults (a panel after the hourly balance) */
  costs?: ComponentType<{ scenario: Scenario }>;
  /** industry by product and process CO2: key products, their routes and 标杆/基准 lines, process lines (a panel after the fuel mix) */
  industry?: ComponentType<{ scenario: Scenario }>;
  /** the 1+N plan-sector shares and the forest sink (a panel after industry) */
  sinks?: ComponentType<{ scenario: Scenario }>;
  /** the project ledger's "import from a ledger file" control */
  ledgerImport?: ComponentType<{ disabled: boolean }>;
};

const SlotsContext = createContext<EditorSlots>({});

export function EditorSlotsProvider({ slots, children }: { slots: EditorSlots; children: ReactNode }) {
  return <SlotsContext.Provider value={slots}>{children}</SlotsContext.Provider>;
}

export const useEditorSlots = (): EditorSlots => useContext(SlotsContext);
