// Report requests in AWS: the review API invokes build-report asynchronously. The SDK's real HTTP
// request goes to a stand-in for the Lambda Invoke API on loopback, which records what arrives.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../shared/config/config';
import { RetryableError } from '../../../shared/domain/errors';
import { buildDependencies } from '../../../shared/runtime/dependencies';

interface Received {
  method: string;
  path: string;
  invocationType: string | undefined;
  body: string;
}

let server: Server;
let endpoint: string;
const received: Received[] = [];
/** The status the stand-in answers with (202 is an accepted asynchronous invocation). */
let answer = 202;

const read = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => resolve(body));
  });

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await read(request);
    received.push({ method: request.method ?? '', path: request.url ?? '', invocationType: request.headers['x-amz-invocation-type'] as string | undefined, body });
    if (answer >= 500) return void response.writeHead(answer, { 'content-type': 'application/json', 'x-amzn-errortype': 'ServiceException' }).end('{"message":"down"}');
    response.writeHead(answer).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function reportRequests() {
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
  return buildDependencies(config).reportRequests!;
}

describe('report requests through the build-report function', () => {
  it('invoke build-report asynchronously with the month as payload', async () => {
    received.length = 0;
    answer = 202;
    expect(await reportRequests().request('2026-10')).toBe('queued');
    expect(received).toEqual([
      { method: 'POST', path: '/2015-03-31/functions/prod-build-report/invocations', invocationType: 'Event', body: '{"month":"2026-10"}' },
    ]);
  });

  it('an invocation Lambda did not accept for later is an error, not a silent success', async () => {
    answer = 200;
    await expect(reportRequests().request('2026-10')).rejects.toBeInstanceOf(RetryableError);
  });

  it('a failing Lambda API is retried by the SDK, then the error reaches the caller', async () => {
    received.length = 0;
    answer = 500;
    await expect(reportRequests().request('2026-10')).rejects.toThrow();
    expect(received).toHaveLength(4);
    answer = 202;
  });
});
