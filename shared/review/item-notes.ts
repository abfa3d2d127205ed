// Staff notes on an item: visible to every staff member, audited, and never a change of the item
// (its version stays, so a note cannot make someone else's decision lose a race).
import { randomUUID } from 'node:crypto';
import { FatalError } from '../domain/errors';
import type { ItemNote, ReviewRecords } from '../ports/review-records';
import { loadItem } from './apply-change';
import type { Actor, ReviewDependencies } from './review-dependencies';

/** More notes than this on one item are not shown (nor written): a discussion belongs elsewhere. */
export const MAX_NOTES_PER_ITEM = 200;

export interface NoteView {
  id: string;
  text: string;
  author: string;
  at: string;
}

export function reviewRecordsOf(deps: ReviewDependencies): ReviewRecords {
  if (!deps.reviewRecords) throw new FatalError('notes and holds need the review records store');
  return deps.reviewRecords;
}

function view(note: ItemNote): NoteView {
  return { id: note.id, text: note.text, author: note.author, at: note.at };
}

export async function addNote(deps: ReviewDependencies, input: { id: string; text: string; actor: Actor }): Promise<NoteView> {
  const records = reviewRecordsOf(deps);
  await loadItem(deps, input.id);
  const note: ItemNote = { id: randomUUID(), itemId: input.id, text: input.text, author: input.actor.id, at: deps.now().toISOString() };
  await records.addNote(note);
  await deps.items.appendAudit({ itemId: input.id, at: note.at, actor: note.author, action: 'note', note: note.text });
  return view(note);
}

export async function listNotes(deps: ReviewDependencies, itemId: string): Promise<NoteView[]> {
  if (!deps.reviewRecords) return [];
  return (await deps.reviewRecords.listNotes(itemId, MAX_NOTES_PER_ITEM)).map(view);
}
