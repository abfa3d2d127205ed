// The in-memory part of queue filtering and search: what a GSI key cannot express.
import { normalizeTitle } from '../domain/ids';
import type { ItemStatus, StoredItem } from '../domain/item';
import type { CategoryId, Language } from '../domain/taxonomy';
import { almatyLocalToInstant } from '../domain/time';
import { stemWord } from './search-stem';

export interface ItemFilter {
  statuses?: ItemStatus[];
  category?: CategoryId;
  sourceId?: string;
  language?: Language;
  /** Inclusive ISO instants, or yyyy-mm-dd meaning Almaty days, on publishedAt. */
  from?: string;
  to?: string;
  /** Words that must all occur in the title, summary or text (case, ё and punctuation ignored). */
  q?: string;
}

/** The query words, folded like the stored text is folded and stemmed, to be found at word starts. */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return normalizeTitle(q).split(' ').filter(Boolean).map(stemWord);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** The instant Almaty's day `date` (yyyy-mm-dd) begins: staff mean their own days, not UTC ones. */
export function almatyDayStart(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return almatyLocalToInstant(year!, month!, day!).getTime();
}

/** `from` given as a date means from the start of that Almaty day. */
export function lowerBound(from: string): string {
  return DATE_ONLY.test(from) ? new Date(almatyDayStart(from)).toISOString() : from;
}

/** `to` given as a date means up to the end of that Almaty day. */
export function upperBound(to: string): string {
  if (!DATE_ONLY.test(to)) return to;
  const next = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return new Date(almatyDayStart(next) - 1).toISOString();
}

export function itemMatches(item: StoredItem, filter: ItemFilter, words: string[] = searchWords(filter.q)): boolean {
  if (filter.statuses && !filter.statuses.includes(item.status)) return false;
  if (filter.sourceId && item.sourceId !== filter.sourceId) return false;
  if (filter.language && item.language !== filter.language) return false;
  if (filter.category) {
    const categories = item.entry ? [item.entry.category, ...item.classification.categories] : item.classification.categories;
    if (!categories.includes(filter.category)) return false;
  }
  if (filter.from && item.publishedAt < lowerBound(filter.from)) return false;
  if (filter.to && item.publishedAt > upperBound(filter.to)) return false;
  if (words.length > 0) {
    const haystack = ` ${normalizeTitle(`${item.title} ${item.summary} ${item.text ?? ''}`)}`;
    // Stems matched at word starts: «журналисты» (stem «журналист») finds «журналиста» and «журналистер».
    if (!words.every((word) => haystack.includes(` ${word}`))) return false;
  }
  return true;
}
