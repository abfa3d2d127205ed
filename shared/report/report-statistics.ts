// The monthly report's data, computed from approved items (pure: no I/O, no clock).
// Counting rules are documented in docs/report.md; change both together.
import type { ArchivedEvidence } from '../domain/evidence';
import { IN_COURT_STAGES, type CaseRecord } from '../domain/case';
import type { LawArticleRef } from '../domain/classification';
import { SUBCATEGORIES, type IncidentFacts, type SubcategoryId } from '../domain/incident';
import type { CaseOutcome, CaseType, LegalCase, StoredItem } from '../domain/item';
import { CATEGORY_GROUPS, CATEGORY_IDS, groupOf, isCategoryId, LANGUAGES, LAW_CODES, type CategoryGroupId, type CategoryId, type Language } from '../domain/taxonomy';
import { addMonths, parseMonth } from '../domain/time';
import type { Baseline, BaselineCase, BaselineLegalFigures, BaselineMonth } from './baseline';

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

/** Entries of a finer subcategory (they count in their parent category too). */
export interface SubcategoryRow extends PeriodCounts {
  id: SubcategoryId;
  parent: CategoryId;
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
  subcategory?: SubcategoryId;
  /** Who did it, to whom, where, and every source link, as the reviewer recorded them. */
  incident?: Omit<IncidentFacts, 'subcategory'>;
  /** The archived copy of the source: its object key, sha256 and retrieval time. */
  evidence?: Pick<ArchivedEvidence, 'key' | 'sha256' | 'retrievedAt' | 'source'>;
  rulesVersion: string;
}

export interface ReportData {
  schema: typeof REPORT_DATA_SCHEMA;
  month: string;
  periods: Omit<ReportWindow, 'months'>;
  categories: CategoryRow[];
  subcategories: SubcategoryRow[];
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
  /** "Events in the country": approved context entries of the month, printed apart and never counted. */
  contextEntries: ReportEntryView[];
  /** Months of the window whose figures come from the baseline recorded before the system, oldest first. */
  baselineMonths: string[];
  /** Approved items of the window left out because their entry is malformed (unknown category, bad date). */
  invalidEntryIds: string[];
}

interface Dated {
  item: StoredItem;
  month: string;
  date: string;
}

const LEGAL_CATEGORIES: readonly CategoryId[] = ['criminal', 'civil', 'administrative'];
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

/** Adds `count` to the period columns the month falls in. */
function addToPeriods(row: PeriodCounts, month: string, window: ReportWindow, count = 1): void {
  if (month === window.month) row.month += count;
  if (month === window.previousMonth) row.previousMonth += count;
  if (month === window.sameMonthLastYear) row.sameMonthLastYear += count;
  if (inRange(month, window.yearToDate)) row.yearToDate += count;
  if (inRange(month, window.lastYearToDate)) row.lastYearToDate += count;
}

function zeroCounts(): PeriodCounts {
  return { month: 0, previousMonth: 0, sameMonthLastYear: 0, yearToDate: 0, lastYearToDate: 0 };
}

function countCategories(entries: readonly Dated[], baselineMonths: readonly BaselineMonth[], window: ReportWindow): CategoryRow[] {
  const rows = new Map<CategoryId, CategoryRow>(CATEGORY_IDS.map((id) => [id, { id, group: groupOf(id).id, ...zeroCounts() }]));
  for (const { item, month } of entries) {
    const row = rows.get(item.entry!.category);
    if (row) addToPeriods(row, month, window);
  }
  for (const baseline of baselineMonths) {
    for (const row of rows.values()) addToPeriods(row, baseline.month, window, baseline.counts[row.id] ?? 0);
  }
  return [...rows.values()];
}

function countSubcategories(entries: readonly Dated[], baselineMonths: readonly BaselineMonth[], window: ReportWindow): SubcategoryRow[] {
  const rows = new Map<SubcategoryId, SubcategoryRow>(SUBCATEGORIES.map((s) => [s.id, { id: s.id, parent: s.parent, ...zeroCounts() }]));
  for (const { item, month } of entries) {
    const id = item.entry!.incident?.subcategory;
    const row = id ? rows.get(id) : undefined;
    // A subcategory recorded under another category is a data error; it is not counted under the wrong parent.
    if (row && row.parent === item.entry!.category) addToPeriods(row, month, window);
  }
  for (const baseline of baselineMonths) {
    for (const row of rows.values()) addToPeriods(row, baseline.month, window, baseline.counts[row.id] ?? 0);
  }
  return [...rows.values()];
}

