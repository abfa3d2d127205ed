// `search`: a news-search RSS query (country and language set) that catches outlets outside the
// catalog. Its links are opaque redirects, so a result is recognised by what it says: the outlet it
// names (<source url>name</source>), its title and its date. Results already stored in the last three
// days — from the outlet's own feed or list, or from another search — are dropped without a request per
// result; only a result the rules flag has its link followed to the outlet's page for the full text.
import { itemId, normalizeTitle } from '../../domain/ids';
import type { NormalizedItem } from '../../domain/item';
import { almatyDate } from '../../domain/time';
import type { ItemRepository } from '../../ports/item-repository';
import type { SourceDefinition } from '../catalog';
import { decodeBody } from '../charset';
import { parseFeedDocument, type FeedOutlet, type ParsedFeed } from '../feeds/feed-parser';
import { FEED_ACCEPT, PAGE_ACCEPT, type HttpFetcher } from '../http/http-client';
import { extractPageText } from '../page-text';
import { searchSettings, type SearchSettings } from './kind-settings';
import type { FetchSourceOptions, RecentItem, SourceKindModule } from './source-kind';

export { searchSettings, type SearchSettings } from './kind-settings';

/** How far back stored items are compared with search results. */
export const SEARCH_DEDUP_DAYS = 3;
/** A search engine may date a story by when it saw it: dates this close are the same story's. */
const SAME_STORY_MS = 36 * 3_600_000;
/** Search results of every query share one id space, so two queries finding one story store it once. */
const SEARCH_ID_SCOPE = 'search';

/** The site an address belongs to: its host without "www." and language subdomains (kaz.nur.kz → nur.kz). */
export function siteKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  // An address is no domain: each server on it (each port) is a site of its own.
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return parsed.host;
  const labels = host.split('.');
  // Second-level registries (gov.kz, com.kz, org.kz) keep one label more.
  const registry = labels.length > 2 && /^[a-z]{2}$/.test(labels.at(-1)!) && /^(com|org|gov|edu|net|mil)$/.test(labels.at(-2)!);
  return labels.slice(registry ? -3 : -2).join('.');
}

/** The catalog sources that publish what an outlet named by a search result publishes (same site or same name). */
export function outletSourceIds(outlet: FeedOutlet, catalog: readonly SourceDefinition[]): string[] {
  const site = siteKey(outlet.url);
  const name = normalizeTitle(outlet.name);
  return catalog
    .filter((source) => source.kind !== 'search' && source.kind !== 'court')
    .filter((source) => (site !== undefined && source.kind !== 'telegram' && siteKey(source.url) === site) || (name !== '' && normalizeTitle(source.name) === name))
    .map((source) => source.id);
}

/** Search engines append " - <outlet>" to each title; the outlet's own feed does not. */
export function resultTitle(title: string, outlet: FeedOutlet | undefined): string {
  if (!outlet) return title;
  for (const separator of [' - ', ' — ', ' – ', ' | ']) {
    const suffix = `${separator}${outlet.name}`;
    if (title.length > suffix.length && title.endsWith(suffix)) return title.slice(0, -suffix.length).trim();
  }
  return title;
}

export interface SearchResult {
  item: NormalizedItem;
  outlet?: FeedOutlet;
}

/** Drops results whose outlet already gave the same story (same normalised title, close dates) to a stored item. */
export function dropStoredStories(results: SearchResult[], stored: readonly RecentItem[], catalog: readonly SourceDefinition[]): SearchResult[] {
  const byTitle = new Map<string, RecentItem[]>();
  for (const item of stored) {
    const key = normalizeTitle(item.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), item]);
  }
  return results.filter(({ item, outlet }) => {
    const candidates = byTitle.get(normalizeTitle(item.title)) ?? [];
    if (!candidates.length) return true;
    const sources = outlet ? new Set(outletSourceIds(outlet, catalog)) : undefined;
    const at = Date.parse(item.publishedAt);
    return !candidates.some((candidate) => (!sources || sources.has(candidate.sourceId)) && Math.abs(Date.parse(candidate.publishedAt) - at) <= SAME_STORY_MS);
  });
}

