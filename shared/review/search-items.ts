// Finding what the rules missed: search every stored item, flagged or not (incl. `ignored`, kept
// with a TTL for this), by words, source and date, through the status or source GSI.
import { ITEM_STATUSES, type ItemStatus } from '../domain/item';
import { collectPage } from './collect-page';
import { itemMatches, lowerBound, searchWords, upperBound } from './item-filter';
import { toSummary, type ItemSummary } from './item-summary';
import { loadGazetteer } from './place-names';
import type { ReviewDependencies } from './review-dependencies';

export interface SearchQuery {
  q?: string;
  sourceId?: string;
  statuses?: ItemStatus[];
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

export interface SearchPage {
  items: ItemSummary[];
  cursor?: string;
  /** Stored items read for this page: a broad search with few hits pages through many. */
  examined: number;
}

/** Unflagged items first: a search is nearly always for a miss of the rules. */
const SEARCH_ORDER: readonly ItemStatus[] = ['ignored', 'pending', 'approved', 'rejected', 'duplicate'];

export async function searchItems(deps: ReviewDependencies, query: SearchQuery): Promise<SearchPage> {
  const statuses = SEARCH_ORDER.filter((s) => (query.statuses ?? ITEM_STATUSES).includes(s));
  const words = searchWords(query.q);
  const gazetteer = await loadGazetteer(deps);
  const range = { from: query.from ? lowerBound(query.from) : undefined, to: query.to ? upperBound(query.to) : undefined, order: 'newest' as const };
  const page = await collectPage({
    // One source partition holds every status; otherwise one status partition after another.
    partitions: query.sourceId ? 1 : statuses.length,
    read: (partition, cursor, limit) =>
      query.sourceId
        ? deps.items.listBySource({ sourceId: query.sourceId, ...range, cursor, limit })
        : deps.items.listByStatus({ status: statuses[partition] as ItemStatus, ...range, cursor, limit }),
    accept: (item) => itemMatches(item, { statuses, sourceId: query.sourceId, from: query.from, to: query.to }, words),
    limit: query.limit,
    cursor: query.cursor,
    pageSize: 200,
    order: 'newest',
  });
  return { items: page.items.map((item) => toSummary(item, gazetteer)), examined: page.examined, ...(page.cursor ? { cursor: page.cursor } : {}) };
}
