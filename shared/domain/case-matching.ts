// Which existing cases a new legal item may belong to: ranked by shared people, outlet, law article and
// court, with names compared across Cyrillic (ru/kk), Kazakh Latin and English spellings.
import type { CaseRecord } from './case';
import type { LawArticleRef } from './classification';
import type { StoredItem } from './item';

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};

const LATIN_FOLDS: Record<string, string> = { ä: 'a', ğ: 'g', q: 'k', ñ: 'n', ö: 'o', ū: 'u', ü: 'u', ı: 'i', ş: 'sh', ç: 'ch', x: 'kh', w: 'v', j: 'zh' };

/**
 * The form names are compared in: lower-case Latin letters and digits, words separated by one space.
 * This is the one place that decides how spellings across scripts meet; a shared transliteration can
 * replace its body without touching the callers.
 */
export function matchingForm(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').toLowerCase()) {
    const mapped = CYRILLIC_TO_LATIN[char] ?? LATIN_FOLDS[char] ?? char;
    out += /^[a-z0-9]*$/.test(mapped) ? mapped : ' ';
  }
  return out.replace(/ +/g, ' ').trim();
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
