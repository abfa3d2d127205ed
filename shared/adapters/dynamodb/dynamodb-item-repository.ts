// ItemRepository on the single DynamoDB table: conditional writes, GSI queries, no Scan, no transactions.
import { randomUUID } from 'node:crypto';
import {
  BatchGetCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError } from '../../domain/errors';
import type { AuditRecord, StoredItem } from '../../domain/item';
import type {
  Expected,
  ItemChanges,
  ItemRepository,
  ListBySourceQuery,
  ListByStatusQuery,
  Page,
  SaveResult,
} from '../../ports/item-repository';
import { decodeCursor, encodeCursor } from './cursor';
import { isConditionalCheckFailure, translateStorageError } from './dynamodb-errors';
import { ENTITY, KEY, MONTH_INDEX, SCHEMA_VERSION, SOURCE_INDEX, STATUS_INDEX, TTL_ATTRIBUTE, keys } from './table-schema';

/** Items the rules did not flag stay searchable this long, then DynamoDB's TTL removes them. */
export const IGNORED_ITEM_TTL_DAYS = 180;
const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;
const BATCH_GET_LIMIT = 100;
const STORAGE_ONLY = new Set([KEY.pk, KEY.sk, 'entity', 'schemaVersion', TTL_ATTRIBUTE, ...[STATUS_INDEX, MONTH_INDEX, SOURCE_INDEX].flatMap((i) => [i.partitionKey, i.sortKey])]);

type Row = Record<string, unknown>;

function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE;
  return Math.max(1, Math.min(MAX_PAGE, Math.floor(limit)));
}

/** The GSI attributes follow from the item itself, so they can never disagree with it. */
export function itemToRow(item: StoredItem): Row {
  const row: Row = {
    ...item,
    ...keys.item(item.id),
    entity: ENTITY.item,
    schemaVersion: SCHEMA_VERSION,
    [STATUS_INDEX.partitionKey]: keys.statusPartition(item.status),
    [STATUS_INDEX.sortKey]: `${item.publishedAt}#${item.id}`,
    [SOURCE_INDEX.partitionKey]: keys.sourcePartition(item.sourceId),
    [SOURCE_INDEX.sortKey]: `${item.publishedAt}#${item.id}`,
  };
  if (item.status === 'approved' && item.entry) {
    row[MONTH_INDEX.partitionKey] = keys.monthPartition(item.entry.eventDate.slice(0, 7));
    row[MONTH_INDEX.sortKey] = `${item.entry.eventDate}#${item.id}`;
  }
  if (item.status === 'ignored') {
    const base = Date.parse(item.fetchedAt) || Date.parse(item.createdAt);
    row[TTL_ATTRIBUTE] = Math.floor(base / 1000) + IGNORED_ITEM_TTL_DAYS * 86_400;
  }
  return row;
}

export function rowToItem(row: Row): StoredItem {
  const item: Row = {};
  for (const [name, value] of Object.entries(row)) if (!STORAGE_ONLY.has(name)) item[name] = value;
  return item as unknown as StoredItem;
}

function applyChanges(current: StoredItem, changes: ItemChanges, at: string): StoredItem {
  const next: Record<string, unknown> = { ...current };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete next[name];
    else next[name] = value;
  }
  next.version = current.version + 1;
  next.updatedAt = at;
  return next as unknown as StoredItem;
}

function rangeCondition(from?: string, to?: string): Pick<QueryCommandInput, 'KeyConditionExpression'> & { values: Row } {
  // Sort keys are `<publishedAt>#<id>`: an upper bound must include every id of the last instant.
  if (from && to) return { KeyConditionExpression: ` AND #sk BETWEEN :from AND :to`, values: { ':from': from, ':to': `${to}#\uffff` } };
  if (from) return { KeyConditionExpression: ` AND #sk >= :from`, values: { ':from': from } };
  if (to) return { KeyConditionExpression: ` AND #sk <= :to`, values: { ':to': `${to}#\uffff` } };
  return { KeyConditionExpression: '', values: {} };
}

