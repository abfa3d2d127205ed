// Suggests which queue items report the same incident (several outlets, one event), so a reviewer
// sees them together and merges them instead of approving the event twice.
import { normalizeTitle } from '../domain/ids';
import type { StoredItem } from '../domain/item';
import { almatyDate } from '../domain/time';
import { nameFoldingKey } from '../domain/transliteration';
import { findDates } from './text-dates';

export interface GroupSuggestion {
  /** Item ids, the earliest published first (the natural representative). */
  ids: string[];
  /** The strongest pairwise similarity inside the group, 0..1. */
  score: number;
}

export interface GroupingOptions {
  /** Items further apart in time are not the same incident. */
  maxDaysApart?: number;
  /** Jaccard similarity of word shingles above which two items are grouped. */
  threshold?: number;
}

const SHINGLE = 2;
// Short function words carry no identity; stems are cut so Russian case endings still match.
const STEM = 6;

function words(text: string): string[] {
  return normalizeTitle(text)
    .split(' ')
    .filter((w) => w.length > 3)
    .map((w) => w.slice(0, STEM));
}

/** Word bigram shingles of the title and the start of the summary, stemmed. */
export function shingles(item: Pick<StoredItem, 'title' | 'summary'>): Set<string> {
  const tokens = words(`${item.title} ${item.summary.slice(0, 600)}`);
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) set.add(tokens.slice(i, i + SHINGLE).join(' '));
  for (const token of words(item.title)) set.add(token);
  return set;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const value of a) if (b.has(value)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Capitalised words that are not sentence starts: names of people, places, outlets. */
export function names(item: Pick<StoredItem, 'title' | 'summary'>): Set<string> {
  const found = new Set<string>();
  const text = `${item.title}. ${item.summary.slice(0, 600)}`;
  for (const match of text.matchAll(/(?<![.!?«"]\s)(?<!^)(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{3,})/gu)) {
    found.add((match[1] as string).toLowerCase().slice(0, STEM));
  }
  return found;
}

/**
 * What identifies an event whatever language reports it: people named with first name and surname
 * (the start of the surname's script-neutral key, so «Сапарову», «Сапарованы» and "Saparova" agree), the days the text names, law article
 * numbers, tenge amounts and the outlets and regions the classifier recognised (canonical names).
 */
export interface EventFacts {
  people: Set<string>;
  days: Set<string>;
  articles: Set<string>;
  amounts: Set<number>;
  places: Set<string>;
}

// Two capitalised words in a row: a first name and a surname (Cyrillic or Latin).
const PERSON = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}{2,})\s+(\p{Lu}\p{Ll}{3,})(?![\p{L}])/gu;
const SURNAME_STEM = 5;

export function eventFacts(item: Pick<StoredItem, 'title' | 'summary' | 'text' | 'publishedAt' | 'classification'>): EventFacts {
  const text = `${item.title}. ${(item.text ?? item.summary).slice(0, 2000)}`;
  const people = new Set<string>();
  for (const match of text.matchAll(PERSON)) {
    // One key across Cyrillic and Latin spellings: «Сапарову», «Сапарованы» and "Saparova" agree.
    people.add(nameFoldingKey(match[2] as string).slice(0, SURNAME_STEM));
  }
  const facts = item.classification.facts;
  return {
    people,
    days: new Set(findDates(text, almatyDate(item.publishedAt)).map((d) => d.date)),
    articles: new Set(facts.lawArticles.filter((a) => a.code !== 'unknown').map((a) => `${a.code}:${a.article}`)),
    amounts: new Set(facts.amountsKzt),
    places: new Set([...facts.outlets, ...facts.regions]),
  };
}

function shared<T>(a: Set<T>, b: Set<T>): number {
  let count = 0;
  for (const value of a) if (b.has(value)) count++;
  return count;
}

/**
 * Stories in two languages share no words, so they are compared on their event facts: a person
 * named in both, and one more fact in common (a second person, a day, an article, an amount, an
 * outlet or region). The similarity reported is the share of the facts they could share.
 */
export function crossLanguageSimilarity(a: EventFacts, b: EventFacts): number {
  const people = shared(a.people, b.people);
  if (people === 0) return 0;
  const others = shared(a.days, b.days) + shared(a.articles, b.articles) + shared(a.amounts, b.amounts) + shared(a.places, b.places);
  if (people + others < 2) return 0;
  const possible = Math.min(a.people.size, b.people.size) + Math.min(a.days.size, b.days.size) + Math.min(a.articles.size, b.articles.size) + Math.min(a.amounts.size, b.amounts.size) + Math.min(a.places.size, b.places.size);
  return Math.min(1, (people + others) / Math.max(2, possible));
}

/**
 * Groups items transitively (union-find) when their shingles are similar enough, or when they share
 * two or more names and some text; a pair from the same source counts only on near-identical text,
 * since one outlet rarely reports one event twice except as a correction.
 */
export function suggestGroups(items: readonly StoredItem[], options: GroupingOptions = {}): GroupSuggestion[] {
  const maxMs = (options.maxDaysApart ?? 3) * 86_400_000;
  const threshold = options.threshold ?? 0.3;
  const prepared = items.map((item) => ({ item, at: Date.parse(item.publishedAt), sh: shingles(item), nm: names(item), ev: eventFacts(item) }));
  const parent = prepared.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  const best = new Map<number, number>();
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const a = prepared[i]!;
      const b = prepared[j]!;
      if (Math.abs(a.at - b.at) > maxMs) continue;
      const sameSource = a.item.sourceId === b.item.sourceId;
      const crossLanguage = a.item.language !== b.item.language;
      const similarity = crossLanguage ? crossLanguageSimilarity(a.ev, b.ev) : jaccard(a.sh, b.sh);
      const sharedNames = [...a.nm].filter((n) => b.nm.has(n)).length;
      const related = crossLanguage
        ? !sameSource && similarity > 0
        : sameSource
          ? similarity >= 0.8
          : similarity >= threshold || (sharedNames >= 2 && similarity >= threshold / 3);
      if (!related) continue;
      const root = find(i);
      const other = find(j);
      parent[other] = root;
      best.set(root, Math.max(best.get(root) ?? 0, best.get(other) ?? 0, similarity));
    }
  }
  const groups = new Map<number, number[]>();
  prepared.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.entries()]
    .filter(([, members]) => members.length > 1)
    .map(([root, members]) => ({
      ids: members.sort((x, y) => prepared[x]!.at - prepared[y]!.at || prepared[x]!.item.id.localeCompare(prepared[y]!.item.id)).map((i) => prepared[i]!.item.id),
      score: Math.round((best.get(root) ?? 0) * 1000) / 1000,
    }))
    .sort((a, b) => (a.ids[0] as string).localeCompare(b.ids[0] as string));
}
