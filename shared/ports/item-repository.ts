// What the use cases need from storage. The DynamoDB adapter implements it; nothing else does.
import { ConflictError } from '../domain/errors';
import type { AuditRecord, ItemStatus, StoredItem } from '../domain/item';

export interface Page<T> {
  items: T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  cursor?: string;
}

/**
 * A page of a listing with each item's order key: `orderKeys[i]` places `items[i]` in the listing,
 * and keys compare as strings like the items are ordered oldest first. Callers resume "after this
 * item" by comparing keys, without knowing how storage builds them.
 */
export interface ListedPage extends Page<StoredItem> {
  orderKeys: string[];
}

export interface ListByStatusQuery {
  status: ItemStatus;
  limit?: number;
  cursor?: string;
  /** Inclusive ISO instants on publishedAt. */
  from?: string;
  to?: string;
  order?: 'newest' | 'oldest';
}

export interface ListBySourceQuery {
  sourceId: string;
  limit?: number;
  cursor?: string;
  from?: string;
  to?: string;
  order?: 'newest' | 'oldest';
}

/** The one wording of a lost race: the item (or source record) is no longer at the version the writer read. */
export function staleVersionError<T extends { id: string; version: number } = StoredItem>(current: T, expectedVersion: number, noun = 'item'): ConflictError<T> {
  return new ConflictError(`${noun} ${current.id} changed since you loaded it (version ${current.version}, you had ${expectedVersion})`, current, {
    code: 'lost-race',
    params: { version: current.version, expected: expectedVersion },
  });
}

export type SaveResult = 'stored' | 'already-stored';

export interface ItemRepository {
  /** Conditional put: a second save of the same id changes nothing and reports `already-stored`. */
  saveIfNew(item: StoredItem): Promise<SaveResult>;
  get(id: string): Promise<StoredItem | undefined>;
  getMany(ids: string[]): Promise<StoredItem[]>;
  /** A cursor not returned by the same listing (same status or source, same range) is a ValidationError. */
  listByStatus(query: ListByStatusQuery): Promise<ListedPage>;
  listBySource(query: ListBySourceQuery): Promise<ListedPage>;
  /**
   * Writes `next` whole, index keys recomputed from it, only if the stored item is still at
   * `expectedVersion` (one conditional Put). The caller sets `next`'s version and updatedAt.
   * Throws NotFoundError when absent and staleVersionError (with the winner) on a lost race.
   * applyChange (shared/review/apply-change.ts) is its only caller: every change is checked and audited there.
   */
  replace(next: StoredItem, expectedVersion: number): Promise<StoredItem>;
  /** Approved items whose entry's eventDate falls in the month (yyyy-mm), via the month GSI. */
  listApprovedInMonth(month: string, cursor?: string): Promise<Page<StoredItem>>;
  appendAudit(record: AuditRecord): Promise<void>;
  listAudit(itemId: string): Promise<AuditRecord[]>;
}

export interface SourceState {
  sourceId: string;
  etag?: string;
  lastModified?: string;
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  consecutiveFailures: number;
  lastError?: string;
  /** What the runner did with the last error: retryable, skip-source, fatal, storage or unknown. */
  lastErrorKind?: string;
  /** Items seen in the last successful fetch and the time span they cover, to notice gaps. */
  lastItemCount?: number;
  oldestItemAt?: string;
  newestItemAt?: string;
  /** Items newly stored per Almaty day, the last 14 days. */
  yieldPerDay?: Record<string, number>;
  /** Of those, the ones the rules flagged, per Almaty day, the last 14 days (the sources page's health). */
  flaggedPerDay?: Record<string, number>;
}

export interface SourceStateRepository {
  get(sourceId: string): Promise<SourceState | undefined>;
  put(state: SourceState): Promise<void>;
  list(): Promise<SourceState[]>;
}
