// The case registry's use cases: keep each case's stored record in step with its approved entries,
// rebuild every record from stored history (the migration), find the cases a new legal item may
// belong to, and show one case with its timeline. Records are always built by `buildCaseRecords`.
import { buildCaseRecords, caseMonths, type CaseRecord } from '../domain/case';
import { matchingForm, probeFromItem, rankCaseMatches, type CaseProbe, type MatchReason } from '../domain/case-matching';
import { NotFoundError } from '../domain/errors';
import type { StoredItem } from '../domain/item';
import type { CaseRepository } from '../ports/case-repository';
import type { ItemRepository } from '../ports/item-repository';

export interface CaseRegistryDependencies {
  items: Pick<ItemRepository, 'get' | 'getMany' | 'listByStatus'>;
  cases: CaseRepository;
  logger?: { warn(message: string, ...extra: unknown[]): void };
}

function caseKeyOf(item: StoredItem | undefined): string | undefined {
  const key = item?.entry?.legalCase?.caseKey?.trim();
  return key ? key : undefined;
}

/**
 * Rebuilds the stored record of `key` from the items its timeline lists plus `also`, reading each item
 * as stored now: an item reopened, rejected or moved to another case drops out, and a case left with
 * no approved entry is deleted.
 */
export async function refreshCase(deps: CaseRegistryDependencies, key: string, also: readonly string[] = []): Promise<CaseRecord | undefined> {
  const stored = await deps.cases.get(key);
  const ids = [...new Set([...(stored?.timeline.map((e) => e.itemId) ?? []), ...also])];
  const items = ids.length ? await deps.items.getMany(ids) : [];
  const record = buildCaseRecords(items.filter((item) => caseKeyOf(item) === key))[0];
  if (record) await deps.cases.put(record);
  else if (stored) await deps.cases.delete(key);
  return record;
}

/**
 * After a decision on an item: refresh the case it belongs to now and the one it belonged to before
 * (an edit may move it). The records are derived data, so a failure is logged and left to the next
 * decision or to `cases migrate`; it never undoes the decision.
 */
export async function recordCasesOfDecision(deps: CaseRegistryDependencies, before: StoredItem | undefined, after: StoredItem): Promise<void> {
  const keys = new Set([caseKeyOf(before), caseKeyOf(after)].filter((k): k is string => k !== undefined));
  for (const key of keys) {
    try {
      await refreshCase(deps, key, [after.id]);
    } catch (error) {
      deps.logger?.warn('case record not refreshed; run cases migrate to rebuild it', { caseKey: key, itemId: after.id, error: String(error) });
    }
  }
}

/** Every approved item, page by page through the status index. */
async function approvedItems(items: CaseRegistryDependencies['items']): Promise<StoredItem[]> {
  const found: StoredItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await items.listByStatus({ status: 'approved', limit: 200, order: 'oldest', ...(cursor ? { cursor } : {}) });
    found.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return found;
}

export interface CaseMigrationSummary {
  approvedItems: number;
  cases: number;
  /** Stored records no approved entry supports any more (removed). */
  removed: number;
}

/**
 * Builds every case record from the `caseKey`s of the approved entries already stored and writes them
 * whole. Running it again writes the same records: it is idempotent, and also repairs records a failed
 * refresh left behind.
 */
export async function migrateCases(deps: CaseRegistryDependencies): Promise<CaseMigrationSummary> {
  const items = await approvedItems(deps.items);
  const records = buildCaseRecords(items);
  for (const record of records) await deps.cases.put(record);
  const kept = new Set(records.map((r) => r.key));
  let removed = 0;
  for (const stored of await deps.cases.list()) {
    if (kept.has(stored.key)) continue;
    await deps.cases.delete(stored.key);
    removed += 1;
  }
  return { approvedItems: items.length, cases: records.length, removed };
}

/** What the picker and the case list show of a case. */
export interface CaseSummary {
  key: string;
  kind: CaseRecord['kind'];
  parties: string[];
  outlet?: string;
  court?: string;
  lawArticle?: CaseRecord['lawArticle'];
  stage: CaseRecord['stage'];
  outcome?: CaseRecord['outcome'];
  filedMonth: string;
  months: string[];
  entries: number;
}

export interface CaseSuggestion extends CaseSummary {
  score: number;
  reasons: MatchReason[];
}

