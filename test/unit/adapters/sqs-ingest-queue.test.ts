// SqsIngestQueue batching and retry rules, and its on-demand client loading, without a network: a
// recording client stands in for SQS (no local SQS server exists to run against).
import type { SQSClient } from '@aws-sdk/client-sqs';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { SqsIngestQueue } from '../../../shared/adapters/sqs/sqs-ingest-queue';
import { RetryableError } from '../../../shared/domain/errors';

type Entry = { Id: string; MessageBody: string };

/** Fails the entries whose body names a source in `failing`, `failTimes` times each. */
function recordingClient(failing: string[] = [], failTimes = 1) {
  const batches: Entry[][] = [];
  const failures = new Map(failing.map((id) => [id, failTimes]));
  const client = {
    async send(command: unknown) {
      expect(command).toBeInstanceOf(SendMessageBatchCommand);
      const entries = (command as SendMessageBatchCommand).input.Entries as Entry[];
      batches.push(entries);
      const failed = entries.filter((e) => {
        const left = failures.get((JSON.parse(e.MessageBody) as { sourceId: string }).sourceId) ?? 0;
        if (left > 0) failures.set((JSON.parse(e.MessageBody) as { sourceId: string }).sourceId, left - 1);
        return left > 0;
      });
      return { Successful: [], Failed: failed.map((e) => ({ Id: e.Id, Code: 'InternalError', Message: 'try later', SenderFault: false })) };
    },
  };
  return { client: client as unknown as SQSClient, batches };
}

const messages = (n: number) => Array.from({ length: n }, (_, i) => ({ sourceId: `s${i}` }));

describe('SqsIngestQueue', () => {
  it('sends in batches of ten and resends only the failed entries once', async () => {
    const { client, batches } = recordingClient(['s3', 's12']);
    await new SqsIngestQueue(client, 'https://sqs.example/q').sendAll(messages(23));
    expect(batches.map((b) => b.length)).toEqual([10, 1, 10, 1, 3]);
    expect(batches[1]!.map((e) => JSON.parse(e.MessageBody))).toEqual([{ sourceId: 's3' }]);
  });

  it('reports entries that failed twice as retryable', async () => {
    const { client } = recordingClient(['s1'], 2);
    await expect(new SqsIngestQueue(client, 'q').sendAll(messages(2))).rejects.toBeInstanceOf(RetryableError);
  });

  it('loads the client once, on the first send, and tries again after a failed load', async () => {
    const { client, batches } = recordingClient();
    let loads = 0;
    const queue = new SqsIngestQueue(async () => {
      loads += 1;
      if (loads === 1) throw new Error('no SDK');
      return client;
    }, 'q');
    await queue.sendAll([]);
    expect(loads).toBe(0);
    await expect(queue.sendAll(messages(1))).rejects.toThrow('no SDK');
    await queue.sendAll(messages(1));
    await queue.sendAll(messages(1));
    expect(loads).toBe(2);
    expect(batches).toHaveLength(2);
  });
});
