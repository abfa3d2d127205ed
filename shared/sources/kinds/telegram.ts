// `telegram`: a public channel read through its web preview, https://t.me/s/<channel>. One item per
// message (id from data-post, permalink as URL, text plus the link preview), newest page first, then
// back with ?before=<id> until a message already stored or the page budget. A channel without a
// public preview (t.me sends the channel card instead, or a page without messages) is a source error.
import type { CheerioAPI } from 'cheerio/slim';
import { SkipSourceError } from '../../domain/errors';
import { itemId } from '../../domain/ids';
import type { NormalizedItem } from '../../domain/item';
import { decodeBody } from '../charset';
import { squash } from '../courts/court-parser';
import { absoluteUrl } from '../urls';
import { guarded, loadPage } from '../courts/scrape-court';
import { PAGE_ACCEPT } from '../http/http-client';
import { telegramSettings, type TelegramSettings } from './kind-settings';
import type { SourceKindModule } from './source-kind';

export { telegramSettings, type TelegramSettings } from './kind-settings';

export interface TelegramMessage {
  /** data-post: "<channel>/<number>". */
  post: string;
  number: number;
  url: string;
  publishedAt?: string;
  text: string;
  preview?: { url?: string; site?: string; title?: string; description?: string };
}

export interface TelegramPage {
  /** Oldest first, as the page shows them. */
  messages: TelegramMessage[];
  /** The message number to ask for with ?before= to go further back. */
  before?: number;
}

const TITLE_MAX = 200;
const SUMMARY_MAX = 2_000;

/** Text of a message body: <br> and blocks become line breaks, runs of space collapse. */
function messageText($: CheerioAPI, element: ReturnType<CheerioAPI>): string {
  if (!element.length) return '';
  const copy = element.clone();
  copy.find('script, style').remove();
  copy.find('br').replaceWith('\n');
  copy.find('p, div, blockquote, li').each((_, block) => {
    $(block).append('\n');
  });
  return copy
    .text()
    .split('\n')
    .map((line) => squash(line))
    .filter(Boolean)
    .join('\n');
}

/** Links in previews sometimes arrive escaped twice (`&amp;amp;`): one decode is the attribute's, the rest is ours. */
function href(value: string | undefined, base: string): string | undefined {
  return absoluteUrl(value?.replace(/&amp;/g, '&'), base);
}

/** Reads one preview page. Pure: the golden test and the fetch share it. */
export function parseTelegramPage($: CheerioAPI, pageUrl: string): TelegramPage {
  const messages: TelegramMessage[] = [];
  $('.tgme_widget_message[data-post]').each((_, element) => {
    const $message = $(element);
    if ($message.hasClass('service_message')) return;
    const post = ($message.attr('data-post') ?? '').trim();
    const parsed = /^([A-Za-z0-9_]{1,64})\/(\d{1,12})$/.exec(post);
    if (!parsed) return;
    const number = Number(parsed[2]);
    // The message's own text, not the quoted one of a reply.
    let body = $message.find('.tgme_widget_message_bubble > .tgme_widget_message_text').first();
    if (!body.length) body = $message.find('.tgme_widget_message_text').not('.tgme_widget_message_reply .tgme_widget_message_text').first();
    const text = messageText($, body);
    const dateLink = $message.find('a.tgme_widget_message_date').first();
    const url = href(dateLink.attr('href'), pageUrl) ?? `https://t.me/${post}`;
    const datetime = dateLink.find('time[datetime]').first().attr('datetime') ?? $message.find('time[datetime]').first().attr('datetime');
    const ms = datetime ? Date.parse(datetime) : Number.NaN;
    const message: TelegramMessage = { post, number, url, text };
    if (!Number.isNaN(ms)) message.publishedAt = new Date(ms).toISOString();
    const previewLink = $message.find('a.tgme_widget_message_link_preview').first();
    if (previewLink.length) {
      const preview: NonNullable<TelegramMessage['preview']> = {};
      const previewUrl = href(previewLink.attr('href'), pageUrl);
      const site = squash(previewLink.find('.link_preview_site_name').first().text());
      const title = squash(previewLink.find('.link_preview_title').first().text());
      const description = messageText($, previewLink.find('.link_preview_description').first());
      if (previewUrl) preview.url = previewUrl;
      if (site) preview.site = site;
      if (title) preview.title = title;
      if (description) preview.description = description;
      if (Object.keys(preview).length) message.preview = preview;
    }
    if (text || message.preview?.title || message.preview?.description) messages.push(message);
  });
  const more = Number($('a.tme_messages_more[data-before]').first().attr('data-before'));
  const oldest = messages.reduce((min, m) => Math.min(min, m.number), Number.POSITIVE_INFINITY);
  const before = Number.isInteger(more) && more > 0 ? more : Number.isFinite(oldest) && oldest > 1 ? oldest : undefined;
  return before === undefined ? { messages } : { messages, before };
}

