// The one write path of a stored item: check the version the writer saw, check the action is allowed
// from the item's status (shared/domain/status.ts), write the whole item conditionally, then append the
// audit record of what changed. Review decisions, merges and the import's re-queue all come through here.
import { NotFoundError } from '../domain/errors';
import type { StoredItem } from '../domain/item';
import { assertTransition, type ReviewAction } from '../domain/status';
import { staleVersionError } from '../ports/item-repository';
import type { Actor, ReviewDependencies } from './review-dependencies';

/** Fields a change may set; `undefined` leaves a field alone, `null` removes it. The action sets the status. */
export type ItemChanges = {
  [K in 'entry' | 'rejectionReason' | 'mergedInto' | 'mergedIds' | 'addedBy']?: StoredItem[K] | null;
};

export interface ChangeRequest {
  id: string;
  /** The version the writer saw; a different stored version means someone else changed it first. */
  version: number;
  actor: Actor;
  action: ReviewAction;
  /** The fields to set, from the item as stored; may throw (e.g. a ConflictError) to refuse the change. */
  changes: (current: StoredItem) => ItemChanges;
  note?: string;
}

export async function loadItem(deps: ReviewDependencies, id: string): Promise<StoredItem> {
  const item = await deps.items.get(id);
  if (!item) throw new NotFoundError(`item ${id} not found`);
  return item;
}

/** Field-level before/after of the fields a change sets; unchanged fields are left out. Any versioned record (items, sources). */
export function diffChanges(before: object, changes: Record<string, unknown>): Record<string, { before: unknown; after: unknown }> {
  const diff: Record<string, { before: unknown; after: unknown }> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const previous = (before as unknown as Record<string, unknown>)[field];
    const after = value === null ? undefined : value;
    if (JSON.stringify(previous) !== JSON.stringify(after)) diff[field] = { before: previous ?? null, after: after ?? null };
  }
  return diff;
}

/** The record after the change: fields set or removed, the next version, stamped with `at`. Any versioned record (items, sources). */
export function changedItem<T extends { version: number; updatedAt: string }>(current: T, changes: Record<string, unknown>, at: string): T {
  const next: Record<string, unknown> = { ...current };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete next[name];
    else next[name] = value;
  }
  next.version = current.version + 1;
  next.updatedAt = at;
  return next as unknown as T;
}

export async function applyChange(deps: ReviewDependencies, request: ChangeRequest): Promise<StoredItem> {
  const current = await loadItem(deps, request.id);
  if (current.version !== request.version) throw staleVersionError(current, request.version);
  const status = assertTransition(request.action, current);
  const changes = { ...request.changes(current), ...(status !== current.status ? { status } : {}) };
  const at = deps.now().toISOString();
  const updated = await deps.items.replace(changedItem(current, changes, at), current.version);
  // No transactions: the audit follows the write. If it fails the decision stands, the caller gets a
  // 500 and the item's version/updatedAt still show that something changed.
  await deps.items.appendAudit({
    itemId: request.id,
    at,
    actor: request.actor.id,
    action: request.action,
    fromStatus: current.status,
    toStatus: updated.status,
    fromVersion: current.version,
    toVersion: updated.version,
    changes: diffChanges(current, changes),
    ...(request.note ? { note: request.note } : {}),
  });
  return updated;
}
