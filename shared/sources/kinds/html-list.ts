// `html-list`: an outlet's news list page read with CSS selectors stored in the source's settings (for
// outlets without a feed). Walks "next page" links within a page budget and, when asked, fetches the
// page of each item not yet stored for its text. A list page on which the selectors find nothing is an
// error ("selectors found nothing"), never a quiet run with no items: that is how a redesign shows.
import type { CheerioAPI } from 'cheerio/slim';
import { SkipSourceError } from '../../domain/errors';
import { itemId } from '../../domain/ids';
import type { NormalizedItem } from '../../domain/item';
import { decodeBody } from '../charset';
import { blockText, squash, type CourtListEntry } from '../courts/court-parser';
import { absoluteUrl } from '../urls';
import { guarded, loadPage } from '../courts/scrape-court';
import { compileDateFormat, parseDateInFormat, type CompiledDateFormat } from '../dates';
import { PAGE_ACCEPT, type HttpFetcher } from '../http/http-client';
import { htmlListSettings, type HtmlListSettings } from './kind-settings';
import type { FetchSourceOptions, SourceKindModule } from './source-kind';

export { htmlListSettings, type HtmlListSettings } from './kind-settings';

export interface HtmlListPage {
  /** Elements the item selector matched (the entries are those with a title and a link). */
  matched: number;
  entries: CourtListEntry[];
  nextPageUrl?: string;
}

/** Thrown (as a skip) when the list no longer has the structure the settings describe. */
export function selectorsFoundNothing(where: string, detail: string): SkipSourceError {
  return new SkipSourceError(`${where}: selectors found nothing: ${detail} (list markup changed?)`);
}

/** Reads one list page with the settings. Pure: the golden test and the fetch share it. */
export function parseHtmlList($: CheerioAPI, settings: HtmlListSettings, pageUrl: string, now: Date, format?: CompiledDateFormat | 'auto'): HtmlListPage {
  const dates = format ?? (settings.date ? (settings.date.format === 'auto' ? 'auto' : compileDateFormat(settings.date.format)) : 'auto');
  const items = $(settings.item);
  const entries: CourtListEntry[] = [];
  items.each((_, element) => {
    const $item = $(element);
    const titleElement = $item.find(settings.title).first();
    const linkElement = settings.link
      ? $item.find(settings.link).first()
      : titleElement.is('a[href]')
        ? titleElement
        : titleElement.find('a[href]').first().length
          ? titleElement.find('a[href]').first()
          : $item.find('a[href]').first();
    const url = absoluteUrl(linkElement.attr('href'), pageUrl);
    const title = squash(titleElement.text());
    if (!url || !title) return;
    const entry: CourtListEntry = { url, title: title.slice(0, 1_000), summary: settings.summary ? squash($item.find(settings.summary).first().text()).slice(0, 2_000) : '' };
    if (settings.date) {
      const dateElement = $item.find(settings.date.selector).first();
      const dateText = squash(settings.date.attribute ? dateElement.attr(settings.date.attribute) : dateElement.text()) || undefined;
      if (dateText) {
        entry.dateText = dateText.slice(0, 200);
        const publishedAt = parseDateInFormat(dateText, dates, now);
        if (publishedAt) entry.publishedAt = publishedAt;
      }
    }
    entries.push(entry);
  });
  const next = settings.nextPage ? absoluteUrl($(settings.nextPage).first().attr('href'), pageUrl) : undefined;
  return next ? { matched: items.length, entries, nextPageUrl: next } : { matched: items.length, entries };
}

/** The list's first page must show items, titles, links and (when configured) readable dates. */
function checkFirstPage(page: HtmlListPage, settings: HtmlListSettings, where: string): void {
  if (page.matched === 0) throw selectorsFoundNothing(where, `no element matches the item selector "${settings.item}"`);
  if (page.entries.length === 0) {
    throw selectorsFoundNothing(where, `${page.matched} elements match "${settings.item}" but none has a title ("${settings.title}") and a link${settings.link ? ` ("${settings.link}")` : ''}`);
  }
  if (settings.date && page.entries.every((entry) => entry.publishedAt === undefined)) {
    const first = page.entries.find((entry) => entry.dateText)?.dateText;
    throw selectorsFoundNothing(
      where,
      first ? `no date reads as "${settings.date.format}" (first: "${first}")` : `no item has a date at "${settings.date.selector}"`,
    );
  }
}

