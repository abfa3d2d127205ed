// The queue half of the ingest Lambdas: ingest the sources named in a batch of SQS messages and report
// which messages to retry. Only transient failures are retried; a source that must be skipped (404,
// robots.txt, unusable document) is recorded on its state and acknowledged, since a retry cannot help.
import type { IngestMessage } from '../ports/ingest-queue';
import type { SourceDefinition, SourceLane, SourceType } from '../sources/catalog';
import { CATALOG, matchesKind } from '../sources/catalog';
import { ingestSources, type IngestDependencies, type IngestSummary } from './ingest-sources';

export interface QueueRecord {
  messageId: string;
  body: string;
}

export interface BatchResult {
  batchItemFailures: Array<{ itemIdentifier: string }>;
  summary: IngestSummary;
}

const RETRIED = new Set(['retryable', 'storage', 'unknown']);

export async function ingestBatch(
  deps: IngestDependencies,
  input: { kind: SourceType | SourceLane; records: QueueRecord[]; runId: string; catalog?: readonly SourceDefinition[]; budgetMs?: number },
): Promise<BatchResult> {
  const catalog = input.catalog ?? CATALOG;
  const messagesBySource = new Map<string, string[]>();
  for (const record of input.records) {
    const { sourceId } = parseIngestMessage(record.body);
    const known = sourceId ? catalog.find((s) => s.id === sourceId && matchesKind(s.kind, input.kind)) : undefined;
    if (!sourceId || !known) {
      // A malformed message, or a source paused or removed since the dispatch: retrying would fail the same way.
      deps.logger.error('ingest message dropped', { messageId: record.messageId, body: record.body.slice(0, 200), kind: input.kind });
      continue;
    }
    messagesBySource.set(sourceId, [...(messagesBySource.get(sourceId) ?? []), record.messageId]);
  }
  // Only the sources the messages name: an empty id list means "every source" to ingestSources, and a
  // batch of nothing but dropped messages must not turn into a run over the whole catalog.
  const named = catalog.filter((s) => messagesBySource.has(s.id));
  const summary = await ingestSources(deps, { runId: input.runId, sourceIds: [...messagesBySource.keys()], kind: input.kind, catalog: named, budgetMs: input.budgetMs });
  const batchItemFailures = summary.sources
    .filter((r) => r.outcome === 'error' && RETRIED.has(r.errorKind ?? 'unknown'))
    .flatMap((r) => (messagesBySource.get(r.sourceId) ?? []).map((itemIdentifier) => ({ itemIdentifier })));
  return { batchItemFailures, summary };
}

/** The well-formed fields of an ingest queue message; a malformed body has none. */
export function parseIngestMessage(body: string): Partial<IngestMessage> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return {};
  }
  if (!parsed || typeof parsed !== 'object') return {};
  const { sourceId, dispatchId } = parsed as Record<string, unknown>;
  return {
    ...(typeof sourceId === 'string' && sourceId ? { sourceId } : {}),
    ...(typeof dispatchId === 'string' && dispatchId ? { dispatchId } : {}),
  };
}
