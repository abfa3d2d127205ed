// The ingest handlers as Lambda runs them: configuration from the environment (pointing at the local
// stack), an SQS event in, batchItemFailures out. No source is fetched: the messages name no real source.
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../support/local-stack';

let stack: LocalStack;
const saved = { ...process.env };

function sqsEvent(bodies: string[]): SQSEvent {
  return {
    Records: bodies.map((body, i) => ({
      messageId: `m${i}`,
      receiptHandle: `r${i}`,
      body,
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'x', ApproximateFirstReceiveTimestamp: '0' },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest',
      awsRegion: 'us-east-1',
    })),
  };
}

beforeAll(async () => {
  stack = await startLocalStack();
  Object.assign(process.env, stack.env, { SOZWATCH_LOG_LEVEL: 'SILENT' });
  delete process.env.SOZWATCH_INGEST_QUEUE_URL;
});

afterAll(async () => {
  process.env = saved;
  await stack?.stop();
});

describe.each([
  ['ingest-news', 'sud-gov-kz-ru', () => import('../../../lambdas/ingest-news')],
  ['ingest-courts', 'tengrinews-ru', () => import('../../../lambdas/ingest-courts')],
])('%s handler', (_name, otherKind, load) => {
  it('acknowledges malformed messages and sources of another kind instead of retrying them forever', async () => {
    const { handler } = await load();
    const result = await handler(sqsEvent(['not json', JSON.stringify({ sourceId: 'no-such-source' }), JSON.stringify({ sourceId: otherKind }), JSON.stringify({})]));
    expect(result).toEqual({ batchItemFailures: [] });
    // Nothing valid in the batch: no source of the catalog may be fetched (no state written).
    expect(await stack.deps.sourceStates.list()).toEqual([]);
  });

  it('a dispatch without a queue configured fails loudly', async () => {
    const { handler } = await load();
    await expect(handler({ action: 'dispatch' })).rejects.toThrow(/SOZWATCH_INGEST_QUEUE_URL/);
  });

  it('an unknown event is a validation error', async () => {
    const { handler } = await load();
    await expect(handler({ action: 'reboot' })).rejects.toThrow(/expected \{"action":"dispatch"\} or an SQS event/);
  });
});
