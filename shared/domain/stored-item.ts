// How a normalised item becomes a stored, reviewable one: the only place a StoredItem is first built.
import type { Classification } from './classification';
import type { ItemStatus, NormalizedItem, StoredItem } from './item';

export interface StoreOptions {
  /** Flagged items go to the queue, the others are kept as `ignored`; an import queues it regardless. */
  status?: ItemStatus;
  /** Who sent it to the queue by hand. */
  addedBy?: string;
}

/** Version 1 of the item, created and updated at `at`. */
export function toStoredItem(item: NormalizedItem, classification: Classification, at: string, options: StoreOptions = {}): StoredItem {
  return {
    ...item,
    status: options.status ?? (classification.flagged ? 'pending' : 'ignored'),
    classification,
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...(options.addedBy ? { addedBy: options.addedBy } : {}),
  };
}
