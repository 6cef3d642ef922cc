import * as z from 'zod';
import accountingRules from './accounting-rules.json';
import cityStatistics from './city-statistics.json';
import coalCoefficients from './coal-coefficients.json';
import emissionFactors from './emission-factors.json';
import forest from './forest.json';
import gridFactors from './grid-factors.json';
import guangdongCapacity from './guangdong-capacity.json';
import heatRates from './heat-rates.json';
import industry from './industry.json';
import investmentCosts from './investment-costs.json';
import targetsHandedDown from './targets-handed-down.json';
import utilisationHours from './utilisation-hours.json';

/**
 * Reference library: outside figures the presets rely on (emission factors,
 * conversion coefficients, grid factors, targets handed down, typical
 * utilisation hours). Each entry says who published it, where, and whether it
 * was read from the publisher (`secondary: false`) or from a mirror, a paper or
 * our own reasoning (`secondary: true`). `basis` tells published figures from
 * derived ones (arithmetic on other entries, see `derivedFrom`) and from
 * assumptions. Presets cite entries by id (`{ kind: 'reference', refId }`).
 */

const PointSchema = z.strictObject({ year: z.number().int().min(1990).max(2100), value: z.number() });

/**
 * Free text has a canonical form (`publisher`, `document`, `locator`, `note`)
 * and a Chinese form (`…Zh`) for the Chinese UI and citations. A `…Zh` field is
 * needed only where the canonical text is not already Chinese (a test checks).
 */
export const ReferenceSourceSchema = z.strictObject({
  publisher: z.string().min(1),
  /** `publisher` in Chinese */
  publisherZh: z.string().min(1).optional(),
  document: z.string().min(1),
  /** `document` in Chinese */
  documentZh: z.string().min(1).optional(),
  /** year of the publication (or of the data, for statistics) */
  year: z.number().int().min(1990).max(2100),
  /** table, page, section or clause */
  locator: z.string().min(1),
  /** `locator` in Chinese */
  locatorZh: z.string().min(1).optional(),
  /** true when read from a mirror, a paper or derived by us rather than from the publisher's own text */
  secondary: z.boolean(),
});

export const ReferenceEntrySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens'),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    value: z.number().optional(),
    points: z.array(PointSchema).min(1).optional(),
    range: z.strictObject({ low: z.number(), high: z.number() }).optional(),
    unit: z.string().min(1),
    basis: z.enum(['published', 'derived', 'assumed']),
    /** ids of the entries a derived value was computed from */
    derivedFrom: z.array(z.string()).optional(),
    source: ReferenceSourceSchema,
    note: z.string().optional(),
    /** `note` in Chinese */
    noteZh: z.string().min(1).optional(),
  })
  .refine((e) => e.value !== undefined || e.points !== undefined || e.range !== undefined, {
    message: 'an entry needs a value, points or a range',
  })
  .refine((e) => !e.range || e.range.low <= e.range.high, { message: 'range.low must not exceed range.high' })
  .refine((e) => e.noteZh === undefined || e.note !== undefined, { message: 'noteZh without note' });

export type ReferenceEntry = z.infer<typeof ReferenceEntrySchema>;

/** The library's files, each an array of entries; the key names the topic. */
const FILES = {
  'emission-factors': emissionFactors,
  'coal-coefficients': coalCoefficients,
  'grid-factors': gridFactors,
  'targets-handed-down': targetsHandedDown,
  'utilisation-hours': utilisationHours,
  'heat-rates': heatRates,
  'investment-costs': investmentCosts,
  'guangdong-capacity': guangdongCapacity,
  'accounting-rules': accountingRules,
  'city-statistics': cityStatistics,
  industry,
  forest,
} as const;

export type ReferenceTopic = keyof typeof FILES;

/**
 * Schema problems of the library files, one message per file (empty: all
 * valid). Run by test/seeds on every CI run rather than at every app start,
 * where it cost ~0.1–0.2 s of a cold start on a slow machine.
 */
export function referenceSchemaProblems(): string[] {
  const problems: string[] = [];
  for (const [topic, raw] of Object.entries(FILES) as [ReferenceTopic, unknown][]) {
    const parsed = z.array(ReferenceEntrySchema).safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      problems.push(`seeds/reference/${topic}.json: ${first?.path.join('.')}: ${first?.message}`);
    }
  }
  return problems;
}

function load(): { entries: ReferenceEntry[]; topics: Map<string, ReferenceTopic> } {
  const entries: ReferenceEntry[] = [];
  const topics = new Map<string, ReferenceTopic>();
  for (const [topic, raw] of Object.entries(FILES) as [ReferenceTopic, unknown][]) {
    // shape checked by referenceSchemaProblems() in the tests; ids and links checked here
    for (const e of raw as ReferenceEntry[]) {
      if (topics.has(e.id)) throw new Error(`seeds/reference: duplicate id '${e.id}' in ${topic}.json`);
      topics.set(e.id, topic);
      entries.push(e);
    }
  }
  for (const e of entries) {
    for (const d of e.derivedFrom ?? []) {
      if (!topics.has(d)) throw new Error(`seeds/reference: '${e.id}' is derived from unknown entry '${d}'`);
    }
  }
  return { entries, topics };
}

const loaded = load();

/** Every reference entry, in file order. */
export const REFERENCE: readonly ReferenceEntry[] = loaded.entries;

const byId = new Map(REFERENCE.map((e) => [e.id, e]));

export function referenceById(id: string): ReferenceEntry | undefined {
  return byId.get(id);
}

/** The file (topic) an entry comes from. */
export function referenceTopic(id: string): ReferenceTopic | undefined {
  return loaded.topics.get(id);
}

/** An entry that must exist (presets use this so a typo fails at load). */
export function requireReference(id: string): ReferenceEntry {
  const e = byId.get(id);
  if (!e) throw new Error(`seeds/reference: unknown entry '${id}'`);
  return e;
}

/** The single value of an entry; throws when the entry has only points or a range. */
export function referenceValue(id: string): number {
  const e = requireReference(id);
  if (e.value === undefined) throw new Error(`seeds/reference: '${id}' has no single value`);
  return e.value;
}

/** A human-readable citation: publisher, document, locator. */
export function referenceCitation(e: ReferenceEntry): string {
  const s = e.source;
  return `${s.publisher}, ${s.document}, ${s.locator}${s.secondary ? ' (secondary)' : ''}`;
}

/**
 * The same citation in Chinese: the `…Zh` forms where the entry has them,
 * otherwise the canonical text (already Chinese, or a bare code such as a
 * standard number). States the same facts and numbers as `referenceCitation`.
 */
export function referenceCitationZh(e: ReferenceEntry): string {
  const s = e.source;
  return `${s.publisherZh ?? s.publisher}，${s.documentZh ?? s.document}，${s.locatorZh ?? s.locator}${s.secondary ? '（间接来源）' : ''}`;
}
