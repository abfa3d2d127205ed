// What the routes that reach the outside world need (fetch-routes.ts): the review API's dependencies
// plus the manual import (HTTP client, page text, classifier) and the HTTP client for "test now".
// Only review-fetch and the local servers import this module, so review-api's bundle carries none of it.
import { importItem, type ImportItemInput, type ImportItemResult } from '../ingest/import-item';
import type { SourceRepository } from '../ports/source-repository';
import type { Dependencies } from '../runtime/dependencies';
import type { HttpFetcher } from '../sources/http/http-client';
import type { ApiDependencies } from './api-dependencies';

export type ImportItem = (input: ImportItemInput) => Promise<ImportItemResult>;

export interface FetchApiDependencies extends ApiDependencies {
  /** The ingestion use case behind POST /api/items/import (shared/ingest/import-item.ts). */
  importItem: ImportItem;
  /** The one HTTP client with the outbound-fetch policy, for the sources' "test now". */
  http: HttpFetcher;
  /** The stored sources, for "test now" of a stored one. */
  sources: SourceRepository;
}

export interface FetchApiExtras {
  importItem?: ImportItem;
}

export function withFetchRoutes(api: ApiDependencies, deps: Dependencies, extras: FetchApiExtras = {}): FetchApiDependencies {
  return { ...api, importItem: extras.importItem ?? ((input) => importItem(deps, input)), http: deps.http, sources: deps.sources };
}
