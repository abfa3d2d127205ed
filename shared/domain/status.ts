// The review lifecycle: which status changes a decision may make.
import { ValidationError } from './errors';
import type { ItemStatus } from './item';

const ALLOWED: Record<ItemStatus, readonly ItemStatus[]> = {
  // A miss of the rules is sent to the queue by hand.
  ignored: ['pending'],
  pending: ['approved', 'rejected', 'duplicate'],
  // Reopen sends a decided item back to the queue; an approved item may also be merged away.
  approved: ['pending', 'duplicate'],
  rejected: ['pending'],
  duplicate: ['pending'],
};

export function canTransition(from: ItemStatus, to: ItemStatus): boolean {
  return ALLOWED[from].includes(to);
}

export function assertTransition(from: ItemStatus, to: ItemStatus): void {
  if (!canTransition(from, to)) throw new ValidationError(`an item that is ${from} cannot become ${to}`);
}

/** The statuses from which `to` may be reached, for conditional writes. */
export function statusesLeadingTo(to: ItemStatus): ItemStatus[] {
  return (Object.keys(ALLOWED) as ItemStatus[]).filter((from) => ALLOWED[from].includes(to));
}
