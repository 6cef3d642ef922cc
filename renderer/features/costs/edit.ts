import type { ReactNode } from 'react';
import type { SourceRef } from '../../../shared/model/provenance';
import type { Scenario } from '../../../shared/model/scenario';

/**
 * How the cost settings edit the open scenario (the app passes the editor's in): a pure
 * operation, the path it changes, a key naming it for undo, and `replaceable` for a value
 * typed (a newer one replaces one still waiting). Resolves with the words of a refusal.
 */
export type CostsEdit = (apply: (s: Scenario) => Scenario, path: string, key?: string, replaceable?: boolean) => Promise<string[]>;

/** The source of the value at `path` (the scenario's own entry, or the nearest enclosing one). */
export type SourceOf = (path: string) => SourceRef | undefined;

/** Beside a field of a derived scenario: inherited or this scenario's own (the editor's mark, passed in). */
export type MarkOf = (path: string) => ReactNode;
