// The scheduled half of the ingest Lambdas: one queue message per source of a kind, so each source
// gets its own invocation budget and its own SQS retry and dead-letter accounting.
import { FatalError } from '../domain/errors';
import type { IngestQueue } from '../ports/ingest-queue';
import type { AppLogger } from '../runtime/logger';
import { CATALOG, selectSources, type SourceDefinition, type SourceLane, type SourceType } from '../sources/catalog';

export interface DispatchDependencies {
  ingestQueue?: IngestQueue;
  logger: AppLogger;
}

export async function dispatchSources(
  deps: DispatchDependencies,
  input: { kind: SourceType | SourceLane; catalog?: readonly SourceDefinition[]; dispatchId?: string },
): Promise<{ enqueued: number; sourceIds: string[] }> {
  if (!deps.ingestQueue) throw new FatalError('dispatch needs SOZWATCH_INGEST_QUEUE_URL (the ingest queue)');
  const { sources } = selectSources({ kind: input.kind }, input.catalog ?? CATALOG);
  const sourceIds = sources.map((s) => s.id);
  const dispatchId = input.dispatchId;
  await deps.ingestQueue.sendAll(sourceIds.map((sourceId) => (dispatchId ? { sourceId, dispatchId } : { sourceId })));
  deps.logger.info('ingest dispatched', { kind: input.kind, enqueued: sourceIds.length });
  return { enqueued: sourceIds.length, sourceIds };
}
