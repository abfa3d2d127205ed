// Where the case registry's records are kept. Records are derived data: every one can be rebuilt from
// the approved entries that share its key (`cli cases migrate`), so a lost write costs nothing lasting.
import type { CaseRecord } from '../domain/case';

export interface CaseRepository {
  get(key: string): Promise<CaseRecord | undefined>;
  /** Writes the record whole, replacing any stored one with the same key. */
  put(record: CaseRecord): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every stored record, sorted by key. */
  list(): Promise<CaseRecord[]>;
}
