// The monthly report's data, computed from approved items (pure: no I/O, no clock).
// Counting rules are documented in docs/report.md; change both together.
import type { LawArticleRef } from '../domain/classification';
import type { CaseOutcome, CaseType, LegalCase, StoredItem } from '../domain/item';
import { CATEGORY_GROUPS, CATEGORY_IDS, groupOf, isCategoryId, LANGUAGES, type CategoryGroupId, type CategoryId, type Language } from '../domain/taxonomy';
import { addMonths, parseMonth } from '../domain/time';

export const REPORT_DATA_SCHEMA = 'sozwatch.report-data/1';

/** The months whose approved items a report for `month` needs (oldest first). */
export interface ReportWindow {
  month: string;
  previousMonth: string;
  sameMonthLastYear: string;
  /** January of the report's year to the report month. */
  yearToDate: { from: string; to: string };
  /** January of last year to the same month of last year. */
  lastYearToDate: { from: string; to: string };
  /**
   * Every month queried: January of last year to the report month. The whole of last year is read so that
   * a case that began last autumn and reached a court this spring is not counted again as a new charge.
   */
  months: string[];
}

export function reportWindow(month: string): ReportWindow {
  const { year } = parseMonth(month);
  const lastYearJanuary = `${year - 1}-01`;
  const months: string[] = [];
  for (let cursor = lastYearJanuary; cursor <= month; cursor = addMonths(cursor, 1)) months.push(cursor);
  return {
    month,
    previousMonth: addMonths(month, -1),
    sameMonthLastYear: addMonths(month, -12),
    yearToDate: { from: `${year}-01`, to: month },
    lastYearToDate: { from: lastYearJanuary, to: addMonths(month, -12) },
    months,
  };
}

export interface PeriodCounts {
  month: number;
  previousMonth: number;
  sameMonthLastYear: number;
  yearToDate: number;
  lastYearToDate: number;
}

export interface CategoryRow extends PeriodCounts {
  id: CategoryId;
  group: CategoryGroupId;
}

export interface GroupRow extends PeriodCounts {
  id: CategoryGroupId;
}

export interface JudicialActCounts {
  total: number;
  forDefendants: number;
}

export interface ChargeCounts {
  civil: number;
  civilHonourDignity: number;
  criminal: number;
  criminalInCourt: number;
  administrative: number;
  total: number;
}

export interface DamageSums {
  claimedKzt: number;
  awardedKzt: number;
}

export interface LawArticleRow {
  code: LawArticleRef['code'];
  article: string;
  part?: string;
  month: number;
  yearToDate: number;
}

export interface ReportEntryView {
  id: string;
  category: CategoryId;
  group: CategoryGroupId;
  eventDate: string;
  outlet?: string;
  region?: string;
  url: string;
  title: string;
  /** The staff-written text, only the languages it was written in, in ru, kk, en order. */
  text: Partial<Record<Language, string>>;
  caseKey?: string;
  rulesVersion: string;
}

export interface ReportData {
  schema: typeof REPORT_DATA_SCHEMA;
  month: string;
  periods: Omit<ReportWindow, 'months'>;
  categories: CategoryRow[];
  groups: GroupRow[];
  totals: PeriodCounts;
  judicialActs: { month: JudicialActCounts; yearToDate: JudicialActCounts };
  charges: { month: ChargeCounts; yearToDate: ChargeCounts };
  damages: { month: DamageSums; yearToDate: DamageSums };
  lawArticles: LawArticleRow[];
  /** Legal-action entries of the month that carry no case facts, so staff can see what the charge figures miss. */
  entriesWithoutCaseFacts: number;
  /** The month's entries, in print order: taxonomy order of category, then event date, then id. */
  entries: ReportEntryView[];
  /** Approved items of the window left out because their entry is malformed (unknown category, bad date). */
  invalidEntryIds: string[];
}

interface Dated {
  item: StoredItem;
  month: string;
  date: string;
}

