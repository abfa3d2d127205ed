// Which existing cases a new legal item may belong to: ranked by shared people, outlet, law article and
// court, with names compared across Cyrillic (ru/kk), Kazakh Latin and English spellings.
import type { CaseRecord } from './case';
import type { LawArticleRef } from './classification';
import type { StoredItem } from './item';
import { nameFoldingKey } from './transliteration';

/**
 * The form names are compared in: the one name-folding key of the transliteration module (lower-case
 * Latin letters and digits, words separated by one space), so a name in Cyrillic, any Kazakh Latin
 * alphabet or Arabic script meets its other spellings.
 */
export function matchingForm(text: string): string {
  return nameFoldingKey(text);
}

/**
 * A word reduced to what survives different romanisations: its first letter and its consonants, with
 * y treated as a vowel and repeated letters collapsed (Ожаев, Ozhayev and Ojaev meet at "ozhv").
 */
function skeleton(word: string): string {
  const rest = word.slice(1).replace(/[aeiouy]/g, '');
  return (word[0]! + rest).replace(/(.)\1+/g, '$1');
}

function nameWords(name: string): string[] {
  return matchingForm(name)
    .split(' ')
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w))
    .map(skeleton);
}

/** Two names share a word of at least three letters (a surname in another script counts). */
export function namesMatch(a: string, b: string): boolean {
  const words = new Set(nameWords(a));
  return nameWords(b).some((w) => words.has(w));
}

function sameArticle(a: LawArticleRef, b: LawArticleRef): boolean {
  return a.code === b.code && a.article.trim() === b.article.trim();
}

/** What is known about a new legal item: the facts a reviewer or the classifier extracted. */
export interface CaseProbe {
  people?: readonly string[];
  outlet?: string;
  lawArticles?: readonly LawArticleRef[];
  court?: string;
}

export type MatchReason = 'person' | 'outlet' | 'article' | 'court';

export interface CaseMatch {
  record: CaseRecord;
  score: number;
  reasons: MatchReason[];
}

const WEIGHTS: Record<MatchReason, number> = { person: 5, outlet: 2, article: 2, court: 1 };

/**
 * Existing cases ranked for a new item, best first; cases sharing nothing are left out. A person weighs
 * most since a case follows its parties from court to court; an article or court alone is a weak hint.
 * Ties keep the more recent case first, then the key, so the order is stable.
 */
export function rankCaseMatches(records: readonly CaseRecord[], probe: CaseProbe, limit = 10): CaseMatch[] {
  const matches: CaseMatch[] = [];
  for (const record of records) {
    const reasons: MatchReason[] = [];
    if (probe.people?.some((person) => record.parties.some((party) => namesMatch(person, party)))) reasons.push('person');
    if (probe.outlet && record.outlet && namesMatch(probe.outlet, record.outlet)) reasons.push('outlet');
    if (record.lawArticle && probe.lawArticles?.some((ref) => sameArticle(ref, record.lawArticle!))) reasons.push('article');
    if (probe.court && record.court && namesMatch(probe.court, record.court)) reasons.push('court');
    if (reasons.length === 0) continue;
    matches.push({ record, score: reasons.reduce((sum, r) => sum + WEIGHTS[r], 0), reasons });
  }
  const lastMonth = (r: CaseRecord) => r.timeline.at(-1)?.month ?? r.filedMonth;
  matches.sort(
    (a, b) =>
      b.score - a.score ||
      (lastMonth(a.record) < lastMonth(b.record) ? 1 : lastMonth(a.record) > lastMonth(b.record) ? -1 : 0) ||
      (a.record.key < b.record.key ? -1 : a.record.key > b.record.key ? 1 : 0),
  );
  return matches.slice(0, limit);
}

/**
 * What an item says about its case: the reviewer's entry first (people, outlet, article, court), then
 * what the classifier extracted from the text (outlets, law articles), so an item can be matched
 * before anyone has written its entry.
 */
export function probeFromItem(item: Pick<StoredItem, 'entry' | 'classification'>): CaseProbe {
  const entry = item.entry;
  const facts = item.classification.facts;
  const article = entry?.legalCase?.lawArticle;
  const outlet = entry?.outlet ?? facts.outlets[0];
  const court = entry?.legalCase?.court;
  return {
    ...(entry?.people?.length ? { people: entry.people } : {}),
    ...(outlet ? { outlet } : {}),
    lawArticles: article ? [article, ...facts.lawArticles] : facts.lawArticles,
    ...(court ? { court } : {}),
  };
}
