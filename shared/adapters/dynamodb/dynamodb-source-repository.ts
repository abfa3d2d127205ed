// Source records on the single table: one partition listed by Query, conditional writes on the
// version like items, and each source's audit trail in a partition of its own. No Scan, no transactions.
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NotFoundError } from '../../domain/errors';
import { staleVersionError, type SaveResult } from '../../ports/item-repository';
import type { SourceRepository } from '../../ports/source-repository';
import type { SourceAuditRecord, SourceRecord } from '../../sources/source-record';
import { isConditionalCheckFailure, translateAwsError } from '../aws-errors';
import { queryWholePartition } from './query-partition';
import { ENTITY, KEY, SCHEMA_VERSION, keys } from './table-schema';

type Row = Record<string, unknown>;

function withoutStorage(row: Row): Row {
  const { [KEY.pk]: _pk, [KEY.sk]: _sk, entity: _entity, schemaVersion: _schema, ...rest } = row;
  return rest;
}

function recordToRow(record: SourceRecord): Row {
  return { ...record, ...keys.sourceRecord(record.id), entity: ENTITY.source, schemaVersion: SCHEMA_VERSION };
}

export class DynamoDbSourceRepository implements SourceRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(): Promise<SourceRecord[]> {
    return (await this.queryAll(keys.sourceRecordsPartition, 'storage list sources')) as unknown as SourceRecord[];
  }

  async get(id: string): Promise<SourceRecord | undefined> {
    try {
      const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.sourceRecord(id), ConsistentRead: true }));
      return result.Item ? (withoutStorage(result.Item) as unknown as SourceRecord) : undefined;
    } catch (error) {
      return translateAwsError(error, 'storage get source');
    }
  }

  async createIfAbsent(record: SourceRecord): Promise<SaveResult> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: recordToRow(record),
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': KEY.pk },
        }),
      );
      return 'stored';
    } catch (error) {
      if (isConditionalCheckFailure(error)) return 'already-stored';
      return translateAwsError(error, 'storage create source');
    }
  }

  async replace(next: SourceRecord, expectedVersion: number): Promise<SourceRecord> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: recordToRow(next),
          ConditionExpression: '#version = :version',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':version': expectedVersion },
        }),
      );
      return next;
    } catch (error) {
      if (!isConditionalCheckFailure(error)) return translateAwsError(error, 'storage replace source');
    }
    // Read back, since dynalite ignores ReturnValuesOnConditionCheckFailure.
    const winner = await this.get(next.id);
    if (!winner) throw new NotFoundError(`source ${next.id} not found`);
    throw staleVersionError(winner, expectedVersion, 'source');
  }

  async appendAudit(record: SourceAuditRecord): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...record, ...keys.sourceAudit(record.sourceId, record.at, randomUUID()), entity: ENTITY.sourceAudit, schemaVersion: SCHEMA_VERSION },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': KEY.pk },
        }),
      );
    } catch (error) {
      return translateAwsError(error, 'storage append source audit');
    }
  }

  async listAudit(sourceId: string): Promise<SourceAuditRecord[]> {
    return (await this.queryAll(keys.sourceAuditPartition(sourceId), 'storage list source audit')) as unknown as SourceAuditRecord[];
  }

  private async queryAll(partition: string, operation: string): Promise<Row[]> {
    return (await queryWholePartition(this.client, this.tableName, partition, operation)).map(withoutStorage);
  }
}