const LEGAL_CATEGORIES: readonly CategoryId[] = ['criminal', 'civil', 'administrative'];
const IN_COURT_STAGES = new Set(['in_court', 'decided', 'appeal']);
const FOR_DEFENDANT: ReadonlySet<CaseOutcome> = new Set<CaseOutcome>(['for_defendant', 'dismissed']);

function inRange(month: string, range: { from: string; to: string }): boolean {
  return month >= range.from && month <= range.to;
}

const EVENT_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Approved items with an entry, deduplicated by id, in a stable order (event date, then id). */
function approvedEntries(items: readonly StoredItem[], months: ReadonlySet<string>): { entries: Dated[]; invalid: string[] } {
  const byId = new Map<string, Dated>();
  const invalid = new Set<string>();
  for (const item of items) {
    // The month index only holds approved items, but a reopened or merged item must never leak into print.
    if (item.status !== 'approved' || !item.entry) continue;
    const date = item.entry.eventDate;
    // One hand-edited record must not take the whole report down: it is left out and named instead.
    if (typeof date !== 'string' || !EVENT_DATE.test(date) || !isCategoryId(item.entry.category) || !item.entry.text) {
      invalid.add(item.id);
      continue;
    }
    const month = date.slice(0, 7);
    if (!months.has(month)) continue;
    byId.set(item.id, { item, month, date });
  }
  const entries = [...byId.values()].sort((a, b) => (a.date === b.date ? (a.item.id < b.item.id ? -1 : 1) : a.date < b.date ? -1 : 1));
  return { entries, invalid: [...invalid].sort() };
}

function countCategories(entries: readonly Dated[], window: ReportWindow): CategoryRow[] {
  const rows = new Map<CategoryId, CategoryRow>(
    CATEGORY_IDS.map((id) => [id, { id, group: groupOf(id).id, month: 0, previousMonth: 0, sameMonthLastYear: 0, yearToDate: 0, lastYearToDate: 0 }]),
  );
  for (const { item, month } of entries) {
    const row = rows.get(item.entry!.category);
    if (!row) continue;
    if (month === window.month) row.month++;
    if (month === window.previousMonth) row.previousMonth++;
    if (month === window.sameMonthLastYear) row.sameMonthLastYear++;
    if (inRange(month, window.yearToDate)) row.yearToDate++;
    if (inRange(month, window.lastYearToDate)) row.lastYearToDate++;
  }
  return [...rows.values()];
}

function sumCounts(rows: readonly PeriodCounts[]): PeriodCounts {
  const total: PeriodCounts = { month: 0, previousMonth: 0, sameMonthLastYear: 0, yearToDate: 0, lastYearToDate: 0 };
  for (const row of rows) {
    total.month += row.month;
    total.previousMonth += row.previousMonth;
    total.sameMonthLastYear += row.sameMonthLastYear;
    total.yearToDate += row.yearToDate;
    total.lastYearToDate += row.lastYearToDate;
  }
  return total;
}

/** One legal case: its entries in date order, and the month of its earliest approved entry. */
interface CaseHistory {
  caseKey: string;
  firstMonth: string;
  entries: { month: string; legalCase: LegalCase }[];
}

function caseHistories(entries: readonly Dated[]): CaseHistory[] {
  const cases = new Map<string, CaseHistory>();
  for (const { item, month } of entries) {
    const legalCase = item.entry!.legalCase;
    const caseKey = legalCase?.caseKey?.trim();
    if (!legalCase || !caseKey) continue;
    let history = cases.get(caseKey);
    if (!history) {
      // Entries arrive sorted by date, so the first seen is the earliest.
      history = { caseKey, firstMonth: month, entries: [] };
      cases.set(caseKey, history);
    }
    history.entries.push({ month, legalCase });
  }
  return [...cases.values()];
}

interface CaseState {
  type?: CaseType;
  honourDignity?: boolean;
  inCourt: boolean;
  lawArticle?: LawArticleRef;
  amountClaimedKzt?: number;
}

