// RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom into NormalizedItems. The scanner only ever sees decoded text
// that passed the safety checks here: no entity declarations, bounded size, and a feed root element.
import { SkipSourceError } from '../../domain/errors';
import { itemId } from '../../domain/ids';
import type { NormalizedItem, SourceKind } from '../../domain/item';
import type { Language } from '../../domain/taxonomy';
import { parseDate } from '../dates';
import { detectLanguage, languageFromTag } from '../../classify/detect-language';
import { plainText } from '../plain-text';
import { absoluteUrl } from '../urls';
import { scanFeed, type FeedFormat, type RawElementGroup, type RawLink } from './feed-scanner';

export interface FeedContext {
  sourceId: string;
  sourceKind?: SourceKind;
  /** The URL the document came from (after redirects): relative links resolve against it. */
  baseUrl: string;
  /** The catalog's language; when absent, the feed's <language> or a guess from the text. */
  language?: Language;
  fetchedAt: string;
  maxChars?: number;
  maxItems?: number;
}

export const DEFAULT_MAX_FEED_CHARS = 5_000_000;
const SUMMARY_MAX = 2_000;

const ROOT_NAME_AT = /<([A-Za-z_][\w:.-]*)/y;

/**
 * The first element's name, skipping the prolog (declaration, comments, processing instructions, doctype).
 * A hand-written scan: as one regular expression, white space inside an unterminated DOCTYPE could be
 * split between two repetitions in quadratically many ways (7 s for 64 KB).
 */
export function rootElementName(text: string): string | undefined {
  const head = text.slice(0, 65_536);
  let at = 0;
  const skipSpaces = (from: number) => {
    let to = from;
    while (to < head.length && /\s/.test(head[to]!)) to += 1;
    return to;
  };
  for (;;) {
    at = skipSpaces(at);
    if (head.startsWith('<?', at)) {
      const end = head.indexOf('?>', at + 2);
      if (end < 0) return undefined;
      at = end + 2;
    } else if (head.startsWith('<!--', at)) {
      const end = head.indexOf('-->', at + 4);
      if (end < 0) return undefined;
      at = end + 3;
    } else if (head.slice(at, at + 9).toUpperCase() === '<!DOCTYPE') {
      let end = at + 9;
      while (end < head.length && head[end] !== '>' && head[end] !== '[') end += 1;
      if (head[end] === '[') {
        // The internal subset ends at the first `]` that is followed by `>` (white space between allowed).
        let close = head.indexOf(']', end + 1);
        while (close >= 0 && head[skipSpaces(close + 1)] !== '>') close = head.indexOf(']', close + 1);
        if (close < 0) return undefined;
        end = skipSpaces(close + 1);
      }
      if (head[end] !== '>') return undefined;
      at = end + 1;
    } else {
      ROOT_NAME_AT.lastIndex = at;
      return ROOT_NAME_AT.exec(head)?.[1];
    }
  }
}

/**
 * Refuses what could exhaust memory or time before any parser runs: oversized text and entity
 * declarations (billion laughs). A plain external DOCTYPE (RSS 0.91's Netscape DTD, still served by
 * old CMSs) is removed rather than refused: it declares nothing and parsers never fetch it.
 */
