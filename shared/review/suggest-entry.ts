// A draft report entry built from the classifier's facts, so the reviewer edits instead of typing.
import type { CaseType, ReportEntry, StoredItem } from '../domain/item';
import { almatyDate } from '../domain/time';

const CASE_TYPES: readonly CaseType[] = ['criminal', 'civil', 'administrative'];

/** The first sentence of the summary, or the title: staff rewrite it, a blank form slows them more. */
function draftText(item: StoredItem): string {
  const summary = item.summary.trim();
  const firstSentence = /^(.{20,400}?[.!?…])(\s|$)/su.exec(summary)?.[1];
  return (firstSentence ?? (summary || item.title)).trim();
}

export function suggestEntry(item: StoredItem): ReportEntry {
  if (item.entry) return item.entry;
  const facts = item.classification.facts;
  const category = item.classification.categories[0] ?? 'obstruction';
  const entry: ReportEntry = {
    category,
    text: { [item.language]: draftText(item) },
    eventDate: almatyDate(item.publishedAt),
  };
  const outlet = facts.outlets[0];
  if (outlet) entry.outlet = outlet;
  const region = facts.regions[0];
  if (region) entry.region = region;
  const caseType = CASE_TYPES.find((t) => t === category);
  if (caseType) {
    const article = facts.lawArticles.find((a) => a.code === caseType) ?? facts.lawArticles[0];
    // The largest amount in a claim story is nearly always the sum claimed; awards are written by hand.
    const claimed = facts.amountsKzt.length > 0 ? Math.max(...facts.amountsKzt) : undefined;
    entry.legalCase = {
      caseKey: item.id,
      type: caseType,
      stage: 'filed',
      ...(caseType === 'civil' ? { honourDignity: article?.code === 'civil' && article.article === '143' } : {}),
      ...(article ? { lawArticle: article } : {}),
      ...(claimed !== undefined ? { amountClaimedKzt: claimed } : {}),
    };
  }
  return entry;
}