/** What is known of a case at the end of `toMonth`: later entries override earlier ones field by field. */
function caseStateAt(history: CaseHistory, toMonth: string): CaseState {
  const state: CaseState = { inCourt: false };
  for (const { month, legalCase } of history.entries) {
    if (month > toMonth) break;
    if (legalCase.type) state.type = legalCase.type;
    if (legalCase.honourDignity !== undefined) state.honourDignity = legalCase.honourDignity;
    if (legalCase.inCourt || IN_COURT_STAGES.has(legalCase.stage) || legalCase.judicialAct) state.inCourt = true;
    if (legalCase.lawArticle) state.lawArticle = legalCase.lawArticle;
    if (typeof legalCase.amountClaimedKzt === 'number') state.amountClaimedKzt = legalCase.amountClaimedKzt;
  }
  return state;
}

function emptyCharges(): ChargeCounts {
  return { civil: 0, civilHonourDignity: 0, criminal: 0, criminalInCourt: 0, administrative: 0, total: 0 };
}

function countCharges(cases: readonly CaseHistory[], range: { from: string; to: string }): { charges: ChargeCounts; claimedKzt: number } {
  const charges = emptyCharges();
  let claimedKzt = 0;
  for (const history of cases) {
    if (!inRange(history.firstMonth, range)) continue;
    const state = caseStateAt(history, range.to);
    if (state.type === 'civil') {
      charges.civil++;
      if (state.honourDignity) charges.civilHonourDignity++;
    } else if (state.type === 'criminal') {
      charges.criminal++;
      if (state.inCourt) charges.criminalInCourt++;
    } else if (state.type === 'administrative') {
      charges.administrative++;
    }
    charges.total++;
    claimedKzt += state.amountClaimedKzt ?? 0;
  }
  return { charges, claimedKzt };
}

/**
 * Judicial acts issued in the range: one per case and stage (a first-instance decision and its appeal are
 * two acts; three outlets reporting one verdict are one). The outcome is the latest entry's for that act.
 */
function countJudicialActs(cases: readonly CaseHistory[], range: { from: string; to: string }): JudicialActCounts {
  const acts = new Map<string, CaseOutcome | undefined>();
  for (const history of cases) {
    for (const { month, legalCase } of history.entries) {
      if (!legalCase.judicialAct || !inRange(month, range)) continue;
      const key = `${history.caseKey}\u0000${legalCase.stage}`;
      acts.set(key, legalCase.outcome ?? acts.get(key));
    }
  }
  let forDefendants = 0;
  for (const outcome of acts.values()) if (outcome && FOR_DEFENDANT.has(outcome)) forDefendants++;
  return { total: acts.size, forDefendants };
}

/** Awards made in the range: the latest award of each case within it, so an award changed on appeal counts once. */
function sumAwarded(cases: readonly CaseHistory[], range: { from: string; to: string }): number {
  let total = 0;
  for (const history of cases) {
    let latest: number | undefined;
    for (const { month, legalCase } of history.entries) {
      if (inRange(month, range) && typeof legalCase.amountAwardedKzt === 'number') latest = legalCase.amountAwardedKzt;
    }
    total += latest ?? 0;
  }
  return total;
}

function articleKey(ref: LawArticleRef): string {
  return `${ref.code}\u0000${ref.article}\u0000${ref.part ?? ''}`;
}

