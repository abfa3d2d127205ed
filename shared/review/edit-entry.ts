// Correct the report entry of an already approved item (wrong category, a fact learnt later).
import type { ReportEntry, StoredItem } from '../domain/item';
import { applyChange } from './apply-change';
import type { Actor, ReviewDependencies } from './review-dependencies';

export interface EditEntryInput {
  id: string;
  version: number;
  entry: ReportEntry;
  actor: Actor;
  note?: string;
}

export function editEntry(deps: ReviewDependencies, input: EditEntryInput): Promise<StoredItem> {
  return applyChange(deps, {
    id: input.id,
    version: input.version,
    actor: input.actor,
    action: 'edit',
    changes: () => ({ entry: input.entry }),
    note: input.note,
  });
}