export class DynamoDbItemRepository implements ItemRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async saveIfNew(item: StoredItem): Promise<SaveResult> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: itemToRow(item),
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': KEY.pk },
        }),
      );
      return 'stored';
    } catch (error) {
      if (isConditionalCheckFailure(error)) return 'already-stored';
      return translateStorageError(error, 'saveIfNew');
    }
  }

  async get(id: string): Promise<StoredItem | undefined> {
    try {
      const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.item(id), ConsistentRead: true }));
      return result.Item ? rowToItem(result.Item) : undefined;
    } catch (error) {
      return translateStorageError(error, 'get');
    }
  }

  async getMany(ids: string[]): Promise<StoredItem[]> {
    const unique = [...new Set(ids)];
    const found = new Map<string, StoredItem>();
    for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT) {
      let requestKeys: Row[] | undefined = unique.slice(i, i + BATCH_GET_LIMIT).map((id) => keys.item(id));
      for (let attempt = 0; requestKeys && requestKeys.length > 0; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
        if (attempt > 8) throw translateStorageError(Object.assign(new Error('unprocessed keys remain'), { name: 'ThrottlingException' }), 'getMany');
        try {
          const result = await this.client.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: requestKeys, ConsistentRead: true } } }));
          for (const row of result.Responses?.[this.tableName] ?? []) {
            const item = rowToItem(row);
            found.set(item.id, item);
          }
          requestKeys = result.UnprocessedKeys?.[this.tableName]?.Keys as Row[] | undefined;
        } catch (error) {
          return translateStorageError(error, 'getMany');
        }
      }
    }
    return unique.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  }

  listByStatus(query: ListByStatusQuery): Promise<Page<StoredItem>> {
    return this.queryIndex(STATUS_INDEX.name, STATUS_INDEX.partitionKey, STATUS_INDEX.sortKey, keys.statusPartition(query.status), query);
  }

  listBySource(query: ListBySourceQuery): Promise<Page<StoredItem>> {
    return this.queryIndex(SOURCE_INDEX.name, SOURCE_INDEX.partitionKey, SOURCE_INDEX.sortKey, keys.sourcePartition(query.sourceId), query);
  }

  listApprovedInMonth(month: string, cursor?: string): Promise<Page<StoredItem>> {
    return this.queryIndex(MONTH_INDEX.name, MONTH_INDEX.partitionKey, MONTH_INDEX.sortKey, keys.monthPartition(month), {
      cursor,
      limit: MAX_PAGE,
      order: 'oldest',
    });
  }

  private async queryIndex(
    indexName: string,
    partitionAttribute: string,
    sortAttribute: string,
    partition: string,
    query: { limit?: number; cursor?: string; from?: string; to?: string; order?: 'newest' | 'oldest' },
  ): Promise<Page<StoredItem>> {
    const range = rangeCondition(query.from, query.to);
    try {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: indexName,
          KeyConditionExpression: `#pk = :pk${range.KeyConditionExpression}`,
          ExpressionAttributeNames: { '#pk': partitionAttribute, ...(range.KeyConditionExpression ? { '#sk': sortAttribute } : {}) },
          ExpressionAttributeValues: { ':pk': partition, ...range.values },
          ScanIndexForward: query.order === 'oldest',
          Limit: pageSize(query.limit),
          ExclusiveStartKey: decodeCursor(query.cursor),
        }),
      );
      return { items: (result.Items ?? []).map(rowToItem), cursor: encodeCursor(result.LastEvaluatedKey) };
    } catch (error) {
      return translateStorageError(error, `query ${indexName}`);
    }
  }

  async update(id: string, expected: Expected, changes: ItemChanges, at: string): Promise<StoredItem> {
    const current = await this.get(id);
    if (!current) throw new NotFoundError(`item ${id} not found`);
    if (current.version !== expected.version) {
      throw new ConflictError(`item ${id} is at version ${current.version}, not ${expected.version}: someone changed it first`, current);
    }
    if (expected.statuses && !expected.statuses.includes(current.status)) {
      throw new ConflictError(`item ${id} is ${current.status}, expected ${expected.statuses.join(' or ')}`, current);
    }
    const next = applyChanges(current, changes, at);
    try {
      // Read-modify-write guarded by the version: the whole record (GSI keys included) is rewritten
      // only if nobody changed it since the read, so derived index keys always match the item.
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: itemToRow(next),
          ConditionExpression: '#version = :version',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':version': expected.version },
        }),
      );
      return next;
    } catch (error) {
      if (isConditionalCheckFailure(error)) {
        const winner = await this.get(id);
        throw new ConflictError(`item ${id} was changed by someone else while saving`, winner);
      }
      return translateStorageError(error, 'update');
    }
  }

  async appendAudit(record: AuditRecord): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...record, ...keys.audit(record.itemId, record.at, randomUUID()), entity: ENTITY.audit, schemaVersion: SCHEMA_VERSION },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': KEY.pk },
        }),
      );
    } catch (error) {
      return translateStorageError(error, 'appendAudit');
    }
  }

  async listAudit(itemId: string): Promise<AuditRecord[]> {
    const records: AuditRecord[] = [];
    let start: Row | undefined;
    try {
      do {
        const result = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
            ExpressionAttributeNames: { '#pk': KEY.pk, '#sk': KEY.sk },
            ExpressionAttributeValues: { ':pk': keys.item(itemId)[KEY.pk], ':prefix': keys.auditPrefix },
            ExclusiveStartKey: start,
          }),
        );
        for (const row of result.Items ?? []) {
          const { [KEY.pk]: _pk, [KEY.sk]: _sk, entity: _entity, schemaVersion: _schema, ...record } = row;
          records.push(record as AuditRecord);
        }
        start = result.LastEvaluatedKey;
      } while (start);
    } catch (error) {
      return translateStorageError(error, 'listAudit');
    }
    return records;
  }
}