export function caseSummary(record: CaseRecord): CaseSummary {
  return {
    key: record.key,
    kind: record.kind,
    parties: record.parties,
    ...(record.outlet ? { outlet: record.outlet } : {}),
    ...(record.court ? { court: record.court } : {}),
    ...(record.lawArticle ? { lawArticle: record.lawArticle } : {}),
    stage: record.stage,
    ...(record.outcome ? { outcome: record.outcome } : {}),
    filedMonth: record.filedMonth,
    months: caseMonths(record),
    entries: record.timeline.length,
  };
}

export interface FindCasesInput {
  /** Words typed in the picker: a name, an outlet, a court or a key, in any script. */
  q?: string;
  /** An item whose facts (people, outlet, articles, court) rank the cases. */
  itemId?: string;
  limit?: number;
}

/** The typed words as a probe: each may be a party, the outlet or the court. */
function probeFromWords(q: string): CaseProbe {
  return { people: [q], outlet: q, court: q };
}

/**
 * Cases for the picker, best first: those matching the item's facts, then those matching the typed
 * words (by name across scripts, or by a key containing them). Without either, the most recent cases.
 */
export async function findCases(deps: CaseRegistryDependencies, input: FindCasesInput): Promise<{ cases: CaseSuggestion[] }> {
  const limit = input.limit ?? 10;
  const records = await deps.cases.list();
  const ranked = new Map<string, CaseSuggestion>();
  const add = (record: CaseRecord, score: number, reasons: MatchReason[]) => {
    const known = ranked.get(record.key);
    if (known) {
      known.score += score;
      known.reasons = [...new Set([...known.reasons, ...reasons])];
    } else ranked.set(record.key, { ...caseSummary(record), score, reasons });
  };
  if (input.itemId) {
    const item = await deps.items.get(input.itemId);
    if (!item) throw new NotFoundError(`item ${input.itemId} not found`);
    for (const match of rankCaseMatches(records, probeFromItem(item), records.length)) add(match.record, match.score, match.reasons);
  }
  const q = input.q?.trim();
  if (q) {
    for (const match of rankCaseMatches(records, probeFromWords(q), records.length)) add(match.record, match.score, match.reasons);
    const form = matchingForm(q);
    if (form) for (const record of records) if (matchingForm(record.key).includes(form)) add(record, 1, []);
  }
  if (!input.itemId && !q) {
    const lastMonth = (record: CaseRecord) => caseMonths(record).at(-1) ?? record.filedMonth;
    const recent = [...records]
      .sort((a, b) => (lastMonth(a) === lastMonth(b) ? (a.key < b.key ? -1 : 1) : lastMonth(a) < lastMonth(b) ? 1 : -1))
      .slice(0, limit);
    return { cases: recent.map((record) => ({ ...caseSummary(record), score: 0, reasons: [] })) };
  }
  const cases = [...ranked.values()].sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1)).slice(0, limit);
  return { cases };
}

export interface CaseTimelineEntry {
  itemId: string;
  date: string;
  month: string;
  stage: CaseRecord['stage'];
  judicialAct: boolean;
  outcome?: CaseRecord['outcome'];
  court?: string;
  amountClaimedKzt?: number;
  amountAwardedKzt?: number;
  url: string;
  title: string;
  language: string;
}

export interface CaseDetails {
  case: CaseSummary & Pick<CaseRecord, 'honourDignity' | 'amountClaimedKzt' | 'amountAwardedKzt'>;
  /** The timeline grouped by month, oldest first, each step linking to its item. */
  months: { month: string; entries: CaseTimelineEntry[] }[];
}

export async function getCase(deps: CaseRegistryDependencies, key: string): Promise<CaseDetails> {
  const record = await deps.cases.get(key);
  if (!record) throw new NotFoundError(`case ${key} not found`);
  const items = new Map((await deps.items.getMany(record.timeline.map((e) => e.itemId))).map((item) => [item.id, item]));
  const months: CaseDetails['months'] = [];
  for (const event of record.timeline) {
    const item = items.get(event.itemId);
    let month = months.at(-1);
    if (!month || month.month !== event.month) {
      month = { month: event.month, entries: [] };
      months.push(month);
    }
    month.entries.push({ ...event, title: item?.title ?? '', language: item?.language ?? '' });
  }
  return {
    case: {
      ...caseSummary(record),
      ...(record.honourDignity !== undefined ? { honourDignity: record.honourDignity } : {}),
      ...(record.amountClaimedKzt !== undefined ? { amountClaimedKzt: record.amountClaimedKzt } : {}),
      ...(record.amountAwardedKzt !== undefined ? { amountAwardedKzt: record.amountAwardedKzt } : {}),
    },
    months,
  };
}
