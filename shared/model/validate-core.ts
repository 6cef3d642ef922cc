import type { z } from 'zod';
import { prepareScenario, ScenarioError } from '../engine/prepare';
import type { ScenarioIssue, SeriesResolver } from '../engine/series-values';
import { echo, echoList } from './echo';
import { FUELS, ScenarioSchema, SECTORS, type Scenario } from './scenario';

export type { ScenarioIssue };
export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** `energy.sectors.industry.fuelSharesPct.coal`, `electricity.projects[3].capacityMW` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    // a key of the file's own (a `sources` entry) can be of any length; the schema's are under 60 characters
    else out += out ? `.${echo(String(key), 120)}` : echo(String(key), 120);
  }
  return out || '(root)';
}

/** What the input was, by JSON type: from `issue.input` (parsed with `reportInput`) or zod's default message. */
function received(issue: z.core.$ZodIssue): string | undefined {
  if ('input' in issue) {
    const v = issue.input;
    return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
  }
  return /received (\w+)/.exec(issue.message)?.[1];
}

const NOT_FINITE = 'must be a finite number';

function describe(issue: z.core.$ZodIssue): string {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = echoList(issue.keys);
      if (last === 'fuelSharesPct' || last === 'energyByFuel') return `unknown fuel ${keys} (fuels are ${FUELS.join(', ')})`;
      if (last === 'sectors') return `unknown sector ${keys} (sectors are ${SECTORS.join(', ')})`;
      return `unknown field ${keys}`;
    }
    case 'invalid_union': {
      // a discriminated union (a source's `kind`) whose discriminator matches no option
      const d = issue as typeof issue & { discriminator?: string; options?: unknown[] };
      if (d.discriminator !== undefined) {
        const options = (d.options ?? []).map((v) => JSON.stringify(v)).join(', ');
        const given = issue.input && typeof issue.input === 'object' ? (issue.input as Record<string, unknown>)[d.discriminator] : undefined;
        return `must be one of ${options}${given === undefined ? '' : ` (got ${echo(JSON.stringify(given) ?? String(given))})`}`;
      }
      // a series given as 1e999 (Infinity once parsed): the number form, but not a usable number
      if (typeof issue.input === 'number') return NOT_FINITE;
      return 'must be a number, a list of { year, value } points, or { expr: "…" }';
    }
    case 'invalid_type': {
      const got = received(issue);
      if (got === 'undefined') return `is missing (expected ${issue.expected === 'int' ? 'number' : issue.expected})`;
      // Infinity or NaN: a number by type, so not "expected number, got number"
      if ('input' in issue && typeof issue.input === 'number' && !Number.isFinite(issue.input)) return NOT_FINITE;
      // z.number().int(): a number that is not whole (the schema's own message if it has one)
      if (issue.expected === 'int' && (got === 'number' || got === undefined)) return issue.message.startsWith('Invalid input') ? 'must be a whole number' : issue.message;
      return `expected ${issue.expected}, got ${got ?? 'another type'}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
    case 'too_big':
    default:
      return issue.message;
  }
}

/**
 * A union issue whose input is clearly meant as one of the options (it has the
 * option's JSON type, e.g. a list for a point list, an object with `expr`): that
 * option's own issues, which point at the bad point or key.
 */
function unionBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | null {
  if (issue.code !== 'invalid_union' || 'discriminator' in issue) return null;
  const rootTypeMismatch = (list: z.core.$ZodIssue[]) => list.length === 1 && list[0]!.code === 'invalid_type' && list[0]!.path.length === 0;
  const meant = issue.errors.filter((list) => list.length > 0 && !rootTypeMismatch(list));
  if (meant.length !== 1) return null;
  return meant[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue);
}

/** Zod issues → `{ path, message }`, one per problem. */
export function zodIssues(error: z.ZodError): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const add = (issue: z.core.$ZodIssue): void => {
    const branch = unionBranch(issue);
    if (branch) branch.forEach(add);
    else out.push({ path: formatPath(issue.path), message: describe(issue) });
  };
  error.issues.forEach(add);
  return out;
}

/**
 * Full check of untrusted input (an imported file, an edited draft): structure,
 * types and units first, then what only resolving the series with `resolve`
 * can tell (expressions, shares adding up to 100 % in every year, value ranges).
 * validate.ts binds the resolver with expressions (`validateScenario`).
 */
export function checkScenario(input: unknown, resolve: SeriesResolver): ValidationResult {
  // reportInput: the issues carry the bad value, so a wrong type is not mistaken for a missing field
  const parsed = ScenarioSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  try {
    prepareScenario(parsed.data, resolve);
  } catch (err) {
    if (err instanceof ScenarioError) return { ok: false, issues: err.issues };
    throw err;
  }
  return { ok: true, scenario: parsed.data };
}