/** A headline for a message: its first line, cut at a word, else the preview's title. */
function titleOf(message: TelegramMessage, channel: string): string {
  const firstLine = message.text.split('\n')[0] ?? '';
  const line = firstLine || message.preview?.title || message.preview?.description?.split('\n')[0] || `${channel}/${message.number}`;
  if (line.length <= TITLE_MAX) return line;
  const cut = line.slice(0, TITLE_MAX - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_MAX / 2))}…`;
}

function toItem(message: TelegramMessage, sourceId: string, channel: string, language: NormalizedItem['language'], fetchedAt: string): NormalizedItem {
  const preview = message.preview;
  const previewText = preview ? [preview.site, preview.title, preview.description].filter(Boolean).join(' — ') : '';
  const full = [message.text, previewText].filter(Boolean).join('\n');
  const item: NormalizedItem = {
    id: itemId({ sourceId, guid: message.post }),
    sourceId,
    sourceKind: 'telegram',
    url: message.url,
    guid: message.post,
    title: titleOf(message, channel),
    summary: full.length > SUMMARY_MAX ? `${full.slice(0, SUMMARY_MAX - 1)}…` : full,
    language,
    publishedAt: message.publishedAt ?? fetchedAt,
    fetchedAt,
  };
  if (full.length > SUMMARY_MAX) item.text = full.slice(0, 100_000);
  return item;
}

/** The channel name: from the settings, else from a /s/<channel> URL. */
export function channelOf(sourceUrl: string, settings: TelegramSettings): string | undefined {
  if (settings.channel) return settings.channel;
  const match = /\/s\/([A-Za-z][A-Za-z0-9_]{3,31})\/?$/.exec(new URL(sourceUrl).pathname);
  return match?.[1];
}

export const telegramKind: SourceKindModule<TelegramSettings> = {
  kind: 'telegram',
  settings: telegramSettings,
  async fetch(http, source, settings, options) {
    const channel = channelOf(source.url, settings);
    if (!channel) throw new SkipSourceError(`telegram ${source.id}: ${source.url} is not a channel preview URL (https://t.me/s/<channel>)`);
    const fetchedAt = options.now.toISOString();
    const byPost = new Map<string, NormalizedItem>();
    let before: number | undefined;
    let validators: { etag?: string; lastModified?: string } = {};
    for (let pages = 0; pages < settings.maxPages; pages += 1) {
      const first = pages === 0;
      const url = new URL(source.url);
      if (before !== undefined) url.searchParams.set('before', String(before));
      const response = await http.fetch({ url: url.href, accept: PAGE_ACCEPT, signal: options.signal, ...(first ? { etag: options.etag, lastModified: options.lastModified } : {}) });
      if (response.kind === 'not-modified') {
        if (first) return { kind: 'not-modified' };
        break;
      }
      const where = `telegram ${source.id} (${channel})`;
      if (!/\/s\//.test(new URL(response.finalUrl).pathname)) {
        throw new SkipSourceError(`${where}: the channel has no public preview (t.me answered with ${response.finalUrl})`);
      }
      if (first) validators = { etag: response.etag, lastModified: response.lastModified };
      const $ = loadPage(decodeBody(response.body, response.contentType).text, where);
      const page = guarded(where, () => parseTelegramPage($, response.finalUrl));
      if (page.messages.length === 0) {
        if (first) throw new SkipSourceError(`${where}: the channel has no public preview (the page shows no messages)`);
        break;
      }
      const items = page.messages.map((message) => toItem(message, source.id, channel, source.language, fetchedAt));
      for (const item of items) if (!byPost.has(item.guid!)) byPost.set(item.guid!, item);
      const known = options.knownIds ? await options.knownIds(items.map((item) => item.id)) : new Set<string>();
      // A page that reaches a stored message reaches everything stored before it too.
      if (known.size > 0 || page.before === undefined || page.before === before) break;
      before = page.before;
    }
    // Newest first, as the feeds give them.
    const items = [...byPost.values()].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
    return { kind: 'ok', items, ...validators };
  },
};
