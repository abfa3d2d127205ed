// Case records in one partition (`pk = CASES`), so listing the registry is a Query, not a Scan. The
// registry holds one record per case, a few thousand at most for a national monitor: one partition is ample.
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CaseRecord } from '../../domain/case';
import type { CaseRepository } from '../../ports/case-repository';
import { translateAwsError } from '../aws-errors';
import { queryWholePartition } from './query-partition';
import { ENTITY, KEY, SCHEMA_VERSION, keys } from './table-schema';

function toRecord(row: Record<string, unknown>): CaseRecord {
  const { [KEY.pk]: _pk, [KEY.sk]: _sk, entity: _entity, schemaVersion: _schema, ...record } = row;
  return record as unknown as CaseRecord;
}

export class DynamoDbCaseRepository implements CaseRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(key: string): Promise<CaseRecord | undefined> {
    try {
      const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.caseRecord(key), ConsistentRead: true }));
      return result.Item ? toRecord(result.Item) : undefined;
    } catch (error) {
      return translateAwsError(error, 'storage get case');
    }
  }

  async put(record: CaseRecord): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({ TableName: this.tableName, Item: { ...record, ...keys.caseRecord(record.key), entity: ENTITY.caseRecord, schemaVersion: SCHEMA_VERSION } }),
      );
    } catch (error) {
      return translateAwsError(error, 'storage put case');
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: keys.caseRecord(key) }));
    } catch (error) {
      return translateAwsError(error, 'storage delete case');
    }
  }

  async list(): Promise<CaseRecord[]> {
    const records = (await queryWholePartition(this.client, this.tableName, keys.casesPartition, 'storage list cases')).map(toRecord);
    return records.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}
