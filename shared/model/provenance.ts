import { z } from 'zod';

/**
 * Where a number comes from. Planners must defend every figure in a meeting,
 * so presets attach one of these to each value (by field path, see
 * `Scenario.sources`) and to each project and target.
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
  }),
  z.object({
    kind: z.literal('reference'),
    /** id of an entry in seeds/reference */
    refId: z.string().min(1),
    citation: z.string().min(1),
    year: z.number().int().optional(),
    note: z.string().optional(),
  }),
  z.object({
    kind: z.literal('assumed'),
    reason: z.string().min(1),
    basis: z.string().optional(),
  }),
  z.object({
    kind: z.literal('user'),
    note: z.string().optional(),
  }),
]);

export type SourceRef = z.infer<typeof SourceRefSchema>;
