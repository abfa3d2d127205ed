// Reject many queue items with one reason (a flood of false positives from one rule or source).
// Each item is its own conditional write: one lost race does not undo or block the others.
import { ConflictError, NotFoundError } from '../domain/errors';
import type { StoredItem } from '../domain/item';
import { rejectItem } from './reject-item';
import type { Actor, ReviewDependencies } from './review-dependencies';

export interface BulkRejectInput {
  items: { id: string; version: number }[];
  reason: string;
  actor: Actor;
}

export type BulkRejectOutcome =
  | { id: string; result: 'rejected'; item: StoredItem }
  | { id: string; result: 'conflict'; message: string; current?: StoredItem }
  | { id: string; result: 'not-found'; message: string };

export async function bulkReject(deps: ReviewDependencies, input: BulkRejectInput): Promise<BulkRejectOutcome[]> {
  const outcomes: BulkRejectOutcome[] = [];
  // Sequential on purpose: a bulk action is a few dozen items, and it keeps the audit order readable.
  for (const { id, version } of input.items) {
    try {
      outcomes.push({ id, result: 'rejected', item: await rejectItem(deps, { id, version, reason: input.reason, actor: input.actor }) });
    } catch (error) {
      if (error instanceof ConflictError) outcomes.push({ id, result: 'conflict', message: error.message, current: error.current as StoredItem | undefined });
      else if (error instanceof NotFoundError) outcomes.push({ id, result: 'not-found', message: error.message });
      else throw error;
    }
  }
  return outcomes;
}