function sumCounts(rows: readonly PeriodCounts[]): PeriodCounts {
  const total = zeroCounts();
  for (const row of rows) {
    total.month += row.month;
    total.previousMonth += row.previousMonth;
    total.sameMonthLastYear += row.sameMonthLastYear;
    total.yearToDate += row.yearToDate;
    total.lastYearToDate += row.lastYearToDate;
  }
  return total;
}

/**
 * One legal case: its entries in date order and the month it was filed. The filing month is the earliest
 * of its first entry, its registry record and its baseline record, so a verdict on a case filed before
 * the window (or before the system) is a judicial act, never a new filing.
 */
interface CaseHistory {
  caseKey: string;
  filedMonth: string;
  /** The case as it stood when the baseline was recorded, when it was open then. */
  baseline?: BaselineCase;
  entries: { month: string; legalCase: LegalCase }[];
}

function caseHistories(entries: readonly Dated[], registry: readonly CaseRecord[], baselineCases: readonly BaselineCase[]): CaseHistory[] {
  const cases = new Map<string, CaseHistory>();
  for (const { item, month } of entries) {
    const legalCase = item.entry!.legalCase;
    const caseKey = legalCase?.caseKey?.trim();
    if (!legalCase || !caseKey) continue;
    let history = cases.get(caseKey);
    if (!history) {
      // Entries arrive sorted by date, so the first seen is the earliest.
      history = { caseKey, filedMonth: month, entries: [] };
      cases.set(caseKey, history);
    }
    history.entries.push({ month, legalCase });
  }
  const registryByKey = new Map(registry.map((r) => [r.key, r]));
  for (const open of baselineCases) {
    let history = cases.get(open.key);
    if (!history) cases.set(open.key, (history = { caseKey: open.key, filedMonth: open.filedMonth, entries: [] }));
    history.baseline = open;
  }
  for (const history of cases.values()) {
    const known = [history.filedMonth, registryByKey.get(history.caseKey)?.filedMonth, history.baseline?.filedMonth].filter((m): m is string => Boolean(m));
    history.filedMonth = known.sort()[0]!;
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

/** What is known of a case at the end of `toMonth`: its baseline record, then later entries override it field by field. */
function caseStateAt(history: CaseHistory, toMonth: string): CaseState {
  const state: CaseState = { inCourt: false };
  const open = history.baseline;
  if (open && open.stageMonth <= toMonth) {
    state.type = open.kind;
    if (open.honourDignity !== undefined) state.honourDignity = open.honourDignity;
    state.inCourt = IN_COURT_STAGES.has(open.stage);
    if (open.lawArticle) state.lawArticle = open.lawArticle;
    if (open.amountClaimedKzt !== undefined) state.amountClaimedKzt = open.amountClaimedKzt;
  }
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

/** The baseline's legal figures of the months in `range` that come from the baseline. */
function baselineLegal(baselineMonths: readonly BaselineMonth[], range: { from: string; to: string }): BaselineLegalFigures[] {
  return baselineMonths.filter((m) => m.legal && inRange(m.month, range)).map((m) => m.legal!);
}

function countCharges(
  cases: readonly CaseHistory[],
  baselineMonths: readonly BaselineMonth[],
  range: { from: string; to: string },
): { charges: ChargeCounts; claimedKzt: number } {
  const charges = emptyCharges();
  let claimedKzt = 0;
  for (const figures of baselineLegal(baselineMonths, range)) {
    charges.civil += figures.civil;
    charges.civilHonourDignity += figures.civilHonourDignity;
    charges.criminal += figures.criminal;
    charges.criminalInCourt += figures.criminalInCourt;
    charges.administrative += figures.administrative;
    charges.total += figures.civil + figures.criminal + figures.administrative;
    claimedKzt += figures.claimedKzt;
  }
  const fromBaseline = new Set(baselineMonths.map((m) => m.month));
  for (const history of cases) {
    if (!inRange(history.filedMonth, range)) continue;
    const state = caseStateAt(history, range.to);
    if (fromBaseline.has(history.filedMonth)) {
      // Counted in the baseline's figures as the case stood then: only what changed since is added.
      const open = history.baseline;
      if (!open) continue;
      if (state.type === 'criminal' && state.inCourt && !IN_COURT_STAGES.has(open.stage)) charges.criminalInCourt++;
      claimedKzt += (state.amountClaimedKzt ?? 0) - (open.amountClaimedKzt ?? 0);
      continue;
    }
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
function countJudicialActs(cases: readonly CaseHistory[], baselineMonths: readonly BaselineMonth[], range: { from: string; to: string }): JudicialActCounts {
  const acts = new Map<string, CaseOutcome | undefined>();
  for (const history of cases) {
    for (const { month, legalCase } of history.entries) {
      if (!legalCase.judicialAct || !inRange(month, range)) continue;
      const key = `${history.caseKey}\u0000${legalCase.stage}`;
      acts.set(key, legalCase.outcome ?? acts.get(key));
    }
  }
  let total = acts.size;
  let forDefendants = 0;
  for (const outcome of acts.values()) if (outcome && FOR_DEFENDANT.has(outcome)) forDefendants++;
  for (const figures of baselineLegal(baselineMonths, range)) {
    total += figures.judicialActs;
    forDefendants += figures.forDefendants;
  }
  return { total, forDefendants };
}

/**
 * Awards made in the range: the latest award of each case within it, so an award changed on appeal counts
 * once. A baseline case's award counted in the baseline's figures is replaced by a later one, not added to it.
 */
function sumAwarded(cases: readonly CaseHistory[], baselineMonths: readonly BaselineMonth[], range: { from: string; to: string }): number {
  let total = 0;
  for (const figures of baselineLegal(baselineMonths, range)) total += figures.awardedKzt;
  const fromBaseline = new Set(baselineMonths.map((m) => m.month));
  for (const history of cases) {
    let latest: number | undefined;
    for (const { month, legalCase } of history.entries) {
      if (inRange(month, range) && typeof legalCase.amountAwardedKzt === 'number') latest = legalCase.amountAwardedKzt;
    }
    if (latest === undefined) continue;
    total += latest;
    const open = history.baseline;
    if (open?.amountAwardedKzt !== undefined && inRange(open.stageMonth, range) && fromBaseline.has(open.stageMonth)) total -= open.amountAwardedKzt;
  }
  return total;
}

function articleKey(ref: LawArticleRef): string {
  return `${ref.code}\u0000${ref.article}\u0000${ref.part ?? ''}`;
}

/** A baseline case was active in a range of baseline months when it was filed or reached its stage there. */
function activeInBaseline(history: CaseHistory, fromBaseline: ReadonlySet<string>, range: { from: string; to: string }): boolean {
  const open = history.baseline;
  if (!open) return false;
  return [open.filedMonth, open.stageMonth].some((m) => fromBaseline.has(m) && inRange(m, range));
}

/** Cases active (with an entry) in the month and in the year to date, by their law article as known at the end of the period. */
function countLawArticles(cases: readonly CaseHistory[], baselineMonths: readonly BaselineMonth[], window: ReportWindow): LawArticleRow[] {
  const rows = new Map<string, LawArticleRow>();
  const fromBaseline = new Set(baselineMonths.map((m) => m.month));
  const bump = (ref: LawArticleRef, field: 'month' | 'yearToDate') => {
    const key = articleKey(ref);
    let row = rows.get(key);
    if (!row) {
      row = { code: ref.code, article: ref.article, ...(ref.part ? { part: ref.part } : {}), month: 0, yearToDate: 0 };
      rows.set(key, row);
    }
    row[field]++;
  };
  const monthRange = { from: window.month, to: window.month };
  for (const history of cases) {
    if (history.entries.some((e) => e.month === window.month) || activeInBaseline(history, fromBaseline, monthRange)) {
      const ref = caseStateAt(history, window.month).lawArticle;
      if (ref) bump(ref, 'month');
    }
    if (history.entries.some((e) => inRange(e.month, window.yearToDate)) || activeInBaseline(history, fromBaseline, window.yearToDate)) {
      const ref = caseStateAt(history, window.yearToDate.to).lawArticle;
      if (ref) bump(ref, 'yearToDate');
    }
  }
  const codeOrder: readonly string[] = LAW_CODES;
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
  const { subcategory, ...facts } = entry.incident ?? {};
  const incident = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
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
    ...(subcategory && SUBCATEGORIES.some((s) => s.id === subcategory && s.parent === entry.category) ? { subcategory } : {}),
    ...(Object.keys(incident).length > 0 ? { incident } : {}),
    ...(entry.evidence?.status === 'archived'
      ? { evidence: { key: entry.evidence.key, sha256: entry.evidence.sha256, retrievedAt: entry.evidence.retrievedAt, source: entry.evidence.source } }
      : {}),
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

export interface ReportSources {
  /** Figures recorded before the system; used for the window's months that have no approved entry. */
  baseline?: Baseline;
  /** The case registry: a case filed before the window is then known not to be a new filing. */
  registry?: readonly CaseRecord[];
}

/**
 * The report for `month` from the approved items of the window's months (`reportWindow(month).months`).
 * Items outside the window, not approved, or without an entry are ignored. Context entries are printed
 * apart and never counted. A month of the window with no approved entry takes its figures from the
 * baseline when the baseline has that month.
 */
export function computeReportData(month: string, items: readonly StoredItem[], sources: ReportSources = {}): ReportData {
  const window = reportWindow(month);
  const { entries: approved, invalid } = approvedEntries(items, new Set(window.months));
  const entries = approved.filter((e) => !e.item.entry!.context);
  const withEntries = new Set(approved.map((e) => e.month));
  const inWindow = new Set(window.months);
  const baselineMonths = (sources.baseline?.months ?? [])
    .filter((m) => inWindow.has(m.month) && !withEntries.has(m.month))
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const categories = countCategories(entries, baselineMonths, window);
  const groups: GroupRow[] = CATEGORY_GROUPS.map((group) => ({
    id: group.id,
    ...sumCounts(categories.filter((row) => row.group === group.id)),
  }));
  const cases = caseHistories(entries, sources.registry ?? [], sources.baseline?.cases ?? []);
  const monthRange = { from: month, to: month };
  const monthCharges = countCharges(cases, baselineMonths, monthRange);
  const ytdCharges = countCharges(cases, baselineMonths, window.yearToDate);
  const monthEntries = entries.filter((e) => e.month === month);
  const { months: _months, ...periods } = window;
  return {
    schema: REPORT_DATA_SCHEMA,
    month,
    periods,
    categories,
    subcategories: countSubcategories(entries, baselineMonths, window),
    groups,
    totals: sumCounts(categories),
    judicialActs: { month: countJudicialActs(cases, baselineMonths, monthRange), yearToDate: countJudicialActs(cases, baselineMonths, window.yearToDate) },
    charges: { month: monthCharges.charges, yearToDate: ytdCharges.charges },
    damages: {
      month: { claimedKzt: monthCharges.claimedKzt, awardedKzt: sumAwarded(cases, baselineMonths, monthRange) },
      yearToDate: { claimedKzt: ytdCharges.claimedKzt, awardedKzt: sumAwarded(cases, baselineMonths, window.yearToDate) },
    },
    lawArticles: countLawArticles(cases, baselineMonths, window),
    entriesWithoutCaseFacts: monthEntries.filter(
      (e) => LEGAL_CATEGORIES.includes(e.item.entry!.category) && !e.item.entry!.legalCase?.caseKey?.trim(),
    ).length,
    entries: monthEntries.map(entryView).sort(printOrder),
    contextEntries: approved.filter((e) => e.month === month && e.item.entry!.context).map(entryView).sort(printOrder),
    baselineMonths: baselineMonths.map((m) => m.month),
    invalidEntryIds: invalid,
  };
}

/** Months the report reads, for callers that query storage month by month. */
export function monthsToQuery(month: string): string[] {
  return reportWindow(month).months;
}
