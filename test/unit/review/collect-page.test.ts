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

  it('resumes after the last item returned even when earlier items left the partition meanwhile', async () => {
    // Newest first, keys descending; the reviewer decides the first page's items before asking for more.
    const partition = Array.from({ length: 20 }, (_, i) => 100 - i);
    const source = reader([partition]);
    const key = (n: number) => String(n).padStart(4, '0');
    const first = await collectPage({ partitions: 1, read: source.read, accept: () => true, limit: 5, pageSize: 10, sortKey: key, order: 'newest' });
    expect(first.items).toEqual([100, 99, 98, 97, 96]);
    partition.splice(0, 3); // 100, 99, 98 approved by someone: they leave the pending partition
    const second = await collectPage({ partitions: 1, read: source.read, accept: () => true, limit: 5, cursor: first.cursor, pageSize: 10, sortKey: key, order: 'newest' });
    expect(second.items).toEqual([95, 94, 93, 92, 91]);
  });

  it('refuses a cursor it did not make', async () => {
    const source = reader([[1]]);
    await expect(collectPage({ partitions: 1, read: source.read, accept: () => true, limit: 1, cursor: 'bogus' })).rejects.toBeInstanceOf(ValidationError);
  });
});
