// What the use cases need from storage. The DynamoDB adapter implements it; nothing else does.
import type { AuditRecord, ItemStatus, StoredItem } from '../domain/item';

export interface Page<T> {
  items: T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  cursor?: string;
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

/** The precondition of a change: the item must still be at this version (and in one of these statuses). */
export interface Expected {
  version: number;
  statuses?: ItemStatus[];
}

/** Fields a change may set; `undefined` leaves a field alone, `null` removes it. */
export type ItemChanges = {
  [K in 'status' | 'entry' | 'rejectionReason' | 'mergedInto' | 'mergedIds' | 'classification' | 'addedBy' | 'title' | 'summary' | 'text']?:
    | StoredItem[K]
    | null;
};

export type SaveResult = 'stored' | 'already-stored';

export interface ItemRepository {
  /** Conditional put: a second save of the same id changes nothing and reports `already-stored`. */
  saveIfNew(item: StoredItem): Promise<SaveResult>;
  get(id: string): Promise<StoredItem | undefined>;
  getMany(ids: string[]): Promise<StoredItem[]>;
  listByStatus(query: ListByStatusQuery): Promise<Page<StoredItem>>;
  listBySource(query: ListBySourceQuery): Promise<Page<StoredItem>>;
  /**
   * Applies `changes` if the item still matches `expected`; bumps the version and updatedAt.
   * Throws NotFoundError when absent and ConflictError (with the current item) on a lost race.
   */
  update(id: string, expected: Expected, changes: ItemChanges, at: string): Promise<StoredItem>;
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
}

export interface SourceStateRepository {
  get(sourceId: string): Promise<SourceState | undefined>;
  put(state: SourceState): Promise<void>;
  list(): Promise<SourceState[]>;
}
