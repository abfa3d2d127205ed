import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors';
import { collectPage, type PartitionReader } from '../../../shared/review/collect-page';

/** Partitions of numbers read in pages, the way a GSI query pages (cursor = next offset). */
function reader(partitions: number[][], orderKey?: (n: number) => string): { read: PartitionReader<number>; reads: number } {
  const state = { reads: 0, read: undefined as unknown as PartitionReader<number> };
  state.read = async (p, cursor, limit) => {
    state.reads++;
    const all = partitions[p] ?? [];
    const offset = cursor ? Number(cursor) : 0;
    const items = all.slice(offset, offset + limit);
    return { items, ...(orderKey ? { orderKeys: items.map(orderKey) } : {}), ...(offset + limit < all.length ? { cursor: String(offset + limit) } : {}) };
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
    const key = (n: number) => String(n).padStart(4, '0');
    const source = reader([partition], key);
    const first = await collectPage({ partitions: 1, read: source.read, accept: () => true, limit: 5, pageSize: 10, order: 'newest' });
    expect(first.items).toEqual([100, 99, 98, 97, 96]);
    partition.splice(0, 3); // 100, 99, 98 approved by someone: they leave the pending partition
    const second = await collectPage({ partitions: 1, read: source.read, accept: () => true, limit: 5, cursor: first.cursor, pageSize: 10, order: 'newest' });
    expect(second.items).toEqual([95, 94, 93, 92, 91]);
  });

  it('refuses a cursor it did not make', async () => {
    const source = reader([[1]]);
    await expect(collectPage({ partitions: 1, read: source.read, accept: () => true, limit: 1, cursor: 'bogus' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('refuses a tampered or out-of-range position: unknown fields, a partition that does not exist, offsets past the page', async () => {
    const source = reader([[1, 2, 3], [4]]);
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
    const forged = [
      encode({ p: 2, s: 0, z: 10 }),
      encode({ p: -1, s: 0, z: 10 }),
      encode({ p: 0, s: -5, z: 10 }),
      encode({ p: 0, s: 11, z: 10 }),
      encode({ p: 0, s: 0, z: 0 }),
      encode({ p: 0, s: 0, z: 1e9 }),
      encode({ p: 0.5, s: 0, z: 10 }),
      encode({ p: 0, s: 0, z: 10, c: 42 }),
      encode({ p: 0, s: 0, z: 10, extra: true }),
      encode([0, 0, 10]),
      encode(null),
    ];
    for (const cursor of forged) {
      await expect(collectPage({ partitions: 2, read: source.read, accept: () => true, limit: 1, cursor }), cursor).rejects.toBeInstanceOf(ValidationError);
    }
    const fine = await collectPage({ partitions: 2, read: source.read, accept: () => true, limit: 2, cursor: encode({ p: 1, s: 0, z: 10 }) });
    expect(fine.items).toEqual([4]);
  });
});
