// A draft report entry built from the classifier's facts, so the reviewer edits instead of typing.
// A pasted court act is read as an act: its own date, court, outcome and sums, and a short summary.
import { findPlace, SEED_GAZETTEER, type Gazetteer } from '../domain/gazetteer-names';
import type { CaseType, LegalCase, ReportEntry, StoredItem } from '../domain/item';
import { almatyDate } from '../domain/time';
import { isCourtAct, readCourtAct, summarizeCourtAct } from './court-act';
import { nameFor } from './place-names';
import { firstDate } from './text-dates';

const CASE_TYPES: readonly CaseType[] = ['criminal', 'civil', 'administrative'];
/** Dates are looked for near the start: a story or an act names its date early. */
const DATE_WINDOW = 4000;

/** The first sentence of the summary, or the title: staff rewrite it, a blank form slows them more. */
function draftText(item: StoredItem): string {
  const summary = item.summary.trim();
  const firstSentence = /^(.{20,400}?[.!?…])(\s|$)/su.exec(summary)?.[1];
  return (firstSentence ?? (summary || item.title)).trim();
}

/** The event date the text names (not after publication), else none. */
export function textEventDate(item: Pick<StoredItem, 'title' | 'summary' | 'text' | 'publishedAt'>): string | undefined {
  const body = item.text ?? item.summary;
  return firstDate(`${item.title}\n${body.slice(0, DATE_WINDOW)}`, almatyDate(item.publishedAt));
}

export function suggestEntry(item: StoredItem, gazetteer: Gazetteer = SEED_GAZETTEER): ReportEntry {
  if (item.entry) return item.entry;
  const facts = item.classification.facts;
  const category = item.classification.categories[0] ?? 'obstruction';
  const body = item.text ?? item.summary;
  const act = isCourtAct(body) ? readCourtAct(body, almatyDate(item.publishedAt)) : undefined;
  const entry: ReportEntry = {
    category,
    text: { [item.language]: act ? summarizeCourtAct(act, item.language) : draftText(item) },
    eventDate: act?.actDate ?? textEventDate(item) ?? almatyDate(item.publishedAt),
  };
  // Names in the item's language from the gazetteer: a Latin spelling never lands in a Cyrillic entry.
  const outlet = nameFor(findPlace(gazetteer.outlets, facts.outlets[0]), item.language);
  if (outlet) entry.outlet = outlet;
  const region = nameFor(findPlace(gazetteer.regions, facts.regions[0]), item.language);
  if (region) entry.region = region;
  const caseType = CASE_TYPES.find((t) => t === category);
  if (caseType) {
    const article = facts.lawArticles.find((a) => a.code === caseType) ?? facts.lawArticles.find((a) => a.code !== 'unknown') ?? facts.lawArticles[0];
    const legalCase: LegalCase = {
      caseKey: item.id,
      type: caseType,
      stage: act ? 'decided' : 'filed',
      ...(caseType === 'civil' ? { honourDignity: article?.code === 'civil' && article.article === '143' } : {}),
      ...(article ? { lawArticle: article } : {}),
    };
    if (act) {
      legalCase.judicialAct = true;
      if (act.court) legalCase.court = act.court;
      if (act.outcome) legalCase.outcome = act.outcome;
      if (act.amountClaimedKzt !== undefined) legalCase.amountClaimedKzt = act.amountClaimedKzt;
      if (act.amountAwardedKzt !== undefined) legalCase.amountAwardedKzt = act.amountAwardedKzt;
    } else if (facts.amountsKzt.length > 0) {
      // In a story (not an act) the largest amount is nearly always the sum claimed.
      legalCase.amountClaimedKzt = Math.max(...facts.amountsKzt);
    }
    entry.legalCase = legalCase;
  }
  return entry;
}
