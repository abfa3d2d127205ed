// Input validation for every route (zod/mini): unknown fields are refused so a typo is a 400, not a
// silently ignored fact; messages name the field. Each schema outputs the input of its use case under
// the use case's own field names, so the routes pass it on as it is; the wire names stay those of the
// API reference (docs/api.md).
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { GAZETTEER_KINDS } from '../domain/gazetteer-names';
import { incidentProblems } from '../domain/incident';
import { incidentFactsSchema } from '../domain/incident-schema';
import { ITEM_STATUSES } from '../domain/item';
import { CASE_OUTCOMES, CASE_STAGES, CASE_TYPES, CATEGORY_IDS, LANGUAGES, LAW_CODES } from '../domain/taxonomy';
import { lowerBound, upperBound } from '../review/item-filter';
import { parseWithDetail, shortText } from './parse-request';

// zod/mini carries no messages of its own (the classic API alone was ~440 KB of the review bundle);
// the English locale keeps the defaults ("Invalid option: expected one of …") in the 400s.
z.config(en());

/** Dates and months before this year are typing mistakes (0000-01, 0202-03), not events. */
export const EARLIEST_YEAR = 1900;

const NOT_A_CALENDAR_DATE = 'is not a calendar date';
const NOT_A_DATE_OR_INSTANT = 'must be a calendar date yyyy-mm-dd or an ISO date-time';
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** yyyy-mm-dd that names a day of the calendar: 2026-02-30 does not. Only for strings DATE accepts. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  date.setUTCFullYear(year);
  return year >= EARLIEST_YEAR && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// The calendar test runs only on a well-formed date: the regex reports the rest.
const calendarDate = z
  .string()
  .check(
    z.regex(DATE, 'must be a date yyyy-mm-dd'),
    z.refine((value) => !DATE.test(value) || isCalendarDate(value), NOT_A_CALENDAR_DATE),
  );

/** A date (yyyy-mm-dd, an Almaty day) or an ISO instant, as a bound of a query on publishedAt. */
const dateOrInstant = z.string().check(
  z.refine((value) => {
    if (DATE.test(value)) return isCalendarDate(value);
    const instant = INSTANT.exec(value);
    // V8 parses 2026-02-30T00:00Z as 2 March: the day is checked on its own.
    return Boolean(instant && DATE.test(instant[1] as string) && isCalendarDate(instant[1] as string) && !Number.isNaN(Date.parse(value)));
  }, NOT_A_DATE_OR_INSTANT),
);

/** `from` after `to` selects nothing: say so instead of answering an empty page. */
function fromNotAfterTo(query: { from?: string; to?: string }): boolean {
  return !query.from || !query.to || lowerBound(query.from) <= upperBound(query.to);
}
const DATE_ORDER_MESSAGE = 'from must not be after to';
const FROM_AFTER_TO = { message: DATE_ORDER_MESSAGE, path: ['from'] };

/** The month of a report (yyyy-mm) in the path of POST /api/reports/{month}. */
export const reportMonthSchema = z
  .string()
  .check(
    z.regex(MONTH, 'must be a month yyyy-mm'),
    z.refine((value) => !MONTH.test(value) || Number(value.slice(0, 4)) >= EARLIEST_YEAR, `must be a month of ${EARLIEST_YEAR} or later`),
  );

const trimmedText = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const tenge = z.number().check(z.int('must be a whole number of tenge'), z.nonnegative('must not be negative'), z.maximum(1e13, 'is implausibly large'));
const version = z.number({ error: 'must be a number' }).check(z.int(), z.positive('must be a positive version number'));
const itemId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,128}$/, 'is not an item id'));
const limit = z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200)), 50);

export const lawArticleSchema = z.strictObject({
  code: z.enum(LAW_CODES),
  article: shortText(20),
  part: z.optional(shortText(20)),
});

export const legalCaseSchema = z.strictObject({
  caseKey: shortText(200),
  type: z.enum(CASE_TYPES),
  honourDignity: z.optional(z.boolean()),
  stage: z.enum(CASE_STAGES),
  inCourt: z.optional(z.boolean()),
  judicialAct: z.optional(z.boolean()),
  outcome: z.optional(z.enum(CASE_OUTCOMES)),
  lawArticle: z.optional(lawArticleSchema),
  court: z.optional(shortText(300)),
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
  incident: z.optional(incidentFactsSchema),
  /** An "events in the country" item: printed in its own section, never counted. */
  context: z.optional(z.boolean()),
}).check(
  z.superRefine((entry, ctx) => {
    for (const problem of entry.incident ? incidentProblems(entry.category, entry.incident) : []) ctx.issues.push({ code: 'custom', message: problem, input: entry.incident, path: ['incident'] });
  }),
);

export const QUEUE_SORTS = ['date', 'score'] as const;
export const QUEUE_ORDERS = ['newest', 'oldest'] as const;

