// Inputs of the case registry and report-editing routes (zod/mini, unknown fields refused like every
// other route). The month and item id formats are the ones the other routes use.
import * as z from 'zod/mini';
import { itemIdSchema, reportMonthSchema } from './request-schemas';

/** GET /api/cases: `q` typed words, `item` an item whose facts rank the cases. */
export const caseQuerySchema = z.pipe(
  z.strictObject({
    q: z.optional(z.string().check(z.trim(), z.maxLength(200, 'must be at most 200 characters'))),
    item: z.optional(itemIdSchema),
    limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50)), 10),
  }),
  z.transform(({ q, item, limit }) => ({ limit, ...(q ? { q } : {}), ...(item ? { itemId: item } : {}) })),
);

/** The case key in GET /api/cases/{key}: what the entry form accepts as a key. */
export const casePathSchema = z.object({
  key: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200, 'must be at most 200 characters')),
});

/** yyyy (a year) or yyyy-mm (a month) of an entries export. */
export const entriesPeriodSchema = z.object({
  period: z.union([reportMonthSchema, z.string().check(z.regex(/^(19|2\d)\d\d$/, 'must be a year yyyy or a month yyyy-mm'))]),
});
export { reportMonthSchema };

/** PUT /api/settings/report: the whole record; each field is checked by parseReportSettings, which names every problem. */
export const settingsBodySchema = z.record(z.string(), z.unknown());

/** PUT /api/baseline: the CSV file's text (checked row by row by the baseline parser). */
export const baselineBodySchema = z.strictObject({
  csv: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(2_000_000, 'must be at most 2 MB')),
});
