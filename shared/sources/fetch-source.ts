// One source, one call: the source's kind module (kinds/source-kinds.ts) fetches and parses it into
// NormalizedItems, after its settings are checked against the kind's schema.
import { FatalError } from '../domain/errors';
import type { SourceDefinition } from './catalog';
import type { HttpFetcher } from './http/http-client';
import { sourceKindModule } from './kinds/source-kinds';
import { sourceSettings, type FetchSourceOptions, type SourceFetchResult } from './kinds/source-kind';

export type { FetchSourceOptions, RecentItem, SourceFetchResult } from './kinds/source-kind';

export async function fetchSource(http: HttpFetcher, source: SourceDefinition, options: FetchSourceOptions): Promise<SourceFetchResult> {
  const module = sourceKindModule(source.kind);
  if (!module) throw new FatalError(`source ${source.id} has an unknown kind "${String(source.kind)}"`);
  return module.fetch(http, source, sourceSettings(module, source), options);
}
