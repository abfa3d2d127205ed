// What the source use cases need from storage: the source records and their audit trail. The DynamoDB
// adapter implements it (shared/adapters/dynamodb/dynamodb-source-repository.ts).
import type { SourceAuditRecord, SourceRecord } from '../sources/source-record';
import type { SaveResult } from './item-repository';

export interface SourceRepository {
  /** Every source record, in id order (one partition, read by Query). */
  list(): Promise<SourceRecord[]>;
  get(id: string): Promise<SourceRecord | undefined>;
  /** Conditional put on absence: a second create of the same id changes nothing and reports `already-stored`. */
  createIfAbsent(record: SourceRecord): Promise<SaveResult>;
  /**
   * Writes `next` whole only if the stored record is still at `expectedVersion` (one conditional Put).
   * Throws NotFoundError when absent and staleVersionError (with the winner) on a lost race.
   * changeSource (shared/sources/manage-sources.ts) is its only caller.
   */
  replace(next: SourceRecord, expectedVersion: number): Promise<SourceRecord>;
  appendAudit(record: SourceAuditRecord): Promise<void>;
  listAudit(sourceId: string): Promise<SourceAuditRecord[]>;
}
