// What the review keeps beside an item without changing it (its version stays as it is): staff notes,
// who is working on it now, and whether its urgent notice went out. The DynamoDB adapter implements it.
export interface ItemNote {
  id: string;
  itemId: string;
  text: string;
  author: string;
  at: string;
}

/** An advisory hold: `actor` is working on the item until `until` (ISO instant), renewed while they work. */
export interface ItemHold {
  itemId: string;
  actor: string;
  until: string;
}

export type TakeResult = { taken: ItemHold } | { heldBy: ItemHold };

export interface ReviewRecords {
  addNote(note: ItemNote): Promise<void>;
  /** Oldest first, at most `limit`. */
  listNotes(itemId: string, limit: number): Promise<ItemNote[]>;
  /**
   * Takes or renews the hold unless someone else holds it past `now`; `force` takes it anyway.
   * One conditional write, so of two reviewers taking a free item at once one gets `heldBy`.
   */
  take(hold: ItemHold, now: string, force: boolean): Promise<TakeResult>;
  /** Ends the hold at `now` if `actor` holds it; someone else's hold is left alone. */
  release(itemId: string, actor: string, now: string): Promise<void>;
  /** The hold in force at `now`, if any (an expired record awaiting TTL deletion is none). */
  currentHold(itemId: string, now: string): Promise<ItemHold | undefined>;
  /** Records that the item's urgent notice is going out; false when it was recorded before. */
  claimUrgentNotice(itemId: string, at: string): Promise<boolean>;
  /** Undoes a claim whose notice could not be sent, so the next run tries again. */
  releaseUrgentNotice(itemId: string, at: string): Promise<void>;
}
