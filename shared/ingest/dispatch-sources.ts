// The scheduled half of the ingest Lambdas: one queue message per enabled source of a kind, read from
// the table, so each source gets its own invocation budget and its own SQS retry and dead-letter
// accounting. Each dispatch first inserts the built-in catalog's sources the table lacks: that is how a
// deploy seeds the table (on the first tick after it) without a deploy-time custom resource. Only the
// sources whose own poll interval has passed are enqueued (`poll-due.ts`): the lane's tick is the
// shortest interval, not everyone's.
import { FatalError } from '../domain/errors';
import type { IngestQueue } from '../ports/ingest-queue';
import type { SourceStateRepository } from '../ports/item-repository';
import type { AppLogger } from '../runtime/logger';
import { selectSources, type SourceDefinition, type SourceLane, type SourceType } from '../sources/catalog';
import { sourcesToPoll, type SourceDependencies } from '../sources/manage-sources';
import { partitionDue } from './poll-due';

export interface DispatchDependencies extends SourceDependencies {
  ingestQueue?: IngestQueue;
  sourceStates: SourceStateRepository;
  logger: AppLogger;
}

export async function dispatchSources(
  deps: DispatchDependencies,
  input: { kind: SourceType | SourceLane; catalog?: readonly SourceDefinition[]; dispatchId?: string },
): Promise<{ enqueued: number; sourceIds: string[]; notDue: string[] }> {
  if (!deps.ingestQueue) throw new FatalError('dispatch needs SOZWATCH_INGEST_QUEUE_URL (the ingest queue)');
  const enabled = await sourcesToPoll(deps, { seed: 'missing', catalog: input.catalog });
  const { sources } = selectSources({ kind: input.kind }, enabled);
  // One bounded read of every state (one per source), as the sources page's health does.
  const { due, notDue } = partitionDue(sources, await deps.sourceStates.list(), deps.now());
  const sourceIds = due.map((s) => s.id);
  const dispatchId = input.dispatchId;
  await deps.ingestQueue.sendAll(sourceIds.map((sourceId) => (dispatchId ? { sourceId, dispatchId } : { sourceId })));
  deps.logger.info('ingest dispatched', { kind: input.kind, enqueued: sourceIds.length, skippedNotDue: notDue.length });
  return { enqueued: sourceIds.length, sourceIds, notDue: notDue.map((s) => s.id) };
}
