// Drafts and publishes in AWS: the review API invokes build-report synchronously. The SDK's real HTTP
// request goes to a stand-in for the Lambda Invoke API on loopback, which answers as Lambda does.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../shared/config/config';
import { ConflictError, NotFoundError, RetryableError } from '../../../shared/domain/errors';
import { buildDependencies } from '../../../shared/runtime/dependencies';

let server: Server;
let endpoint: string;
const received: { invocationType?: string; body: unknown }[] = [];
/** What the stand-in answers next: a payload, and the function-error header when the function threw. */
let answer: { payload: unknown; functionError?: string } = { payload: {} };

const read = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => resolve(body));
  });

beforeAll(async () => {
  server = createServer(async (request, response) => {
    received.push({ invocationType: request.headers['x-amz-invocation-type'] as string | undefined, body: JSON.parse(await read(request)) });
    response.writeHead(200, { 'content-type': 'application/json', ...(answer.functionError ? { 'x-amz-function-error': answer.functionError } : {}) }).end(JSON.stringify(answer.payload));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function reportDrafts() {
  const config = loadConfig({
    SOZWATCH_TABLE: 't',
    SOZWATCH_BUCKET: 'b',
    AWS_REGION: 'eu-central-1',
    SOZWATCH_ACCESS_KEY_ID: 'local',
    SOZWATCH_SECRET_ACCESS_KEY: 'local',
    SOZWATCH_LOG_LEVEL: 'SILENT',
    SOZWATCH_REPORT_FUNCTION: 'prod-build-report',
    SOZWATCH_LAMBDA_ENDPOINT: endpoint,
  });
  return buildDependencies(config).reportDrafts!;
}

describe('report drafts through the build-report function', () => {
  it('invokes build-report synchronously and answers with its manifest', async () => {
    answer = { payload: { month: '2024-04', checklist: [], files: [] } };
    expect(await reportDrafts().build('2024-04', 'reviewer@org')).toEqual({ month: '2024-04', checklist: [], files: [] });
    expect(received.at(-1)).toEqual({ invocationType: 'RequestResponse', body: { action: 'draft', month: '2024-04', actor: 'reviewer@org' } });
  });

  it('turns the function\'s refusals back into the errors the API maps (409, 404); anything else is retryable', async () => {
    answer = { payload: { errorType: 'ConflictError', errorMessage: 'the approved entries of 2024-04 changed' }, functionError: 'Unhandled' };
    const stale = reportDrafts().publish('2024-04', 'reviewer@org');
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow('changed');
    expect(received.at(-1)?.body).toEqual({ action: 'publish', month: '2024-04', actor: 'reviewer@org' });
    answer = { payload: { errorType: 'NotFoundError', errorMessage: 'no draft of 2024-04' }, functionError: 'Unhandled' };
    await expect(reportDrafts().publish('2024-04', 'reviewer@org')).rejects.toBeInstanceOf(NotFoundError);
    answer = { payload: { errorType: 'Runtime.ExitError', errorMessage: 'out of memory' }, functionError: 'Unhandled' };
    await expect(reportDrafts().build('2024-04', 'reviewer@org')).rejects.toBeInstanceOf(RetryableError);
  });
});
