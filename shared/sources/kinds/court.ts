// `court`: a court site's news list read by the site's own parser (courts/parsers/), with the detail
// page of each new entry. Its page budget and detail switch are the source's maxPages/fetchDetails.
import { FatalError } from '../../domain/errors';
import { courtParser } from '../courts/court-parsers';
import { scrapeCourt } from '../courts/scrape-court';
import { noSettings } from './kind-settings';
import type { SourceKindModule } from './source-kind';

export const courtKind: SourceKindModule<Record<string, never>> = {
  kind: 'court',
  settings: noSettings,
  async fetch(http, source, _settings, options) {
    const parser = courtParser(source.parser);
    if (!parser) throw new FatalError(`source ${source.id} names an unknown court parser "${source.parser}"`);
    const result = await scrapeCourt(http, {
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
    if (result.kind === 'not-modified') return result;
    return { kind: 'ok', items: result.items, etag: result.etag, lastModified: result.lastModified };
  },
};
