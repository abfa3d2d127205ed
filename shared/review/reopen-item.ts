// Send a decided item (approved, rejected or merged away) back to the queue.
import { ConflictError } from '../domain/errors';
import type { StoredItem } from '../domain/item';
import { applyChange, loadItem } from './apply-change';
import type { Actor, ReviewDependencies } from './review-dependencies';

export interface ReopenInput {
  id: string;
  version: number;
  actor: Actor;
  note?: string;
}

const DETACH_ATTEMPTS = 5;

/** Reopen; a merged-away item also leaves its event (the representative's `mergedIds`). */
export async function reopenItem(deps: ReviewDependencies, input: ReopenInput): Promise<StoredItem> {
  let representativeId: string | undefined;
  const reopened = await applyChange(deps, {
    id: input.id,
    version: input.version,
    actor: input.actor,
    action: 'reopen',
    // The entry is kept so a re-approval starts from it; the month index follows status, not entry.
    changes: (current) => {
      representativeId = current.mergedInto;
      return { rejectionReason: null, ...(current.mergedInto ? { mergedInto: null } : {}) };
    },
    note: input.note,
  });
  if (representativeId) await detachFromEvent(deps, representativeId, input.id, input.actor);
  return reopened;
}

/**
 * A reopened duplicate leaves its event: drop it from the representative's `mergedIds`. Retried on a
 * lost race because the reviewer did not ask to change the representative and cannot resolve it.
 */
export async function detachFromEvent(deps: ReviewDependencies, representativeId: string, itemId: string, actor: Actor): Promise<void> {
  for (let attempt = 1; attempt <= DETACH_ATTEMPTS; attempt++) {
    const representative = await loadItem(deps, representativeId).catch(() => undefined);
    if (!representative?.mergedIds?.includes(itemId)) return;
    try {
      await applyChange(deps, {
        id: representativeId,
        version: representative.version,
        actor,
        action: 'detach',
        changes: (current) => ({ mergedIds: (current.mergedIds ?? []).filter((id) => id !== itemId) }),
        note: `${itemId} reopened and left this event`,
      });
      return;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt === DETACH_ATTEMPTS) throw error;
    }
  }
}