/** GET /api/items; the wire's `source` and `lang` are the use case's `sourceId` and `language`. */
export const queueQuerySchema = z.pipe(
  z
    .strictObject({
      status: z._default(z.enum(ITEM_STATUSES), 'pending'),
      category: z.optional(z.enum(CATEGORY_IDS)),
      source: z.optional(shortText(100)),
      lang: z.optional(z.enum(LANGUAGES)),
      from: z.optional(dateOrInstant),
      to: z.optional(dateOrInstant),
      q: z.optional(trimmedText(200)),
      sort: z._default(z.enum(QUEUE_SORTS), 'date'),
      order: z._default(z.enum(QUEUE_ORDERS), 'newest'),
      limit,
      cursor: z.optional(z.string().check(z.maxLength(2000))),
    })
    .check(z.refine(fromNotAfterTo, FROM_AFTER_TO)),
  z.transform(({ source, lang, ...query }) => ({ ...query, ...definedOnly({ sourceId: source, language: lang }) })),
);

/** GET /api/items/counts: the queue's filters without its paging and order. */
export const countsQuerySchema = z.pipe(
  z
    .strictObject({
      status: z._default(z.enum(ITEM_STATUSES), 'pending'),
      category: z.optional(z.enum(CATEGORY_IDS)),
      source: z.optional(shortText(100)),
      lang: z.optional(z.enum(LANGUAGES)),
      from: z.optional(dateOrInstant),
      to: z.optional(dateOrInstant),
      q: z.optional(trimmedText(200)),
      // The page sends the whole queue query; these do not change a count.
      sort: z.optional(z.enum(QUEUE_SORTS)),
      order: z.optional(z.enum(QUEUE_ORDERS)),
      limit: z.optional(z.string().check(z.maxLength(10))),
    })
    .check(z.refine(fromNotAfterTo, FROM_AFTER_TO)),
  z.transform(({ source, lang, sort: _sort, order: _order, limit: _limit, ...query }) => ({ ...query, ...definedOnly({ sourceId: source, language: lang }) })),
);

/** POST /api/items/{id}/notes */
export const noteBodySchema = z.strictObject({ text: shortText(2000) });
/** PUT /api/items/{id}/take (the body may be absent) */
export const takeBodySchema = z.strictObject({ force: z.optional(z.boolean()) });

const placeName = z.optional(shortText(200));
/** PUT /api/gazetteer/{kind}/{id} */
export const placeNamesBodySchema = z.strictObject({
  names: z.strictObject({ ru: placeName, kk: placeName, en: placeName }).check(z.refine((names) => Object.values(names).some(Boolean), 'give at least one name')),
});
export const gazetteerPathSchema = z.object({
  kind: z.enum(GAZETTEER_KINDS),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'is not a gazetteer id (lower-case letters, digits and hyphens)')),
});

/** GET /api/search; the wire's `source` and comma-separated `status` are `sourceId` and `statuses`. */
export const searchQuerySchema = z.pipe(
  z
    .strictObject({
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
    })
    .check(z.refine(fromNotAfterTo, FROM_AFTER_TO)),
  z.transform(({ source, status, ...query }) => ({ ...query, ...definedOnly({ sourceId: source, statuses: status }) })),
);

/** The renamed optional fields that were given: an absent field stays absent rather than `undefined`. */
function definedOnly<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

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
export { importBodySchema } from './import-schema';

export const itemIdSchema = itemId;
/** The path parameter of the item routes. */
export const itemPathSchema = z.object({ id: itemIdSchema });
/** The path parameter of POST /api/reports/{month}. */
export const reportPathSchema = z.object({ month: reportMonthSchema });

/**
 * The machine code of a refused input, for the page to word: a date off the calendar, bounds in the
 * wrong order, a bad month, else `validation`; `params.field` names the first field at fault.
 */
function validationDetail(error: z.core.$ZodError): { code: string; params?: Record<string, string> } {
  const first = error.issues[0];
  const field = first?.path.length ? first.path.join('.') : undefined;
  const params = field ? { params: { field } } : {};
  const messages = error.issues.map((issue) => issue.message);
  if (messages.includes(DATE_ORDER_MESSAGE)) return { code: 'date-order', params: { field: 'from' } };
  if (messages.some((m) => m === NOT_A_CALENDAR_DATE || m === NOT_A_DATE_OR_INSTANT || m === 'must be a date yyyy-mm-dd')) return { code: 'invalid-date', ...params };
  if (messages.some((m) => m === 'must be a month yyyy-mm' || m.startsWith('must be a month of'))) return { code: 'invalid-month', ...params };
  return { code: 'validation', ...params };
}

export function parseWith<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  return parseWithDetail(schema, value, validationDetail);
}

export { parseJsonBody } from './parse-request';
