import type { ReactNode } from 'react';
import type { SourceRef } from '../../../shared/model/provenance';
import type { Scenario } from '../../../shared/model/scenario';

/**
 * How the industry panels edit the open scenario (the app passes the editor's in): a pure
 * operation, the path it changes (where a refusal is shown), a key naming it for undo, and
 * `replaceable` for a value typed outright. Resolves with the words of a refusal (none: taken).
 */
export type IndustryEdit = (apply: (s: Scenario) => Scenario, path: string, key?: string, replaceable?: boolean) => Promise<string[]>;

/** The source shown beside the value at `path` (an editor path: rows by position). */
export type SourceOf = (path: string) => SourceRef | undefined;

/** Beside a field of a derived scenario: inherited from the parent or this scenario's own (the editor's mark, passed in). */
export type MarkOf = (path: string) => ReactNode;

/** Under a list of a derived scenario: the parent's items it removed, each to bring back (the editor's, passed in). */
export type RemovedOf = (list: 'industry.products' | 'industry.processEmissions') => ReactNode;

/** What every part of the industry panels is given. */
export type IndustryProps = { scenario: Scenario; readOnly: boolean; edit: IndustryEdit; sourceOf: SourceOf; markOf?: MarkOf; removedOf?: RemovedOf };
