// The handlers as they are deployed: each bundle is built with the deployed esbuild settings
// (CommonJS, minified, SDK external) and run in a fresh node process that loads it the way the Lambda
// runtime does (`require`), against the local DynamoDB and S3 servers.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_PACKAGE_JSON, lambdaEsbuildOptions } from '../../../cdk/constructs/bundling';
import { buildReport } from '../../../shared/report/build-report';
import { reportMonthDue } from '../../../shared/report/check-report';
import { WEB_FILES } from '../../../shared/web/web-assets';
import { october2021Items } from '../../fixtures/report/october-2021';
import { startLocalStack, type LocalStack } from '../../support/local-stack';

const run = promisify(execFile);
// Inside node_modules, so the external @aws-sdk/* packages resolve as they do in the Lambda runtime.
const OUT = resolve('node_modules', '.cache', `sozwatch-test-bundles-${process.pid}`);

const RESULT_MARKER = '@@handler-outcome@@';
let stack: LocalStack;

async function bundle(handler: string): Promise<string> {
  const dir = join(OUT, handler);
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'index.js');
  await build(lambdaEsbuildOptions(join('lambdas', `${handler}.ts`), outfile));
  writeFileSync(join(dir, 'package.json'), BUNDLE_PACKAGE_JSON);
  return outfile;
}

interface Invocation {
  result?: unknown;
  error?: string;
  /** The JSON lines (logs, metrics) the handler wrote to stdout and stderr. */
  lines: Array<Record<string, unknown>>;
}

/** A Lambda context as the runtime passes it, with the given request id. */
const lambdaContext = (awsRequestId: string) => ({
  awsRequestId,
  functionName: 'prod-handler',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-central-1:123456789012:function:prod-handler',
  memoryLimitInMB: '512',
});

/** Invokes `handler(event, context)` of a bundle in a fresh node process; returns its result or its error. */
async function invoke(file: string, event: unknown, env: Record<string, string> = {}, context = lambdaContext('req-test')): Promise<Invocation> {
  // Powertools writes logs and metrics to stdout too: the outcome is the line after a marker.
  const script = `require(${JSON.stringify(file)}).handler(JSON.parse(process.env.EVENT), JSON.parse(process.env.CONTEXT)).then(
    (r) => process.stdout.write('\\n${RESULT_MARKER}' + JSON.stringify({ result: r ?? null })),
    (e) => process.stdout.write('\\n${RESULT_MARKER}' + JSON.stringify({ error: String(e && e.message) })))`;
  const { stdout, stderr } = await run(process.execPath, ['-e', script], {
    env: { PATH: process.env.PATH ?? '', ...stack.env, SOZWATCH_LOG_LEVEL: 'SILENT', POWERTOOLS_LOG_LEVEL: 'SILENT', ...env, EVENT: JSON.stringify(event), CONTEXT: JSON.stringify(context) },
  });
  const lines = stdout.split('\n');
  const outcome = lines.find((line) => line.startsWith(RESULT_MARKER));
  if (!outcome) throw new Error(`the handler process printed no outcome: ${stdout}`);
  // Powertools writes warnings and errors to stderr, the rest to stdout.
  const logged = [...lines, ...stderr.split('\n')].filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { ...(JSON.parse(outcome.slice(RESULT_MARKER.length)) as { result?: unknown; error?: string }), lines: logged };
}

beforeAll(async () => {
  stack = await startLocalStack();
});

afterAll(async () => {
  await stack?.stop();
  rmSync(OUT, { recursive: true, force: true });
});

