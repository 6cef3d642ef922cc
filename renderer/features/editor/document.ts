import type { ScenarioDocument } from '../../state/document-store';

/** The shell's open document (renderer/state/document-store.ts). */
export type { ScenarioDocument };

/** What the editor uses of it; tests pass a document of this shape (inheritance only for a derived scenario). */
export type EditorDocument = Pick<ScenarioDocument, 'scenario' | 'present' | 'subscribe' | 'propose' | 'readOnly'> &
  Partial<Pick<ScenarioDocument, 'inheritance' | 'discardStale' | 'detach' | 'conflict' | 'resolveConflict' | 'notice' | 'dismissNotice'>>;
