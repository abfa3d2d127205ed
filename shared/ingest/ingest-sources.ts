// The ingest use case: for each due source, conditional fetch → parse → dedupe → classify → store →
// source state. One failing source is recorded and counted and never stops the others. The source's
// validators are saved only after its items, so a run killed midway refetches and loses nothing.
import type { Classify } from '../domain/classification';
import { SozwatchError } from '../domain/errors';
import type { AuditRecord, StoredItem } from '../domain/item';
import { toStoredItem } from '../domain/stored-item';
import { almatyDate } from '../domain/time';
import { withoutUnsafeControls } from '../domain/unsafe-text';
import type { ItemRepository, SourceState, SourceStateRepository } from '../ports/item-repository';
import type { AppLogger } from '../runtime/logger';
import { CATALOG, selectSources, type SourceDefinition, type SourceLane, type SourceType } from '../sources/catalog';
import { fetchSource } from '../sources/fetch-source';
import { listRecentItems } from '../sources/kinds/search';
import type { HttpFetcher } from '../sources/http/http-client';
import type { ReviewRecords } from '../ports/review-records';
import type { UrgentNotifier } from '../ports/urgent-notifier';
import { announceIfUrgent } from './announce-urgent';
import { assessHealth } from './assess-health';
import { INGEST_LOG } from './ingest-log';

export { assessHealth, FAILURES_BEFORE_UNHEALTHY } from './assess-health';

export interface IngestDependencies {
  items: ItemRepository;
  sourceStates: SourceStateRepository;
  logger: AppLogger;
  now: () => Date;
  classify: Classify;
  http: HttpFetcher;
  /** With both, a new urgent item is announced at once (shared/ingest/announce-urgent.ts). */
  urgentNotifier?: UrgentNotifier;
  reviewRecords?: ReviewRecords;
}

export interface IngestInput {
  runId: string;
  sourceIds?: string[];
  /** A kind, or a lane (`news`, `courts`) for every kind it schedules. */
  kind?: SourceType | SourceLane;
  group?: string;
  /** The catalog to choose from (tests and the bench pass their own). */
  catalog?: readonly SourceDefinition[];
  concurrency?: number;
  /** Per-source time budget: a source that takes longer is cut off and recorded as a retryable failure. */
  budgetMs?: number;
  /** Called as each source finishes (CLI progress). */
  onSourceDone?: (result: SourceRunResult) => void;
}

export type ErrorKind = 'retryable' | 'skip-source' | 'fatal' | 'storage' | 'unknown';

export interface SourceRunResult {
  sourceId: string;
  kind: SourceType;
  outcome: 'ok' | 'not-modified' | 'error';
  /** Items in the fetched document(s). */
  fetched: number;
  notModified: boolean;
  /** Newly stored this run. */
  new: number;
  flagged: number;
  error?: string;
  errorKind?: ErrorKind;
  durationMs: number;
  /** Why the source needs a look (empty when healthy). */
  unhealthy: string[];
  /** The feed was cut short: its complete items were stored, its validators were not (the next run fetches it whole). */
  recovered?: boolean;
}

export interface IngestSummary {
  runId: string;
  startedAt: string;
  finishedAt: string;
  sources: SourceRunResult[];
  totals: { sources: number; fetched: number; notModified: number; new: number; flagged: number; errors: number; unhealthy: number };
  unknownSourceIds: string[];
}

export const INGEST_ACTOR = 'system:ingest';
const YIELD_DAYS = 14;

export async function ingestSources(deps: IngestDependencies, input: IngestInput): Promise<IngestSummary> {
  const startedAt = deps.now();
  const { sources, unknown } = selectSources({ sourceIds: input.sourceIds, kind: input.kind, group: input.group }, input.catalog ?? CATALOG);
  const results: SourceRunResult[] = new Array(sources.length);
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const index = next++;
      const result = await ingestOne(deps, sources[index]!, input);
      results[index] = result;
      input.onSourceDone?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(input.concurrency ?? 4, sources.length)) }, worker));

  const totals = runTotals(results);
  const summary: IngestSummary = { runId: input.runId, startedAt: startedAt.toISOString(), finishedAt: deps.now().toISOString(), sources: results, totals, unknownSourceIds: unknown };
  deps.logger.info('ingest run finished', { runId: input.runId, ...totals, unknownSourceIds: unknown });
  return summary;
}

