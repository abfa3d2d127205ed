// The sources routes over real HTTP on loopback against the real local DynamoDB API: a source added
// through the API is polled by the next ingest run (the CLI's and the Lambdas' dispatch → queue → batch
// path) and its items reach the review queue; pausing stops it; viewers read only; "test now" shows
// the parsed items or the error without saving anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../../shared/api/start-review-server';
import { dispatchSources } from '../../../shared/ingest/dispatch-sources';
import { ingestBatch } from '../../../shared/ingest/ingest-batch';
import type { IngestMessage, IngestQueue } from '../../../shared/ports/ingest-queue';
import { CATALOG } from '../../../shared/sources/catalog';
import { sourcesToPoll } from '../../../shared/sources/manage-sources';
import { ingestCommand } from '../../../shared/cli/commands/ingest';
import { PassThrough } from 'node:stream';
import { rssFeed } from '../../support/feed-builder';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';
import { startFixtureServer, type FixtureServer } from '../ingest/fixture-server';
import { HttpClient } from '../../../shared/sources/http/http-client';

let stack: LocalStack;
let server: ReviewServer;
let sites: FixtureServer;
let reviewer: string;
let viewer: string;

async function call(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${options.token ?? reviewer}`, ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const newSource = (id: string, path: string) => ({ id, name: `Local outlet ${id}`, kind: 'feed', url: sites.url(path), language: 'ru', group: 'regional', note: 'served by the test' });

function captureIo(options: { env: Record<string, string> }) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stderr.resume();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stdin: new PassThrough(), stdout, stderr, env: options.env, stdoutText: () => Buffer.concat(chunks).toString('utf8') };
}

/** The feed sources a scheduled dispatch at `at` (the real clock by default) enqueues. */
async function dispatchedIds(at?: Date): Promise<string[]> {
  const sent: IngestMessage[] = [];
  const queue: IngestQueue = { sendAll: async (messages) => void sent.push(...messages) };
  await dispatchSources({ ...stack.deps, ingestQueue: queue, ...(at ? { now: () => at } : {}) }, { kind: 'feed' });
  return sent.map((m) => m.sourceId);
}

beforeAll(async () => {
  stack = await startLocalStack();
  sites = await startFixtureServer({
    '/outlet.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed({ feedKey: 'outlet', items: 6, flagEvery: 2, newest: new Date() })),
    '/second.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed({ feedKey: 'second', items: 4, flagEvery: 2, newest: new Date() })),
    '/not-a-feed.html': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><body><p>Hello</p></body></html>'),
  });
  // The outbound-fetch policy lets the API and the runs reach this one loopback server, nothing else local.
  stack.deps.http = new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, allowedPrivateHosts: [sites.host] });
  server = await startReviewServer(stack.deps);
  reviewer = server.tokens!.reviewer;
  viewer = server.tokens!.viewer;
});

afterAll(async () => {
  await server?.close();
  await sites?.stop();
  await stack?.stop();
});

describe(`sources API on ${DYNAMODB_BACKEND}`, () => {
  it('lists the built-in catalog seeded into an empty table, with health and the form choices', async () => {
    const { status, body } = await call('GET', '/api/sources', { token: viewer });
    expect(status).toBe(200);
    expect(body.sources.map((s: any) => s.id)).toEqual(CATALOG.map((s) => s.id).sort());
    const first = body.sources[0];
    expect(first).toMatchObject({ enabled: true, version: 1, origin: 'catalog', inCatalog: true, catalogDiffers: false });
    expect(first.health).toMatchObject({ itemsLast7Days: 0, flaggedLast7Days: 0, consecutiveFailures: 0, unhealthy: [] });
    expect(body.choices.kinds).toContain('feed');
    expect(body.choices.languages).toEqual(['ru', 'kk', 'en']);
  });

  it('a viewer may read but not add, edit, pause or test', async () => {
    expect((await call('POST', '/api/sources', { token: viewer, body: newSource('viewer-try', '/outlet.xml') })).status).toBe(403);
    expect((await call('POST', '/api/sources/test', { token: viewer, body: newSource('viewer-try', '/outlet.xml') })).status).toBe(403);
    expect((await call('POST', '/api/sources/nur-ru/pause', { token: viewer, body: { version: 1 } })).status).toBe(403);
    expect((await call('PUT', '/api/sources/nur-ru', { token: viewer, body: { version: 1, name: 'x' } })).status).toBe(403);
  });

  it('refuses malformed sources with the field named', async () => {
    const bad = await call('POST', '/api/sources', { body: { ...newSource('Bad Id', '/outlet.xml') } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/^id:/);
    const scheme = await call('POST', '/api/sources', { body: { ...newSource('ftp-outlet', '/outlet.xml'), url: 'ftp://example.kz/feed' } });
    expect(scheme.status).toBe(400);
    expect(scheme.body.message).toMatch(/url/);
    const court = await call('POST', '/api/sources', { body: { ...newSource('court-x', '/outlet.xml'), kind: 'court', parser: 'no-such-parser' } });
    expect(court.status).toBe(400);
    expect(court.body.message).toMatch(/parser/);
    const extra = await call('POST', '/api/sources', { body: { ...newSource('extra-field', '/outlet.xml'), colour: 'red' } });
    expect(extra.status).toBe(400);
    // The kind's own settings are checked against its schema before anything is saved or fetched.
    const selectors = await call('POST', '/api/sources', { body: { ...newSource('list-x', '/outlet.xml'), kind: 'html-list', settings: { item: '', maxPages: 99 } } });
    expect(selectors.status).toBe(400);
    expect(selectors.body.issues.join('; ')).toMatch(/settings\.item.*settings\.maxPages|settings\.maxPages.*settings\.item/);
    const format = await call('POST', '/api/sources/test', { body: { ...newSource('list-x', '/outlet.xml'), kind: 'html-list', settings: { item: 'li', date: { selector: 'time', format: 'nonsense %%' } } } });
    expect(format.status).toBe(400);
    expect(format.body.message).toMatch(/not a date format/);
    const edit = await call('PUT', '/api/sources/vlast-ru', { body: { version: 1, settings: { item: '.news', colour: 'red' } } });
    expect(edit.status).toBe(400);
    expect((await call('GET', '/api/sources/vlast-ru')).body.source.version).toBe(1);
  });

  it('test now shows the parsed items, or the error, and saves nothing', async () => {
    const tested = await call('POST', '/api/sources/test', { body: newSource('local-outlet', '/outlet.xml') });
    expect(tested.status).toBe(200);
    expect(tested.body).toMatchObject({ ok: true, count: 6 });
    expect(tested.body.items[0].title).toMatch(/outlet №0/);
    const failing = await call('POST', '/api/sources/test', { body: newSource('local-outlet', '/not-a-feed.html') });
    expect(failing.status).toBe(200);
    expect(failing.body).toMatchObject({ ok: false, errorKind: 'skip-source' });
    expect(failing.body.error).toMatch(/HTML page/);
    expect((await call('GET', '/api/sources/local-outlet')).status).toBe(404);
  });

  it('test now refuses a typed loopback or private address the policy does not allow: 400 fetch-refused, nothing fetched', async () => {
    for (const url of ['http://127.0.0.1:9/feed.xml', 'http://localhost/feed', 'http://10.0.0.1/rss', 'http://[::1]/rss', 'http://2130706433/rss']) {
      const refused = await call('POST', '/api/sources/test', { body: { ...newSource('typed', '/x'), url } });
      expect(refused.status, url).toBe(400);
      expect(refused.body.error, url).toBe('fetch-refused');
    }
  });

  it('a source added through the API is polled by the next ingest run and its flagged items reach the queue; pausing stops it', async () => {
    const created = await call('POST', '/api/sources', { body: newSource('local-outlet', '/outlet.xml') });
    expect(created.status).toBe(201);
    expect(created.body.source).toMatchObject({ id: 'local-outlet', version: 1, enabled: true, origin: 'staff', parser: 'rss', inCatalog: false, catalogDiffers: false });
    expect((await call('POST', '/api/sources', { body: newSource('local-outlet', '/outlet.xml') })).status).toBe(409);

    // The scheduled path: the dispatch names it, the queue handler's batch ingests it.
    expect(await dispatchedIds()).toContain('local-outlet');
    const catalog = await sourcesToPoll(stack.deps, { seed: 'if-empty' });
    const { summary } = await ingestBatch(stack.deps, { kind: 'feed', records: [{ messageId: 'm1', body: JSON.stringify({ sourceId: 'local-outlet' }) }], runId: 'sqs-test', catalog });
    expect(summary.sources).toMatchObject([{ sourceId: 'local-outlet', outcome: 'ok', fetched: 6, new: 6, flagged: 3 }]);
    const queue = await call('GET', '/api/items?status=pending&source=local-outlet');
    expect(queue.status).toBe(200);
    expect(queue.body.items).toHaveLength(3);

    const listed = (await call('GET', '/api/sources')).body.sources.find((s: any) => s.id === 'local-outlet');
    expect(listed.health).toMatchObject({ itemsLast7Days: 6, flaggedLast7Days: 3, consecutiveFailures: 0, unhealthy: [] });
    expect(listed.health.lastSuccessAt).toBeTruthy();

    const paused = await call('POST', '/api/sources/local-outlet/pause', { body: { version: 1, note: 'moved to a new domain' } });
    expect(paused.status).toBe(200);
    expect(paused.body.source).toMatchObject({ enabled: false, version: 2, updatedBy: 'reviewer@local' });
    expect(await dispatchedIds()).not.toContain('local-outlet');
    const afterPause = await ingestBatch(stack.deps, {
      kind: 'feed',
      records: [{ messageId: 'm2', body: JSON.stringify({ sourceId: 'local-outlet' }) }],
      runId: 'sqs-after-pause',
      catalog: await sourcesToPoll(stack.deps, { seed: 'if-empty' }),
    });
    expect(afterPause.summary.sources).toEqual([]);

    const again = await call('POST', '/api/sources/local-outlet/pause', { body: { version: 2 } });
    expect(again.status).toBe(409);
    const resumed = await call('POST', '/api/sources/local-outlet/resume', { body: { version: 2 } });
    expect(resumed.body.source).toMatchObject({ enabled: true, version: 3 });
    // Polled a moment ago: the next tick skips it; once its interval (30 minutes by default) has passed, it is due again.
    expect(await dispatchedIds()).not.toContain('local-outlet');
    expect(await dispatchedIds(new Date(Date.now() + 31 * 60_000))).toContain('local-outlet');

    const history = await call('GET', '/api/sources/local-outlet', { token: viewer });
    expect(history.body.audit.map((a: any) => a.action)).toEqual(['resume', 'pause', 'create']);
    expect(history.body.audit[1]).toMatchObject({ actor: 'reviewer@local', fromVersion: 1, toVersion: 2, note: 'moved to a new domain', changes: { enabled: { before: true, after: false } } });
  });

  it('cli ingest polls a source added through the API, and refuses it once paused', async () => {
    const created = await call('POST', '/api/sources', { body: newSource('second-outlet', '/second.xml') });
    expect(created.status).toBe(201);
    const io = captureIo({ env: { ...stack.env, SOZWATCH_ALLOWED_PRIVATE_HOSTS: sites.host } });
    expect(await ingestCommand.run(['--source', 'second-outlet'], io)).toBe(0);
    const summary = JSON.parse(io.stdoutText());
    expect(summary.sources).toMatchObject([{ sourceId: 'second-outlet', new: 4, flagged: 2 }]);
    await call('POST', '/api/sources/second-outlet/pause', { body: { version: 1 } });
    await expect(ingestCommand.run(['--source', 'second-outlet'], captureIo({ env: stack.env }))).rejects.toThrow(/unknown or paused source/);
  });

  it('an edit is conditional on the version: the second of two edits from the same version loses', async () => {
    const [first, second] = await Promise.all([
      call('PUT', '/api/sources/lada-ru', { body: { version: 1, pollMinutes: 60 } }),
      call('PUT', '/api/sources/lada-ru', { body: { version: 1, maxSilenceHours: 96 } }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect(loser.body.current).toMatchObject({ id: 'lada-ru', version: 2 });
    const winner = first.status === 200 ? first : second;
    expect(winner.body.source).toMatchObject({ version: 2, editedByStaff: true, catalogDiffers: false });
    expect((await call('PUT', '/api/sources/lada-ru', { body: { version: 2 } })).status).toBe(400);
  });
});
