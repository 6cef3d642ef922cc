import type { ReactNode } from 'react';
import type { Scenario } from '../../../shared/model/scenario';

/**
 * How the panel edits the open scenario (the app passes the editor's in): a pure operation, the path it
 * changes (where a refusal is shown), a key naming it for undo, and `replaceable` for a value typed
 * (a newer value replaces one still waiting). Resolves with the words of a refusal (none: taken).
 */
export type UncertaintyEdit = (
  apply: (s: Scenario) => Scenario,
  path: string,
  key?: string,
  replaceable?: boolean,
) => Promise<string[]>;

/** Beside a value of a derived scenario: inherited from the parent or this scenario's own (the editor's mark, passed in). */
export type MarkOf = (path: string) => ReactNode;
