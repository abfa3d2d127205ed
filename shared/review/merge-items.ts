// Merge several outlets' stories of one incident into one event, reviewed and counted once.
// No transactions: each item is one conditional write through applyChange, and the items are written
// in one fixed order (by id) whoever the representative is. Two merges of overlapping groups therefore
// meet at the same first shared item, where exactly one conditional write wins: `merge(A←B)` and
// `merge(B←A)` at once end with one representative, the loser having written nothing of the pair.
// A merge that loses a race after some writes undoes them (best effort) before answering 409; one
// that fails otherwise part-way is completed by the same request retried with the current versions,
// which skips what is done.
import { ConflictError, ValidationError } from '../domain/errors';
import type { StoredItem } from '../domain/item';
import { assertTransition } from '../domain/status';
import { staleVersionError } from '../ports/item-repository';
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

interface Written {
  before: StoredItem;
  after: StoredItem;
}

export async function mergeItems(deps: ReviewDependencies, input: MergeInput): Promise<MergeResult> {
  const ids = input.items.map((i) => i.id);
  if (new Set(ids).size !== ids.length) throw new ValidationError('items: an item is listed twice');
  if (!ids.includes(input.representativeId)) throw new ValidationError('representativeId: must be one of items');
  const memberIds = ids.filter((id) => id !== input.representativeId);
  if (memberIds.length === 0) throw new ValidationError('items: merging needs at least two items');

  // Checked up front so that the usual refusals (a stale page, an item already decided) write nothing;
  // the conditional writes below check the same again against whatever happens meanwhile.
  const loaded = new Map((await Promise.all(ids.map((id) => loadItem(deps, id)))).map((item) => [item.id, item]));
  const representative = loaded.get(input.representativeId) as StoredItem;
  const wantedIds = [...new Set([...(representative.mergedIds ?? []), ...memberIds])];
  const isDone = (item: StoredItem) =>
    item.id === representative.id ? wantedIds.length === (item.mergedIds ?? []).length : item.status === 'duplicate' && item.mergedInto === representative.id;
  for (const ref of input.items) {
    const item = loaded.get(ref.id) as StoredItem;
    if (item.version !== ref.version && !(isDone(item) && item.id !== representative.id)) throw staleVersionError(item, ref.version);
    if (isDone(item)) continue;
    if (item.id === representative.id) assertRepresentative(item);
    else assertMember(item);
  }

  const written: Written[] = [];
  const results = new Map<string, StoredItem>();
  const fixedOrder = [...input.items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  try {
    for (const ref of fixedOrder) {
      const before = loaded.get(ref.id) as StoredItem;
      if (isDone(before)) {
        results.set(ref.id, before);
        continue;
      }
      const isRepresentative = ref.id === representative.id;
      const after = await applyChange(deps, {
        id: ref.id,
        version: ref.version,
        actor: input.actor,
        action: isRepresentative ? 'merge' : 'mark-duplicate',
        changes: isRepresentative
          ? (current) => (assertRepresentative(current), { mergedIds: [...new Set([...(current.mergedIds ?? []), ...memberIds])] })
          : (current) => (assertMember(current), { mergedInto: representative.id }),
        note: input.note,
      });
      written.push({ before, after });
      results.set(ref.id, after);
    }
  } catch (error) {
    if (error instanceof ConflictError) await undo(deps, written, input.actor, error.message);
    throw error;
  }
  return {
    representative: results.get(representative.id) as StoredItem,
    duplicates: memberIds.map((id) => results.get(id) as StoredItem),
  };
}

function assertRepresentative(item: StoredItem): void {
  assertTransition('merge', item);
}

function assertMember(item: StoredItem): void {
  assertTransition('mark-duplicate', item);
  if ((item.mergedIds ?? []).length > 0) throw new ConflictError(`item ${item.id} already represents an event: merge into it instead`, item, { code: 'already-representative' });
}

/**
 * Takes back what a merge that lost a race had written, newest first, each still conditional on the
 * version it wrote: the representative drops the members it gained, a member marked duplicate returns
 * to the queue (its entry kept). Whatever someone changed since is theirs and left alone.
 */
async function undo(deps: ReviewDependencies, written: Written[], actor: Actor, reason: string): Promise<void> {
  const note = `merge not completed, undone: ${reason}`;
  for (const { before, after } of [...written].reverse()) {
    await applyChange(deps, {
      id: after.id,
      version: after.version,
      actor,
      ...(after.status === 'duplicate'
        ? { action: 'reopen' as const, changes: () => ({ mergedInto: null }) }
        : { action: 'detach' as const, changes: () => ({ mergedIds: before.mergedIds?.length ? before.mergedIds : null }) }),
      note,
    }).catch((error: unknown) => {
      if (!(error instanceof ConflictError)) throw error;
    });
  }
}
