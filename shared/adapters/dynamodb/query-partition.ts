// Every row of one partition of the base table, page after page: the small partitions (source records
// and states, the case registry, the gazetteer) are read whole with one Query per page, never a Scan.
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { translateAwsError } from '../aws-errors';
import { KEY } from './table-schema';

export type PartitionRow = Record<string, unknown>;

export async function queryWholePartition(client: DynamoDBDocumentClient, tableName: string, partition: string, operation: string): Promise<PartitionRow[]> {
  const rows: PartitionRow[] = [];
  let start: PartitionRow | undefined;
  try {
    do {
      const result = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': KEY.pk },
          ExpressionAttributeValues: { ':pk': partition },
          ExclusiveStartKey: start,
        }),
      );
      rows.push(...(result.Items ?? []));
      start = result.LastEvaluatedKey;
    } while (start);
  } catch (error) {
    return translateAwsError(error, operation);
  }
  return rows;
}
