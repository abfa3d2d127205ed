// Builders of valid stored items for tests: each test states only what it cares about.
import { EMPTY_FACTS, type Classification } from '../../shared/domain/classification';
import { itemId } from '../../shared/domain/ids';
import type { StoredItem } from '../../shared/domain/item';
import type { ItemRepository } from '../../shared/ports/item-repository';

export function classification(overrides: Partial<Classification> = {}): Classification {
  return { flagged: true, score: 0.8, categories: ['detention'], matches: [], rulesVersion: 'test', explanation: [], facts: EMPTY_FACTS, ...overrides };
}

let counter = 0;

export function storedItem(overrides: Partial<StoredItem> = {}): StoredItem {
  counter += 1;
  const url = overrides.url ?? `https://news.example.kz/story-${counter}`;
  const publishedAt = overrides.publishedAt ?? new Date(Date.UTC(2024, 2, 1, 8, 0, counter % 60)).toISOString();
  return {
    id: overrides.id ?? itemId({ sourceId: overrides.sourceId ?? 'test-feed', url }),
    sourceId: 'test-feed',
    sourceKind: 'feed',
    url,
    title: `Журналиста задержали ${counter}`,
    summary: 'Журналиста задержали после публикации.',
    language: 'ru',
    publishedAt,
    fetchedAt: publishedAt,
    status: 'pending',
    classification: classification(),
    version: 1,
    createdAt: publishedAt,
    updatedAt: publishedAt,
    ...overrides,
  };
}

/** Every stored item of a source, following the cursor to the end. */
export async function allItemsOfSource(items: ItemRepository, sourceId: string): Promise<StoredItem[]> {
  const found: StoredItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await items.listBySource({ sourceId, limit: 200, cursor });
    found.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return found;
}
