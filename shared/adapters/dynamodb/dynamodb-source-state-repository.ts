// Per-source fetch state (conditional-GET validators, health) in one partition, listed by Query.
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SourceState, SourceStateRepository } from '../../ports/item-repository';
import { translateAwsError } from '../aws-errors';
import { queryWholePartition } from './query-partition';
import { ENTITY, KEY, SCHEMA_VERSION, keys } from './table-schema';

function toState(row: Record<string, unknown>): SourceState {
  const { [KEY.pk]: _pk, [KEY.sk]: _sk, entity: _entity, schemaVersion: _schema, ...state } = row;
  return state as unknown as SourceState;
}

export class DynamoDbSourceStateRepository implements SourceStateRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(sourceId: string): Promise<SourceState | undefined> {
    try {
      const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.sourceState(sourceId), ConsistentRead: true }));
      return result.Item ? toState(result.Item) : undefined;
    } catch (error) {
      return translateAwsError(error, 'storage get source state');
    }
  }

  async put(state: SourceState): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...state, ...keys.sourceState(state.sourceId), entity: ENTITY.sourceState, schemaVersion: SCHEMA_VERSION },
        }),
      );
    } catch (error) {
      return translateAwsError(error, 'storage put source state');
    }
  }

  async list(): Promise<SourceState[]> {
    return (await queryWholePartition(this.client, this.tableName, keys.sourcesPartition, 'storage list source states')).map(toState);
  }
}
