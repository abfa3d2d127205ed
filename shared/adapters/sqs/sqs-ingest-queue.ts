// The ingest queue on SQS: SendMessageBatch in groups of ten, failed entries retried once, then reported.
import type { SQSClient } from '@aws-sdk/client-sqs';
import { RetryableError } from '../../domain/errors';
import type { IngestMessage, IngestQueue } from '../../ports/ingest-queue';

const BATCH = 10;

// Loaded on first use, never at module top: only the dispatch run sends, and importing the SQS client
// would cost every SQS-triggered ingest run and the review API cold start for nothing (issue 7).
const sdk = () => import('@aws-sdk/client-sqs');

export class SqsIngestQueue implements IngestQueue {
  private client?: Promise<SQSClient>;
  private readonly load: () => Promise<SQSClient>;

  /** `client` may be a loader, called once on first use (see `sdk` above). */
  constructor(
    client: SQSClient | (() => Promise<SQSClient>),
    private readonly queueUrl: string,
  ) {
    this.load = typeof client === 'function' ? client : () => Promise.resolve(client);
  }

  private async connect(): Promise<SQSClient> {
    // A failed load is not cached: the next call tries again.
    this.client ??= this.load().catch((error: unknown) => {
      this.client = undefined;
      throw error;
    });
    return this.client;
  }

  async sendAll(messages: IngestMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const [client, { SendMessageBatchCommand }] = await Promise.all([this.connect(), sdk()]);
    for (let start = 0; start < messages.length; start += BATCH) {
      let entries = messages.slice(start, start + BATCH).map((message, index) => ({ Id: String(start + index), MessageBody: JSON.stringify(message) }));
      for (let attempt = 1; entries.length > 0; attempt += 1) {
        const result = await client.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }));
        const failed = new Set((result.Failed ?? []).map((f) => f.Id));
        entries = entries.filter((e) => failed.has(e.Id));
        if (entries.length > 0 && attempt >= 2) {
          throw new RetryableError(`could not enqueue ${entries.length} ingest message(s): ${(result.Failed ?? []).map((f) => f.Message ?? f.Code).join('; ')}`);
        }
      }
    }
  }
}
