// The case registry: a legal case as one record built from every approved entry that shares its key,
// with a timeline of stages across months. Pure: the migration of stored history, the statistics and
// the review page all build records with the same function.
import type { LawArticleRef } from './classification';
import type { CaseOutcome, CaseStage, CaseType, LegalCase, StoredItem } from './item';
import { CASE_STAGES, CASE_TYPES } from './taxonomy';

export { CASE_STAGES };
/** The kinds of case the registry keeps (the taxonomy's case types). */
export const CASE_KINDS: readonly CaseType[] = CASE_TYPES;

/** Stages at which a case is before a court or past it. */
export const IN_COURT_STAGES: ReadonlySet<CaseStage> = new Set<CaseStage>(['in_court', 'decided', 'appeal', 'cassation']);

export function isCaseStage(value: unknown): value is CaseStage {
  return typeof value === 'string' && (CASE_STAGES as readonly string[]).includes(value);
}

export function isCaseKind(value: unknown): value is CaseType {
  return typeof value === 'string' && (CASE_KINDS as readonly string[]).includes(value);
}

/** One approved entry's step in a case's timeline. */
export interface CaseEvent {
  itemId: string;
  /** yyyy-mm-dd of the event. */
  date: string;
  month: string;
  stage: CaseStage;
  judicialAct: boolean;
  outcome?: CaseOutcome;
  court?: string;
  amountClaimedKzt?: number;
  amountAwardedKzt?: number;
  url: string;
}

export interface CaseRecord {
  key: string;
  kind: CaseType;
  /** People named on the case's entries, first mention first. */
  parties: string[];
  outlet?: string;
  court?: string;
  lawArticle?: LawArticleRef;
  honourDignity?: boolean;
  /** The latest claimed and awarded sums reported. */
  amountClaimedKzt?: number;
  amountAwardedKzt?: number;
  /** yyyy-mm the case was filed: the month of its earliest entry. */
  filedMonth: string;
  /** The furthest stage reached (a late report of an earlier stage does not move a case back). */
  stage: CaseStage;
  outcome?: CaseOutcome;
  /** Every entry of the case, oldest first. */
  timeline: CaseEvent[];
}

const EVENT_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

interface CaseEntry {
  item: StoredItem;
  legalCase: LegalCase;
  date: string;
}

function caseEntries(items: readonly StoredItem[]): CaseEntry[] {
  const byId = new Map<string, CaseEntry>();
  for (const item of items) {
    const entry = item.entry;
    const legalCase = entry?.legalCase;
    if (item.status !== 'approved' || !entry || !legalCase || !legalCase.caseKey?.trim()) continue;
    if (typeof entry.eventDate !== 'string' || !EVENT_DATE.test(entry.eventDate)) continue;
    byId.set(item.id, { item, legalCase, date: entry.eventDate });
  }
  return [...byId.values()].sort((a, b) => (a.date === b.date ? (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0) : a.date < b.date ? -1 : 1));
}

/**
 * Case records from approved entries' `legalCase.caseKey` (entries without one, not approved, or with a
 * malformed date are skipped). Fields are what the latest entry that states them says; the order of
 * `items` does not matter. Records come sorted by key.
 */
export function buildCaseRecords(items: readonly StoredItem[]): CaseRecord[] {
  const records = new Map<string, CaseRecord>();
  for (const { item, legalCase, date } of caseEntries(items)) {
    const key = legalCase.caseKey.trim();
    const entry = item.entry!;
    let record = records.get(key);
    if (!record) {
      record = { key, kind: legalCase.type, parties: [], filedMonth: date.slice(0, 7), stage: legalCase.stage, timeline: [] };
      records.set(key, record);
    }
    if (isCaseKind(legalCase.type)) record.kind = legalCase.type;
    for (const person of entry.people ?? []) {
      const name = person.trim();
      if (name && !record.parties.includes(name)) record.parties.push(name);
    }
    if (entry.outlet?.trim()) record.outlet = entry.outlet.trim();
    if (legalCase.court?.trim()) record.court = legalCase.court.trim();
    if (legalCase.lawArticle) record.lawArticle = legalCase.lawArticle;
    if (legalCase.honourDignity !== undefined) record.honourDignity = legalCase.honourDignity;
    if (typeof legalCase.amountClaimedKzt === 'number') record.amountClaimedKzt = legalCase.amountClaimedKzt;
    if (typeof legalCase.amountAwardedKzt === 'number') record.amountAwardedKzt = legalCase.amountAwardedKzt;
    if (legalCase.outcome) record.outcome = legalCase.outcome;
    if (isCaseStage(legalCase.stage) && CASE_STAGES.indexOf(legalCase.stage) > CASE_STAGES.indexOf(record.stage)) record.stage = legalCase.stage;
    record.timeline.push({
      itemId: item.id,
      date,
      month: date.slice(0, 7),
      stage: legalCase.stage,
      judicialAct: Boolean(legalCase.judicialAct),
      ...(legalCase.outcome ? { outcome: legalCase.outcome } : {}),
      ...(legalCase.court?.trim() ? { court: legalCase.court.trim() } : {}),
      ...(typeof legalCase.amountClaimedKzt === 'number' ? { amountClaimedKzt: legalCase.amountClaimedKzt } : {}),
      ...(typeof legalCase.amountAwardedKzt === 'number' ? { amountAwardedKzt: legalCase.amountAwardedKzt } : {}),
      url: item.url,
    });
  }
  return [...records.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The months a case has entries in, oldest first. */
export function caseMonths(record: CaseRecord): string[] {
  return [...new Set(record.timeline.map((e) => e.month))];
}
