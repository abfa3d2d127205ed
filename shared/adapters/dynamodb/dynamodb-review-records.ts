// Notes, holds and urgent-notice markers as records in the item's partition of the single table: none
// of them is the item record, so none changes the item's version or its index keys. Like every
// adapter, only conditional Puts: a released hold or a failed notice is overwritten, never deleted.
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../../domain/errors';
import type { ItemHold, ItemNote, ReviewRecords, TakeResult } from '../../ports/review-records';
import { isConditionalCheckFailure, translateAwsError } from '../aws-errors';
import { ENTITY, KEY, SCHEMA_VERSION, TTL_ATTRIBUTE, keys } from './table-schema';

/** TTL removes an expired hold's record some time after `until`; reads check `until` themselves. */
function epochSeconds(iso: string): number {
  return Math.ceil(Date.parse(iso) / 1000);
}

export class DynamoDbReviewRecords implements ReviewRecords {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async addNote(note: ItemNote): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...note, ...keys.note(note.itemId, note.at, note.id), entity: ENTITY.note, schemaVersion: SCHEMA_VERSION },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': KEY.pk },
        }),
      );
    } catch (error) {
      return translateAwsError(error, 'storage addNote');
    }
  }

  async listNotes(itemId: string, limit: number): Promise<ItemNote[]> {
    try {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
          ExpressionAttributeNames: { '#pk': KEY.pk, '#sk': KEY.sk },
          ExpressionAttributeValues: { ':pk': keys.item(itemId)[KEY.pk], ':prefix': keys.notePrefix },
          Limit: limit,
        }),
      );
      return (result.Items ?? []).map((row) => ({
        id: String(row.id),
        itemId: String(row.itemId),
        text: String(row.text),
        author: String(row.author),
        at: String(row.at),
      }));
    } catch (error) {
      return translateAwsError(error, 'storage listNotes');
    }
  }

  async take(hold: ItemHold, now: string, force: boolean, attempt = 1): Promise<TakeResult> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...hold, ...keys.take(hold.itemId), entity: ENTITY.take, schemaVersion: SCHEMA_VERSION, [TTL_ATTRIBUTE]: epochSeconds(hold.until) },
          ...(force
            ? {}
            : {
                ConditionExpression: 'attribute_not_exists(#pk) OR #actor = :actor OR #until <= :now',
                ExpressionAttributeNames: { '#pk': KEY.pk, '#actor': 'actor', '#until': 'until' },
                ExpressionAttributeValues: { ':actor': hold.actor, ':now': now },
              }),
        }),
      );
      return { taken: hold };
    } catch (error) {
      if (!isConditionalCheckFailure(error)) return translateAwsError(error, 'storage take');
    }
    const holder = await this.currentHold(hold.itemId, now);
    // Released or lapsed between the write and the read: try once more.
    if (!holder && attempt < 3) return this.take(hold, now, force, attempt + 1);
    if (!holder) throw new ConflictError(`item ${hold.itemId}: its hold keeps changing; try again`, undefined, { code: 'conflict' });
    return { heldBy: holder };
  }

  async release(itemId: string, actor: string, now: string): Promise<void> {
    // A hold that ends now: reads treat it as none, and TTL removes it.
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { itemId, actor, until: now, ...keys.take(itemId), entity: ENTITY.take, schemaVersion: SCHEMA_VERSION, [TTL_ATTRIBUTE]: epochSeconds(now) },
          ConditionExpression: '#actor = :actor',
          ExpressionAttributeNames: { '#actor': 'actor' },
          ExpressionAttributeValues: { ':actor': actor },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailure(error)) translateAwsError(error, 'storage release');
    }
  }

  async currentHold(itemId: string, now: string): Promise<ItemHold | undefined> {
    try {
      const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.take(itemId), ConsistentRead: true }));
      const row = result.Item;
      if (!row || String(row.until) <= now) return undefined;
      return { itemId, actor: String(row.actor), until: String(row.until) };
    } catch (error) {
      return translateAwsError(error, 'storage currentHold');
    }
  }

  async claimUrgentNotice(itemId: string, at: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.urgentNotice(itemId), itemId, at, state: 'claimed', entity: ENTITY.urgentNotice, schemaVersion: SCHEMA_VERSION },
          // A notice that failed before may be claimed again; a claimed or sent one never.
          ConditionExpression: 'attribute_not_exists(#pk) OR #state = :failed',
          ExpressionAttributeNames: { '#pk': KEY.pk, '#state': 'state' },
          ExpressionAttributeValues: { ':failed': 'failed' },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailure(error)) return false;
      return translateAwsError(error, 'storage claimUrgentNotice');
    }
  }

  async releaseUrgentNotice(itemId: string, at: string): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.urgentNotice(itemId), itemId, at, state: 'failed', entity: ENTITY.urgentNotice, schemaVersion: SCHEMA_VERSION },
        }),
      );
    } catch (error) {
      translateAwsError(error, 'storage releaseUrgentNotice');
    }
  }
}
