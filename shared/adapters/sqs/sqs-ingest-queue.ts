// The ingest queue on SQS: SendMessageBatch in groups of ten, failed entries retried once, then reported.
import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { RetryableError } from '../../domain/errors';
import type { IngestMessage, IngestQueue } from '../../ports/ingest-queue';

const BATCH = 10;

export class SqsIngestQueue implements IngestQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async sendAll(messages: IngestMessage[]): Promise<void> {
    for (let start = 0; start < messages.length; start += BATCH) {
      let entries = messages.slice(start, start + BATCH).map((message, index) => ({ Id: String(start + index), MessageBody: JSON.stringify(message) }));
      for (let attempt = 1; entries.length > 0; attempt += 1) {
        const result = await this.client.send(new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }));
        const failed = new Set((result.Failed ?? []).map((f) => f.Id));
        entries = entries.filter((e) => failed.has(e.Id));
        if (entries.length > 0 && attempt >= 2) {
          throw new RetryableError(`could not enqueue ${entries.length} ingest message(s): ${(result.Failed ?? []).map((f) => f.Message ?? f.Code).join('; ')}`);
        }
      }
    }
  }
}
