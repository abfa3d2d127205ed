// Input validation for every route (zod): unknown fields are refused so a typo is a 400, not a
// silently ignored fact; messages name the field.
import { z } from 'zod';
import { ValidationError } from '../domain/errors';
import { ITEM_STATUSES } from '../domain/item';
import { CATEGORY_IDS, LANGUAGES } from '../domain/taxonomy';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const calendarDate = z
  .string()
  .regex(DATE, 'must be a date yyyy-mm-dd')
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a calendar date');

/** A date (yyyy-mm-dd) or an ISO instant, as the publishedAt bound of a query. */
const dateOrInstant = z
  .string()
  .refine((value) => DATE.test(value) || (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))), 'must be yyyy-mm-dd or an ISO date-time');

const shortText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const tenge = z.number().int('must be a whole number of tenge').nonnegative('must not be negative').max(1e13, 'is implausibly large');
const version = z.number({ error: 'must be a number' }).int().positive('must be a positive version number');
const itemId = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'is not an item id');

export const lawArticleSchema = z.strictObject({
  code: z.enum(['criminal', 'administrative', 'civil', 'media', 'unknown']),
  article: shortText(20),
  part: shortText(20).optional(),
});

export const legalCaseSchema = z.strictObject({
  caseKey: shortText(200),
  type: z.enum(['civil', 'criminal', 'administrative']),
  honourDignity: z.boolean().optional(),
  stage: z.enum(['filed', 'in_court', 'decided', 'appeal', 'closed']),
  inCourt: z.boolean().optional(),
  judicialAct: z.boolean().optional(),
  outcome: z.enum(['for_defendant', 'for_claimant', 'partial', 'dismissed', 'pending']).optional(),
  lawArticle: lawArticleSchema.optional(),
  amountClaimedKzt: tenge.optional(),
  amountAwardedKzt: tenge.optional(),
});

export const reportEntrySchema = z.strictObject({
  category: z.enum(CATEGORY_IDS),
  text: z
    .strictObject({ ru: z.string().trim().max(5000).optional(), kk: z.string().trim().max(5000).optional(), en: z.string().trim().max(5000).optional() })
    .transform((text) => Object.fromEntries(Object.entries(text).filter(([, v]) => v)) as Partial<Record<'ru' | 'kk' | 'en', string>>)
    .refine((text) => Object.keys(text).length > 0, 'needs the paragraph in at least one language'),
  eventDate: calendarDate,
  outlet: shortText(200).optional(),
  region: shortText(200).optional(),
  people: z.array(shortText(200)).max(50).optional(),
  legalCase: legalCaseSchema.optional(),
});

export const queueQuerySchema = z.strictObject({
  status: z.enum(ITEM_STATUSES).default('pending'),
  category: z.enum(CATEGORY_IDS).optional(),
  source: shortText(100).optional(),
  lang: z.enum(LANGUAGES).optional(),
  from: dateOrInstant.optional(),
  to: dateOrInstant.optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(['date', 'score']).default('date'),
  order: z.enum(['newest', 'oldest']).default('newest'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});

export const searchQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  source: shortText(100).optional(),
  status: z
    .string()
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.enum(ITEM_STATUSES)))
    .optional(),
  from: dateOrInstant.optional(),
  to: dateOrInstant.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});

export const approveBodySchema = z.strictObject({ version, entry: reportEntrySchema });
export const editBodySchema = z.strictObject({ version, entry: reportEntrySchema, note: shortText(1000).optional() });
export const rejectBodySchema = z.strictObject({ version, reason: shortText(1000) });
export const reopenBodySchema = z.strictObject({ version, note: shortText(1000).optional() });
export const enqueueBodySchema = reopenBodySchema;
const itemRef = z.strictObject({ id: itemId, version });
export const mergeBodySchema = z.strictObject({
  representativeId: itemId,
  items: z.array(itemRef).min(2, 'merging needs at least two items').max(50),
  note: shortText(1000).optional(),
});
export const bulkRejectBodySchema = z.strictObject({ items: z.array(itemRef).min(1).max(200), reason: shortText(1000) });
export const importBodySchema = z
  .strictObject({
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    text: z.string().trim().min(1).max(200_000).optional(),
    title: shortText(500).optional(),
    lang: z.enum(LANGUAGES).optional(),
    sourceId: shortText(100).optional(),
  })
  .refine((body) => body.url || body.text, 'give a url or the pasted text');

export const itemIdSchema = itemId;

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : 'request'}: ${issue.message}`);
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = describe(result.error);
    throw new ValidationError(issues.join('; '), issues);
  }
  return result.data;
}

export function parseJsonBody(body: string | undefined): unknown {
  if (!body) throw new ValidationError('request: a JSON body is required');
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new ValidationError('request: the body is not valid JSON');
  }
}
