// The ingest use case: for each due source, conditional fetch → parse → dedupe → classify → store →
// source state. One failing source is recorded and counted and never stops the others. The source's
// validators are saved only after its items, so a run killed midway refetches and loses nothing.
import type { Classify } from '../domain/classification';
import { SozwatchError } from '../domain/errors';
import type { AuditRecord, StoredItem } from '../domain/item';
import { almatyDate } from '../domain/time';
import { withoutUnsafeControls } from '../domain/unsafe-text';
import type { ItemRepository, SourceState, SourceStateRepository } from '../ports/item-repository';
import type { AppLogger } from '../runtime/logger';
import { CATALOG, selectSources, type SourceDefinition, type SourceType } from '../sources/catalog';
import { fetchSource } from '../sources/fetch-source';
import type { HttpFetcher } from '../sources/http/http-client';
import { INGEST_LOG } from './ingest-log';

export interface IngestDependencies {
  items: ItemRepository;
  sourceStates: SourceStateRepository;
  logger: AppLogger;
  now: () => Date;
  classify: Classify;
  http: HttpFetcher;
}

export interface IngestInput {
  runId: string;
  sourceIds?: string[];
  kind?: SourceType;
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
export const FAILURES_BEFORE_UNHEALTHY = 3;
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

  const totals = { sources: results.length, fetched: 0, notModified: 0, new: 0, flagged: 0, errors: 0, unhealthy: 0 };
  for (const r of results) {
    totals.fetched += r.fetched;
    totals.notModified += r.notModified ? 1 : 0;
    totals.new += r.new;
    totals.flagged += r.flagged;
    totals.errors += r.outcome === 'error' ? 1 : 0;
    totals.unhealthy += r.unhealthy.length ? 1 : 0;
  }
  const summary: IngestSummary = { runId: input.runId, startedAt: startedAt.toISOString(), finishedAt: deps.now().toISOString(), sources: results, totals, unknownSourceIds: unknown };
  deps.logger.info('ingest run finished', { runId: input.runId, ...totals, unknownSourceIds: unknown });
  return summary;
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
    const budget = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new BudgetExceeded(`source ${source.id} exceeded its time budget of ${budgetMs} ms`));
      }, budgetMs);
    });
    // Detail pages may use half the budget; the rest is for the list entries' writes.
    const detailDeadline = Date.now() + budgetMs / 2;
    state = await Promise.race([runSource(deps, source, previous, result, controller.signal, started, detailDeadline), budget]);
  } catch (error) {
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

async function runSource(
  deps: IngestDependencies,
  source: SourceDefinition,
  previous: SourceState,
  result: SourceRunResult,
  signal: AbortSignal,
  started: Date,
  detailDeadline: number,
): Promise<SourceState> {
  const knownIds = async (ids: string[]) => new Set((await deps.items.getMany(ids)).map((i) => i.id));
  const fetched = await fetchSource(deps.http, source, {
    etag: previous.etag,
    lastModified: previous.lastModified,
    now: started,
    signal,
    detailDeadline,
    knownIds,
    onDetailError: (url, error) =>
      deps.logger.warn('court detail page not fetched', { sourceId: source.id, url, error: error instanceof Error ? error.message : String(error) }),
  });
  const base: SourceState = { ...previous, lastAttemptAt: started.toISOString(), lastSuccessAt: started.toISOString(), consecutiveFailures: 0 };
  delete base.lastError;
  delete base.lastErrorKind;
  if (fetched.kind === 'not-modified') {
    result.outcome = 'not-modified';
    result.notModified = true;
    return base;
  }
  result.fetched = fetched.items.length;
  // One batch read instead of a failed conditional write per known item: unchanged items cost no write.
  const stored = fetched.items.length ? await deps.items.getMany(fetched.items.map((i) => i.id)) : [];
  const known = new Set(stored.map((i) => i.id));
  await repairMissingAudits(deps, stored);
  const at = started.toISOString();
  for (const fetchedItem of fetched.items) {
    if (known.has(fetchedItem.id)) continue;
    // Bidi overrides and NUL from the source never reach storage, the page or the report.
    const item = withoutUnsafeControls(fetchedItem);
    if (signal.aborted) throw new BudgetExceeded(`source ${source.id} ran out of time while storing`);
    const classification = deps.classify({ title: item.title, text: item.text ?? item.summary, lang: item.language });
    const record: StoredItem = {
      ...item,
      status: classification.flagged ? 'pending' : 'ignored',
      classification,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    if ((await deps.items.saveIfNew(record)) !== 'stored') {
      // Absent at the batch read, present now: our own put landed but its reply was lost (the SDK's
      // retry then failed the condition), or another run stored it first. Either way the stored item
      // must not stay without its ingest audit: this run keeps the ETag, so no later fetch would look.
      const existing = await deps.items.get(record.id);
      if (existing) await repairMissingAudits(deps, [existing]);
      continue;
    }
    result.new += 1;
    if (classification.flagged) {
      result.flagged += 1;
      await deps.items.appendAudit(ingestAudit(record));
    }
  }
  const times = fetched.items.map((i) => i.publishedAt).sort();
  const state: SourceState = { ...base, lastItemCount: fetched.items.length, yieldPerDay: addYield(previous.yieldPerDay, almatyDate(started), result.new) };
  // Validators are kept verbatim from this 200; a server that stopped sending them gets none back.
  if (fetched.etag) state.etag = fetched.etag;
  else delete state.etag;
  if (fetched.lastModified) state.lastModified = fetched.lastModified;
  else delete state.lastModified;
  if (times.length) {
    state.oldestItemAt = times[0];
    state.newestItemAt = times[times.length - 1];
  }
  return state;
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
  }
}

function addYield(current: Record<string, number> | undefined, day: string, count: number): Record<string, number> {
  const next = { ...(current ?? {}) };
  next[day] = (next[day] ?? 0) + count;
  const days = Object.keys(next).sort().slice(-YIELD_DAYS);
  return Object.fromEntries(days.map((d) => [d, next[d]!]));
}

/** Why a source needs a look: repeated failures, HTML or CAPTCHA instead of content, or silence. */
export function assessHealth(source: SourceDefinition, state: SourceState, now: Date): string[] {
  const reasons: string[] = [];
  if (state.consecutiveFailures >= FAILURES_BEFORE_UNHEALTHY) reasons.push(`failed ${state.consecutiveFailures} times in a row`);
  if (state.lastError && /CAPTCHA/i.test(state.lastError)) reasons.push('returns a CAPTCHA page');
  else if (state.lastError && /HTML page instead/i.test(state.lastError)) reasons.push('returns an HTML page instead of a feed');
  if (source.expectsItems && state.lastSuccessAt) {
    const newest = state.newestItemAt ? Date.parse(state.newestItemAt) : undefined;
    const silentHours = newest === undefined ? undefined : (now.getTime() - newest) / 3_600_000;
    if (state.lastItemCount === 0) reasons.push('last fetch had no items');
    else if (silentHours !== undefined && silentHours > source.maxSilenceHours) reasons.push(`no new item for ${Math.floor(silentHours)} h (expected within ${source.maxSilenceHours} h)`);
  }
  return reasons;
}
