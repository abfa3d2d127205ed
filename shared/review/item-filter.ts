// The in-memory part of queue filtering and search: what a GSI key cannot express.
import { normalizeTitle } from '../domain/ids';
import type { ItemStatus, StoredItem } from '../domain/item';
import type { CategoryId, Language } from '../domain/taxonomy';

export interface ItemFilter {
  statuses?: ItemStatus[];
  category?: CategoryId;
  sourceId?: string;
  language?: Language;
  /** Inclusive ISO instants (or yyyy-mm-dd) on publishedAt. */
  from?: string;
  to?: string;
  /** Words that must all occur in the title, summary or text (case, ё and punctuation ignored). */
  q?: string;
}

/** The query words, folded like the stored text is folded. */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return normalizeTitle(q).split(' ').filter(Boolean);
}

/** `to` given as a date means the whole day. */
export function upperBound(to: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T23:59:59.999Z` : to;
}

export function itemMatches(item: StoredItem, filter: ItemFilter, words: string[] = searchWords(filter.q)): boolean {
  if (filter.statuses && !filter.statuses.includes(item.status)) return false;
  if (filter.sourceId && item.sourceId !== filter.sourceId) return false;
  if (filter.language && item.language !== filter.language) return false;
  if (filter.category) {
    const categories = item.entry ? [item.entry.category, ...item.classification.categories] : item.classification.categories;
    if (!categories.includes(filter.category)) return false;
  }
  if (filter.from && item.publishedAt < filter.from) return false;
  if (filter.to && item.publishedAt > upperBound(filter.to)) return false;
  if (words.length > 0) {
    const haystack = ` ${normalizeTitle(`${item.title} ${item.summary} ${item.text ?? ''}`)}`;
    // Prefix match on word starts: "журналист" finds "журналиста", as staff expect of Russian inflection.
    if (!words.every((word) => haystack.includes(` ${word}`))) return false;
  }
  return true;
}
