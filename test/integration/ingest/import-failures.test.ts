// Import by URL when the URL or the site is bad: through the real local API server (400/502/504, never
// 500) and the real CLI (non-zero exit, a clear message, nothing stored); and catalog sources with
// refused URLs. Upstream sites are real loopback servers that count what reaches them.
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../../shared/api/start-review-server';
import { runCli } from '../../../shared/cli/main';
import { ingestSources } from '../../../shared/ingest/ingest-sources';
import type { Dependencies } from '../../../shared/runtime/dependencies';
import { HttpClient } from '../../../shared/sources/http/http-client';
import { startCountingServer, type CountingServer } from '../../support/counting-server';
import { fixtureSource } from '../../support/feed-builder';
import { startLocalStack, type LocalStack } from '../../support/local-stack';

const ARTICLE = `<html><head><title>Суд оштрафовал редакцию</title></head><body><article><p>${'Суд оштрафовал редакцию газеты за публикацию. '.repeat(10)}</p></article></body></html>`;
const DEADLINE_MS = 1_500;

let stack: LocalStack;
let server: ReviewServer;
/** Loopback: refused unless named. */
let target: CountingServer;
/** The stand-in for a public site: named in the allowed hosts, it answers every failure there is. */
let site: CountingServer;
const open = new Set<import('node:http').ServerResponse>();

async function importByApi(url: string): Promise<{ status: number; body: { error?: string; message?: string } }> {
  const response = await fetch(`${server.url}/api/items/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.tokens!.reviewer}`, 'content-type': 'application/json' },
    body: JSON.stringify({ url }),
  });
  return { status: response.status, body: (await response.json()) as { error?: string; message?: string } };
}

async function pendingCount(): Promise<number> {
  return (await stack.deps.items.listByStatus({ status: 'pending', limit: 1000 })).items.length;
}

beforeAll(async () => {
  stack = await startLocalStack();
  target = await startCountingServer();
  site = await startCountingServer({
    '/article': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE),
    '/missing': (_req, res) => void res.writeHead(404).end('no'),
    '/broken': (_req, res) => void res.writeHead(500).end('boom'),
    '/huge': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.alloc(300 * 1024, 0x61)),
    '/gzip-bomb': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20))),
    '/to-file': (_req, res) => void res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/to-loopback': (_req, res) => void res.writeHead(302, { location: `http://2130706433:${target.port}/secret` }).end(),
    '/deep': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(`${'<div>'.repeat(1_000)}x`),
    '/hang': (_req, res) => void open.add(res),
    '/drip': (_req, res) => {
      open.add(res);
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('<p>'), 100);
      res.on('close', () => clearInterval(timer));
    },
  });
  const deps: Dependencies & { importDeadlineMs: number } = {
    ...stack.deps,
    http: new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, retries: 0, maxBytes: 256 * 1024, allowedPrivateHosts: [site.ipv4Host] }),
    importDeadlineMs: DEADLINE_MS,
  };
  server = await startReviewServer(deps);
});

afterAll(async () => {
  for (const res of open) res.destroy();
  await server?.close();
  await site?.stop();
  await target?.stop();
  await stack?.stop();
});

