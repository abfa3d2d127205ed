// Suggests which queue items report the same incident (several outlets, one event), so a reviewer
// sees them together and merges them instead of approving the event twice.
import { normalizeTitle } from '../domain/ids';
import type { StoredItem } from '../domain/item';

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
 * Groups items transitively (union-find) when their shingles are similar enough, or when they share
 * two or more names and some text; a pair from the same source counts only on near-identical text,
 * since one outlet rarely reports one event twice except as a correction.
 */
export function suggestGroups(items: readonly StoredItem[], options: GroupingOptions = {}): GroupSuggestion[] {
  const maxMs = (options.maxDaysApart ?? 3) * 86_400_000;
  const threshold = options.threshold ?? 0.3;
  const prepared = items.map((item) => ({ item, at: Date.parse(item.publishedAt), sh: shingles(item), nm: names(item) }));
  const parent = prepared.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  const best = new Map<number, number>();
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const a = prepared[i]!;
      const b = prepared[j]!;
      if (Math.abs(a.at - b.at) > maxMs) continue;
      const similarity = jaccard(a.sh, b.sh);
      const sharedNames = [...a.nm].filter((n) => b.nm.has(n)).length;
      const sameSource = a.item.sourceId === b.item.sourceId;
      const related = sameSource ? similarity >= 0.8 : similarity >= threshold || (sharedNames >= 2 && similarity >= threshold / 3);
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
