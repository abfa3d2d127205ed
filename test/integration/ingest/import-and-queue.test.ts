// Manual import, the queue-driven Lambda path (dispatch + batch) and the `feed` CLI contract, on the
// local stack with a local fixture server.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/main';
import { ValidationError } from '../../../shared/domain/errors';
import { itemId } from '../../../shared/domain/ids';
import { checkSources } from '../../../shared/sources/check-sources';
import { dispatchSources } from '../../../shared/ingest/dispatch-sources';
import { importItem } from '../../../shared/ingest/import-item';
import { ingestBatch } from '../../../shared/ingest/ingest-batch';
import type { IngestDependencies } from '../../../shared/ingest/ingest-sources';
import type { IngestMessage, IngestQueue } from '../../../shared/ports/ingest-queue';
import type { SourceDefinition } from '../../../shared/sources/catalog';
import { CATALOG } from '../../../shared/sources/catalog';
import { HttpClient } from '../../../shared/sources/http/http-client';
import { classification, storedItem } from '../../support/items';
import { startLocalStack, type LocalStack } from '../../support/local-stack';
import { conditional, startFixtureServer, type FixtureServer } from './fixture-server';

const feeds = new URL('../../fixtures/feeds/', import.meta.url);
const courts = new URL('../../fixtures/courts/', import.meta.url);
const file = (dir: URL, name: string) => readFileSync(new URL(name, dir));

let stack: LocalStack;
let server: FixtureServer;
let deps: IngestDependencies;

const ARTICLE = `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Статья | Сайт</title>
<meta property="og:title" content="Суд взыскал с журналиста 5 000 000 тенге морального вреда"></head>
<body><nav><a href="/">Главная</a></nav><header>Шапка сайта</header>
<article><h1>Суд взыскал с журналиста 5 000 000 тенге</h1>
<p>Специализированный межрайонный суд Алматы удовлетворил иск о защите чести, достоинства и деловой репутации по статье 143 Гражданского кодекса к журналисту интернет-издания.</p>
<p>Истец требовал 20 000 000 тенге морального вреда; суд взыскал 5 000 000 тенге. Редакция намерена обжаловать решение.</p></article>
<footer>© 2024</footer><script>track()</script></body></html>`;

beforeAll(async () => {
  stack = await startLocalStack();
  server = await startFixtureServer({
    '/article': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE),
    '/act.pdf': (_req, res) => void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n...'),
    '/feed-a.xml': conditional(file(feeds, 'rss2-ru.xml'), { etag: '"a"' }),
    '/feed-b.xml': (_req, res) => void res.writeHead(503, { 'retry-after': '1' }).end(),
    '/feed-c.xml': (_req, res) => void res.writeHead(404).end(),
    '/court.html': conditional(file(courts, 'sud-gov-kz-news/list.html'), { contentType: 'text/html; charset=utf-8' }),
  });
  deps = { ...stack.deps, http: new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, retries: 0, sleep: async () => undefined, allowedPrivateHosts: [server.host] }) };
});

afterAll(async () => {
  await server?.stop();
  await stack?.stop();
});

