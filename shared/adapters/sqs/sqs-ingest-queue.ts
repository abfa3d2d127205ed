// The ingest queue on SQS: SendMessageBatch in groups of ten, failed entries retried once, then reported.
import type { SQSClient } from '@aws-sdk/client-sqs';
import { RetryableError } from '../../domain/errors';
import { loadSdk, onFirstUse } from '../sdk-loader';
import type { IngestMessage, IngestQueue } from '../../ports/ingest-queue';

const BATCH = 10;

// Only the dispatch run sends: the SQS package loads on first use (shared/adapters/sdk-loader.ts).
const sdk = () => loadSdk<typeof import('@aws-sdk/client-sqs')>('@aws-sdk/client-sqs');

export class SqsIngestQueue implements IngestQueue {
  private readonly connect: () => Promise<SQSClient>;

  /** `client` may be a loader, called on first use. */
  constructor(
    client: SQSClient | (() => Promise<SQSClient>),
    private readonly queueUrl: string,
  ) {
    this.connect = onFirstUse(typeof client === 'function' ? client : () => Promise.resolve(client));
  }

  async sendAll(messages: IngestMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const [client, { SendMessageBatchCommand }] = [await this.connect(), sdk()];
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
