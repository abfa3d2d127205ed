// Bounded, cursor-paginated reading of GSI partitions with an in-memory filter: DynamoDB filters
// cannot express text search, and a Scan is never allowed, so we read pages and filter them here.
import { ValidationError } from '../domain/errors';
import type { Page } from '../ports/item-repository';

/** Reads one page of one partition (a status or a source) starting at a repository cursor. */
export type PartitionReader<T> = (partition: number, repoCursor: string | undefined, limit: number) => Promise<Page<T>>;

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
  /**
   * The item's sort key in read order (the GSI's `publishedAt#id`) and that order. With it a resumed
   * page skips by key, not by count, so items that left the partition meanwhile (decided by another
   * reviewer) cannot make the next page skip items that are still there.
   */
  sortKey?: (item: T) => string;
  order?: 'newest' | 'oldest';
}

export interface CollectedPage<T> {
  items: T[];
  cursor?: string;
  /** Stored items read to fill this page (the cost of the filter). */
  examined: number;
}

interface CursorState {
  /** partition index */
  p: number;
  /** repository cursor of the page being consumed */
  c?: string;
  /** items of that page already consumed */
  s: number;
  /** page size the page was read with */
  z: number;
  /** sort key of the last item consumed from that page */
  k?: string;
}

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorState {
  try {
    const state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorState>;
    const optionalString = (value: unknown) => value === undefined || typeof value === 'string';
    if (typeof state.p === 'number' && typeof state.s === 'number' && typeof state.z === 'number' && optionalString(state.c) && optionalString(state.k)) {
      return state as CursorState;
    }
  } catch {
    // fall through: any unparsable cursor is the client's mistake
  }
  throw new ValidationError('cursor: not a cursor returned by this API');
}

export async function collectPage<T>(options: CollectOptions<T>): Promise<CollectedPage<T>> {
  const maxExamined = options.maxExamined ?? 1000;
  let state: CursorState = options.cursor ? decodeCursor(options.cursor) : { p: 0, s: 0, z: options.pageSize ?? 100 };
  const items: T[] = [];
  let examined = 0;
  while (state.p < options.partitions) {
    const page = await options.read(state.p, state.c, state.z);
    let index = startIndex(page.items, state, options);
    for (; index < page.items.length; index++) {
      if (items.length >= options.limit || examined >= maxExamined) {
        const last = index > 0 && options.sortKey ? options.sortKey(page.items[index - 1] as T) : undefined;
        return { items, examined, cursor: encodeCursor({ ...state, s: index, ...(last !== undefined ? { k: last } : {}) }) };
      }
      examined++;
      const item = page.items[index] as T;
      if (options.accept(item)) items.push(item);
    }
    // Page consumed: next page of this partition, or the first page of the next one.
    state = page.cursor ? { p: state.p, c: page.cursor, s: 0, z: state.z } : { p: state.p + 1, s: 0, z: state.z };
    if (items.length >= options.limit || examined >= maxExamined) {
      return { items, examined, cursor: state.p < options.partitions ? encodeCursor(state) : undefined };
    }
  }
  return { items, examined };
}

/** Where to resume in a re-read page: after the last consumed key when known, else by count. */
function startIndex<T>(items: T[], state: CursorState, options: CollectOptions<T>): number {
  if (state.k === undefined || !options.sortKey) return state.s;
  const last = state.k;
  const after = options.order === 'oldest' ? (key: string) => key > last : (key: string) => key < last;
  const index = items.findIndex((item) => after((options.sortKey as (item: T) => string)(item)));
  return index === -1 ? items.length : index;
}
