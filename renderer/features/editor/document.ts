import type { ScenarioDocument } from '../../state/useScenarioDocument';

/** The shell's open document (renderer/state/useScenarioDocument.ts). */
export type { ScenarioDocument };

/** What the editor uses of it; tests pass a plain object of this shape (inheritance only for a derived scenario). */
export type EditorDocument = Pick<ScenarioDocument, 'scenario' | 'edit' | 'readOnly'> &
  Partial<Pick<ScenarioDocument, 'inheritance' | 'discardStale' | 'detach' | 'conflict' | 'resolveConflict' | 'notice' | 'dismissNotice'>>;
