// What the review use cases need: the item store and a clock. A structural subset of the composition
// root's Dependencies, so tests and the API can pass the full object.
import type { ItemRepository } from '../ports/item-repository';

export interface ReviewDependencies {
  items: ItemRepository;
  now: () => Date;
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
