// Bounded, cursor-paginated reading of GSI partitions with an in-memory filter: DynamoDB filters
// cannot express text search, and a Scan is never allowed, so we read pages and filter them here.
import { ValidationError } from '../domain/errors';
import type { Page } from '../ports/item-repository';

/**
 * Reads one page of one partition (a status or a source) starting at a repository cursor. With
 * `orderKeys` (the repository's order key of each item) a resumed page skips by key, not by count, so
 * items that left the partition meanwhile (decided by another reviewer) cannot make the next page
 * skip items that are still there.
 */
export type PartitionReader<T> = (partition: number, repoCursor: string | undefined, limit: number) => Promise<Page<T> & { orderKeys?: string[] }>;

export interface CollectOptions<T> {
  partitions: number;
  read: PartitionReader<T>;
  accept: (item: T) => boolean;
  limit: number;
  cursor?: string;
  /** How many stored items one request may examine; the reply then carries a cursor to go on. */
  maxExamined?: number;
  /** Repository page size; fixed per cursor so a resumed page has the same items. */
  pageSize?: number;
  /** The read order, to know which order keys come after the last one consumed. */
  order?: 'newest' | 'oldest';
}

export interface CollectedPage<T> {
  items: T[];
  cursor?: string;
  /** Stored items read to fill this page (the cost of the filter). */
  examined: number;
}

/** Where a walk over partitions stopped. */
interface WalkPosition {
  /** partition index */
  p: number;
  /** repository cursor of the page being consumed */
  c?: string;
  /** items of that page already consumed */
  s: number;
  /** page size the page was read with */
  z: number;
  /** order key of the last item consumed from that page */
  k?: string;
}

/** Repository pages are at most this large; a bigger size in a cursor was not made here. */
export const MAX_WALK_PAGE = 1000;
const MAX_CURSOR_FIELD = 2000;

export function encodeWalkPosition(position: WalkPosition): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/**
 * The position a cursor names, checked in full against this walk: known fields only, a partition
 * that exists, a page size and offset in range. The repository checks the cursor inside it.
 */
export function decodeWalkPosition(cursor: string, partitions: number): WalkPosition {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // any unparsable cursor is the client's mistake
  }
  const position = value as Partial<WalkPosition> | undefined;
  const isInteger = (n: unknown, min: number, max: number) => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;
  const isOptionalText = (t: unknown) => t === undefined || (typeof t === 'string' && t.length > 0 && t.length <= MAX_CURSOR_FIELD);
  if (
    position &&
    typeof position === 'object' &&
    !Array.isArray(position) &&
    Object.keys(position).every((name) => ['p', 'c', 's', 'z', 'k'].includes(name)) &&
    isInteger(position.p, 0, partitions - 1) &&
    isInteger(position.z, 1, MAX_WALK_PAGE) &&
    isInteger(position.s, 0, position.z as number) &&
    isOptionalText(position.c) &&
    isOptionalText(position.k)
  ) {
    return position as WalkPosition;
  }
  throw new ValidationError('cursor: not a cursor returned by this API for this query');
}

export async function collectPage<T>(options: CollectOptions<T>): Promise<CollectedPage<T>> {
  const maxExamined = options.maxExamined ?? 1000;
  let state: WalkPosition = options.cursor ? decodeWalkPosition(options.cursor, options.partitions) : { p: 0, s: 0, z: options.pageSize ?? 100 };
  const items: T[] = [];
  let examined = 0;
  while (state.p < options.partitions) {
    const page = await options.read(state.p, state.c, state.z);
    let index = startIndex(page, state, options.order);
    for (; index < page.items.length; index++) {
      if (items.length >= options.limit || examined >= maxExamined) {
        const last = index > 0 ? page.orderKeys?.[index - 1] : undefined;
        return { items, examined, cursor: encodeWalkPosition({ ...state, s: index, ...(last !== undefined ? { k: last } : {}) }) };
      }
      examined++;
      const item = page.items[index] as T;
      if (options.accept(item)) items.push(item);
    }
    // Page consumed: next page of this partition, or the first page of the next one.
    state = page.cursor ? { p: state.p, c: page.cursor, s: 0, z: state.z } : { p: state.p + 1, s: 0, z: state.z };
    if (items.length >= options.limit || examined >= maxExamined) {
      return { items, examined, cursor: state.p < options.partitions ? encodeWalkPosition(state) : undefined };
    }
  }
  return { items, examined };
}

/** Where to resume in a re-read page: after the last consumed key when known, else by count. */
function startIndex<T>(page: { items: T[]; orderKeys?: string[] }, state: WalkPosition, order: 'newest' | 'oldest' = 'newest'): number {
  const keys = page.orderKeys;
  if (state.k === undefined || !keys) return Math.min(state.s, page.items.length);
  const last = state.k;
  const index = keys.findIndex((key) => (order === 'oldest' ? key > last : key < last));
  return index === -1 ? page.items.length : index;
}
