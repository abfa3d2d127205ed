// The scheduled half of the ingest Lambdas: one queue message per enabled source of a kind, read from
// the table, so each source gets its own invocation budget and its own SQS retry and dead-letter
// accounting. Each dispatch first inserts the built-in catalog's sources the table lacks: that is how a
// deploy seeds the table (on the first tick after it) without a deploy-time custom resource.
import { FatalError } from '../domain/errors';
import type { IngestQueue } from '../ports/ingest-queue';
import type { AppLogger } from '../runtime/logger';
import { selectSources, type SourceDefinition, type SourceLane, type SourceType } from '../sources/catalog';
import { sourcesToPoll, type SourceDependencies } from '../sources/manage-sources';

export interface DispatchDependencies extends SourceDependencies {
  ingestQueue?: IngestQueue;
  logger: AppLogger;
}

export async function dispatchSources(
  deps: DispatchDependencies,
  input: { kind: SourceType | SourceLane; catalog?: readonly SourceDefinition[]; dispatchId?: string },
): Promise<{ enqueued: number; sourceIds: string[] }> {
  if (!deps.ingestQueue) throw new FatalError('dispatch needs SOZWATCH_INGEST_QUEUE_URL (the ingest queue)');
  const enabled = await sourcesToPoll(deps, { seed: 'missing', catalog: input.catalog });
  const { sources } = selectSources({ kind: input.kind }, enabled);
  const sourceIds = sources.map((s) => s.id);
  const dispatchId = input.dispatchId;
  await deps.ingestQueue.sendAll(sourceIds.map((sourceId) => (dispatchId ? { sourceId, dispatchId } : { sourceId })));
  deps.logger.info('ingest dispatched', { kind: input.kind, enqueued: sourceIds.length });
  return { enqueued: sourceIds.length, sourceIds };
}