export function checkFeedDocument(text: string, maxChars = DEFAULT_MAX_FEED_CHARS): string {
  if (text.length > maxChars) throw new SkipSourceError(`document of ${text.length} characters exceeds the cap of ${maxChars}`);
  if (/<!ENTITY/i.test(text)) throw new SkipSourceError('document declares XML entities (refused: entity-expansion attack risk)');
  const doctype = /<!DOCTYPE[^>[]*(\[)?/i.exec(text);
  if (doctype?.[1]) throw new SkipSourceError('document has a DOCTYPE with an internal subset (refused)');
  const root = rootElementName(text);
  if (!root) throw new SkipSourceError(text.trim() ? 'not an XML document (no root element found)' : 'empty document');
  const name = root.toLowerCase();
  if (name === 'html') {
    throw new SkipSourceError(/captcha/i.test(text) ? 'a CAPTCHA page instead of a feed' : 'an HTML page instead of a feed');
  }
  if (name !== 'rss' && name !== 'feed' && name !== 'rdf:rdf' && name !== 'rdf') throw new SkipSourceError(`not a feed (root element <${root}>)`);
  if (!doctype) return text;
  // Cut at the first `>` after this DOCTYPE: a replace() by pattern would rescan from every later `<!DOCTYPE`.
  const close = text.indexOf('>', doctype.index);
  if (close < 0) throw new SkipSourceError('document has an unterminated DOCTYPE (refused)');
  return `${text.slice(0, doctype.index)}${text.slice(close + 1)}`;
}

/** An Atom entry lists its page as rel="alternate" or with no rel; rel="self", "enclosure" etc. are not it. */
function pageLink(links: RawLink[]): string | undefined {
  return (links.find((link) => link.rel === 'alternate') ?? links.find((link) => link.rel === undefined))?.href;
}

export interface ParsedFeed {
  items: NormalizedItem[];
  /** The document was cut short: `items` are the entries complete before the cut. */
  recovered: boolean;
  /** Per item id, the outlet a news-search result names (its <source> element), when it names one. */
  outlets: Map<string, FeedOutlet>;
}

export interface FeedOutlet {
  name: string;
  url?: string;
}

export async function parseFeed(text: string, context: FeedContext): Promise<NormalizedItem[]> {
  return (await parseFeedDocument(text, context)).items;
}

export async function parseFeedDocument(text: string, context: FeedContext): Promise<ParsedFeed> {
  const safe = checkFeedDocument(text, context.maxChars);
  let feed: ReturnType<typeof scanFeed>;
  try {
    feed = scanFeed(safe, context.maxItems ?? 1_000);
  } catch (error) {
    if (error instanceof SkipSourceError) throw error;
    // Not expected from the scanner; a source must still only ever cost its own skip.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SkipSourceError(`malformed feed: ${message}`);
  }
  const feedLink = absoluteUrl(pageLink(feed.links), context.baseUrl);
  const feedLanguage = languageFromTag(feed.fields.get('language')) ?? languageFromTag(feed.fields.get('dc:language'));
  const items: NormalizedItem[] = [];
  const outlets = new Map<string, FeedOutlet>();
  const seen = new Set<string>();
  for (const raw of feed.entries) {
    const item = normalizeEntry(raw, feed.format, context, feedLink ?? context.baseUrl, feedLanguage);
    if (!item || seen.has(item.id)) continue;
    seen.add(item.id);
    items.push(item);
    const outlet = outletOf(raw);
    if (outlet) outlets.set(item.id, outlet);
  }
  return { items, recovered: feed.truncated, outlets };
}

function outletOf(raw: RawElementGroup): FeedOutlet | undefined {
  const name = literalText(raw.fields.get('source'), 200);
  if (!name) return undefined;
  const url = raw.fieldAttributes.get('source')?.url?.trim();
  return url ? { name, url } : { name };
}

/** Tags HTML puts in headlines and teasers; a title with any other tag is text that mentions a tag. */
const HTML_ELEMENTS = new Set(
  'a abbr acronym b big blockquote br cite code del dfn div em font h1 h2 h3 h4 h5 h6 i img ins kbd li mark ol p pre q s samp small span strike strong sub sup time tt u ul var'.split(' '),
);

/**
 * RSS does not say whether a title holds markup. It is read as HTML only when it has
 * an end tag or an entity and every tag in it is one HTML uses in running text: "History of the <blink>
 * tag" stays as written, "<b>Суд</b> оштрафовал" loses its tags. One pass over the tags.
 */
function looksLikeHtml(value: string): boolean {
  if (!/<\/[a-zA-Z]|&#?\w+;/.test(value)) return false;
  for (const [, name] of value.matchAll(/<\/?([a-zA-Z][\w-]*)/g)) if (!HTML_ELEMENTS.has(name!.toLowerCase())) return false;
  return true;
}

/** Plain text as written: only runs of space collapse. */
function literalText(value: string | undefined, maxLength = 20_000): string {
  const text = (value ?? '').replace(/[\u00a0\s]+/g, ' ').trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}

/**
 * One text field as plain text, by what the feed says it holds: Atom's type="text" (its default) is
 * literal, type="html"/"xhtml" is markup to strip, mode="base64" is decoded first. RSS descriptions
 * are HTML in practice; RSS titles are text unless they look like HTML.
 */
function fieldText(raw: RawElementGroup, name: string, format: FeedFormat, maxLength?: number): string | undefined {
  let value = raw.fields.get(name);
  if (value === undefined) return undefined;
  const attributes = raw.fieldAttributes.get(name) ?? {};
  const type = attributes.type?.trim().toLowerCase();
  if (attributes.mode?.trim().toLowerCase() === 'base64') value = Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('utf8');
  let markup: boolean;
  if (type === 'text' || type === 'text/plain') markup = false;
  else if (type === 'html' || type === 'xhtml' || type === 'text/html' || type === 'application/xhtml+xml') markup = true;
  else if (format === 'atom') markup = attributes.mode?.trim().toLowerCase() === 'escaped' || attributes.mode?.trim().toLowerCase() === 'xml';
  else markup = name === 'title' || name === 'dc:title' ? looksLikeHtml(value) : true;
  return markup ? plainText(value, maxLength) : literalText(value, maxLength);
}

function normalizeEntry(raw: RawElementGroup, format: FeedFormat, context: FeedContext, base: string, feedLanguage: Language | undefined): NormalizedItem | undefined {
  const field = (name: string) => raw.fields.get(name);
  const guid = (field('guid') ?? field('id'))?.trim() || undefined;
  const rawLink = pageLink(raw.links);
  const link = absoluteUrl(rawLink, context.baseUrl) ?? absoluteUrl(rawLink, base) ?? (guid ? absoluteUrl(guid, base) : undefined);
  const title = fieldText(raw, field('title') !== undefined ? 'title' : 'dc:title', format, 1_000) ?? '';
  const encoded = field('content:encoded') !== undefined ? 'content:encoded' : undefined;
  const description = ['description', 'summary', 'content'].find((name) => field(name) !== undefined);
  const summary = fieldText(raw, description ?? encoded ?? 'description', format, SUMMARY_MAX) ?? '';
  // Atom's <content> beside a <summary> is the full text, as RSS's content:encoded is.
  const fullTextField = encoded ?? (description !== 'content' && field('content') !== undefined ? 'content' : undefined);
  const fullText = fullTextField ? fieldText(raw, fullTextField, format) : undefined;
  if (!title && !summary) return undefined;
  if (!link && !guid && !title) return undefined;
  const publishedAt =
    parseDate(field('pubdate')) ?? parseDate(field('dc:date')) ?? parseDate(field('published')) ?? parseDate(field('updated')) ??
    // Atom 0.3's names for the same two dates.
    parseDate(field('issued')) ?? parseDate(field('modified')) ?? context.fetchedAt;
  const language = context.language ?? feedLanguage ?? detectLanguage(`${title} ${summary}`) ?? 'ru';
  const item: NormalizedItem = {
    id: itemId({ sourceId: context.sourceId, guid, url: link, title: title || summary.slice(0, 200), publishedAt }),
    sourceId: context.sourceId,
    sourceKind: context.sourceKind ?? 'feed',
    url: link ?? base,
    title: title || summary.slice(0, 120),
    summary,
    language,
    publishedAt,
    fetchedAt: context.fetchedAt,
  };
  if (guid) item.guid = guid;
  if (fullText && fullText.length > summary.length) item.text = fullText;
  return item;
}
