import type { GridFactorEntry } from '../../shared/model/grid-factor-path';
import type { ReferenceEntry } from './index';
import gridFactors from './grid-factors.json';

/**
 * The grid-factor entries of the reference library, read straight from the
 * JSON (not through ./index.ts, so the editor and the report do not load the
 * library's schema to know them). Their shape is checked with the rest of the
 * library by referenceSchemaProblems() in the tests.
 */
export const GRID_FACTOR_ENTRIES: readonly (GridFactorEntry & ReferenceEntry)[] = gridFactors as (GridFactorEntry & ReferenceEntry)[];
