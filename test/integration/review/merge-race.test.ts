// Crossed and overlapping merges racing on the real local DynamoDB-API server: whatever interleaving
// the server gives, every event ends with one representative and the pointers agree both ways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError } from '../../../shared/domain/errors';
import type { StoredItem } from '../../../shared/domain/item';
import { mergeItems } from '../../../shared/review/merge-items';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';
import { storedItem } from '../../support/items';

const actor = { id: 'reviewer', groups: ['reviewers'] };

/** Every `mergedIds` entry is a duplicate pointing back, and every duplicate's representative lists it. */
function expectConsistent(items: StoredItem[]): void {
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const item of items) {
    for (const memberId of item.mergedIds ?? []) {
      expect(byId.get(memberId)).toMatchObject({ status: 'duplicate', mergedInto: item.id });
      expect(byId.get(memberId)?.mergedIds ?? []).toEqual([]);
    }
    if (item.status === 'duplicate') expect(byId.get(item.mergedInto as string)?.mergedIds).toContain(item.id);
    else expect(item.mergedInto).toBeUndefined();
  }
}

describe(`merges racing on ${DYNAMODB_BACKEND}`, () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('merge(A←B) and merge(B←A) at once, 40 times: one wins, one representative, never each listing the other', async () => {
    for (let round = 0; round < 40; round++) {
      const a = storedItem();
      const b = storedItem();
      await Promise.all([stack.deps.items.saveIfNew(a), stack.deps.items.saveIfNew(b)]);
      const refs = [
        { id: a.id, version: 1 },
        { id: b.id, version: 1 },
      ];
      const results = await Promise.allSettled([
        mergeItems(stack.deps, { representativeId: a.id, items: refs, actor }),
        mergeItems(stack.deps, { representativeId: b.id, items: [...refs].reverse(), actor }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const loss = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(loss?.reason).toBeInstanceOf(ConflictError);

      const [storedA, storedB] = await stack.deps.items.getMany([a.id, b.id]);
      const representatives = [storedA, storedB].filter((i) => (i?.mergedIds ?? []).length > 0);
      expect(representatives).toHaveLength(1);
      expect([storedA?.status, storedB?.status].sort()).toEqual(['duplicate', 'pending']);
      expect(storedA?.mergedIds?.includes(b.id) && storedB?.mergedIds?.includes(a.id)).toBeFalsy();
      expectConsistent([storedA as StoredItem, storedB as StoredItem]);
    }
  });

  it('overlapping groups merged at once (A←B,C against C←B), 25 times: the loser undoes what it wrote', async () => {
    for (let round = 0; round < 25; round++) {
      const [a, b, c] = [storedItem(), storedItem(), storedItem()];
      await Promise.all([a, b, c].map((i) => stack.deps.items.saveIfNew(i)));
      const results = await Promise.allSettled([
        mergeItems(stack.deps, { representativeId: a.id, items: [a, b, c].map((i) => ({ id: i.id, version: 1 })), actor }),
        mergeItems(stack.deps, { representativeId: c.id, items: [c, b].map((i) => ({ id: i.id, version: 1 })), actor }),
      ]);
      for (const result of results) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(ConflictError);
      expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
      const stored = await stack.deps.items.getMany([a.id, b.id, c.id]);
      expectConsistent(stored);
      expect(stored.filter((i) => (i.mergedIds ?? []).length > 0)).toHaveLength(1);
    }
  });
});
