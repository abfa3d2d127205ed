// One item for the review view: the item, its highlighted fields, the audit trail, a draft entry, the
// members of its event, why it was rejected, its representative, staff notes and who is working on it.
import type { AuditRecord, ReportEntry, StoredItem } from '../domain/item';
import { loadItem } from './apply-change';
import { highlightRanges, type Segment } from './highlight-ranges';
import { listNotes, type NoteView } from './item-notes';
import { toSummary, type ItemSummary } from './item-summary';
import { loadGazetteer } from './place-names';
import type { ReviewDependencies } from './review-dependencies';
import { suggestEntry } from './suggest-entry';
import { currentHolder, type TakenBy } from './take-item';

export interface ItemDetails {
  item: StoredItem;
  highlights: { title: Segment[]; text: Segment[] };
  audit: AuditRecord[];
  suggestedEntry: ReportEntry;
  /** The other items of its event: members for a representative, the representative for a duplicate. */
  related: ItemSummary[];
  /** For a rejected item: the reason, who rejected it and when (from the audit trail). */
  rejection: { reason: string | null; by: string; at: string } | null;
  /** For a merged-away item: the item that represents its event. */
  representative: { id: string; title: string } | null;
  notes: NoteView[];
  takenBy: TakenBy | null;
}

export async function getItemDetails(deps: ReviewDependencies, id: string): Promise<ItemDetails> {
  const item = await loadItem(deps, id);
  const relatedIds = [...(item.mergedIds ?? []), ...(item.mergedInto ? [item.mergedInto] : [])];
  const [audit, related, gazetteer, notes, takenBy] = await Promise.all([
    deps.items.listAudit(id),
    relatedIds.length ? deps.items.getMany(relatedIds) : Promise.resolve([]),
    loadGazetteer(deps),
    listNotes(deps, id),
    currentHolder(deps, id),
  ]);
  const body = item.text ?? item.summary;
  const sortedAudit = [...audit].sort((a, b) => a.at.localeCompare(b.at));
  const representative = item.mergedInto ? related.find((r) => r.id === item.mergedInto) : undefined;
  return {
    item,
    highlights: {
      title: highlightRanges(item.title, item.classification.matches, 'title'),
      text: highlightRanges(body, item.classification.matches, 'text'),
    },
    audit: sortedAudit,
    suggestedEntry: suggestEntry(item, gazetteer),
    related: related.map((r) => toSummary(r, gazetteer)),
    rejection: rejectionOf(item, sortedAudit),
    representative: item.mergedInto ? { id: item.mergedInto, title: representative?.title ?? '' } : null,
    notes,
    takenBy,
  };
}

/** The last rejection in the audit, for an item that is rejected now. */
function rejectionOf(item: StoredItem, audit: readonly AuditRecord[]): ItemDetails['rejection'] {
  if (item.status !== 'rejected') return null;
  const record = [...audit].reverse().find((a) => a.action === 'reject');
  return { reason: item.rejectionReason ?? null, by: record?.actor ?? 'unknown', at: record?.at ?? item.updatedAt };
}
