// Counts for the queue's tabs and category chips, under the queue's own filters. Bounded like the
// queue: each status partition (or the one source partition) is read at most COUNT_LIMIT items deep,
// newest first; a count that reached the bound is reported in `truncated` and reads as "at least".
import { ITEM_STATUSES, type ItemStatus, type StoredItem } from '../domain/item';
import { CATEGORY_IDS, type CategoryId } from '../domain/taxonomy';
import { collectPage } from './collect-page';
import { itemMatches, lowerBound, searchWords, upperBound, type ItemFilter } from './item-filter';
import type { QueueQuery } from './list-queue';
import type { ReviewDependencies } from './review-dependencies';

export const COUNT_LIMIT = 1000;

export type CountQuery = Omit<QueueQuery, 'sort' | 'order' | 'limit' | 'cursor'>;

export interface ItemCounts {
  /** Items of each status matching every filter but the status. */
  byStatus: Record<ItemStatus, number>;
  /** Items of the queried status matching every filter but the category, by their leading category. */
  byCategory: Partial<Record<CategoryId, number>>;
  /** Statuses whose partition held more than COUNT_LIMIT items: their counts are lower bounds. */
  truncated?: ItemStatus[];
}

/** The category an item counts under: the approved entry's, else the classifier's first. */
function leadingCategory(item: StoredItem): CategoryId | undefined {
  return item.entry?.category ?? item.classification.categories[0];
}

export async function countItems(deps: ReviewDependencies, query: CountQuery): Promise<ItemCounts> {
  const words = searchWords(query.q);
  const base: ItemFilter = { category: query.category, sourceId: query.sourceId, language: query.language, from: query.from, to: query.to };
  const range = { from: query.from ? lowerBound(query.from) : undefined, to: query.to ? upperBound(query.to) : undefined, order: 'newest' as const };
  const byStatus = Object.fromEntries(ITEM_STATUSES.map((s) => [s, 0])) as Record<ItemStatus, number>;
  const byCategory: Partial<Record<CategoryId, number>> = {};
  const truncated: ItemStatus[] = [];
  const read = (status: ItemStatus) => (_partition: number, cursor: string | undefined, limit: number) =>
    query.sourceId
      ? deps.items.listBySource({ sourceId: query.sourceId, ...range, cursor, limit })
      : deps.items.listByStatus({ status, ...range, cursor, limit });
  // A source partition holds every status: one walk counts them all.
  const walks: ItemStatus[] = query.sourceId ? [query.status] : [...ITEM_STATUSES];
  for (const status of walks) {
    const statuses = query.sourceId ? [...ITEM_STATUSES] : [status];
    const page = await collectPage({
      partitions: 1,
      read: read(status),
      // Every item of the partition that matches all filters but status and category; both are counted here.
      accept: (item) => itemMatches(item, { ...base, statuses, category: undefined }, words),
      limit: COUNT_LIMIT,
      maxExamined: COUNT_LIMIT,
      pageSize: 200,
    });
    if (page.cursor) truncated.push(...statuses);
    for (const item of page.items) {
      if (!query.category || itemMatches(item, { category: query.category })) byStatus[item.status] += 1;
      if (item.status !== query.status) continue;
      const category = leadingCategory(item);
      if (category) byCategory[category] = (byCategory[category] ?? 0) + 1;
    }
  }
  const ordered = Object.fromEntries(CATEGORY_IDS.filter((c) => byCategory[c] !== undefined).map((c) => [c, byCategory[c]]));
  return { byStatus, byCategory: ordered, ...(truncated.length ? { truncated: [...new Set(truncated)] } : {}) };
}
