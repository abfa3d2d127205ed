// The repository's page cursor: the DynamoDB start key of the next page (the last item's table and
// index keys), base64url-encoded JSON. A cursor comes back from clients, so it is checked in full
// before it reaches DynamoDB: the index's key attributes and nothing else, the partition being
// queried, key formats that belong to one item, and a sort key inside the requested range.
import { ValidationError } from '../../domain/errors';
import { KEY, keys, type IndexSchema } from './table-schema';

export interface StartKeyScope {
  index: IndexSchema;
  /** The partition value being queried (e.g. `STATUS#pending`). */
  partition: string;
  /** Inclusive bounds on the index's sort key, as the query states them. */
  lowest?: string;
  highest?: string;
}

const MAX_KEY_LENGTH = 1024;
const ITEM_PREFIX = keys.item('').pk as string;

export function encodeStartKey(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;
}

export function decodeStartKey(cursor: string | undefined, scope: StartKeyScope): Record<string, string> | undefined {
  if (cursor === undefined) return undefined;
  const key = parse(cursor);
  const expected = [KEY.pk, KEY.sk, scope.index.partitionKey, scope.index.sortKey].sort();
  const names = Object.keys(key ?? {}).sort();
  if (!key || names.length !== expected.length || names.some((name, i) => name !== expected[i])) throw invalid();
  const values = key as Record<string, unknown>;
  if (!Object.values(values).every((value) => typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_LENGTH)) throw invalid();
  const record = values as Record<string, string>;
  const pk = record[KEY.pk] as string;
  const id = pk.startsWith(ITEM_PREFIX) ? pk.slice(ITEM_PREFIX.length) : '';
  const sortKey = record[scope.index.sortKey] as string;
  if (!id || record[KEY.sk] !== keys.item(id).sk || !sortKey.endsWith(`#${id}`)) throw invalid();
  if (record[scope.index.partitionKey] !== scope.partition) throw invalid('it belongs to another listing');
  if ((scope.lowest !== undefined && sortKey < scope.lowest) || (scope.highest !== undefined && sortKey > scope.highest)) {
    throw invalid('it lies outside the requested range');
  }
  return record;
}

function parse(cursor: string): unknown {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function invalid(why?: string): ValidationError {
  return new ValidationError(`cursor is not valid${why ? ` (${why})` : ''}: pass back the cursor of the previous page unchanged`);
}
