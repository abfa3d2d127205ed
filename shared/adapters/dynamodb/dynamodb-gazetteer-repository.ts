// Staff's outlet and region names in one partition of the single table (`pk = GAZETTEER`): a Query, never a Scan.
import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { GazetteerKind, PlaceNames } from '../../domain/gazetteer-names';
import type { GazetteerRepository, StoredPlaceNames } from '../../ports/gazetteer-repository';
import { translateAwsError } from '../aws-errors';
import { ENTITY, KEY, SCHEMA_VERSION, keys } from './table-schema';

function rowToNames(row: Record<string, unknown>): StoredPlaceNames {
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
    const found: StoredPlaceNames[] = [];
    let start: Record<string, unknown> | undefined;
    try {
      do {
        const result = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': KEY.pk },
            ExpressionAttributeValues: { ':pk': keys.gazetteerPartition },
            ExclusiveStartKey: start,
          }),
        );
        found.push(...(result.Items ?? []).map(rowToNames));
        start = result.LastEvaluatedKey;
      } while (start);
    } catch (error) {
      return translateAwsError(error, 'storage gazetteer list');
    }
    return found;
  }

  async get(kind: GazetteerKind, id: string): Promise<StoredPlaceNames | undefined> {
    try {
      const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.gazetteerName(kind, id), ConsistentRead: true }));
      return result.Item ? rowToNames(result.Item) : undefined;
    } catch (error) {
      return translateAwsError(error, 'storage gazetteer get');
    }
  }

  async putNames(kind: GazetteerKind, id: string, names: PlaceNames, by: string, at: string): Promise<StoredPlaceNames> {
    const languages = Object.keys(names) as Array<keyof PlaceNames>;
    // One update sets only the languages given: two staff adding the kk and the en name at once keep both.
    const sets = languages.map((lang, i) => `#names.#l${i} = :n${i}`);
    try {
      // The names map must exist before its keys can be set; a first write creates it empty.
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.gazetteerName(kind, id),
          UpdateExpression: 'SET #names = if_not_exists(#names, :empty), #kind = :kind, #id = :id, entity = :entity, schemaVersion = :schema',
          ExpressionAttributeNames: { '#names': 'names', '#kind': 'kind', '#id': 'id' },
          ExpressionAttributeValues: { ':empty': {}, ':kind': kind, ':id': id, ':entity': ENTITY.gazetteerName, ':schema': SCHEMA_VERSION },
        }),
      );
      const result = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.gazetteerName(kind, id),
          UpdateExpression: `SET ${[...sets, '#updatedAt = :at', '#updatedBy = :by'].join(', ')}`,
          ExpressionAttributeNames: {
            '#names': 'names',
            '#updatedAt': 'updatedAt',
            '#updatedBy': 'updatedBy',
            ...Object.fromEntries(languages.map((lang, i) => [`#l${i}`, lang])),
          },
          ExpressionAttributeValues: { ':at': at, ':by': by, ...Object.fromEntries(languages.map((lang, i) => [`:n${i}`, names[lang]])) },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return rowToNames(result.Attributes ?? {});
    } catch (error) {
      return translateAwsError(error, 'storage gazetteer put');
    }
  }
}
