import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { beginInvocation, createLogger } from '../../../shared/runtime/logger';
import { captureJsonLines } from '../../support/capture-stdout';

function lambdaContext(awsRequestId: string): Context {
  return {
    awsRequestId,
    functionName: 'prod-ingest-news',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-central-1:123456789012:function:prod-ingest-news',
    memoryLimitInMB: '512',
    logGroupName: '/aws/lambda/prod-ingest-news',
    logStreamName: 'stream',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

describe('beginInvocation', () => {
  it('puts the Lambda request id and the correlation id on every line, and forgets them at the next invocation', async () => {
    const logger = createLogger('ingest-news', { level: 'INFO' });
    const { lines } = await captureJsonLines(() => {
      beginInvocation(logger, lambdaContext('req-1'), 'exec-1');
      logger.info('first', { sourceId: 'a' });
      logger.appendKeys({ sourceId: 'a' });
      beginInvocation(logger, lambdaContext('req-2'), undefined);
      logger.info('second');
    });
    expect(lines[0]).toMatchObject({ message: 'first', service: 'ingest-news', function_request_id: 'req-1', correlation_id: 'exec-1', sourceId: 'a' });
    // No correlation id given: the request id stands in; keys appended during the last invocation are gone.
    expect(lines[1]).toMatchObject({ message: 'second', function_request_id: 'req-2', correlation_id: 'req-2' });
    expect(lines[1]).not.toHaveProperty('sourceId');
  });
});
