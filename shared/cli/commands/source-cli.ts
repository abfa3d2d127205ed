// What the source commands (feed, sources) share: an HTTP client without a storage stack, and reading
// one document (URL or local file) through the real adapters.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadCliSettings } from '../../config/config';
import { SkipSourceError } from '../../domain/errors';
import type { NormalizedItem } from '../../domain/item';
import type { Language } from '../../domain/taxonomy';
import { CATALOG, type SourceDefinition } from '../../sources/catalog';
import { decodeBody } from '../../sources/charset';
import { COURT_PARSERS, courtParser } from '../../sources/courts/court-parsers';
import { courtEntryToItem, loadPage } from '../../sources/courts/scrape-court';
import { parseFeed, rootElementName } from '../../sources/feeds/feed-parser';
import { onePageOnly } from '../../sources/check-sources';
import { fetchSource } from '../../sources/fetch-source';
import { HttpClient, userAgent } from '../../sources/http/http-client';
import type { CliIo } from '../command';

export function cliHttpClient(io: CliIo): HttpClient {
  const settings = loadCliSettings(io.env);
  return new HttpClient({ userAgent: userAgent(settings.contactUrl), retries: 1, allowedPrivateHosts: settings.allowedPrivateHosts });
}

export interface ReadOptions {
  sourceId?: string;
  lang?: Language;
  /** A court parser id; without it a URL in the catalog uses its parser, a local HTML file the parser that matches. */
  court?: string;
  /** The URL a local file was saved from (resolves its relative links). */
  base?: string;
  now: Date;
}

/** Items of one feed or court page, from a URL (fetched politely) or a local file. */
export async function readDocument(target: string, io: CliIo, options: ReadOptions): Promise<NormalizedItem[]> {
  if (/^https?:\/\//i.test(target)) {
    const listed = CATALOG.find((s) => s.url === target);
    const source: SourceDefinition = {
      ...(listed ?? {
        id: options.sourceId ?? new URL(target).host,
        name: target,
        kind: options.court ? 'court' : 'feed',
        url: target,
        language: options.lang ?? 'ru',
        group: 'national',
        parser: options.court ?? 'rss',
        pollMinutes: 15,
        expectsItems: true,
        maxSilenceHours: 24,
        verified: false,
        note: 'ad hoc',
      }),
      maxPages: 1,
      fetchDetails: false,
    };
    if (options.sourceId) source.id = options.sourceId;
    if (options.lang) source.language = options.lang;
    if (options.court) Object.assign(source, { kind: 'court', parser: options.court });
    const result = await fetchSource(cliHttpClient(io), onePageOnly(source), { now: options.now });
    if (result.kind === 'not-modified') throw new SkipSourceError(`${target} answered 304 to an unconditional request`);
    return result.items;
  }
  const bytes = await readFile(target).catch((error: NodeJS.ErrnoException) => {
    throw new SkipSourceError(`cannot read ${target}: ${error.code ?? error.message}`);
  });
  const { text } = decodeBody(bytes);
  const sourceId = options.sourceId ?? `file:${basename(target)}`;
  const baseUrl = `file:///${basename(target)}`;
  const isHtml = rootElementName(text)?.toLowerCase() === 'html' || /^\s*<!doctype html/i.test(text);
  if (options.court || isHtml) {
    const $ = loadPage(text, target);
    const parser = options.court ? courtParser(options.court) : COURT_PARSERS.find((p) => p.matches($));
    if (!parser) {
      if (options.court) throw new SkipSourceError(`unknown court parser "${options.court}" (known: ${COURT_PARSERS.map((p) => p.id).join(', ')})`);
      // Not a court page we know: let the feed adapter say why it is unusable (HTML page, CAPTCHA…).
      return parseFeed(text, { sourceId, baseUrl, language: options.lang, fetchedAt: options.now.toISOString() });
    }
    if (!parser.matches($)) throw new SkipSourceError(`${target} does not have the structure ${parser.id} reads`);
    const fetchedAt = options.now.toISOString();
    // A saved page resolves its relative links against where it came from: --base, else its canonical link.
    const pageUrl = options.base ?? $('link[rel="canonical"]').attr('href') ?? $('meta[property="og:url"]').attr('content') ?? 'http://localhost/';
    return parser.parseList($, pageUrl, options.now).entries.map((entry) => courtEntryToItem(entry, { sourceId, language: options.lang ?? 'ru', fetchedAt }));
  }
  return parseFeed(text, { sourceId, baseUrl, language: options.lang, fetchedAt: options.now.toISOString() });
}