export const htmlListKind: SourceKindModule<HtmlListSettings> = {
  kind: 'html-list',
  settings: htmlListSettings,
  async fetch(http, source, settings, options) {
    const { now } = options;
    const fetchedAt = now.toISOString();
    const format = settings.date && settings.date.format !== 'auto' ? compileDateFormat(settings.date.format) : 'auto';
    const byId = new Map<string, NormalizedItem>();
    const seenPages = new Set<string>();
    let url: string | undefined = source.url;
    let validators: { etag?: string; lastModified?: string } = {};
    for (let pages = 0; url && pages < settings.maxPages; pages += 1) {
      const first = pages === 0;
      const response = await http.fetch({ url, accept: PAGE_ACCEPT, signal: options.signal, ...(first ? { etag: options.etag, lastModified: options.lastModified } : {}) });
      if (response.kind === 'not-modified') {
        if (first) return { kind: 'not-modified' };
        break;
      }
      if (first) validators = { etag: response.etag, lastModified: response.lastModified };
      seenPages.add(response.finalUrl);
      const html = decodeBody(response.body, response.contentType).text;
      const where = `html-list ${source.id} on ${response.finalUrl}`;
      const $ = loadPage(html, where);
      const page = guarded(where, () => parseHtmlList($, settings, response.finalUrl, now, format));
      if (first) {
        if (page.matched === 0 && /captcha/i.test(html)) throw new SkipSourceError(`${where}: a CAPTCHA page instead of the news list`);
        checkFirstPage(page, settings, where);
      }
      for (const entry of page.entries) {
        const id = itemId({ sourceId: source.id, url: entry.url });
        if (byId.has(id)) continue;
        byId.set(id, {
          id,
          sourceId: source.id,
          sourceKind: 'html-list',
          url: entry.url,
          title: entry.title,
          summary: entry.summary,
          language: source.language,
          publishedAt: entry.publishedAt ?? fetchedAt,
          fetchedAt,
        });
      }
      // A next link back to a page already read (page 1 links to itself, a loop) ends the walk.
      url = page.nextPageUrl && !seenPages.has(page.nextPageUrl) ? page.nextPageUrl : undefined;
    }
    const items = [...byId.values()];
    if (settings.articleText && settings.maxArticles > 0) await fetchArticleTexts(http, items, settings.articleText, settings.maxArticles, options);
    return { kind: 'ok', items, ...validators };
  },
};

/** The text of each item not already stored, from its own page (only new items: the rest cost nothing). */
async function fetchArticleTexts(http: HttpFetcher, items: NormalizedItem[], textSelector: string, limit: number, options: FetchSourceOptions): Promise<void> {
  const known = options.knownIds ? await options.knownIds(items.map((item) => item.id)) : new Set<string>();
  let fetched = 0;
  for (const item of items) {
    if (fetched >= limit) break;
    if (known.has(item.id)) continue;
    if (options.signal?.aborted || options.detailsOverdue?.()) break;
    fetched += 1;
    try {
      const response = await http.fetch({ url: item.url, accept: PAGE_ACCEPT, signal: options.signal });
      if (response.kind !== 'ok') continue;
      const $ = loadPage(decodeBody(response.body, response.contentType).text, `article ${item.url}`);
      const text = guarded(`article ${item.url}`, () => blockText($, [textSelector]));
      if (text) item.text = text.slice(0, 100_000);
      if (!item.summary && text) item.summary = text.slice(0, 500);
    } catch (error) {
      // A missing article page costs its text, not the item: the list entry is still stored.
      options.onDetailError?.(item.url, error);
    }
  }
}
