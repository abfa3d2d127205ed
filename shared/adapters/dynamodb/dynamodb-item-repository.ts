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
import { NotFoundError } from '../../domain/errors';
import type { AuditRecord, StoredItem } from '../../domain/item';
import { staleVersionError, type ItemRepository, type ListBySourceQuery, type ListByStatusQuery, type ListedPage, type Page, type SaveResult } from '../../ports/item-repository';
import { decodeStartKey, encodeStartKey } from './start-key-cursor';
import { isConditionalCheckFailure, translateAwsError } from '../aws-errors';
import { ENTITY, KEY, MONTH_INDEX, SCHEMA_VERSION, SOURCE_INDEX, STATUS_INDEX, TTL_ATTRIBUTE, keys, type IndexSchema } from './table-schema';

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

/** Sort keys are `<publishedAt>#<id>`: an upper bound must include every id of the last instant. */
function sortKeyBounds(from?: string, to?: string): { lowest?: string; highest?: string } {
  return { ...(from ? { lowest: from } : {}), ...(to ? { highest: `${to}#\uffff` } : {}) };
}

function rangeCondition(bounds: { lowest?: string; highest?: string }): { expression: string; values: Row } {
  const { lowest, highest } = bounds;
  if (lowest !== undefined && highest !== undefined) return { expression: ' AND #sk BETWEEN :from AND :to', values: { ':from': lowest, ':to': highest } };
  if (lowest !== undefined) return { expression: ' AND #sk >= :from', values: { ':from': lowest } };
  if (highest !== undefined) return { expression: ' AND #sk <= :to', values: { ':to': highest } };
  return { expression: '', values: {} };
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
      return translateAwsError(error, 'storage saveIfNew');
    }
  }

  async get(id: string): Promise<StoredItem | undefined> {
    try {
      const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.item(id), ConsistentRead: true }));
      return result.Item ? rowToItem(result.Item) : undefined;
    } catch (error) {
      return translateAwsError(error, 'storage get');
    }
  }

  async getMany(ids: string[]): Promise<StoredItem[]> {
    const unique = [...new Set(ids)];
    const found = new Map<string, StoredItem>();
    for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT) {
      let requestKeys: Row[] | undefined = unique.slice(i, i + BATCH_GET_LIMIT).map((id) => keys.item(id));
      for (let attempt = 0; requestKeys && requestKeys.length > 0; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
        if (attempt > 8) translateAwsError(Object.assign(new Error('unprocessed keys remain'), { name: 'ThrottlingException' }), 'storage getMany');
        try {
          const result = await this.client.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: requestKeys, ConsistentRead: true } } }));
          for (const row of result.Responses?.[this.tableName] ?? []) {
            const item = rowToItem(row);
            found.set(item.id, item);
          }
          requestKeys = result.UnprocessedKeys?.[this.tableName]?.Keys as Row[] | undefined;
        } catch (error) {
          return translateAwsError(error, 'storage getMany');
        }
      }
    }
    return unique.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  }

  listByStatus(query: ListByStatusQuery): Promise<ListedPage> {
    return this.queryIndex(STATUS_INDEX, keys.statusPartition(query.status), query);
  }

  listBySource(query: ListBySourceQuery): Promise<ListedPage> {
    return this.queryIndex(SOURCE_INDEX, keys.sourcePartition(query.sourceId), query);
  }

  listApprovedInMonth(month: string, cursor?: string): Promise<Page<StoredItem>> {
    return this.queryIndex(MONTH_INDEX, keys.monthPartition(month), { cursor, limit: MAX_PAGE, order: 'oldest' });
  }

  private async queryIndex(
    index: IndexSchema,
    partition: string,
    query: { limit?: number; cursor?: string; from?: string; to?: string; order?: 'newest' | 'oldest' },
  ): Promise<ListedPage> {
    const bounds = sortKeyBounds(query.from, query.to);
    const range = rangeCondition(bounds);
    const startKey = decodeStartKey(query.cursor, { index, partition, ...bounds });
    try {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index.name,
          KeyConditionExpression: `#pk = :pk${range.expression}`,
          ExpressionAttributeNames: { '#pk': index.partitionKey, ...(range.expression ? { '#sk': index.sortKey } : {}) },
          ExpressionAttributeValues: { ':pk': partition, ...range.values },
          ScanIndexForward: query.order === 'oldest',
          Limit: pageSize(query.limit),
          ExclusiveStartKey: startKey,
        }),
      );
      const rows = result.Items ?? [];
      return { items: rows.map(rowToItem), orderKeys: rows.map((row) => String(row[index.sortKey])), cursor: encodeStartKey(result.LastEvaluatedKey) };
    } catch (error) {
      return translateAwsError(error, `storage query ${index.name}`);
    }
  }

  async replace(next: StoredItem, expectedVersion: number): Promise<StoredItem> {
    try {
      // The whole record is rewritten, so the derived index keys (the month index depends on both
      // status and entry) always match the item; the version condition makes the write lose a race
      // rather than overwrite a change it did not see.
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: itemToRow(next),
          ConditionExpression: '#version = :version',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':version': expectedVersion },
        }),
      );
      return next;
    } catch (error) {
      if (!isConditionalCheckFailure(error)) return translateAwsError(error, 'storage replace');
    }
    // Read back, since dynalite ignores ReturnValuesOnConditionCheckFailure.
    const winner = await this.get(next.id);
    if (!winner) throw new NotFoundError(`item ${next.id} not found`);
    throw staleVersionError(winner, expectedVersion);
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
      return translateAwsError(error, 'storage appendAudit');
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
      return translateAwsError(error, 'storage listAudit');
    }
    return records;
  }
}
