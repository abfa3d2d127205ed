// One item for the review view: the item, its highlighted fields, the audit trail, a draft entry and
// the members of its event.
import type { AuditRecord, ReportEntry, StoredItem } from '../domain/item';
import { loadItem } from './apply-change';
import { highlightRanges, type Segment } from './highlight-ranges';
import type { ReviewDependencies } from './review-dependencies';
import { suggestEntry } from './suggest-entry';
import { toSummary, type ItemSummary } from './item-summary';

export interface ItemDetails {
  item: StoredItem;
  highlights: { title: Segment[]; text: Segment[] };
  audit: AuditRecord[];
  suggestedEntry: ReportEntry;
  /** The other items of its event: members for a representative, the representative for a duplicate. */
  related: ItemSummary[];
}

export async function getItemDetails(deps: ReviewDependencies, id: string): Promise<ItemDetails> {
  const item = await loadItem(deps, id);
  const relatedIds = [...(item.mergedIds ?? []), ...(item.mergedInto ? [item.mergedInto] : [])];
  const [audit, related] = await Promise.all([deps.items.listAudit(id), relatedIds.length ? deps.items.getMany(relatedIds) : Promise.resolve([])]);
  const body = item.text ?? item.summary;
  return {
    item,
    highlights: {
      title: highlightRanges(item.title, item.classification.matches, 'title'),
      text: highlightRanges(body, item.classification.matches, 'text'),
    },
    audit: [...audit].sort((a, b) => a.at.localeCompare(b.at)),
    suggestedEntry: suggestEntry(item),
    related: related.map(toSummary),
  };
}
