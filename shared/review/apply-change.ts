// The one path every review decision takes: check the version the reviewer saw, check the status
// change is allowed, write conditionally, then append the audit record of what changed.
import { ConflictError, NotFoundError } from '../domain/errors';
import type { AuditRecord, ItemStatus, StoredItem } from '../domain/item';
import { canTransition } from '../domain/status';
import type { ItemChanges } from '../ports/item-repository';
import type { Actor, ReviewDependencies } from './review-dependencies';

export interface ChangeRequest {
  id: string;
  /** The version the reviewer saw; a different stored version means someone else changed it first. */
  version: number;
  actor: Actor;
  action: AuditRecord['action'];
  /** The statuses the item may be in for this change (checked again by the conditional write). */
  from: readonly ItemStatus[];
  changes: (current: StoredItem) => ItemChanges;
  note?: string;
}

export async function loadItem(deps: ReviewDependencies, id: string): Promise<StoredItem> {
  const item = await deps.items.get(id);
  if (!item) throw new NotFoundError(`item ${id} not found`);
  return item;
}

/** Field-level before/after of the fields a change sets; unchanged fields are left out. */
export function diffChanges(before: StoredItem, changes: ItemChanges): Record<string, { before: unknown; after: unknown }> {
  const diff: Record<string, { before: unknown; after: unknown }> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const previous = (before as unknown as Record<string, unknown>)[field];
    const after = value === null ? undefined : value;
    if (JSON.stringify(previous) !== JSON.stringify(after)) diff[field] = { before: previous ?? null, after: after ?? null };
  }
  return diff;
}

export async function applyChange(deps: ReviewDependencies, request: ChangeRequest): Promise<StoredItem> {
  const current = await loadItem(deps, request.id);
  if (current.version !== request.version) {
    throw new ConflictError(`item ${request.id} changed since you loaded it (version ${current.version}, you had ${request.version})`, current);
  }
  if (!request.from.includes(current.status)) {
    throw new ConflictError(`item ${request.id} is ${current.status}: cannot ${request.action} it`, current);
  }
  const changes = request.changes(current);
  if (changes.status && changes.status !== current.status && !canTransition(current.status, changes.status)) {
    throw new ConflictError(`item ${request.id} is ${current.status} and cannot become ${changes.status}`, current);
  }
  const at = deps.now().toISOString();
  const updated = await deps.items.update(request.id, { version: request.version, statuses: [current.status] }, changes, at);
  // No transactions (STACK.md): the audit follows the write. If it fails the decision stands, the
  // caller gets a 500 and the item's version/updatedAt still show that something changed.
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
