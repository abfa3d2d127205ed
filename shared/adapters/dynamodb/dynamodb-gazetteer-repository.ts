// Staff's outlet and region names in one partition of the single table (`pk = GAZETTEER`): a Query,
// never a Scan. An edit is a conditional Put on the record's version, so two staff adding the kk and
// the en name of one outlet at once both keep theirs (the loser re-reads and merges).
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../domain/errors';
import type { GazetteerKind, PlaceNames } from '../../domain/gazetteer-names';
import type { GazetteerRepository, StoredPlaceNames } from '../../ports/gazetteer-repository';
import { isConditionalCheckFailure, translateAwsError } from '../aws-errors';
import { queryWholePartition } from './query-partition';
import { ENTITY, KEY, SCHEMA_VERSION, keys } from './table-schema';

const WRITE_ATTEMPTS = 5;

type Row = Record<string, unknown>;

function rowToNames(row: Row): StoredPlaceNames {
  return {
    kind: row.kind as GazetteerKind,
    id: String(row.id),
    names: (row.names ?? {}) as PlaceNames,
    updatedAt: String(row.updatedAt),
    updatedBy: String(row.updatedBy),
  };
}

export class DynamoDbGazetteerRepository implements GazetteerRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(): Promise<StoredPlaceNames[]> {
    return (await queryWholePartition(this.client, this.tableName, keys.gazetteerPartition, 'storage gazetteer list')).map(rowToNames);
  }

  private async getRow(kind: GazetteerKind, id: string): Promise<Row | undefined> {
    try {
      const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.gazetteerName(kind, id), ConsistentRead: true }));
      return result.Item;
    } catch (error) {
      return translateAwsError(error, 'storage gazetteer get');
    }
  }

  async get(kind: GazetteerKind, id: string): Promise<StoredPlaceNames | undefined> {
    const row = await this.getRow(kind, id);
    return row ? rowToNames(row) : undefined;
  }

  async putNames(kind: GazetteerKind, id: string, names: PlaceNames, by: string, at: string): Promise<StoredPlaceNames> {
    for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
      const current = await this.getRow(kind, id);
      const version = typeof current?.version === 'number' ? current.version : 0;
      const next = {
        ...keys.gazetteerName(kind, id),
        kind,
        id,
        names: { ...((current?.names as PlaceNames | undefined) ?? {}), ...names },
        updatedAt: at,
        updatedBy: by,
        version: version + 1,
        entity: ENTITY.gazetteerName,
        schemaVersion: SCHEMA_VERSION,
      };
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: next,
            ConditionExpression: current ? '#version = :version' : 'attribute_not_exists(#pk)',
            ExpressionAttributeNames: current ? { '#version': 'version' } : { '#pk': KEY.pk },
            ...(current ? { ExpressionAttributeValues: { ':version': version } } : {}),
          }),
        );
        return rowToNames(next);
      } catch (error) {
        if (!isConditionalCheckFailure(error)) return translateAwsError(error, 'storage gazetteer put');
      }
    }
    throw new ConflictError(`the names of ${kind}/${id} are being changed by others; try again`, undefined, { code: 'conflict' });
  }
}