describe('POST /api/items/import: failures answer 4xx, 502 or 504, never 500', () => {
  it('a good page is still imported (201)', async () => {
    const reply = await importByApi(`http://127.0.0.1:${site.port}/article`);
    expect(reply.status).toBe(201);
  });

  const LOOPBACK = ['127.0.0.1', 'localhost', '127.1', '2130706433', '0177.0.0.1', '0x7f000001', '0.0.0.0', '[::1]', '[::ffff:127.0.0.1]'];
  it.each(LOOPBACK)('http://%s:<port>/ → 400 fetch-refused, no request reaches the server', async (host) => {
    const before = await pendingCount();
    const reply = await importByApi(`http://${host}:${target.port}/secret`);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'fetch-refused' });
    expect(reply.body.message).toMatch(/loopback|unspecified|"this network"/);
    expect(target.total()).toBe(0);
    expect(await pendingCount()).toBe(before);
  });

  it.each(['file:///etc/passwd', 'ftp://example.org/a', 'http://exa mple.org/', 'http://[::1/'])('%s → 400', async (url) => {
    const reply = await importByApi(url);
    expect(reply.status).toBe(400);
  });

  it.each([
    ['/missing', /HTTP 404/],
    ['/broken', /HTTP 500/],
    ['/huge', /exceeds the cap/],
    ['/gzip-bomb', /exceeds the cap of \d+ bytes once decompressed/],
    ['/to-file', /redirected to a URL sozwatch does not fetch: .*only http and https/],
    ['/to-loopback', /redirected to a URL sozwatch does not fetch: .*loopback/],
    ['/deep', /could not be read: .*nested deeper/],
  ])('%s → 502 with a message a reviewer understands', async (path, message) => {
    const before = await pendingCount();
    const reply = await importByApi(`http://127.0.0.1:${site.port}${path}`);
    expect(reply.status).toBe(502);
    expect(reply.body.error).toBe('upstream');
    expect(reply.body.message).toMatch(message);
    expect(target.total()).toBe(0);
    expect(await pendingCount()).toBe(before);
  });

  it('an unknown host → 502', async () => {
    const reply = await importByApi('http://no-such-host.invalid/article');
    expect(reply.status).toBe(502);
    expect(reply.body.message).toMatch(/cannot resolve no-such-host\.invalid/);
  });

  it.each(['/hang', '/drip'])('%s → 504 at the import deadline', async (path) => {
    const started = Date.now();
    const reply = await importByApi(`http://127.0.0.1:${site.port}${path}`);
    expect(reply.status).toBe(504);
    expect(reply.body).toMatchObject({ error: 'upstream-timeout' });
    expect(reply.body.message).toMatch(/did not answer in time \(the import waits at most 1\.5 s\)/);
    // The deadline, not the client's 30 s total timeout, ended it.
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe('ingest: a source whose URL the policy refuses is skipped with the rule named', () => {
  it('loopback, metadata and file: sources are skipped; the others of the run go on', async () => {
    const catalog = [
      fixtureSource('refused-loopback', `http://2130706433:${target.port}/feed.xml`),
      fixtureSource('refused-ipv6', `http://[::1]:${target.port}/feed.xml`),
      fixtureSource('refused-metadata', 'http://169.254.169.254/latest/meta-data/'),
      fixtureSource('refused-scheme', 'file:///etc/passwd'),
    ];
    const http = new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, retries: 2, backoffBaseMs: 1 });
    const summary = await ingestSources({ ...stack.deps, http }, { runId: 'refused', catalog });
    for (const result of summary.sources) {
      expect(result).toMatchObject({ outcome: 'error', errorKind: 'skip-source' });
    }
    const byId = Object.fromEntries(summary.sources.map((result) => [result.sourceId, result.error]));
    expect(byId['refused-loopback']).toMatch(/127\.0\.0\.1 is a loopback address/);
    expect(byId['refused-ipv6']).toMatch(/::1 is a loopback address/);
    expect(byId['refused-metadata']).toMatch(/169\.254\.169\.254 is a link-local address/);
    expect(byId['refused-scheme']).toMatch(/only http and https/);
    expect(target.total()).toBe(0);
  });
});

describe('cli import --url: refused forms exit non-zero and store nothing', () => {
  async function cli(args: string[], extraEnv: Record<string, string> = {}) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const err: Buffer[] = [];
    stderr.on('data', (c: Buffer) => err.push(c));
    stdout.resume();
    const code = await runCli(args, { stdin: new PassThrough(), stdout, stderr, env: { ...stack.env, SOZWATCH_LOG_LEVEL: 'SILENT', ...extraEnv } });
    return { code, stderr: Buffer.concat(err).toString('utf8') };
  }

  it.each(['2130706433', '127.1', '0x7f000001', '0177.0.0.1', '[::1]', '[::ffff:127.0.0.1]', 'localhost', '0.0.0.0'])('import --url http://%s:<port>/', async (host) => {
    const before = await pendingCount();
    const { code, stderr } = await cli(['import', '--url', `http://${host}:${target.port}/secret`]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/sozwatch import: refused http:\/\/.*sozwatch never fetches/);
    expect(target.total()).toBe(0);
    expect(await pendingCount()).toBe(before);
  });

  it('SOZWATCH_ALLOWED_PRIVATE_HOSTS names the one server the CLI may reach', async () => {
    const { code } = await cli(['import', '--url', `http://127.0.0.1:${site.port}/article`, '--actor', 'test'], { SOZWATCH_ALLOWED_PRIVATE_HOSTS: site.ipv4Host });
    expect(code).toBe(0);
    const refused = await cli(['import', '--url', `http://127.0.0.1:${target.port}/article`], { SOZWATCH_ALLOWED_PRIVATE_HOSTS: site.ipv4Host });
    expect(refused.code).not.toBe(0);
    expect(target.total()).toBe(0);
  });
});