/** The run's figures, summed once here; the metrics and the CLI read them from the summary. */
export function runTotals(results: readonly SourceRunResult[]): IngestSummary['totals'] {
  const totals = { sources: results.length, fetched: 0, notModified: 0, new: 0, flagged: 0, errors: 0, unhealthy: 0 };
  for (const r of results) {
    totals.fetched += r.fetched;
    totals.notModified += r.notModified ? 1 : 0;
    totals.new += r.new;
    totals.flagged += r.flagged;
    totals.errors += r.outcome === 'error' ? 1 : 0;
    totals.unhealthy += r.unhealthy.length ? 1 : 0;
  }
  return totals;
}

function errorKind(error: unknown): ErrorKind {
  if (error instanceof SozwatchError) {
    if (error.kind === 'retryable' || error.kind === 'skip-source' || error.kind === 'fatal') return error.kind;
    return 'storage';
  }
  return 'unknown';
}

async function ingestOne(deps: IngestDependencies, source: SourceDefinition, input: IngestInput): Promise<SourceRunResult> {
  const started = deps.now();
  const log = { runId: input.runId, sourceId: source.id };
  const result: SourceRunResult = { sourceId: source.id, kind: source.kind, outcome: 'ok', fetched: 0, notModified: false, new: 0, flagged: 0, durationMs: 0, unhealthy: [] };
  let previous: SourceState;
  try {
    previous = (await deps.sourceStates.get(source.id)) ?? { sourceId: source.id, consecutiveFailures: 0 };
  } catch (error) {
    // Without the stored state we would refetch blind and then overwrite its history: leave it alone.
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    deps.logger.warn('source state unreadable', { ...log, error: message });
    return { ...result, outcome: 'error', error: `source state unreadable: ${message}`, errorKind: 'storage', durationMs: deps.now().getTime() - started.getTime() };
  }
  const controller = new AbortController();
  const budgetMs = input.budgetMs ?? 120_000;
  let timer: NodeJS.Timeout | undefined;
  let state: SourceState;
  try {
    // Detail pages may use half the budget; the rest is for the list entries' writes.
    const detailsUntil = started.getTime() + budgetMs / 2;
    const run = runSource(deps, source, previous, controller.signal, started, () => deps.now().getTime() > detailsUntil, input.catalog ?? CATALOG);
    const budgetSpent = new Promise<typeof BUDGET_SPENT>((resolve) => {
      timer = setTimeout(() => resolve(BUDGET_SPENT), budgetMs);
    });
    const finished = await Promise.race([run, budgetSpent]);
    if (finished === BUDGET_SPENT) {
      controller.abort();
      // Aborted, the run stops at its next request or write and says what it stored before.
      const counts = await settledCounts(run, ABORT_GRACE_MS);
      throw new SourceRunFailed(new BudgetExceeded(`source ${source.id} exceeded its time budget of ${budgetMs} ms`), counts);
    }
    Object.assign(result, finished.counts);
    state = finished.state;
  } catch (failure) {
    const error = failure instanceof SourceRunFailed ? failure.cause : failure;
    if (failure instanceof SourceRunFailed) Object.assign(result, failure.counts);
    const kind = error instanceof BudgetExceeded ? 'retryable' : errorKind(error);
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    result.outcome = 'error';
    result.error = message;
    result.errorKind = kind;
    state = {
      ...previous,
      lastAttemptAt: started.toISOString(),
      consecutiveFailures: (previous.consecutiveFailures ?? 0) + 1,
      lastError: `${kind}: ${message}`,
      lastErrorKind: kind,
    };
    deps.logger.warn(INGEST_LOG.sourceFailed, { ...log, errorKind: kind, error: message, consecutiveFailures: state.consecutiveFailures });
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  try {
    await deps.sourceStates.put(state);
  } catch (error) {
    deps.logger.error('source state not saved', { ...log, error: error instanceof Error ? error.message : String(error) });
  }
  result.durationMs = deps.now().getTime() - started.getTime();
  result.unhealthy = assessHealth(source, state, deps.now());
  if (result.outcome !== 'error') deps.logger.info(INGEST_LOG.sourceIngested, { ...log, ...result });
  return result;
}

class BudgetExceeded extends Error {}

const BUDGET_SPENT = Symbol('budget spent');
/** How long an aborted run may take to stop and report what it stored. */
const ABORT_GRACE_MS = 2_000;

/** What one source's run adds to its result. */
type SourceCounts = Pick<SourceRunResult, 'outcome' | 'fetched' | 'notModified' | 'new' | 'flagged' | 'recovered'>;

/** A source's run failed after storing `counts` (items stored before the failure stay stored). */
class SourceRunFailed extends Error {
  constructor(
    override readonly cause: unknown,
    readonly counts: Partial<SourceCounts>,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** The counts of a run that was aborted, once it stops; nothing when it does not stop within `graceMs`. */
async function settledCounts(run: Promise<{ counts: SourceCounts }>, graceMs: number): Promise<Partial<SourceCounts>> {
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<Partial<SourceCounts>>((resolve) => {
    timer = setTimeout(() => resolve({}), graceMs);
  });
  const stopped = run.then(
    (finished) => finished.counts,
    (failure: unknown) => (failure instanceof SourceRunFailed ? failure.counts : {}),
  );
  try {
    return await Promise.race([stopped, gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}

async function runSource(
  deps: IngestDependencies,
  source: SourceDefinition,
  previous: SourceState,
  signal: AbortSignal,
  started: Date,
  detailsOverdue: () => boolean,
  catalog: readonly SourceDefinition[],
): Promise<{ state: SourceState; counts: SourceCounts }> {
  // Items looked up once per run: a court source asks which entries are known before fetching detail
  // pages, and the store step below reuses that answer instead of reading the same ids again.
  const lookedUp = new Map<string, StoredItem | undefined>();
  const lookUp = async (ids: string[]) => {
    const missing = [...new Set(ids)].filter((id) => !lookedUp.has(id));
    for (const id of missing) lookedUp.set(id, undefined);
    if (missing.length) for (const item of await deps.items.getMany(missing)) lookedUp.set(item.id, item);
    return ids.flatMap((id) => (lookedUp.get(id) ? [lookedUp.get(id) as StoredItem] : []));
  };
  const fetched = await fetchSource(deps.http, source, {
    etag: previous.etag,
    lastModified: previous.lastModified,
    now: started,
    signal,
    detailsOverdue,
    knownIds: async (ids) => new Set((await lookUp(ids)).map((i) => i.id)),
    recentItems: (sourceIds, since) => listRecentItems(deps.items, sourceIds, since),
    isFlagged: (item) => deps.classify({ title: item.title, text: item.text ?? item.summary, lang: item.language }).flagged,
    catalog,
    onDetailError: (url, error) =>
      deps.logger.warn('court detail page not fetched', { sourceId: source.id, url, error: error instanceof Error ? error.message : String(error) }),
  });
  const base: SourceState = { ...previous, lastAttemptAt: started.toISOString(), lastSuccessAt: started.toISOString(), consecutiveFailures: 0 };
  delete base.lastError;
  delete base.lastErrorKind;
  if (fetched.kind === 'not-modified') {
    return { state: base, counts: { outcome: 'not-modified', fetched: 0, notModified: true, new: 0, flagged: 0 } };
  }
  const counts: SourceCounts = { outcome: 'ok', fetched: fetched.items.length, notModified: false, new: 0, flagged: 0 };
  if (fetched.recovered) counts.recovered = true;
  const at = started.toISOString();
  try {
    // One batch read instead of a failed conditional write per known item: unchanged items cost no write.
    const stored = await lookUp(fetched.items.map((i) => i.id));
    const known = new Set(stored.map((i) => i.id));
    await repairMissingAudits(deps, stored);
    for (const fetchedItem of fetched.items) {
      if (known.has(fetchedItem.id)) continue;
      // Bidi overrides and NUL from the source never reach storage, the page or the report.
      const item = withoutUnsafeControls(fetchedItem);
      if (signal.aborted) throw new BudgetExceeded(`source ${source.id} ran out of time while storing`);
      const record = toStoredItem(item, deps.classify({ title: item.title, text: item.text ?? item.summary, lang: item.language }), at);
      if ((await deps.items.saveIfNew(record)) !== 'stored') {
        // Absent at the batch read, present now: our own put landed but its reply was lost (the SDK's
        // retry then failed the condition), or another run stored it first. Either way the stored item
        // must not stay without its ingest audit: this run keeps the ETag, so no later fetch would look.
        const existing = await deps.items.get(record.id);
        if (existing) await repairMissingAudits(deps, [existing]);
        continue;
      }
      counts.new += 1;
      if (record.classification.flagged) {
        counts.flagged += 1;
        await deps.items.appendAudit(ingestAudit(record));
        await announceUrgent(deps, record);
      }
    }
  } catch (error) {
    // What was stored before the failure stays stored and is reported with it.
    throw new SourceRunFailed(error, counts);
  }
  const times = fetched.items.map((i) => i.publishedAt).sort();
  const state: SourceState = { ...base, lastItemCount: fetched.items.length, yieldPerDay: addYield(previous.yieldPerDay, almatyDate(started), counts.new), flaggedPerDay: addYield(previous.flaggedPerDay, almatyDate(started), counts.flagged) };
  // Validators are kept verbatim from this 200; a server that stopped sending them gets none back.
  if (fetched.etag) state.etag = fetched.etag;
  else delete state.etag;
  if (fetched.lastModified) state.lastModified = fetched.lastModified;
  else delete state.lastModified;
  if (times.length) {
    state.oldestItemAt = times[0];
    state.newestItemAt = times[times.length - 1];
  }
  return { state, counts };
}

function ingestAudit(item: StoredItem): AuditRecord {
  return { itemId: item.id, at: item.createdAt, actor: INGEST_ACTOR, action: 'ingest', toStatus: 'pending', toVersion: 1, note: `flagged: ${item.classification.categories.join(', ')}` };
}

/**
 * A run cut off between an item's put and its audit put leaves a flagged item without its `ingest`
 * record; the item is then "known" and would never get one. Items still untouched in the queue
 * (pending, version 1, not added by hand) are checked when their source is fetched again.
 */
async function repairMissingAudits(deps: IngestDependencies, stored: StoredItem[]): Promise<void> {
  for (const item of stored) {
    if (item.status !== 'pending' || item.version !== 1 || item.addedBy) continue;
    const audits = await deps.items.listAudit(item.id);
    if (!audits.some((a) => a.action === 'ingest')) await deps.items.appendAudit(ingestAudit(item));
    // A notice that failed on an earlier run (or was cut off) goes out now; a sent one is marked.
    await announceUrgent(deps, item);
  }
}

async function announceUrgent(deps: IngestDependencies, item: StoredItem): Promise<void> {
  if (deps.urgentNotifier && deps.reviewRecords) {
    await announceIfUrgent({ reviewRecords: deps.reviewRecords, urgentNotifier: deps.urgentNotifier, logger: deps.logger, now: deps.now }, item);
  }
}

function addYield(current: Record<string, number> | undefined, day: string, count: number): Record<string, number> {
  const next = { ...(current ?? {}) };
  next[day] = (next[day] ?? 0) + count;
  const days = Object.keys(next).sort().slice(-YIELD_DAYS);
  return Object.fromEntries(days.map((d) => [d, next[d]!]));
}

