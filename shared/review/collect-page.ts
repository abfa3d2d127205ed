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
}

export function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorState {
  try {
    const state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorState>;
    if (typeof state.p === 'number' && typeof state.s === 'number' && typeof state.z === 'number' && (state.c === undefined || typeof state.c === 'string')) {
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
    let index = state.s;
    for (; index < page.items.length; index++) {
      if (items.length >= options.limit || examined >= maxExamined) {
        return { items, examined, cursor: encodeCursor({ ...state, s: index }) };
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