/** Cases active (with an entry) in the month and in the year to date, by their law article as known at the end of the period. */
function countLawArticles(cases: readonly CaseHistory[], window: ReportWindow): LawArticleRow[] {
  const rows = new Map<string, LawArticleRow>();
  const bump = (ref: LawArticleRef, field: 'month' | 'yearToDate') => {
    const key = articleKey(ref);
    let row = rows.get(key);
    if (!row) {
      row = { code: ref.code, article: ref.article, ...(ref.part ? { part: ref.part } : {}), month: 0, yearToDate: 0 };
      rows.set(key, row);
    }
    row[field]++;
  };
  for (const history of cases) {
    if (history.entries.some((e) => e.month === window.month)) {
      const ref = caseStateAt(history, window.month).lawArticle;
      if (ref) bump(ref, 'month');
    }
    if (history.entries.some((e) => inRange(e.month, window.yearToDate))) {
      const ref = caseStateAt(history, window.yearToDate.to).lawArticle;
      if (ref) bump(ref, 'yearToDate');
    }
  }
  const codeOrder = ['criminal', 'administrative', 'civil', 'media', 'unknown'];
  return [...rows.values()].sort(
    (a, b) =>
      b.yearToDate - a.yearToDate ||
      codeOrder.indexOf(a.code) - codeOrder.indexOf(b.code) ||
      a.article.localeCompare(b.article, 'en', { numeric: true }) ||
      (a.part ?? '').localeCompare(b.part ?? '', 'en', { numeric: true }),
  );
}

function entryView({ item }: Dated): ReportEntryView {
  const entry = item.entry!;
  const text: Partial<Record<Language, string>> = {};
  for (const lang of LANGUAGES) {
    const value = entry.text[lang]?.trim();
    if (value) text[lang] = value;
  }
  return {
    id: item.id,
    category: entry.category,
    group: groupOf(entry.category).id,
    eventDate: entry.eventDate,
    ...(entry.outlet ? { outlet: entry.outlet } : {}),
    ...(entry.region ? { region: entry.region } : {}),
    url: item.url,
    title: item.title,
    text,
    ...(entry.legalCase?.caseKey ? { caseKey: entry.legalCase.caseKey } : {}),
    rulesVersion: item.classification.rulesVersion,
  };
}

function printOrder(a: ReportEntryView, b: ReportEntryView): number {
  const ca = CATEGORY_IDS.indexOf(a.category);
  const cb = CATEGORY_IDS.indexOf(b.category);
  if (ca !== cb) return ca - cb;
  if (a.eventDate !== b.eventDate) return a.eventDate < b.eventDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The report for `month` from the approved items of the window's months (`reportWindow(month).months`).
 * Items outside the window, not approved, or without an entry are ignored.
 */
export function computeReportData(month: string, items: readonly StoredItem[]): ReportData {
  const window = reportWindow(month);
  const { entries, invalid } = approvedEntries(items, new Set(window.months));
  const categories = countCategories(entries, window);
  const groups: GroupRow[] = CATEGORY_GROUPS.map((group) => ({
    id: group.id,
    ...sumCounts(categories.filter((row) => row.group === group.id)),
  }));
  const cases = caseHistories(entries);
  const monthRange = { from: month, to: month };
  const monthCharges = countCharges(cases, monthRange);
  const ytdCharges = countCharges(cases, window.yearToDate);
  const monthEntries = entries.filter((e) => e.month === month);
  const { months: _months, ...periods } = window;
  return {
    schema: REPORT_DATA_SCHEMA,
    month,
    periods,
    categories,
    groups,
    totals: sumCounts(categories),
    judicialActs: { month: countJudicialActs(cases, monthRange), yearToDate: countJudicialActs(cases, window.yearToDate) },
    charges: { month: monthCharges.charges, yearToDate: ytdCharges.charges },
    damages: {
      month: { claimedKzt: monthCharges.claimedKzt, awardedKzt: sumAwarded(cases, monthRange) },
      yearToDate: { claimedKzt: ytdCharges.claimedKzt, awardedKzt: sumAwarded(cases, window.yearToDate) },
    },
    lawArticles: countLawArticles(cases, window),
    entriesWithoutCaseFacts: monthEntries.filter(
      (e) => LEGAL_CATEGORIES.includes(e.item.entry!.category) && !e.item.entry!.legalCase?.caseKey?.trim(),
    ).length,
    entries: monthEntries.map(entryView).sort(printOrder),
    invalidEntryIds: invalid,
  };
}

/** Months the report reads, for callers that query storage month by month. */
export function monthsToQuery(month: string): string[] {
  return reportWindow(month).months;
}
