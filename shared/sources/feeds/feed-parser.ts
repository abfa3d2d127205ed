// RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom into NormalizedItems. The scanner only ever sees decoded text
// that passed the safety checks here: no entity declarations, bounded size, and a feed root element.
import { SkipSourceError } from '../../domain/errors';
import { itemId } from '../../domain/ids';
import type { NormalizedItem, SourceKind } from '../../domain/item';
import type { Language } from '../../domain/taxonomy';
import { parseDate } from '../dates';
import { detectLanguage, languageFromTag } from '../../classify/detect-language';
import { plainText } from '../plain-text';
import { scanFeed, type RawElementGroup, type RawLink } from './feed-scanner';

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

/** The first element's name, skipping the prolog (declaration, comments, processing instructions, doctype). */
export function rootElementName(text: string): string | undefined {
  const match = /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*<([A-Za-z_][\w:.-]*)/i.exec(text.slice(0, 65_536));
  return match?.[1];
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
  return doctype ? text.replace(/<!DOCTYPE[^>]*>/i, '') : text;
}

function absolute(link: string | undefined, base: string): string | undefined {
  const trimmed = link?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An Atom entry lists its page as rel="alternate" or with no rel; rel="self", "enclosure" etc. are not it. */
function pageLink(links: RawLink[]): string | undefined {
  return (links.find((link) => link.rel === 'alternate') ?? links.find((link) => link.rel === undefined))?.href;
}

export async function parseFeed(text: string, context: FeedContext): Promise<NormalizedItem[]> {
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
  const feedLink = absolute(pageLink(feed.links), context.baseUrl);
  const feedLanguage = languageFromTag(feed.fields.get('language')) ?? languageFromTag(feed.fields.get('dc:language'));
  const items: NormalizedItem[] = [];
  const seen = new Set<string>();
  for (const raw of feed.entries) {
    const item = normalizeEntry(raw, context, feedLink ?? context.baseUrl, feedLanguage);
    if (!item || seen.has(item.id)) continue;
    seen.add(item.id);
    items.push(item);
  }
  return items;
}

function normalizeEntry(raw: RawElementGroup, context: FeedContext, base: string, feedLanguage: Language | undefined): NormalizedItem | undefined {
  const field = (name: string) => raw.fields.get(name);
  const guid = (field('guid') ?? field('id'))?.trim() || undefined;
  const rawLink = pageLink(raw.links);
  const link = absolute(rawLink, context.baseUrl) ?? absolute(rawLink, base) ?? (guid ? absolute(guid, base) : undefined);
  const title = plainText(field('title') ?? field('dc:title'), 1_000);
  const encoded = field('content:encoded');
  const description = field('description') ?? field('summary') ?? field('content');
  const summary = plainText(description ?? encoded, SUMMARY_MAX);
  const fullText = encoded ? plainText(encoded) : undefined;
  if (!title && !summary) return undefined;
  if (!link && !guid && !title) return undefined;
  const publishedAt =
    parseDate(field('pubdate')) ?? parseDate(field('dc:date')) ?? parseDate(field('published')) ?? parseDate(field('updated')) ?? context.fetchedAt;
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
