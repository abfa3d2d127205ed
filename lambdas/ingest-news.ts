// Lambda for RSS/Atom/RDF feeds. A Scheduler event {"action":"dispatch"} enqueues one message per source to the queue in
// SOZWATCH_INGEST_QUEUE_URL; an SQS event ingests the sources it names and reports the ones to retry.
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { loadConfig } from '../shared/config/config';
import { ValidationError } from '../shared/domain/errors';
import { dispatchSources } from '../shared/ingest/dispatch-sources';
import { ingestBatch } from '../shared/ingest/ingest-batch';
import { buildDependencies, type Dependencies } from '../shared/runtime/dependencies';

const KIND = 'feed';
// Leaves the invocation time to save state and answer SQS when one source is slow.
const SOURCE_BUDGET_MS = 60_000;

let memoised: Dependencies | undefined;

function dependencies(): Dependencies {
  memoised ??= buildDependencies(loadConfig(), { serviceName: 'ingest-news' });
  return memoised;
}

export async function handler(event: SQSEvent | { action?: string }, context?: Context): Promise<SQSBatchResponse | { enqueued: number }> {
  const deps = dependencies();
  if ('Records' in event && Array.isArray(event.Records)) {
    const records = event.Records.map((r) => ({ messageId: r.messageId, body: r.body }));
    const { batchItemFailures } = await ingestBatch(deps, { kind: KIND, records, runId: context?.awsRequestId ?? 'sqs', budgetMs: SOURCE_BUDGET_MS });
    return { batchItemFailures };
  }
  if ((event as { action?: string }).action === 'dispatch') {
    const { enqueued } = await dispatchSources(deps, { kind: KIND });
    return { enqueued };
  }
  // An unknown payload will not fix itself: log it once and fail loudly.
  deps.logger.error('unexpected ingest-news event', { event });
  throw new ValidationError('expected {"action":"dispatch"} or an SQS event');
}
