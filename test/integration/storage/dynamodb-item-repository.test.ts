import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError } from '../../../shared/domain/errors';
import type { ItemRepository } from '../../../shared/ports/item-repository';
import { rejectItem } from '../../../shared/review/reject-item';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';
import { storedItem } from '../../support/items';

describe(`DynamoDbItemRepository on ${DYNAMODB_BACKEND}`, () => {
  let stack: LocalStack;
  let items: ItemRepository;

  beforeAll(async () => {
    stack = await startLocalStack();
    items = stack.deps.items;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('stores an item once; a second save of the same id is a no-op that says so', async () => {
    const item = storedItem();
    expect(await items.saveIfNew(item)).toBe('stored');
    expect(await items.saveIfNew({ ...item, title: 'changed' })).toBe('already-stored');
    expect(await items.get(item.id)).toEqual(item);
  });

  it('returns undefined for an unknown id and skips unknown ids in getMany', async () => {
    const item = storedItem();
    await items.saveIfNew(item);
    expect(await items.get('no-such-id')).toBeUndefined();
    expect((await items.getMany([item.id, 'no-such-id', item.id])).map((i) => i.id)).toEqual([item.id]);
  });

  it('lists by status through the index, newest first, with cursor pagination and a date range', async () => {
    const sourceId = 'pagination-feed';
    const saved = [];
    for (let day = 1; day <= 5; day++) {
      const item = storedItem({ sourceId, status: 'rejected', publishedAt: `2023-07-0${day}T10:00:00.000Z` });
      saved.push(item);
      await items.saveIfNew(item);
    }
    const first = await items.listByStatus({ status: 'rejected', limit: 2 });
    expect(first.items.map((i) => i.publishedAt)).toEqual(['2023-07-05T10:00:00.000Z', '2023-07-04T10:00:00.000Z']);
    expect(first.cursor).toBeDefined();
    const second = await items.listByStatus({ status: 'rejected', limit: 2, cursor: first.cursor });
    expect(second.items.map((i) => i.publishedAt)).toEqual(['2023-07-03T10:00:00.000Z', '2023-07-02T10:00:00.000Z']);
    const ranged = await items.listByStatus({ status: 'rejected', from: '2023-07-02T00:00:00.000Z', to: '2023-07-03T10:00:00.000Z', order: 'oldest' });
    expect(ranged.items.map((i) => i.publishedAt)).toEqual(['2023-07-02T10:00:00.000Z', '2023-07-03T10:00:00.000Z']);
    const bySource = await items.listBySource({ sourceId, limit: 10 });
    expect(bySource.items).toHaveLength(5);
    await expect(items.listByStatus({ status: 'rejected', cursor: 'garbage' })).rejects.toBeInstanceOf(ValidationError);
    // Each item's order key, comparable like the listing's order; a cursor only fits its own listing.
    expect(first.orderKeys).toHaveLength(2);
    expect(first.orderKeys[0]! > first.orderKeys[1]!).toBe(true);
    await expect(items.listByStatus({ status: 'pending', cursor: first.cursor })).rejects.toBeInstanceOf(ValidationError);
    await expect(items.listBySource({ sourceId, cursor: first.cursor })).rejects.toBeInstanceOf(ValidationError);
    await expect(items.listByStatus({ status: 'rejected', cursor: first.cursor, to: '2023-07-01T00:00:00.000Z' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('changes an item only at the expected version and status, and moves it between queues', async () => {
    const item = storedItem({ publishedAt: '2022-01-10T05:00:00.000Z' });
    await items.saveIfNew(item);
    const approved = await items.replace(
      {
        ...item,
        status: 'approved',
        entry: { category: 'detention', text: { ru: 'Задержан журналист.' }, eventDate: '2022-01-09' },
        version: 2,
        updatedAt: '2022-01-11T00:00:00.000Z',
      },
      1,
    );
    expect(approved).toMatchObject({ status: 'approved', version: 2, updatedAt: '2022-01-11T00:00:00.000Z' });
    expect(await items.get(item.id)).toEqual(approved);

    const stale = items.replace({ ...item, status: 'rejected', version: 2, updatedAt: '2022-01-12T00:00:00.000Z' }, 1);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ current: { version: 2, status: 'approved' } });
    // The status precondition is the write path's (applyChange), checked before the conditional write.
    await expect(rejectItem(stack.deps, { id: item.id, version: 2, reason: 'x', actor: { id: 'r', groups: ['reviewers'] } })).rejects.toBeInstanceOf(ConflictError);
    await expect(items.replace(storedItem({ id: 'missing', version: 2 }), 1)).rejects.toBeInstanceOf(NotFoundError);

    const pending = await items.listByStatus({ status: 'pending', limit: 200 });
    expect(pending.items.map((i) => i.id)).not.toContain(item.id);
    const month = await items.listApprovedInMonth('2022-01');
    expect(month.items.map((i) => i.id)).toEqual([item.id]);

    const { entry: _entry, ...withoutEntry } = approved;
    const reopened = await items.replace({ ...withoutEntry, status: 'pending', version: 3, updatedAt: '2022-01-13T00:00:00.000Z' }, 2);
    expect(reopened.entry).toBeUndefined();
    expect((await items.listApprovedInMonth('2022-01')).items).toEqual([]);
  });

  it('lets exactly one of two concurrent decisions win', async () => {
    const item = storedItem();
    await items.saveIfNew(item);
    const results = await Promise.allSettled([
      items.replace({ ...item, status: 'rejected', rejectionReason: 'a', version: 2, updatedAt: '2024-01-01T00:00:00.000Z' }, 1),
      items.replace({ ...item, status: 'rejected', rejectionReason: 'b', version: 2, updatedAt: '2024-01-01T00:00:00.000Z' }, 1),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(ConflictError);
    expect((await items.get(item.id))?.version).toBe(2);
  });

  it('lists approved items of a month by event date, not publication date', async () => {
    const late = storedItem({
      status: 'approved',
      publishedAt: '2021-11-01T02:00:00.000Z',
      entry: { category: 'civil', text: { en: 'A claim.' }, eventDate: '2021-10-31' },
    });
    await items.saveIfNew(late);
    expect((await items.listApprovedInMonth('2021-10')).items.map((i) => i.id)).toContain(late.id);
    expect((await items.listApprovedInMonth('2021-11')).items.map((i) => i.id)).not.toContain(late.id);
  });

  it('appends audit records and lists them in time order', async () => {
    const item = storedItem();
    await items.saveIfNew(item);
    await items.appendAudit({ itemId: item.id, at: '2024-01-02T00:00:00.000Z', actor: 'b', action: 'reject', fromStatus: 'pending', toStatus: 'rejected' });
    await items.appendAudit({ itemId: item.id, at: '2024-01-01T00:00:00.000Z', actor: 'a', action: 'ingest' });
    await items.appendAudit({ itemId: item.id, at: '2024-01-01T00:00:00.000Z', actor: 'a', action: 'ingest', note: 'same instant is not lost' });
    const audit = await items.listAudit(item.id);
    expect(audit.map((r) => r.actor)).toEqual(['a', 'a', 'b']);
    expect(await items.get(item.id)).toEqual(item);
  });
});

describe(`DynamoDbSourceStateRepository on ${DYNAMODB_BACKEND}`, () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('puts, gets and lists source states', async () => {
    const { sourceStates } = stack.deps;
    expect(await sourceStates.get('tengri-ru')).toBeUndefined();
    await sourceStates.put({ sourceId: 'tengri-ru', etag: 'W/"abc"', lastModified: 'Tue, 01 Oct 2024 10:00:00 GMT', consecutiveFailures: 0 });
    await sourceStates.put({ sourceId: 'nur-kk', consecutiveFailures: 3, lastError: 'timeout' });
    expect(await sourceStates.get('tengri-ru')).toEqual({ sourceId: 'tengri-ru', etag: 'W/"abc"', lastModified: 'Tue, 01 Oct 2024 10:00:00 GMT', consecutiveFailures: 0 });
    expect((await sourceStates.list()).map((s) => s.sourceId).sort()).toEqual(['nur-kk', 'tengri-ru']);
  });
});
