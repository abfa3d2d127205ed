// "Taken by": an advisory hold so two reviewers do not work the same item. A separate record that
// lapses after 30 minutes without renewal (the page renews it while the reviewer works); it never
// changes the item or its version, and deciding does not need it.
import { ConflictError } from '../domain/errors';
import { loadItem } from './apply-change';
import { reviewRecordsOf } from './item-notes';
import type { Actor, ReviewDependencies } from './review-dependencies';

export const HOLD_IDLE_MINUTES = 30;

export interface TakenBy {
  actor: string;
  until: string;
}

export async function takeItem(deps: ReviewDependencies, input: { id: string; actor: Actor; force?: boolean }): Promise<TakenBy> {
  const records = reviewRecordsOf(deps);
  await loadItem(deps, input.id);
  const now = deps.now();
  const until = new Date(now.getTime() + HOLD_IDLE_MINUTES * 60_000).toISOString();
  const result = await records.take({ itemId: input.id, actor: input.actor.id, until }, now.toISOString(), input.force === true);
  if ('heldBy' in result) {
    const takenBy = { actor: result.heldBy.actor, until: result.heldBy.until };
    throw new ConflictError(`item ${input.id} is taken by ${takenBy.actor} until ${takenBy.until}; send force to take it over`, undefined, {
      code: 'taken',
      params: takenBy,
      extra: { takenBy },
    });
  }
  return { actor: result.taken.actor, until: result.taken.until };
}

export async function releaseItem(deps: ReviewDependencies, input: { id: string; actor: Actor }): Promise<void> {
  await reviewRecordsOf(deps).release(input.id, input.actor.id, deps.now().toISOString());
}

export async function currentHolder(deps: ReviewDependencies, itemId: string): Promise<TakenBy | null> {
  if (!deps.reviewRecords) return null;
  const hold = await deps.reviewRecords.currentHold(itemId, deps.now().toISOString());
  return hold ? { actor: hold.actor, until: hold.until } : null;
}
