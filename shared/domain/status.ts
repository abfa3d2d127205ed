// The review lifecycle: each change an item can undergo, the statuses it may start from and the status
// it leads to. Every use case takes its precondition from this table (through applyChange), so the
// allowed status changes are written down once.
import { ConflictError } from './errors';
import { ITEM_STATUSES, type AuditRecord, type ItemStatus, type StoredItem } from './item';

/** Every audited change of an item except the ingest that creates it (notes and names leave items as they are). */
export type ReviewAction = Exclude<AuditRecord['action'], 'ingest' | 'note' | 'name'>;

export interface ActionRule {
  from: readonly ItemStatus[];
  /** The status after the change; absent when the change leaves the status as it is. */
  to?: ItemStatus;
}

const DECIDED: readonly ItemStatus[] = ['approved', 'rejected', 'duplicate'];
/** What an event's representative or its members may be: an item still in the queue or already approved. */
const MERGEABLE: readonly ItemStatus[] = ['pending', 'approved'];

export const REVIEW_ACTIONS: Readonly<Record<ReviewAction, ActionRule>> = {
  // A miss of the rules is sent to the queue by hand, or by importing it again.
  enqueue: { from: ['ignored'], to: 'pending' },
  import: { from: ['ignored'], to: 'pending' },
  approve: { from: ['pending'], to: 'approved' },
  reject: { from: ['pending'], to: 'rejected' },
  // Reopen sends a decided item back to the queue; an approved item may also be merged away.
  reopen: { from: DECIDED, to: 'pending' },
  'mark-duplicate': { from: MERGEABLE, to: 'duplicate' },
  // The representative of an event gains members and keeps its status.
  merge: { from: MERGEABLE },
  // A reopened member leaves its event, whatever has become of the representative since.
  detach: { from: ITEM_STATUSES },
  edit: { from: ['approved'] },
};

export function canTransition(from: ItemStatus, to: ItemStatus): boolean {
  return Object.values(REVIEW_ACTIONS).some((rule) => rule.to === to && rule.from.includes(from));
}

/** The status after `action`, or a ConflictError (carrying the item) when its status does not allow it. */
export function assertTransition(action: ReviewAction, item: StoredItem): ItemStatus {
  const rule = REVIEW_ACTIONS[action];
  if (!rule.from.includes(item.status)) {
    throw new ConflictError(`item ${item.id} is ${item.status}: cannot ${action} it`, item, { code: 'status-forbids', params: { status: item.status, action } });
  }
  return rule.to ?? item.status;
}