describe('importItem', () => {
  it('imports a page by URL: title and main text extracted, classified, pending with addedBy and an import audit', async () => {
    const { item, created } = await importItem(deps, { url: server.url('/article'), actor: 'aigerim' });
    expect(created).toBe(true);
    expect(item).toMatchObject({
      title: 'Суд взыскал с журналиста 5 000 000 тенге морального вреда',
      status: 'pending',
      addedBy: 'aigerim',
      sourceKind: 'manual',
      sourceId: 'manual',
      language: 'ru',
      url: server.url('/article'),
    });
    expect(item.text).toContain('по статье 143 Гражданского кодекса');
    expect(item.text).not.toMatch(/Шапка сайта|Главная|track\(\)/);
    expect(item.classification.rulesVersion).toBeTruthy();
    const stored = await stack.deps.items.get(item.id);
    expect(stored?.status).toBe('pending');
    expect((await stack.deps.items.listAudit(item.id)).map((a) => [a.action, a.actor])).toEqual([['import', 'aigerim']]);
  });

  it('importing the same URL again stores nothing new', async () => {
    const again = await importItem(deps, { url: server.url('/article'), actor: 'dana' });
    expect(again.created).toBe(false);
    expect(again.item.addedBy).toBe('aigerim');
    expect(await stack.deps.items.listAudit(again.item.id)).toHaveLength(1);
  });

  it('imports pasted text (e.g. from a PDF of an act) with the given title and language', async () => {
    const text = 'Іс бойынша сот шешімі: журналистке қатысты талап қанағаттандырылмады.\nШешім заңды күшіне енді.';
    const { item } = await importItem(deps, { text, title: 'Сот актісі № 7599-24-00-2/123', lang: 'kk', actor: 'aigerim', sourceId: 'office-sud-kz' });
    expect(item).toMatchObject({ title: 'Сот актісі № 7599-24-00-2/123', language: 'kk', text, url: '', sourceId: 'office-sud-kz', status: 'pending' });
  });

  it('importing an item the crawler stored as ignored sends it to the queue, with an import audit', async () => {
    server.route('/article2', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE));
    const url = server.url('/article2');
    // The crawler stored the story (rules missed it) under the id its canonical URL gives.
    const id = itemId({ sourceId: 'some-feed', url });
    await stack.deps.items.saveIfNew(storedItem({ id, url, sourceId: 'some-feed', status: 'ignored', classification: classification({ flagged: false, categories: [] }) }));
    const { item, created } = await importItem(deps, { url, actor: 'dana' });
    expect(created).toBe(false);
    expect(item).toMatchObject({ id, status: 'pending', addedBy: 'dana', version: 2 });
    expect((await stack.deps.items.listAudit(id)).map((a) => [a.action, a.fromStatus, a.toStatus])).toEqual([['import', 'ignored', 'pending']]);
  });

  it('a PDF URL, an empty import and a bad language are validation errors', async () => {
    await expect(importItem(deps, { url: server.url('/act.pdf'), actor: 'a' })).rejects.toThrow(/PDF/);
    await expect(importItem(deps, { actor: 'a' })).rejects.toBeInstanceOf(ValidationError);
    await expect(importItem(deps, { text: 'x', lang: 'de', actor: 'a' })).rejects.toThrow(/lang/);
  });
});

describe('the queue path of the ingest Lambdas', () => {
  const catalog = (): SourceDefinition[] =>
    ['a', 'b', 'c'].map((x) => ({ ...CATALOG[0]!, id: `q-${x}`, url: server.url(`/feed-${x}.xml`), maxSilenceHours: 1e6 }));

  it('dispatch seeds the table and enqueues one message per enabled source of the kind', async () => {
    const sent: IngestMessage[] = [];
    const queue: IngestQueue = { sendAll: async (messages) => void sent.push(...messages) };
    const result = await dispatchSources({ ...stack.deps, ingestQueue: queue }, { kind: 'court' });
    expect(result.enqueued).toBe(CATALOG.filter((s) => s.kind === 'court').length);
    expect(sent).toEqual(CATALOG.filter((s) => s.kind === 'court').map((s) => ({ sourceId: s.id })).sort((a, b) => (a.sourceId < b.sourceId ? -1 : 1)));
    await expect(dispatchSources({ ...stack.deps, ingestQueue: undefined }, { kind: 'feed' })).rejects.toThrow(/SOZWATCH_INGEST_QUEUE_URL/);
  });

  it('a dispatch passes its id on to every message, for the correlation id of the ingest logs', async () => {
    const sent: IngestMessage[] = [];
    const queue: IngestQueue = { sendAll: async (messages) => void sent.push(...messages) };
    await dispatchSources({ ...stack.deps, ingestQueue: queue }, { kind: 'court', dispatchId: 'exec-42' });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((m) => m.dispatchId === 'exec-42')).toBe(true);
  });

  it('a dispatch enqueues a source only once its own poll interval has passed since its last attempt', async () => {
    const now = new Date('2026-03-02T09:00:00Z');
    const minutesBefore = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
    const hourly = ['recent', 'old', 'new'].map((x) => ({ ...CATALOG[0]!, id: `hourly-${x}`, url: server.url(`/hourly-${x}.xml`), pollMinutes: 60 }));
    await stack.deps.sourceStates.put({ sourceId: 'hourly-recent', consecutiveFailures: 0, lastAttemptAt: minutesBefore(20) });
    await stack.deps.sourceStates.put({ sourceId: 'hourly-old', consecutiveFailures: 1, lastAttemptAt: minutesBefore(61), lastError: 'HTTP 503' });
    const sent: IngestMessage[] = [];
    const queue: IngestQueue = { sendAll: async (messages) => void sent.push(...messages) };
    const result = await dispatchSources({ ...stack.deps, ingestQueue: queue, now: () => now }, { kind: 'feed', catalog: [...CATALOG, ...hourly] });
    const sentIds = sent.map((m) => m.sourceId);
    expect(sentIds).toContain('hourly-old');
    expect(sentIds).toContain('hourly-new');
    expect(sentIds).not.toContain('hourly-recent');
    expect(result.notDue).toEqual(['hourly-recent']);
    expect(result.enqueued).toBe(sent.length);
  });

  it('a batch retries only transient failures; malformed and unknown messages are dropped, not retried', async () => {
    const records = [
      { messageId: 'm1', body: JSON.stringify({ sourceId: 'q-a' }) },
      { messageId: 'm2', body: JSON.stringify({ sourceId: 'q-b' }) },
      { messageId: 'm3', body: JSON.stringify({ sourceId: 'q-c' }) },
      { messageId: 'm4', body: 'not json' },
      { messageId: 'm5', body: JSON.stringify({ sourceId: 'no-such-source' }) },
    ];
    const { batchItemFailures, summary } = await ingestBatch(deps, { kind: 'feed', records, runId: 'sqs-1', catalog: catalog() });
    expect(batchItemFailures).toEqual([{ itemIdentifier: 'm2' }]);
    const results = Object.fromEntries(summary.sources.map((r) => [r.sourceId, r]));
    expect(results['q-a']).toMatchObject({ outcome: 'ok', new: 3 });
    expect(results['q-b']).toMatchObject({ outcome: 'error', errorKind: 'retryable' });
    expect(results['q-c']).toMatchObject({ outcome: 'error', errorKind: 'skip-source' });
  });
});

