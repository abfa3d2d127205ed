// Merge several outlets' stories of one incident into one event, reviewed and counted once.
// No transactions (STACK.md): the representative is written first and lists every member, then each
// member is marked `duplicate` with `mergedInto`, each conditionally. A failure part-way leaves the
// representative naming members still pending; the same request retried with the current versions
// skips what is done and completes the rest, so nothing is lost or counted twice.
import { ConflictError, ValidationError } from '../domain/errors';
import type { StoredItem } from '../domain/item';
import { applyChange, loadItem } from './apply-change';
import type { Actor, ReviewDependencies } from './review-dependencies';

export interface MergeInput {
  representativeId: string;
  /** Every item of the event with the version the reviewer saw, the representative included. */
  items: { id: string; version: number }[];
  actor: Actor;
  note?: string;
}

export interface MergeResult {
  representative: StoredItem;
  duplicates: StoredItem[];
}

export async function mergeItems(deps: ReviewDependencies, input: MergeInput): Promise<MergeResult> {
  const ids = input.items.map((i) => i.id);
  if (new Set(ids).size !== ids.length) throw new ValidationError('items: an item is listed twice');
  const repRef = input.items.find((i) => i.id === input.representativeId);
  if (!repRef) throw new ValidationError('representativeId: must be one of items');
  const memberRefs = input.items.filter((i) => i.id !== input.representativeId);
  if (memberRefs.length === 0) throw new ValidationError('items: merging needs at least two items');

  const representative = await loadItem(deps, input.representativeId);
  const members = await Promise.all(memberRefs.map((ref) => loadItem(deps, ref.id)));
  if (!['pending', 'approved'].includes(representative.status)) {
    throw new ConflictError(`item ${representative.id} is ${representative.status}: it cannot represent an event`, representative);
  }
  for (const member of members) {
    const alreadyMerged = member.status === 'duplicate' && member.mergedInto === representative.id;
    if (!alreadyMerged && !['pending', 'approved'].includes(member.status)) {
      throw new ConflictError(`item ${member.id} is ${member.status}: it cannot be merged`, member);
    }
    if ((member.mergedIds ?? []).length > 0) {
      throw new ConflictError(`item ${member.id} already represents an event: merge into it instead`, member);
    }
  }

  const wanted = [...new Set([...(representative.mergedIds ?? []), ...memberRefs.map((r) => r.id)])];
  const representativeAfter = wanted.length === (representative.mergedIds ?? []).length
    ? await checkVersion(representative, repRef.version)
    : await applyChange(deps, {
        id: representative.id,
        version: repRef.version,
        actor: input.actor,
        action: 'merge',
        from: ['pending', 'approved'],
        changes: () => ({ mergedIds: wanted }),
        note: input.note,
      });

  const duplicates: StoredItem[] = [];
  for (const ref of memberRefs) {
    const member = members.find((m) => m.id === ref.id) as StoredItem;
    if (member.status === 'duplicate' && member.mergedInto === representative.id) {
      duplicates.push(member);
      continue;
    }
    duplicates.push(
      await applyChange(deps, {
        id: ref.id,
        version: ref.version,
        actor: input.actor,
        action: 'mark-duplicate',
        from: ['pending', 'approved'],
        changes: () => ({ status: 'duplicate', mergedInto: representative.id }),
        note: input.note,
      }),
    );
  }
  return { representative: representativeAfter, duplicates };
}

/** A retried merge whose representative step is already done still honours the version check. */
async function checkVersion(item: StoredItem, version: number): Promise<StoredItem> {
  if (item.version !== version) throw new ConflictError(`item ${item.id} changed since you loaded it (version ${item.version}, you had ${version})`, item);
  return item;
}
