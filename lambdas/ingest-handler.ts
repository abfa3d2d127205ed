// The one ingest handler shape behind ingest-news and ingest-courts: a Scheduler event
// {"action":"dispatch"} enqueues one message per source of its kind to SOZWATCH_INGEST_QUEUE_URL; an
// SQS event ingests the sources it names, publishes the run's metrics and reports the ones to retry.
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { loadConfig } from '../shared/config/config';
import { ValidationError } from '../shared/domain/errors';
import { dispatchSources } from '../shared/ingest/dispatch-sources';
import type { SourceLane } from '../shared/sources/catalog';
import { ingestBatch, parseIngestMessage } from '../shared/ingest/ingest-batch';
import { sourcesToPoll } from '../shared/sources/manage-sources';
import { buildDependencies, type Dependencies } from '../shared/runtime/dependencies';
import { beginInvocation } from '../shared/runtime/logger';
import { createMetrics, recordIngestRun } from '../shared/runtime/metrics';

// Leaves the invocation time to save state and answer SQS when one source is slow.
const SOURCE_BUDGET_MS = 60_000;

export type IngestEvent = SQSEvent | { action?: string; executionId?: string };

/** The dispatches a batch came from (normally one), for the correlation id of its logs. */
function dispatchIdsOf(records: SQSEvent['Records']): string | undefined {
  // A malformed body is reported by ingestBatch; it just has no dispatch to correlate with.
  const ids = new Set(records.flatMap((record) => parseIngestMessage(record.body).dispatchId ?? []));
  return ids.size > 0 ? [...ids].join(',') : undefined;
}

export function createIngestHandler(kind: SourceLane, serviceName: string) {
  let memoised: Dependencies | undefined;
  const metrics = createMetrics(serviceName);
  const dependencies = () => (memoised ??= buildDependencies(loadConfig(), { serviceName }));

  return async function handler(event: IngestEvent, context?: Context): Promise<SQSBatchResponse | { enqueued: number }> {
    const deps = dependencies();
    if ('Records' in event && Array.isArray(event.Records)) {
      beginInvocation(deps.logger, context, dispatchIdsOf(event.Records));
      const records = event.Records.map((r) => ({ messageId: r.messageId, body: r.body }));
      // The enabled sources as stored now: a source paused after the dispatch is dropped here.
      const catalog = await sourcesToPoll(deps, { seed: 'if-empty' });
      const { batchItemFailures, summary } = await ingestBatch(deps, { kind, records, runId: context?.awsRequestId ?? 'sqs', budgetMs: SOURCE_BUDGET_MS, catalog });
      recordIngestRun(metrics, summary);
      metrics.publishStoredMetrics();
      return { batchItemFailures };
    }
    const scheduled = event as { action?: string; executionId?: string };
    // The Scheduler's execution id stays the same across its retries of one tick.
    const dispatchId = scheduled.executionId || context?.awsRequestId;
    beginInvocation(deps.logger, context, dispatchId);
    if (scheduled.action === 'dispatch') {
      const { enqueued } = await dispatchSources(deps, { kind, dispatchId });
      return { enqueued };
    }
    // An unknown payload will not fix itself: log it once and fail loudly.
    deps.logger.error(`unexpected ${serviceName} event`, { event });
    throw new ValidationError('expected {"action":"dispatch"} or an SQS event');
  };
}
