// One source, one call: conditional fetch, decode, parse (feed or court list) into NormalizedItems.
import { FatalError } from '../domain/errors';
import type { NormalizedItem } from '../domain/item';
import type { SourceDefinition } from './catalog';
import { decodeBody } from './charset';
import { courtParser } from './courts/court-parsers';
import { scrapeCourt } from './courts/scrape-court';
import { parseFeed } from './feeds/feed-parser';
import { FEED_ACCEPT, type HttpFetcher } from './http/http-client';

export interface FetchSourceOptions {
  etag?: string;
  lastModified?: string;
  now: Date;
  signal?: AbortSignal;
  /** Court sources: true once no further detail page may be fetched (asked before each one). */
  detailsOverdue?: () => boolean;
  knownIds?: (ids: string[]) => Promise<Set<string>>;
  onDetailError?: (url: string, error: unknown) => void;
}

export type SourceFetchResult =
  | { kind: 'not-modified' }
  | { kind: 'ok'; items: NormalizedItem[]; etag?: string; lastModified?: string };

export async function fetchSource(http: HttpFetcher, source: SourceDefinition, options: FetchSourceOptions): Promise<SourceFetchResult> {
  if (source.kind === 'court') {
    const parser = courtParser(source.parser);
    if (!parser) throw new FatalError(`source ${source.id} names an unknown court parser "${source.parser}"`);
    return scrapeCourt(http, {
      sourceId: source.id,
      url: source.url,
      language: source.language,
      parser,
      etag: options.etag,
      lastModified: options.lastModified,
      maxPages: source.maxPages,
      fetchDetails: source.fetchDetails,
      knownIds: options.knownIds,
      now: options.now,
      signal: options.signal,
      detailsOverdue: options.detailsOverdue,
      onDetailError: options.onDetailError,
    });
  }
  const response = await http.fetch({ url: source.url, accept: FEED_ACCEPT, etag: options.etag, lastModified: options.lastModified, signal: options.signal });
  if (response.kind === 'not-modified') return { kind: 'not-modified' };
  const { text } = decodeBody(response.body, response.contentType);
  const items = await parseFeed(text, {
    sourceId: source.id,
    baseUrl: response.finalUrl,
    language: source.language,
    fetchedAt: options.now.toISOString(),
  });
  return { kind: 'ok', items, etag: response.etag, lastModified: response.lastModified };
}
