import { spawnSync } from 'node:child_process';
import { PRESETS } from '../../../seeds/index';
import { ScenarioSchema } from '../../../shared/model/scenario';

/** pdftotext / pdftoppm from poppler-utils; CI installs them, so a missing one fails rather than skips. */
export function poppler(tool: 'pdftotext' | 'pdftoppm' | 'pdffonts', args: string[]): string {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  if (run.error) throw new Error(`${tool} is needed to check the report PDF (apt-get install -y poppler-utils): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return run.stdout;
}

/**
 * The top of a page of `pdftotext -layout` text: its first `lines` lines that
 * hold text (the running header, then what opens the page). Blank lines are
 * skipped: pdftotext writes as many as the vertical gap looks to it, which
 * moves with the font's line height.
 */
export function pageHead(page: string, lines = 3): string[] {
  return page
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, lines);
}

/** Every object key of a scenario as stored (the names a field could leak under). */
export function schemaKeys(v: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const e of v) schemaKeys(e, out);
  else if (typeof v === 'object' && v !== null) {
    for (const [k, e] of Object.entries(v)) {
      // years of published statistics are keys too, but no field name
      if (!/^\d+$/.test(k)) out.add(k);
      schemaKeys(e, out);
    }
  }
  return out;
}

type ZodNode = { _zod: { def: Record<string, unknown> & { type: string } } };
/** Every field name the schema defines, optional ones no preset uses included. */
function schemaFieldNames(node: ZodNode, out = new Set<string>(), seen = new Set<ZodNode>()): Set<string> {
  if (seen.has(node)) return out;
  seen.add(node);
  const d = node._zod.def;
  const walk = (...next: unknown[]) => next.forEach((n) => schemaFieldNames(n as ZodNode, out, seen));
  switch (d.type) {
    case 'object':
      for (const [k, v] of Object.entries(d.shape as Record<string, unknown>)) {
        out.add(k);
        walk(v);
      }
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      walk(d.innerType);
      break;
    case 'array':
      walk(d.element);
      break;
    case 'union':
      walk(...(d.options as unknown[]));
      break;
    case 'record':
      walk(d.valueType);
      break;
    case 'pipe':
      walk(d.in, d.out);
      break;
  }
  return out;
}
export const SCHEMA_FIELDS = [...schemaFieldNames(ScenarioSchema as unknown as ZodNode)];

/**
 * The ASCII names a printed report must not show: every field the schema defines and
 * every key the presets (and any scenarios given) store; two-letter keys (id, pv) are
 * too common in ordinary text to tell anything.
 */
export function reportFieldNames(...scenarios: unknown[]): string[] {
  return [...new Set([...schemaKeys(scenarios), ...schemaKeys(PRESETS), ...SCHEMA_FIELDS])].filter((k) => k.length > 2);
}

/** Three ASCII words in a row (two letters or more each) make an English phrase. */
export const ENGLISH_RUN = /(?<![A-Za-z])[A-Za-z]{2,}(?:[ ,;:'’-]+[A-Za-z]{2,}){2,}(?![A-Za-z])/g;
