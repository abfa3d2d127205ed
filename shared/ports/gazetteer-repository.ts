// Names of outlets and regions that staff added or corrected; the seed lives in the domain.
import type { GazetteerEntryNames, GazetteerKind, PlaceNames } from '../domain/gazetteer-names';

export interface StoredPlaceNames extends GazetteerEntryNames {
  kind: GazetteerKind;
  updatedAt: string;
  updatedBy: string;
}

export interface GazetteerRepository {
  /** Every stored entry (one partition: a few hundred records at most). */
  list(): Promise<StoredPlaceNames[]>;
  get(kind: GazetteerKind, id: string): Promise<StoredPlaceNames | undefined>;
  /** Sets the given languages' names of one entry, keeping its other stored names. */
  putNames(kind: GazetteerKind, id: string, names: PlaceNames, by: string, at: string): Promise<StoredPlaceNames>;
}
