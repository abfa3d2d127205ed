// Input validation of the sources routes (zod/mini, like request-schemas.ts): unknown fields are
// refused, messages name the field, and each schema outputs what its use case takes.
import * as z from 'zod/mini';
import { LANGUAGES } from '../domain/taxonomy';
import { COURT_PARSERS } from '../sources/courts/court-parsers';
import { SOURCE_GROUPS, SOURCE_KINDS } from '../sources/source-record';
import { parseWithDetail as parseWith } from './parse-request';

const SOURCE_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
/** Settings are a few selectors and budgets: anything larger is a mistake, and it is stored on every record. */
const MAX_SETTINGS_JSON = 8_000;

const shortText = (max: number) => z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${max} characters`));
const trimmedText = (max: number) => z.string().check(z.trim(), z.maxLength(max, `must be at most ${max} characters`));
const wholeNumber = (min: number, max: number) => z.number({ error: 'must be a number' }).check(z.int('must be a whole number'), z.minimum(min), z.maximum(max));
const version = z.number({ error: 'must be a number' }).check(z.int(), z.positive('must be a positive version number'));

export const sourceIdSchema = z.string().check(z.regex(SOURCE_ID, 'must be 2–64 lower-case letters, digits or dashes, starting with a letter or digit'));
export const sourcePathSchema = z.object({ id: sourceIdSchema });

const settingsSchema = z.record(z.string(), z.unknown()).check(
  z.refine((value) => JSON.stringify(value).length <= MAX_SETTINGS_JSON, `must be at most ${MAX_SETTINGS_JSON} characters of JSON`),
);

/** Every field of what a source is; the create schema requires the essentials, the edit schema none. */
const definitionShape = {
  name: shortText(200),
  kind: z.enum(SOURCE_KINDS),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).check(z.maxLength(2000)),
  language: z.enum(LANGUAGES),
  group: z.enum(SOURCE_GROUPS),
  parser: shortText(100),
  pollMinutes: wholeNumber(5, 1440),
  expectsItems: z.boolean(),
  maxSilenceHours: wholeNumber(1, 24 * 365),
  verified: z.boolean(),
  note: trimmedText(1000),
  evidence: trimmedText(2000),
  lastVerifiedAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, 'must be a date yyyy-mm-dd or an ISO date-time')),
  maxPages: wholeNumber(1, 10),
  fetchDetails: z.boolean(),
  settings: settingsSchema,
};

/** The parser a kind uses when none is given: feeds tell RSS, RDF and Atom apart by content; courts need one named. */
function parserIsKnown(source: { kind?: string; parser?: string }): boolean {
  if (source.kind !== 'court' || source.parser === undefined) return true;
  return COURT_PARSERS.some((parser) => parser.id === source.parser);
}
const UNKNOWN_PARSER = { message: `a court source needs a known parser: ${COURT_PARSERS.map((p) => p.id).join(', ')}`, path: ['parser'] };

const newSourceShape = {
  ...definitionShape,
  pollMinutes: z._default(definitionShape.pollMinutes, 30),
  expectsItems: z._default(definitionShape.expectsItems, true),
  maxSilenceHours: z._default(definitionShape.maxSilenceHours, 48),
  verified: z._default(definitionShape.verified, false),
  note: z._default(definitionShape.note, ''),
  parser: z.optional(definitionShape.parser),
  evidence: z.optional(definitionShape.evidence),
  lastVerifiedAt: z.optional(definitionShape.lastVerifiedAt),
  maxPages: z.optional(definitionShape.maxPages),
  fetchDetails: z.optional(definitionShape.fetchDetails),
  settings: z.optional(definitionShape.settings),
};

function withParser<T extends { kind: string; parser?: string }>(source: T): T & { parser: string } {
  return { ...source, parser: source.parser ?? (source.kind === 'feed' ? 'rss' : source.kind) };
}

/** POST /api/sources: a new source, enabled unless `enabled: false`. */
export const createSourceBodySchema = z.pipe(
  z.strictObject({ id: sourceIdSchema, enabled: z.optional(z.boolean()), ...newSourceShape }).check(
    z.refine(parserIsKnown, UNKNOWN_PARSER),
    z.refine((body) => body.kind !== 'court' || body.parser !== undefined, UNKNOWN_PARSER),
  ),
  z.transform(withParser),
);

/** POST /api/sources/test: a source as typed in the form, before anything is saved (the id is optional). */
export const testSourceBodySchema = z.pipe(
  z.strictObject({ id: z.optional(sourceIdSchema), ...newSourceShape }).check(
    z.refine(parserIsKnown, UNKNOWN_PARSER),
    z.refine((body) => body.kind !== 'court' || body.parser !== undefined, UNKNOWN_PARSER),
  ),
  z.transform((body) => withParser({ ...body, id: body.id ?? 'test-now' })),
);

const optionalFields = Object.fromEntries(Object.entries(definitionShape).map(([name, schema]) => [name, z.optional(schema)])) as {
  [K in keyof typeof definitionShape]: z.ZodMiniOptional<(typeof definitionShape)[K]>;
};
/** Optional fields an edit may remove (send null). */
const REMOVABLE = ['evidence', 'lastVerifiedAt', 'maxPages', 'fetchDetails', 'settings'] as const;
const removable = Object.fromEntries(REMOVABLE.map((name) => [name, z.optional(z.nullable(definitionShape[name]))])) as {
  [K in (typeof REMOVABLE)[number]]: z.ZodMiniOptional<z.ZodMiniNullable<(typeof definitionShape)[K]>>;
};

/** PUT /api/sources/{id}: the fields to change, at the version the reviewer saw. */
export const editSourceBodySchema = z.pipe(
  z.strictObject({ version, ...optionalFields, ...removable }).check(
    z.refine(parserIsKnown, UNKNOWN_PARSER),
    z.refine((body) => Object.keys(body).length > 1, 'change at least one field'),
  ),
  z.transform(({ version: seen, ...definition }) => ({ version: seen, definition: definition as Record<string, unknown> })),
);

/** Pause, resume and "apply catalog" carry only the version the reviewer saw and an optional note. */
export const sourceVersionBodySchema = z.strictObject({ version, note: z.optional(shortText(1000)) });

export function sourcePathId(raw: string | undefined): string {
  return parseWith(sourcePathSchema, { id: raw }).id;
}
