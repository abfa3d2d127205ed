// `feed`: an RSS, RDF or Atom document fetched conditionally. A feed cut short keeps its complete
// items but not its validators, so the next run fetches it whole instead of getting a 304.
import { decodeBody } from '../charset';
import { parseFeedDocument } from '../feeds/feed-parser';
import { FEED_ACCEPT } from '../http/http-client';
import { noSettings } from './kind-settings';
import type { SourceKindModule } from './source-kind';

export const feedKind: SourceKindModule<Record<string, never>> = {
  kind: 'feed',
  settings: noSettings,
  async fetch(http, source, _settings, options) {
    const response = await http.fetch({ url: source.url, accept: FEED_ACCEPT, etag: options.etag, lastModified: options.lastModified, signal: options.signal });
    if (response.kind === 'not-modified') return { kind: 'not-modified' };
    const { text } = decodeBody(response.body, response.contentType);
    const { items, recovered } = await parseFeedDocument(text, {
      sourceId: source.id,
      baseUrl: response.finalUrl,
      language: source.language,
      fetchedAt: options.now.toISOString(),
    });
    if (recovered) return { kind: 'ok', items, recovered: true };
    return { kind: 'ok', items, etag: response.etag, lastModified: response.lastModified };
  },
};
