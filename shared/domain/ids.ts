// Stable item ids and canonical URLs: re-scrapes and retried runs must map a story to the same id.
import { createHash } from 'node:crypto';

const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|yclid|ysclid|mc_cid|mc_eid|_openstat|from|ref|ref_src|igshid|spm)$/i;

/**
 * Canonical form of a URL: lower-case scheme and host, default port dropped, tracking parameters and
 * fragment removed, remaining query parameters sorted, trailing slash removed (except the root).
 * Returns the input trimmed when it is not an absolute http(s) URL.
 */
export function canonicalUrl(raw: string): string {
  const input = raw.trim();
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return input;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return input;
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  if ((url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443')) url.port = '';
  const kept = [...url.searchParams.entries()].filter(([key]) => !TRACKING_PARAMS.test(key));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  url.search = '';
  for (const [key, value] of kept) url.searchParams.append(key, value);
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}

/** Title text folded for comparison: case, ё, punctuation and runs of space do not matter. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function hash(kind: string, value: string): string {
  return createHash('sha256').update(`${kind}\u0000${value}`).digest('hex').slice(0, 32);
}

export interface ItemIdentity {
  sourceId: string;
  guid?: string;
  url?: string;
  title?: string;
  publishedAt?: string;
}

/**
 * Stable id: hash of the feed GUID (scoped to the source, since GUIDs are only unique per feed),
 * else of the canonical URL, else of the normalised title and the publication date.
 */
export function itemId(identity: ItemIdentity): string {
  const guid = identity.guid?.trim();
  if (guid) return hash('guid', `${identity.sourceId}\u0000${guid}`);
  const url = identity.url?.trim();
  if (url) return hash('url', canonicalUrl(url));
  const title = normalizeTitle(identity.title ?? '');
  if (!title) throw new Error('an item needs a GUID, a URL or a title to get an id');
  return hash('title', `${title}\u0000${(identity.publishedAt ?? '').slice(0, 10)}`);
}