/** Reads the stored items of the sources since the instant, page by page (a bounded number of pages each). */
export async function listRecentItems(items: Pick<ItemRepository, 'listBySource'>, sourceIds: string[], since: string, maxPagesPerSource = 10): Promise<RecentItem[]> {
  const recent: RecentItem[] = [];
  for (const sourceId of sourceIds) {
    let cursor: string | undefined;
    for (let page = 0; page < maxPagesPerSource; page += 1) {
      const result = await items.listBySource({ sourceId, from: since, limit: 200, order: 'newest', ...(cursor ? { cursor } : {}) });
      for (const item of result.items) recent.push({ sourceId: item.sourceId, title: item.title, publishedAt: item.publishedAt });
      cursor = result.cursor;
      if (!cursor) break;
    }
  }
  return recent;
}

/**
 * The results of one search answer with the engine's " - <outlet>" suffix removed and an id of their
 * own: the outlet's site, the normalised title and the Almaty day, shared by every search source, so
 * the same story found by two queries (or twice by one) is one item.
 */
export function searchResults(parsed: ParsedFeed): SearchResult[] {
  const byId = new Map<string, SearchResult>();
  for (const item of parsed.items) {
    const outlet = parsed.outlets.get(item.id);
    const title = resultTitle(item.title, outlet);
    const outletKey = outlet ? (siteKey(outlet.url) ?? normalizeTitle(outlet.name)) : '';
    const id = itemId({ sourceId: SEARCH_ID_SCOPE, guid: `${outletKey}\u0000${normalizeTitle(title)}\u0000${almatyDate(item.publishedAt)}` });
    if (!byId.has(id)) byId.set(id, { item: { ...item, id, title }, ...(outlet ? { outlet } : {}) });
  }
  return [...byId.values()];
}

export const searchKind: SourceKindModule<SearchSettings> = {
  kind: 'search',
  settings: searchSettings,
  async fetch(http, source, settings, options) {
    const response = await http.fetch({ url: source.url, accept: FEED_ACCEPT, etag: options.etag, lastModified: options.lastModified, signal: options.signal });
    if (response.kind === 'not-modified') return { kind: 'not-modified' };
    const { text } = decodeBody(response.body, response.contentType);
    const parsed = await parseFeedDocument(text, { sourceId: source.id, sourceKind: 'search', baseUrl: response.finalUrl, language: source.language, fetchedAt: options.now.toISOString() });
    const { catalog } = options;
    let results = searchResults(parsed);
    // A run compares results to what it stored; "test now" stores nothing and shows every result.
    if (options.recentItems && catalog) {
      const sourceIds = [...new Set(results.flatMap(({ outlet }) => (outlet ? outletSourceIds(outlet, catalog) : [])))];
      if (sourceIds.length) {
        const since = new Date(options.now.getTime() - SEARCH_DEDUP_DAYS * 86_400_000).toISOString();
        results = dropStoredStories(results, await options.recentItems(sourceIds, since), catalog);
      }
    }
    const items = results.map(({ item }) => item);
    await followFlaggedResults(http, items, response.finalUrl, settings.maxFollows, options);
    if (parsed.recovered) return { kind: 'ok', items, recovered: true };
    return { kind: 'ok', items, etag: response.etag, lastModified: response.lastModified };
  },
};

/**
 * A flagged result is worth a reviewer's time: its opaque link is followed once to the outlet's page,
 * whose address replaces it and whose text is kept. Results already stored are not followed again.
 */
async function followFlaggedResults(http: HttpFetcher, items: NormalizedItem[], searchUrl: string, limit: number, options: FetchSourceOptions): Promise<void> {
  if (!options.isFlagged || limit === 0) return;
  const flagged = items.filter((item) => options.isFlagged!(item));
  if (!flagged.length) return;
  const known = options.knownIds ? await options.knownIds(flagged.map((item) => item.id)) : new Set<string>();
  const searchSite = siteKey(searchUrl);
  let followed = 0;
  for (const item of flagged) {
    if (followed >= limit) break;
    if (known.has(item.id)) continue;
    if (options.signal?.aborted || options.detailsOverdue?.()) break;
    followed += 1;
    try {
      const response = await http.fetch({ url: item.url, accept: PAGE_ACCEPT, signal: options.signal });
      if (response.kind !== 'ok') continue;
      // Still on the search engine's own pages (a script redirect): the link stays as it is.
      if (siteKey(response.finalUrl) === searchSite) continue;
      item.url = response.finalUrl;
      const page = extractPageText(decodeBody(response.body, response.contentType).text, `search result ${response.finalUrl}`);
      if (page.text.length > item.summary.length) item.text = page.text.slice(0, 100_000);
    } catch (error) {
      options.onDetailError?.(item.url, error);
    }
  }
}
