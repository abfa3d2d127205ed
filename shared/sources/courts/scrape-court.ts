// Walks a court site's news list (page 1 conditional, then up to maxPages) and optionally fetches the
// detail page of each entry not already stored. A parse failure or a page that no longer matches its
// parser is a SkipSourceError: the site changed and staff must look, the run goes on.
import { load, type CheerioAPI } from 'cheerio/slim';
import { SkipSourceError } from '../../domain/errors';
import { itemId } from '../../domain/ids';
import type { NormalizedItem } from '../../domain/item';
import type { Language } from '../../domain/taxonomy';
import { decodeBody } from '../charset';
import { htmlTags } from '../html-tags';
import { PAGE_ACCEPT, type HttpFetcher } from '../http/http-client';
import type { CourtListEntry, CourtParser } from './court-parser';

export interface CourtScrapeOptions {
  sourceId: string;
  url: string;
  language: Language;
  parser: CourtParser;
  etag?: string;
  lastModified?: string;
  maxPages?: number;
  fetchDetails?: boolean;
  /** Bounds the detail requests of one run (politeness: court sites are small servers). */
  maxDetails?: number;
  /** Ids already stored: their detail pages are not fetched again. */
  knownIds?: (ids: string[]) => Promise<Set<string>>;
  now: Date;
  signal?: AbortSignal;
  /** True once no further detail page may be fetched, so the list entries are stored within the budget. */
  detailsOverdue?: () => boolean;
  onDetailError?: (url: string, error: unknown) => void;
}

export type ScrapeResult =
  | { kind: 'not-modified' }
  | { kind: 'ok'; items: NormalizedItem[]; etag?: string; lastModified?: string; pages: number; details: number };

const MAX_HTML_CHARS = 3_000_000;
/** Real court pages nest a few dozen levels; selector matching walks ancestors, so depth costs quadratic time. */
export const MAX_NESTING_DEPTH = 400;

// Elements that never hold children or whose end tag is implied: they do not deepen the tree.
const FLAT = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd option optgroup tr td th thead tbody tfoot caption colgroup rb rt rp'.split(' '),
);

/** The deepest element nesting in the markup, by one linear scan of tags (scripts and comments skipped). */
export function nestingDepth(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  for (const tag of htmlTags(html)) {
    if ((tag.kind !== 'open' && tag.kind !== 'close') || FLAT.has(tag.name)) continue;
    if (tag.kind === 'close') depth = Math.max(0, depth - 1);
    else if (tag.selfClosing) continue;
    else if (++depth > max) {
      max = depth;
      if (max > stopAt) break;
    }
  }
  return max;
}

/** Loads HTML defensively: a page that defeats the parser (absurd nesting, huge) becomes a skip. */
export function loadPage(html: string, what: string): CheerioAPI {
  if (html.length > MAX_HTML_CHARS) throw new SkipSourceError(`${what}: page of ${html.length} characters exceeds the cap of ${MAX_HTML_CHARS}`);
  if (nestingDepth(html, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) throw new SkipSourceError(`${what}: markup nested deeper than ${MAX_NESTING_DEPTH} levels (refused)`);
  try {
    return load(html);
  } catch (error) {
    throw new SkipSourceError(`${what}: page could not be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** A court list entry as a normalised item; an entry without a date is dated when it was fetched. */
export function courtEntryToItem(entry: CourtListEntry, context: { sourceId: string; language: Language; fetchedAt: string }): NormalizedItem {
  const publishedAt = entry.publishedAt ?? context.fetchedAt;
  return {
    id: itemId({ sourceId: context.sourceId, url: entry.url, title: entry.title, publishedAt }),
    sourceId: context.sourceId,
    sourceKind: 'court',
    url: entry.url,
    title: entry.title,
    summary: entry.summary,
    language: context.language,
    publishedAt,
    fetchedAt: context.fetchedAt,
  };
}

export function guarded<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SkipSourceError) throw error;
    throw new SkipSourceError(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function scrapeCourt(http: HttpFetcher, options: CourtScrapeOptions): Promise<ScrapeResult> {
  const { parser, now } = options;
  const fetchedAt = now.toISOString();
  const maxPages = Math.max(1, options.maxPages ?? 1);
  const byId = new Map<string, NormalizedItem>();
  let url: string | undefined = options.url;
  let validators: { etag?: string; lastModified?: string } = {};
  let pages = 0;
  while (url && pages < maxPages) {
    const first = pages === 0;
    const response = await http.fetch({
      url,
      accept: PAGE_ACCEPT,
      signal: options.signal,
      ...(first ? { etag: options.etag, lastModified: options.lastModified } : {}),
    });
    if (response.kind === 'not-modified') {
      if (first) return { kind: 'not-modified' };
      break;
    }
    if (first) validators = { etag: response.etag, lastModified: response.lastModified };
    pages += 1;
    const html = decodeBody(response.body, response.contentType).text;
    const what = `${parser.id} on ${response.finalUrl}`;
    const $ = loadPage(html, what);
    if (!guarded(what, () => parser.matches($))) {
      if (/captcha/i.test(html)) throw new SkipSourceError(`${what}: a CAPTCHA page instead of the news list`);
      if (first) throw new SkipSourceError(`${what}: the page no longer has the structure the parser reads (site changed?)`);
      break;
    }
    const page = guarded(what, () => parser.parseList($, response.finalUrl, now));
    for (const entry of page.entries) {
      const item = courtEntryToItem(entry, { sourceId: options.sourceId, language: options.language, fetchedAt });
      if (!byId.has(item.id)) byId.set(item.id, item);
    }
    url = page.nextPageUrl && page.nextPageUrl !== response.finalUrl ? page.nextPageUrl : undefined;
  }

  let details = 0;
  const items = [...byId.values()];
  if (options.fetchDetails && parser.parseDetail) {
    const known = options.knownIds ? await options.knownIds(items.map((i) => i.id)) : new Set<string>();
    const limit = options.maxDetails ?? 20;
    for (const item of items) {
      if (details >= limit) break;
      if (known.has(item.id)) continue;
      if (options.signal?.aborted || options.detailsOverdue?.()) break;
      details += 1;
      try {
        const response = await http.fetch({ url: item.url, accept: PAGE_ACCEPT, signal: options.signal });
        if (response.kind !== 'ok') continue;
        const $ = loadPage(decodeBody(response.body, response.contentType).text, `${parser.id} detail ${item.url}`);
        const detail = parser.parseDetail($, response.finalUrl, now);
        if (detail.text) item.text = detail.text.slice(0, 100_000);
        if (!item.summary && detail.text) item.summary = detail.text.slice(0, 500);
      } catch (error) {
        // A missing detail page costs the full text, not the item: the list entry is still stored.
        options.onDetailError?.(item.url, error);
      }
    }
  }
  return { kind: 'ok', items, ...validators, pages, details };
}
