// The foundation's guarantees under concurrency, on the real local DynamoDB-API server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../../../shared/domain/errors';
import { rejectItem } from '../../../shared/review/reject-item';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';
import { storedItem } from '../../support/items';

describe(`storage guarantees on ${DYNAMODB_BACKEND}`, () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('50 concurrent saves of the same item store exactly one', async () => {
    const item = storedItem();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => stack.deps.items.saveIfNew({ ...item, title: `copy ${i}` })));
    expect(results.filter((r) => r === 'stored')).toHaveLength(1);
    expect(results.filter((r) => r === 'already-stored')).toHaveLength(49);
    const stored = await stack.deps.items.get(item.id);
    expect(stored?.version).toBe(1);
    expect(results.indexOf('stored')).toBe(Number(stored?.title.replace('copy ', '')));
  });

  it('20 concurrent decisions on one pending item: one wins, 19 conflict, the audit holds one decision', async () => {
    const item = storedItem();
    await stack.deps.items.saveIfNew(item);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        rejectItem(stack.deps, { id: item.id, version: 1, reason: `reviewer ${i} says no`, actor: { id: `reviewer-${i}`, groups: ['reviewers'] } }),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const loss of lost) expect(loss.reason).toBeInstanceOf(ConflictError);
    const audit = await stack.deps.items.listAudit(item.id);
    expect(audit).toHaveLength(1);
    const stored = await stack.deps.items.get(item.id);
    expect(stored).toMatchObject({ status: 'rejected', version: 2 });
    expect(audit[0]).toMatchObject({ action: 'reject', actor: stored?.rejectionReason?.replace(/^reviewer (\d+) says no$/, 'reviewer-$1') });
  });

  it('a 1,000-item queue listed page by page returns each item exactly once', async () => {
    const sourceId = 'thousand';
    const ids: string[] = [];
    // Several items share one publishedAt: the sort key's id suffix must keep them apart.
    for (let i = 0; i < 1000; i += 50) {
      const batch = Array.from({ length: 50 }, (_, j) =>
        storedItem({ sourceId, status: 'duplicate', publishedAt: new Date(Date.UTC(2020, 0, 1, 0, Math.floor((i + j) / 3))).toISOString() }),
      );
      ids.push(...batch.map((b) => b.id));
      await Promise.all(batch.map((b) => stack.deps.items.saveIfNew(b)));
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await stack.deps.items.listByStatus({ status: 'duplicate', limit: 70, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.cursor;
      pages++;
    } while (cursor && pages < 100);
    expect(seen).toHaveLength(1000);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(pages).toBeGreaterThanOrEqual(15);
  });

  it('a month listing returns only approved items of that month', async () => {
    const entry = (eventDate: string) => ({ category: 'threat' as const, text: { ru: 'Угрозы редакции.' }, eventDate });
    const inMonth = storedItem({ status: 'approved', entry: entry('2019-04-30') });
    const otherMonth = storedItem({ status: 'approved', entry: entry('2019-05-01') });
    const notApproved = storedItem({ status: 'pending', entry: entry('2019-04-15') });
    const rejectedLater = storedItem({ status: 'approved', entry: entry('2019-04-10') });
    for (const item of [inMonth, otherMonth, notApproved, rejectedLater]) await stack.deps.items.saveIfNew(item);
    await stack.deps.items.replace({ ...rejectedLater, status: 'pending', version: 2, updatedAt: '2019-05-02T00:00:00.000Z' }, 1);
    const listed = await stack.deps.items.listApprovedInMonth('2019-04');
    expect(listed.items.map((i) => i.id)).toEqual([inMonth.id]);
  });
});
