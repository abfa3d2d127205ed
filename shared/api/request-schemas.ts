// Input validation for every route (zod/mini): unknown fields are refused so a typo is a 400, not a
// silently ignored fact; messages name the field.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ValidationError } from '../domain/errors';
import { ITEM_STATUSES } from '../domain/item';
import { CATEGORY_IDS, LANGUAGES } from '../domain/taxonomy';

// zod/mini (the classic API alone was ~440 KB of the review bundle) carries no messages of
// its own; the English locale keeps the defaults ("Invalid option: expected one of …") in the 400s.
z.config(en());

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

// The calendar test runs only on a well-formed date: the regex reports the rest, and an impossible
// month would make toISOString throw (a 500 instead of a 400).
const calendarDate = z
  .string()
  .check(
    z.regex(DATE, 'must be a date yyyy-mm-dd'),
    z.refine((value) => !DATE.test(value) || new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a calendar date'),
  );

/** A date (yyyy-mm-dd) or an ISO instant, as the publishedAt bound of a query. */
const dateOrInstant = z
  .string()
  .check(z.refine((value) => DATE.test(value) || (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))), 'must be yyyy-mm-dd or an ISO date-time'));

const shortText = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));
const trimmedText = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const tenge = z.number().check(z.int('must be a whole number of tenge'), z.nonnegative('must not be negative'), z.maximum(1e13, 'is implausibly large'));
const version = z.number({ error: 'must be a number' }).check(z.int(), z.positive('must be a positive version number'));
const itemId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,128}$/, 'is not an item id'));
const limit = z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50);

export const lawArticleSchema = z.strictObject({
  code: z.enum(['criminal', 'administrative', 'civil', 'media', 'unknown']),
  article: shortText(20),
  part: z.optional(shortText(20)),
});

export const legalCaseSchema = z.strictObject({
  caseKey: shortText(200),
  type: z.enum(['civil', 'criminal', 'administrative']),
  honourDignity: z.optional(z.boolean()),
  stage: z.enum(['filed', 'in_court', 'decided', 'appeal', 'closed']),
  inCourt: z.optional(z.boolean()),
  judicialAct: z.optional(z.boolean()),
  outcome: z.optional(z.enum(['for_defendant', 'for_claimant', 'partial', 'dismissed', 'pending'])),
  lawArticle: z.optional(lawArticleSchema),
  amountClaimedKzt: z.optional(tenge),
  amountAwardedKzt: z.optional(tenge),
});

export const reportEntrySchema = z.strictObject({
  category: z.enum(CATEGORY_IDS),
  text: z
    .pipe(
      z.strictObject({ ru: z.optional(trimmedText(5000)), kk: z.optional(trimmedText(5000)), en: z.optional(trimmedText(5000)) }),
      z.transform((text) => Object.fromEntries(Object.entries(text).filter(([, v]) => v)) as Partial<Record<'ru' | 'kk' | 'en', string>>),
    )
    .check(z.refine((text) => Object.keys(text).length > 0, 'needs the paragraph in at least one language')),
  eventDate: calendarDate,
  outlet: z.optional(shortText(200)),
  region: z.optional(shortText(200)),
  people: z.optional(z.array(shortText(200)).check(z.maxLength(50))),
  legalCase: z.optional(legalCaseSchema),
});

export const queueQuerySchema = z.strictObject({
  status: z._default(z.enum(ITEM_STATUSES), 'pending'),
  category: z.optional(z.enum(CATEGORY_IDS)),
  source: z.optional(shortText(100)),
  lang: z.optional(z.enum(LANGUAGES)),
  from: z.optional(dateOrInstant),
  to: z.optional(dateOrInstant),
  q: z.optional(trimmedText(200)),
  sort: z._default(z.enum(['date', 'score']), 'date'),
  order: z._default(z.enum(['newest', 'oldest']), 'newest'),
  limit,
  cursor: z.optional(z.string().check(z.maxLength(2000))),
});

export const searchQuerySchema = z.strictObject({
  q: z.optional(trimmedText(200)),
  source: z.optional(shortText(100)),
  status: z.optional(
    z.pipe(
      z.pipe(
        z.string(),
        z.transform((value: string) => value.split(',').filter(Boolean)),
      ),
      z.array(z.enum(ITEM_STATUSES)),
    ),
  ),
  from: z.optional(dateOrInstant),
  to: z.optional(dateOrInstant),
  limit,
  cursor: z.optional(z.string().check(z.maxLength(2000))),
});

const note = z.optional(shortText(1000));
export const approveBodySchema = z.strictObject({ version, entry: reportEntrySchema });
export const editBodySchema = z.strictObject({ version, entry: reportEntrySchema, note });
export const rejectBodySchema = z.strictObject({ version, reason: shortText(1000) });
export const reopenBodySchema = z.strictObject({ version, note });
export const enqueueBodySchema = reopenBodySchema;
const itemRef = z.strictObject({ id: itemId, version });
export const mergeBodySchema = z.strictObject({
  representativeId: itemId,
  items: z.array(itemRef).check(z.minLength(2, 'merging needs at least two items'), z.maxLength(50)),
  note,
});
export const bulkRejectBodySchema = z.strictObject({ items: z.array(itemRef).check(z.minLength(1), z.maxLength(200)), reason: shortText(1000) });
export const importBodySchema = z
  .strictObject({
    url: z.optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
    text: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200_000))),
    title: z.optional(shortText(500)),
    lang: z.optional(z.enum(LANGUAGES)),
    sourceId: z.optional(shortText(100)),
  })
  .check(z.refine((body) => Boolean(body.url || body.text), 'give a url or the pasted text'));

export const itemIdSchema = itemId;
/** The path parameter of the item routes. */
export const itemPathSchema = z.object({ id: itemIdSchema });

function describe(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : 'request'}: ${issue.message}`);
}

export function parseWith<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
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
