import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors';
import { collectPage, type PartitionReader } from '../../../shared/review/collect-page';

/** Partitions of numbers read in pages, the way a GSI query pages (cursor = next offset). */
function reader(partitions: number[][]): { read: PartitionReader<number>; reads: number } {
  const state = { reads: 0, read: undefined as unknown as PartitionReader<number> };
  state.read = async (p, cursor, limit) => {
    state.reads++;
    const all = partitions[p] ?? [];
    const offset = cursor ? Number(cursor) : 0;
    const items = all.slice(offset, offset + limit);
    return { items, ...(offset + limit < all.length ? { cursor: String(offset + limit) } : {}) };
  };
  return state;
}

async function all(partitions: number[][], accept: (n: number) => boolean, limit: number, pageSize: number): Promise<number[][]> {
  const source = reader(partitions);
  const pages: number[][] = [];
  let cursor: string | undefined;
  do {
    const page = await collectPage({ partitions: partitions.length, read: source.read, accept, limit, cursor, pageSize });
    pages.push(page.items);
    cursor = page.cursor;
  } while (cursor);
  return pages;
}

describe('collectPage', () => {
  it('pages through a filter without losing or repeating items, across repository pages', async () => {
    const numbers = Array.from({ length: 57 }, (_, i) => i);
    const pages = await all([numbers], (n) => n % 3 === 0, 4, 10);
    expect(pages.flat()).toEqual(numbers.filter((n) => n % 3 === 0));
    expect(pages.every((p) => p.length <= 4)).toBe(true);
  });

  it('walks partitions in order', async () => {
    const pages = await all([[1, 2], [], [3, 4, 5]], () => true, 2, 2);
    expect(pages.flat()).toEqual([1, 2, 3, 4, 5]);
  });

  it('stops after examining the bound and hands back a cursor to go on', async () => {
    const source = reader([Array.from({ length: 100 }, (_, i) => i)]);
    const page = await collectPage({ partitions: 1, read: source.read, accept: (n) => n > 1000, limit: 10, maxExamined: 30, pageSize: 10 });
    expect(page.items).toEqual([]);
    expect(page.examined).toBe(30);
    expect(page.cursor).toBeDefined();
  });

  it('refuses a cursor it did not make', async () => {
    const source = reader([[1]]);
    await expect(collectPage({ partitions: 1, read: source.read, accept: () => true, limit: 1, cursor: 'bogus' })).rejects.toBeInstanceOf(ValidationError);
  });
});
