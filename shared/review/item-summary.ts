// The queue's compact view of an item: enough for a row and its preview, not the full text.
import { SEED_GAZETTEER, type Gazetteer, type GazetteerEntryNames } from '../domain/gazetteer-names';
import type { ItemStatus, StoredItem } from '../domain/item';
import type { CategoryId, Language } from '../domain/taxonomy';
import { matchSnippets, type Segment } from './highlight-ranges';
import { itemOutlet } from './place-names';
import { textEventDate } from './suggest-entry';

export interface ItemSummary {
  id: string;
  version: number;
  status: ItemStatus;
  sourceId: string;
  url: string;
  title: string;
  language: Language;
  publishedAt: string;
  /** yyyy-mm-dd: the approved entry's event date, else the date the text names, else null. */
  eventDate: string | null;
  /** The outlet with its gazetteer names, or null when none is known (the page then names the source). */
  outlet: GazetteerEntryNames | null;
  score: number;
  categories: CategoryId[];
  /** The approved entry's category, when it differs from the classifier's ranking. */
  entryCategory?: CategoryId;
  /** Up to three highlighted windows around matches in the summary/text. */
  snippets: Segment[][];
  mergedIds?: string[];
  mergedInto?: string;
  addedBy?: string;
}

export function toSummary(item: StoredItem, gazetteer: Gazetteer = SEED_GAZETTEER): ItemSummary {
  const body = item.text ?? item.summary;
  const snippets = matchSnippets(body, item.classification.matches, 'text');
  return {
    id: item.id,
    version: item.version,
    status: item.status,
    sourceId: item.sourceId,
    url: item.url,
    title: item.title,
    language: item.language,
    publishedAt: item.publishedAt,
    eventDate: item.status === 'approved' && item.entry ? item.entry.eventDate : (textEventDate(item) ?? null),
    outlet: itemOutlet(item, gazetteer),
    score: item.classification.score,
    categories: item.classification.categories,
    ...(item.entry ? { entryCategory: item.entry.category } : {}),
    snippets: snippets.length > 0 ? snippets : [[{ text: body.slice(0, 200) + (body.length > 200 ? '…' : '') }]],
    ...(item.mergedIds?.length ? { mergedIds: item.mergedIds } : {}),
    ...(item.mergedInto ? { mergedInto: item.mergedInto } : {}),
    ...(item.addedBy ? { addedBy: item.addedBy } : {}),
  };
}
