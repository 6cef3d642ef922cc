import * as z from 'zod';

/**
 * Where a number comes from. Planners must defend every figure in a meeting,
 * so presets attach one of these to each value (by field path, see
 * `Scenario.sources`) and to each project and target.
 *
 * Free text has a canonical form (`reason`, `note`, `basis`, `citation`) and
 * an optional Chinese form (`…Zh`) that the Chinese UI shows instead. The
 * `…Zh` fields are optional so files written before they existed still load.
 */
export const SourceRefSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('document'),
    /** seed file name, e.g. `000_cf0eda570017d74c.txt` */
    file: z.string().min(1),
    line: z.number().int().positive(),
    lineEnd: z.number().int().positive().optional(),
    quote: z.string().optional(),
    note: z.string().optional(),
    /** `note` in Chinese, shown when the UI language is Chinese */
    noteZh: z.string().min(1).optional(),
  }),
  z.object({
    kind: z.literal('reference'),
    /** id of an entry in seeds/reference */
    refId: z.string().min(1),
    citation: z.string().min(1),
    /** `citation` with the entry's Chinese name */
    citationZh: z.string().min(1).optional(),
    year: z.number().int().optional(),
    note: z.string().optional(),
    /** `note` in Chinese */
    noteZh: z.string().min(1).optional(),
  }),
  z.object({
    kind: z.literal('assumed'),
    /** why this number: the canonical text */
    reason: z.string().min(1),
    /** `reason` in Chinese */
    reasonZh: z.string().min(1).optional(),
    basis: z.string().optional(),
    /** `basis` in Chinese */
    basisZh: z.string().min(1).optional(),
  }),
  z.object({
    kind: z.literal('user'),
    note: z.string().optional(),
  }),
]);

export type SourceRef = z.infer<typeof SourceRefSchema>;
