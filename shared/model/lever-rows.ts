import type { Scenario } from './scenario';
import { GENERATOR_TYPES, type GeneratorType } from './vocabulary';

/**
 * Rows of the project ledger that a build-out lever writes: one per type and
 * year, recognised by their id. While the planner has not typed a name of
 * their own, such a row is named by whoever shows it, in the reader's
 * language, from its type and year; the stored name is only what the lever
 * wrote in the language of the moment.
 */

export const BUILDOUT_PREFIX = 'buildout-';

export type BuildoutRow = { type: GeneratorType; year: number };

const ROW_ID = new RegExp(`^${BUILDOUT_PREFIX}([A-Za-z]+)-(\\d{4})$`);

export const buildoutId = (type: GeneratorType, year: number) => `${BUILDOUT_PREFIX}${type}-${year}`;

/** The type and year a lever row's id names; undefined for any other row. */
export function buildoutRowOf(id: string): BuildoutRow | undefined {
  const m = ROW_ID.exec(id);
  if (!m) return undefined;
  const type = GENERATOR_TYPES.find((g) => g === m[1]);
  return type ? { type, year: Number(m[2]) } : undefined;
}

/** The name the lever used to write in every language; scenarios stored with it still read as lever rows. */
export const legacyBuildoutName = (r: BuildoutRow) => `${r.type.toUpperCase()} build-out ${r.year}`;

/** The path of a ledger row's name in `scenario.sources`: an entry there means the planner typed the name. */
const namePath = (id: string) => `electricity.projects[id=${id}].name`;

/**
 * The type and year of a lever row that still carries the lever's name (no
 * name typed by the planner, or the old English one); undefined otherwise,
 * and the row's own name is shown.
 */
export function leverNamedRow(s: Pick<Scenario, 'sources'>, p: { id: string; name: string }): BuildoutRow | undefined {
  const row = buildoutRowOf(p.id);
  if (!row) return undefined;
  if (p.name === legacyBuildoutName(row)) return row;
  return s.sources[namePath(p.id)] ? undefined : row;
}

const NOTE = /^build-out lever: ([\d.]+) MW\/yr (\d{4})–(\d{4})$/;

/** The note a lever row's source carries: a code with its figures, worded by whoever shows it. */
export const buildoutNote = (mwPerYear: number, from: number, to: number) => `build-out lever: ${mwPerYear} MW/yr ${from}–${to}`;

/** The figures of a lever's note; undefined for any other note (the user's own text). */
export function parseBuildoutNote(note: string): { mwPerYear: number; from: number; to: number } | undefined {
  const m = NOTE.exec(note);
  return m ? { mwPerYear: Number(m[1]), from: Number(m[2]), to: Number(m[3]) } : undefined;
}
