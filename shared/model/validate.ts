import type { z } from 'zod';
import { prepareScenario, ScenarioError } from '../engine/prepare';
import type { ScenarioIssue } from '../engine/series';
import { FUELS, ScenarioSchema, SECTORS, type Scenario } from './scenario';

export type { ScenarioIssue };
export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** `energy.sectors.industry.fuelSharesPct.coal`, `electricity.projects[3].capacityMW` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function describe(issue: z.core.$ZodIssue): string {
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `'${k}'`).join(', ');
      if (last === 'fuelSharesPct' || last === 'energyByFuel') return `unknown fuel ${keys} (fuels are ${FUELS.join(', ')})`;
      if (last === 'sectors') return `unknown sector ${keys} (sectors are ${SECTORS.join(', ')})`;
      return `unknown field ${keys}`;
    }
    case 'invalid_union':
      return 'must be a number, a list of { year, value } points, or { expr: "…" }';
    case 'invalid_type':
      if (issue.input === undefined) return `is missing (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${Array.isArray(issue.input) ? 'array' : issue.input === null ? 'null' : typeof issue.input}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
    case 'too_big':
    default:
      return issue.message;
  }
}

/** Zod issues → `{ path, message }`, one per problem. */
export function zodIssues(error: z.ZodError): ScenarioIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: describe(issue) }));
}

/**
 * Full check of untrusted input (an imported file, an edited draft): structure,
 * types and units first, then what only resolving the series can tell
 * (expressions, shares adding up to 100 % in every year, value ranges).
 */
export function validateScenario(input: unknown): ValidationResult {
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  try {
    prepareScenario(parsed.data);
  } catch (err) {
    if (err instanceof ScenarioError) return { ok: false, issues: err.issues };
    throw err;
  }
  return { ok: true, scenario: parsed.data };
}