describe('sources check', () => {
  it('reports per source whether the feed parses or the court parser still matches', async () => {
    server.route('/changed-court.html', conditional('<html><body><div class="new-layout"><a href="/x">Новость</a></div></body></html>', { contentType: 'text/html' }));
    const base = CATALOG.find((s) => s.kind === 'court')!;
    const sources: SourceDefinition[] = [
      { ...CATALOG[0]!, id: 'feed-ok', url: server.url('/feed-a.xml') },
      { ...CATALOG[0]!, id: 'feed-404', url: server.url('/feed-c.xml') },
      { ...base, id: 'court-ok', url: server.url('/court.html') },
      { ...base, id: 'court-changed', url: server.url('/changed-court.html') },
    ];
    const checks = await checkSources(deps.http, sources, new Date('2024-03-15T00:00:00Z'));
    expect(checks.map((c) => [c.sourceId, c.ok, c.items])).toEqual([
      ['feed-ok', true, 3],
      ['feed-404', false, 0],
      ['court-ok', true, 4],
      ['court-changed', false, 0],
    ]);
    expect(checks[3]!.error).toMatch(/no longer has the structure/);
    expect(checks[1]!.errorKind).toBe('skip-source');
  });
});

describe('CLI feed (the contract in docs/decisions.md)', () => {
  async function cli(args: string[]) {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    stdout.on('data', (c: Buffer) => out.push(c));
    stderr.on('data', (c: Buffer) => err.push(c));
    const code = await runCli(args, { stdin: new PassThrough(), stdout, stderr, env: { SOZWATCH_ALLOWED_PRIVATE_HOSTS: server.host } });
    return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  }

  it('prints one JSON line per item with exactly the contract fields, from a URL', async () => {
    const { code, stdout, stderr } = await cli(['feed', server.url('/feed-a.xml')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(Object.keys(line)).toEqual(['id', 'title', 'url', 'publishedAt', 'summary', 'lang', 'guid']);
    expect(lines[0]).toMatchObject({ guid: 'news-123', lang: 'ru', publishedAt: '2024-03-12T09:30:00.000Z' });
  });

  it('reads a court page by URL with --court and a local court file by matching parser', async () => {
    const byUrl = await cli(['feed', server.url('/court.html'), '--court', 'sud-gov-kz-news']);
    expect(byUrl.code).toBe(0);
    expect(byUrl.stdout.trim().split('\n')).toHaveLength(4);
    const byFile = await cli(['feed', new URL('sud-gov-kz-news/list.html', courts).pathname]);
    expect(byFile.code).toBe(0);
    expect(JSON.parse(byFile.stdout.split('\n')[0]!).url).toBe('https://sud.gov.kz/rus/news/verhovnyy-sud-razyasnil-primenenie-stati-274-uk');
  });

  it.each([
    ['billion-laughs.xml', /entities/],
    ['malformed.xml', /malformed feed/],
    ['html-page.html', /HTML page instead of a feed/],
  ])('%s: non-zero exit and exactly one line on stderr, nothing on stdout', async (name, message) => {
    const { code, stdout, stderr } = await cli(['feed', new URL(name, feeds).pathname]);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('an unreachable URL fails with one line too', async () => {
    const { code, stderr } = await cli(['feed', server.url('/feed-c.xml')]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/404/);
  });
});
