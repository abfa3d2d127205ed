// Approve a queue item with the report entry the reviewer wrote.
import type { ReportEntry, StoredItem } from '../domain/item';
import { applyChange } from './apply-change';
import type { Actor, ReviewDependencies } from './review-dependencies';

export interface ApproveInput {
  id: string;
  version: number;
  entry: ReportEntry;
  actor: Actor;
}

export function approveItem(deps: ReviewDependencies, input: ApproveInput): Promise<StoredItem> {
  return applyChange(deps, {
    id: input.id,
    version: input.version,
    actor: input.actor,
    action: 'approve',
    changes: () => ({ entry: input.entry, rejectionReason: null }),
  });
}
