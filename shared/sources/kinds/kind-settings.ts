// The settings each kind of source accepts, apart from the kinds' fetching code (source-kinds.ts): the
// sources page validates what a person typed with these alone, so the review API's bundle carries no
// parser, charset table or HTTP client. Each kind module uses its schema from here.
import * as z from 'zod/mini';
import type { SourceType } from '../catalog';
import { compileDateFormat } from '../dates';
import { SELECTOR_MAX } from './source-kind';

/** Feeds and court pages take no settings. */
export const noSettings = z.strictObject({}) as unknown as z.ZodMiniType<Record<string, never>>;

// zod/mini, like the API's schemas: the classic API would add ~380 KB to every bundle that reads sources.
const selector = z.string().check(z.trim(), z.minLength(1), z.maxLength(SELECTOR_MAX));
const dateFormat = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(60),
  z.refine(
    (format) => {
      if (format === 'auto') return true;
      try {
        compileDateFormat(format);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a date format (tokens yyyy yy MMMM MM M dd d HH H mm ss; quote words; or "auto")' },
  ),
);

export const htmlListSettings = z.strictObject({
  /** One element per news item. */
  item: selector,
  /** Within an item: the headline (default: its first link). */
  title: z._default(selector, 'a'),
  /** Within an item: the link to the article (default: the title element when it is a link, else the first link). */
  link: z.optional(selector),
  /** Within an item: the date, read from its text or from an attribute, in this format. */
  date: z.optional(
    z.strictObject({
      selector,
      attribute: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))),
      format: z._default(dateFormat, 'auto'),
    }),
  ),
  summary: z.optional(selector),
  /** On the page: the link to the next (older) page of the list. */
  nextPage: z.optional(selector),
  maxPages: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(10)), 1),
  /** On an article page: its text. When set, each item not yet stored has its page fetched. */
  articleText: z.optional(selector),
  maxArticles: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(50)), 10),
});

export type HtmlListSettings = z.output<typeof htmlListSettings>;

export const telegramSettings = z.strictObject({
  /** The channel's public name; by default the last path segment of the source URL (/s/<channel>). */
  channel: z.optional(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{3,31}$/, 'a Telegram channel name (5–32 letters, digits, _)'))),
  /** Pages walked back per run when no stored message is met (a page holds about 20 messages). */
  maxPages: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(10)), 3),
});

export type TelegramSettings = z.output<typeof telegramSettings>;

export const searchSettings = z.strictObject({
  /** Flagged results whose link is followed per run (each is one request to the search host and the outlet). */
  maxFollows: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(20)), 5),
});

export type SearchSettings = z.output<typeof searchSettings>;

export const SOURCE_KIND_SETTINGS: { readonly [K in SourceType]: z.ZodMiniType<unknown> } = {
  feed: noSettings,
  court: noSettings,
  'html-list': htmlListSettings,
  telegram: telegramSettings,
  search: searchSettings,
};

export function sourceKindSettings(kind: SourceType): z.ZodMiniType<unknown> | undefined {
  return Object.hasOwn(SOURCE_KIND_SETTINGS, kind) ? SOURCE_KIND_SETTINGS[kind] : undefined;
}
