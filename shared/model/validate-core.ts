import type { z } from 'zod';
import { prepareScenario, ScenarioError } from '../engine/prepare';
import type { ScenarioIssue, SeriesResolver } from '../engine/series-values';
import { echo, echoList } from './echo';
import { issue as issueBody, ISSUE_CODES, placed, type IssueBody, type IssueCode, type JsonType } from './issue-codes';
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

/** The unit of a field bounded in the schema, by its name (the units are in the names). */
const UNITS: Record<string, string> = {
  baseGdpYiYuan: '亿元',
  baseIntensityTcePerWanYuan: 'tce/万元',
  capacityMW: 'MW',
  storageHours: 'h',
  roundTripEfficiencyPct: '%',
  investmentWanYuan: '万元',
  investmentYuanPerKW: '元/kW',
  fixedOmYuanPerKWYear: '元/kW·年',
  energyYuanPerKWh: '元/kWh',
  discountRatePct: '%',
  importYuanPerKWh: '元/kWh',
};

/** The schema's own message for a check, when it names a code without parameters (`.min(0, 'value.negative')`). */
function ownCode(message: string): IssueBody | null {
  if (!Object.hasOwn(ISSUE_CODES, message)) return null;
  const code = message as IssueCode;
  return Object.keys(ISSUE_CODES[code]).length ? null : ({ code, params: {} } as IssueBody);
}

const num = (v: number | bigint) => Number(v);

function describe(issue: z.core.$ZodIssue): IssueBody {
  const last = issue.path[issue.path.length - 1];
  const own = ownCode(issue.message);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = echoList(issue.keys);
      if (last === 'fuelSharesPct' || last === 'energyByFuel') return issueBody('schema.unknownFuel', { keys, allowed: FUELS });
      if (last === 'sectors') return issueBody('schema.unknownSector', { keys, allowed: SECTORS });
      return issueBody('schema.unknownField', { keys });
    }
    case 'invalid_union': {
      // a discriminated union (a source's `kind`) whose discriminator matches no option
      const d = issue as typeof issue & { discriminator?: string; options?: unknown[] };
      if (d.discriminator !== undefined) {
        const options = (d.options ?? []) as (string | number | boolean | null)[];
        const given =
          issue.input && typeof issue.input === 'object'
            ? (issue.input as Record<string, unknown>)[d.discriminator]
            : undefined;
        if (given === undefined) return issueBody('schema.oneOf', { options });
        return issueBody('schema.oneOfGot', { options, got: echo(JSON.stringify(given) ?? String(given)) });
      }
      // a series given as 1e999 (Infinity once parsed): the number form, but not a usable number
      if (typeof issue.input === 'number') return issueBody('value.notFinite');
      return issueBody('schema.series');
    }
    case 'invalid_type': {
      const got = received(issue);
      if (got === 'undefined') return issueBody('schema.missing', { expected: issue.expected === 'int' ? 'number' : (issue.expected as JsonType) });
      // Infinity or NaN: a number by type, so not "expected number, got number"
      if ('input' in issue && typeof issue.input === 'number' && !Number.isFinite(issue.input)) return issueBody('value.notFinite');
      // z.number().int(): a number that is not whole (the schema's own code if it has one)
      if (issue.expected === 'int' && (got === 'number' || got === undefined)) return own ?? issueBody('value.whole');
      if (got === undefined) return issueBody('schema.other', { detail: echo(issue.message) });
      return issueBody('schema.type', { expected: issue.expected as JsonType, got: got as JsonType });
    }
    case 'invalid_value':
      return issueBody('schema.oneOf', { options: issue.values as (string | number | boolean | null)[] });
    case 'too_small':
      if (own) return own;
      if (issue.origin === 'string') return issueBody('text.empty');
      if (issue.origin === 'array') return issueBody('series.noPoints');
      return issue.inclusive === false
        ? issueBody('value.greaterThan', { limit: num(issue.minimum) })
        : issueBody('value.atLeast', { limit: num(issue.minimum) });
    case 'too_big':
      if (own) return own;
      if (issue.origin === 'string') return issueBody('text.tooLong', { limit: num(issue.maximum) });
      return issueBody('value.atMost', { limit: num(issue.maximum), unit: UNITS[String(last)] ?? '' });
    case 'invalid_key': {
      // a record's key that fails its own check (a `history.*` key that is not a year): what that check says
      const inner = issue.issues[0];
      return (inner && ownCode(inner.message)) ?? issueBody('schema.other', { detail: echo(issue.message) });
    }
    default:
      return own ?? issueBody('schema.other', { detail: echo(issue.message) });
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

/** Zod issues → `{ code, path, params }`, one per problem. */
export function zodIssues(error: z.ZodError): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  const add = (issue: z.core.$ZodIssue): void => {
    const branch = unionBranch(issue);
    if (branch) branch.forEach(add);
    else out.push(placed(describe(issue), formatPath(issue.path)));
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
