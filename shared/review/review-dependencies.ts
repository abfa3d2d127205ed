// What the review use cases need: the item store and a clock, and for notes, holds and place names
// their own stores. A structural subset of the composition root's Dependencies, so tests and the API
// can pass the full object.
import type { GazetteerRepository } from '../ports/gazetteer-repository';
import type { ItemRepository } from '../ports/item-repository';
import type { ReviewRecords } from '../ports/review-records';

export interface ReviewDependencies {
  items: ItemRepository;
  now: () => Date;
  /** Notes and holds; the item detail shows none without it. */
  reviewRecords?: ReviewRecords;
  /** Staff's outlet and region names over the seed; the seed alone without it. */
  gazetteer?: GazetteerRepository;
}

/** The authenticated person behind a request; `id` is what the audit trail records as "who". */
export interface Actor {
  id: string;
  groups: string[];
}

export const REVIEWERS_GROUP = 'reviewers';
export const VIEWERS_GROUP = 'viewers';

export function canDecide(actor: Actor): boolean {
  return actor.groups.includes(REVIEWERS_GROUP);
}

export function canRead(actor: Actor): boolean {
  return canDecide(actor) || actor.groups.includes(VIEWERS_GROUP);
}
