// What one kind of source is: a settings schema (plain, serialisable data a source record can carry)
// and a fetch that turns the source into NormalizedItems. The registry is source-kinds.ts.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { FatalError } from '../../domain/errors';
import type { NormalizedItem } from '../../domain/item';
import type { SourceDefinition, SourceType } from '../catalog';
import type { HttpFetcher } from '../http/http-client';

// zod/mini has no messages of its own: the English locale names what is wrong with a setting.
z.config(en());

/** A stored item as the search dedup needs it: enough to compare titles and dates, nothing more. */
export interface RecentItem {
  sourceId: string;
  title: string;
  publishedAt: string;
}

export interface FetchSourceOptions {
  etag?: string;
  lastModified?: string;
  now: Date;
  signal?: AbortSignal;
  /** Detail and article pages: true once no further one may be fetched within the budget (asked before each one). */
  detailsOverdue?: () => boolean;
  /** Which of these ids are already stored: their pages are not fetched again, and a channel walk stops at them. */
  knownIds?: (ids: string[]) => Promise<Set<string>>;
  onDetailError?: (url: string, error: unknown) => void;
  /** Stored items of these sources published since the instant (search results are compared to them). */
  recentItems?: (sourceIds: string[], since: string) => Promise<RecentItem[]>;
  /** Whether the rules flag an item: only a flagged search result's link is followed. */
  isFlagged?: (item: NormalizedItem) => boolean;
  /** The catalog search results' outlets are matched against, with `recentItems` (a run passes both). */
  catalog?: readonly SourceDefinition[];
}

export type SourceFetchResult =
  | { kind: 'not-modified' }
  | {
      kind: 'ok';
      items: NormalizedItem[];
      etag?: string;
      lastModified?: string;
      /** A feed cut short: its complete items are here, its validators are not (the next run fetches it whole). */
      recovered?: boolean;
    };

export interface SourceKindModule<Settings = unknown> {
  kind: SourceType;
  /** The settings a source of this kind may carry; defaults fill what a source leaves out. */
  settings: z.ZodMiniType<Settings>;
  fetch(http: HttpFetcher, source: SourceDefinition, settings: Settings, options: FetchSourceOptions): Promise<SourceFetchResult>;
}

/** The source's settings checked against its kind's schema: a bad entry is the catalog's fault, not the site's. */
export function sourceSettings<Settings>(module: SourceKindModule<Settings>, source: SourceDefinition): Settings {
  const parsed = module.settings.safeParse(source.settings ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'settings'}: ${issue.message}`).join('; ');
  throw new FatalError(`source ${source.id} has invalid ${module.kind} settings: ${problems}`);
}

/** A CSS selector as stored in settings: bounded, one line. */
export const SELECTOR_MAX = 300;
