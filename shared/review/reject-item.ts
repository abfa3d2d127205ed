// Reject a queue item with a reason (kept for the audit and for tuning the rules).
import type { StoredItem } from '../domain/item';
import { applyChange } from './apply-change';
import type { Actor, ReviewDependencies } from './review-dependencies';

export interface RejectInput {
  id: string;
  version: number;
  reason: string;
  actor: Actor;
}

export function rejectItem(deps: ReviewDependencies, input: RejectInput): Promise<StoredItem> {
  return applyChange(deps, {
    id: input.id,
    version: input.version,
    actor: input.actor,
    action: 'reject',
    changes: () => ({ rejectionReason: input.reason }),
  });
}
