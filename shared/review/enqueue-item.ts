// Send an item the rules missed (stored as `ignored`) to the queue by hand.
import type { StoredItem } from '../domain/item';
import { applyChange } from './apply-change';
import type { Actor, ReviewDependencies } from './review-dependencies';

export interface EnqueueInput {
  id: string;
  version: number;
  actor: Actor;
  note?: string;
}

export function enqueueItem(deps: ReviewDependencies, input: EnqueueInput): Promise<StoredItem> {
  return applyChange(deps, {
    id: input.id,
    version: input.version,
    actor: input.actor,
    action: 'enqueue',
    changes: () => ({ addedBy: input.actor.id }),
    note: input.note,
  });
}
