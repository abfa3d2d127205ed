// The review queue: one status partition of the status GSI (or one source's partition), filtered in
// memory within bounded reads, newest first or by score, with grouping suggestions for the page.
import type { ItemStatus, StoredItem } from '../domain/item';
import { ValidationError } from '../domain/errors';
import { collectPage } from './collect-page';
import { itemMatches, lowerBound, searchWords, upperBound, type ItemFilter } from './item-filter';
import { toSummary, type ItemSummary } from './item-summary';
import { loadGazetteer } from './place-names';
import type { ReviewDependencies } from './review-dependencies';
import { suggestGroups, type GroupSuggestion } from './suggest-groups';

/** One status of the queue, with the filter's other criteria. */
export interface QueueQuery extends Omit<ItemFilter, 'statuses'> {
  status: ItemStatus;
  sort: 'date' | 'score';
  order: 'newest' | 'oldest';
  limit: number;
  cursor?: string;
}

export interface QueuePage {
  items: ItemSummary[];
  groups: GroupSuggestion[];
  cursor?: string;
  /** Sorting by score reads at most SCORE_SORT_LIMIT items; true when the queue held more. */
  truncated?: boolean;
}

/** The pending queue is a few hundred items a day at most; sorting by score reads it whole up to here. */
export const SCORE_SORT_LIMIT = 2000;

export async function listQueue(deps: ReviewDependencies, query: QueueQuery): Promise<QueuePage> {
  const gazetteer = await loadGazetteer(deps);
  const withGroups = (items: StoredItem[], cursor: string | undefined): QueuePage => ({
    items: items.map((item) => toSummary(item, gazetteer)),
    groups: suggestGroups(items),
    ...(cursor ? { cursor } : {}),
  });
  const filter: ItemFilter = {
    statuses: [query.status],
    category: query.category,
    sourceId: query.sourceId,
    language: query.language,
    from: query.from,
    to: query.to,
    q: query.q,
  };
  const words = searchWords(query.q);
  const read = (_partition: number, cursor: string | undefined, limit: number) => {
    const range = { from: query.from ? lowerBound(query.from) : undefined, to: query.to ? upperBound(query.to) : undefined, order: query.order, cursor, limit };
    // A source partition is smaller than a status partition when both are given.
    return query.sourceId
      ? deps.items.listBySource({ sourceId: query.sourceId, ...range })
      : deps.items.listByStatus({ status: query.status, ...range });
  };
  const accept = (item: StoredItem) => itemMatches(item, filter, words);

  if (query.sort === 'date') {
    // Each GSI query has a fixed cost (on dynalite it walks the index), so an unfiltered page is one
    // query of exactly `limit`, and a filtered one reads the largest pages the repository allows.
    const filtered = Boolean(query.category || query.sourceId || query.language || words.length);
    const pageSize = filtered ? 200 : query.limit;
    const page = await collectPage({ partitions: 1, read, accept, limit: query.limit, cursor: query.cursor, pageSize, order: query.order });
    return withGroups(page.items, page.cursor);
  }
  // By score: read the whole (bounded) filtered queue, sort, then page by rank (its own cursor).
  const all = await collectPage({ partitions: 1, read, accept, limit: SCORE_SORT_LIMIT, maxExamined: SCORE_SORT_LIMIT * 5, pageSize: 200 });
  all.items.sort((a, b) => b.classification.score - a.classification.score || b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
  const offset = query.cursor ? decodeRankOffset(query.cursor) : 0;
  const slice = all.items.slice(offset, offset + query.limit);
  const next = offset + query.limit < all.items.length ? encodeRankOffset(offset + query.limit) : undefined;
  return { ...withGroups(slice, next), ...(all.cursor ? { truncated: true } : {}) };
}

/** A score-sorted page's cursor: the rank the next page starts at. */
export function encodeRankOffset(rank: number): string {
  return Buffer.from(JSON.stringify({ rank }), 'utf8').toString('base64url');
}

export function decodeRankOffset(cursor: string): number {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // any unparsable cursor is the client's mistake
  }
  const rank = (value as { rank?: unknown } | undefined)?.rank;
  if (value && typeof value === 'object' && Object.keys(value).length === 1 && Number.isInteger(rank) && (rank as number) > 0 && (rank as number) < SCORE_SORT_LIMIT) {
    return rank as number;
  }
  throw new ValidationError('cursor: not a cursor returned by this API for a queue sorted by score');
}