describe('deployed bundles', () => {
  it('build-report reads the month from DynamoDB and publishes it to S3 (the S3 client loads on first use)', async () => {
    const file = await bundle('build-report');
    const approved = october2021Items().filter((i) => i.entry?.eventDate.startsWith('2021-10'));
    for (const item of approved) await stack.deps.items.saveIfNew(item);
    const { result, error } = await invoke(file, { month: '2021-10', lang: 'en' });
    expect(error).toBeUndefined();
    expect(result).toEqual({
      month: '2021-10',
      keys: ['reports/2021/10/report.en.html', 'reports/2021/10/report.en.md', 'reports/2021/10/entries.csv', 'reports/2021/10/data.json', 'reports/index.html'],
    });
    const fromBundle = (await stack.deps.objects.get('reports/2021/10/data.json'))!.body.toString('utf8');
    const manifest = (JSON.parse(fromBundle) as { manifest: { month: string; itemIds: string[] } }).manifest;
    expect(manifest.month).toBe('2021-10');
    expect(manifest.itemIds.length).toBeGreaterThan(10);
    // The source code run in this process publishes the very same bytes.
    await buildReport(stack.deps, { month: '2021-10', lang: 'en' });
    expect((await stack.deps.objects.get('reports/2021/10/data.json'))!.body.toString('utf8')).toBe(fromBundle);
  });

  it('build-report refuses a malformed month with the validation message', async () => {
    const file = await bundle('build-report');
    expect((await invoke(file, { month: '2026-13' })).error).toMatch(/month/);
  });

  it('build-report runs the daily check against the bucket', async () => {
    const file = await bundle('build-report');
    const { result, error } = await invoke(file, { action: 'check' });
    expect(error).toBeUndefined();
    // October 2021 is published (first test), the month due now is not.
    expect(result).toEqual({ monthDue: reportMonthDue(new Date()), latestPublished: '2021-10', overdue: true, draftBuilt: false, unpublished: false });
  });

  it.each(['ingest-news', 'ingest-courts'])('%s acknowledges a batch of malformed messages and fetches nothing', async (handler) => {
    const file = await bundle(handler);
    const record = (body: string) => ({ messageId: body, receiptHandle: 'r', body, attributes: {}, messageAttributes: {}, eventSource: 'aws:sqs' });
    const { result, error, lines } = await invoke(
      file,
      { Records: [record('not json'), record(JSON.stringify({ sourceId: 'no-such-source', dispatchId: 'exec-7' }))] },
      { SOZWATCH_LOG_LEVEL: 'ERROR', POWERTOOLS_LOG_LEVEL: 'ERROR' },
      lambdaContext('req-ingest'),
    );
    expect(error).toBeUndefined();
    expect(result).toEqual({ batchItemFailures: [] });
    expect(await stack.deps.sourceStates.list()).toEqual([]);
    // Each dropped message is logged with the dispatch it came from and the invocation's request id.
    const dropped = lines.filter((line) => line.message === 'ingest message dropped');
    expect(dropped).toHaveLength(2);
    expect(dropped.every((line) => line.correlation_id === 'exec-7' && line.function_request_id === 'req-ingest')).toBe(true);
  });

  it('review-api serves the page from the files copied beside the bundle and refuses /api without a token', async () => {
    const file = await bundle('review-api');
    for (const { file: name } of Object.values(WEB_FILES)) copyFileSync(join('shared', 'web', name), join(OUT, 'review-api', name));
    const env = { SOZWATCH_USER_POOL_ID: 'us-east-1_bundletest', SOZWATCH_USER_POOL_CLIENT_ID: 'bundle-test-client' };
    const event = (path: string) => ({ rawPath: path, headers: {}, requestContext: { http: { method: 'GET' } } });
    const page = (await invoke(file, event('/'), env)).result as { statusCode: number; headers: Record<string, string>; body: string };
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('/assets/review-page.js');
    const api = (await invoke(file, event('/api/items'), env)).result as { statusCode: number };
    expect(api.statusCode).toBe(401);

  });

  it('review-fetch loads without the page files, serves no page and refuses its routes without a token', async () => {
    const file = await bundle('review-fetch');
    const env = { SOZWATCH_USER_POOL_ID: 'us-east-1_bundletest', SOZWATCH_USER_POOL_CLIENT_ID: 'bundle-test-client' };
    const event = (method: string, path: string) => ({ rawPath: path, headers: {}, requestContext: { http: { method } } });
    const page = await invoke(file, event('GET', '/'), env);
    expect(page.error).toBeUndefined();
    expect((page.result as { statusCode: number }).statusCode).toBe(404);
    const refused = (await invoke(file, event('POST', '/api/items/import'), env)).result as { statusCode: number; headers: Record<string, string> };
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['www-authenticate']).toBe('Bearer');
  });
});
