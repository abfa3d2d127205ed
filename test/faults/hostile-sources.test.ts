// Sources that hang forever, flood bytes, drip, or answer garbage, run in one ingest beside healthy
// feeds (each hostile one on its own loopback host, one sharing the healthy host): the healthy feeds
// are stored, every hostile one ends as a recorded failure, and the run returns. Hostile news lists
// and Telegram channel pages (deep, unclosed, script-laden, wrongly encoded, huge) are among them; a
// feed cut short is not a failure: its complete items are kept.
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSources, type IngestSummary } from '../../shared/ingest/ingest-sources';
import type { SourceDefinition } from '../../shared/sources/catalog';
import { HttpClient } from '../../shared/sources/http/http-client';
import { conditional, startFixtureServer, type FixtureServer, type Route } from '../integration/ingest/fixture-server';
import { fixtureSource, rssFeed } from '../support/feed-builder';
import { startLocalStack, type LocalStack } from '../support/local-stack';

// Above what the healthy feeds can lose behind the shared-host hang (2 attempts × 1.5 s connect
// timeout, the host queue is serial) and behind the nesting bomb's synchronous parse (~2 s of CPU).
const BUDGET_MS = 10_000;
let stack: LocalStack;
const servers: FixtureServer[] = [];
const openResponses = new Set<ServerResponse>();

/** Accepts the request and never answers. */
const hang: Route = (_req, res) => {
  openResponses.add(res);
};

/** Answers 200 with an endless body as fast as the socket takes it. */
const flood: Route = (_req, res) => {
  openResponses.add(res);
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  const chunk = Buffer.from(`<rss><channel>${'<item><title>x</title></item>'.repeat(2048)}`);
  const pump = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', pump);
  };
  pump();
};

/** A valid start, then one byte every 100 ms, forever: only a total timeout or the budget ends it. */
const drip: Route = (_req, res) => {
  openResponses.add(res);
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
  const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 100);
  res.on('close', () => clearInterval(timer));
};

const body = (contentType: string, payload: string | Buffer): Route => (_req, res) => {
  res.writeHead(200, { 'content-type': contentType }).end(payload);
};

interface Case {
  id: string;
  route: Route;
  /** Each on its own server (its own host) unless it is meant to share the healthy feeds' host. */
  sharedHost?: boolean;
  /** How the source must end: a recorded failure of this kind, parsed to nothing, or the items before a cut. */
  expectKind: 'retryable' | 'skip-source' | 'no-items' | 'recovered';
  /** What the error must say, when it is a failure. */
  expectError?: RegExp;
  /** Not a feed: the source's kind and settings, and the path it is served on. */
  source?: Partial<SourceDefinition>;
  path?: string;
}

const LIST: Partial<SourceDefinition> = {
  kind: 'html-list',
  parser: 'html-list',
  settings: { item: '.newscard', title: '.newscard__title', link: 'a.newscard__link', date: { selector: '.newscard__date', format: 'd MMMM, HH:mm' } },
};
const CHANNEL: Partial<SourceDefinition> = { kind: 'telegram', parser: 'telegram', settings: { maxPages: 2 } };
const card = (n: number) => `<div class="newscard"><a class="newscard__link" href="/n/${n}"><div class="newscard__title">Новость ${n}</div></a><div class="newscard__date">Сегодня, 10:00</div></div>`;
const message = (n: number) =>
  `<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="hostile/${n}"><div class="tgme_widget_message_bubble"><div class="tgme_widget_message_text">Сообщение ${n}</div><a class="tgme_widget_message_date" href="https://t.me/hostile/${n}"><time datetime="2026-12-05T05:00:00+00:00"></time></a></div></div></div>`;
const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

const HOSTILE: Case[] = [
  { id: 'hangs', route: hang, expectKind: 'retryable' },
  { id: 'hangs-on-shared-host', route: hang, sharedHost: true, expectKind: 'retryable' },
  { id: 'floods', route: flood, expectKind: 'skip-source' },
  { id: 'drips', route: drip, expectKind: 'retryable' },
  { id: 'random-bytes', route: body('application/rss+xml', randomBytes(64 * 1024)), expectKind: 'skip-source' },
  { id: 'html-instead', route: body('text/html; charset=utf-8', '<!doctype html><html><body><h1>Сайт на обслуживании</h1></body></html>'), expectKind: 'skip-source' },
  { id: 'json-instead', route: body('application/json', JSON.stringify({ items: [{ title: 'x' }] })), expectKind: 'skip-source' },
  { id: 'entity-bomb', route: body('application/rss+xml', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'x'.repeat(100)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>`), expectKind: 'skip-source' },
  // 0.7 MB, under the size cap: the parser survives it (no stack overflow) and finds no item.
  { id: 'nesting-bomb', route: body('application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</channel></rss>`), expectKind: 'no-items' },
  // Cut inside its fifth item: the four complete ones are kept.
  { id: 'truncated', route: body('application/rss+xml', rssFeed({ feedKey: 'cut', items: 20 }).slice(0, 1500)), expectKind: 'recovered' },
  // News lists.
  { id: 'list-deep', source: LIST, route: body('text/html', page(`${'<div>'.repeat(100_000)}${card(1)}${'</div>'.repeat(100_000)}`)), expectKind: 'skip-source', expectError: /nested deeper/ },
  { id: 'list-unclosed', source: LIST, route: body('text/html', page(card(1).replace(/<\/div>|<\/a>/g, '').repeat(5_000))), expectKind: 'skip-source', expectError: /nested deeper/ },
  { id: 'list-scripts', source: LIST, route: body('text/html', page(`<script>document.write('${card(1)}')</script>`.repeat(5_000))), expectKind: 'skip-source', expectError: /selectors found nothing/ },
  { id: 'list-huge', source: LIST, route: body('text/html', page(card(1).repeat(12_000))), expectKind: 'skip-source', expectError: /cap/ },
  { id: 'list-wrong-charset', source: LIST, route: body('text/html; charset=utf-16le', page(card(1) + card(2))), expectKind: 'skip-source', expectError: /selectors found nothing/ },
  // Telegram channel pages.
  { id: 'channel-deep', source: CHANNEL, path: '/s/hostile_deep', route: body('text/html', page(`${'<div>'.repeat(100_000)}${message(1)}${'</div>'.repeat(100_000)}`)), expectKind: 'skip-source', expectError: /nested deeper/ },
  { id: 'channel-unclosed', source: CHANNEL, path: '/s/hostile_unclosed', route: body('text/html', page(message(1).replace(/<\/div>|<\/a>/g, '').repeat(5_000))), expectKind: 'skip-source', expectError: /nested deeper/ },
  { id: 'channel-scripts', source: CHANNEL, path: '/s/hostile_scripts', route: body('text/html', page(`<script>var m = '${message(1)}';</script>`.repeat(2_000))), expectKind: 'skip-source', expectError: /no public preview/ },
  { id: 'channel-wrong-charset', source: CHANNEL, path: '/s/hostile_charset', route: body('text/html; charset=utf-16be', page(message(1))), expectKind: 'skip-source', expectError: /no public preview/ },
];
const HEALTHY = ['healthy-a', 'healthy-b', 'healthy-c'];

let summary: IngestSummary;

beforeAll(async () => {
  stack = await startLocalStack();
  const healthyServer = await startFixtureServer();
  servers.push(healthyServer);
  const catalog = HEALTHY.map((id) => {
    healthyServer.route(`/${id}.xml`, conditional(rssFeed({ feedKey: id, items: 25, flagEvery: 5 }), { etag: `"${id}"` }));
    return fixtureSource(id, healthyServer.url(`/${id}.xml`));
  });
  for (const hostile of HOSTILE) {
    let server = healthyServer;
    if (!hostile.sharedHost) {
      server = await startFixtureServer();
      servers.push(server);
    }
    const path = hostile.path ?? `/${hostile.id}.xml`;
    server.route(path, hostile.route);
    catalog.push(fixtureSource(hostile.id, server.url(path), hostile.source));
  }
  // Interleave so the shared-host hang sits between healthy feeds in the queue.
  catalog.sort((a, b) => a.id.localeCompare(b.id));
  const http = new HttpClient({
    userAgent: 'sozwatch-test',
    connectTimeoutMs: 1_500,
    // Longer than the budget: the drip source is cut by the per-source budget, not by the HTTP layer.
    totalTimeoutMs: 30_000,
    maxBytes: 2 * 1024 * 1024,
    retries: 1,
    backoffBaseMs: 50,
    hostDelayMs: 0,
    allowedPrivateHosts: servers.map((fixture) => fixture.host),
  });
  summary = await ingestSources({ ...stack.deps, http }, { runId: 'hostile', catalog, concurrency: 4, budgetMs: BUDGET_MS });
}, 120_000);

afterAll(async () => {
  for (const res of openResponses) res.destroy();
  for (const server of servers) await server.stop();
  await stack?.stop();
});

describe('hostile sources mixed with healthy ones', () => {
  it("the run returns a result for every source", () => {
    expect(summary.sources.map((s) => s.sourceId).sort()).toEqual([...HEALTHY, ...HOSTILE.map((h) => h.id)].sort());
    expect(summary.totals).toMatchObject({ sources: HEALTHY.length + HOSTILE.length, errors: HOSTILE.filter((h) => h.expectKind !== 'no-items' && h.expectKind !== 'recovered').length });
  });

  it.each(HEALTHY)('healthy %s is stored whole', async (id) => {
    const result = summary.sources.find((s) => s.sourceId === id)!;
    expect(result).toMatchObject({ outcome: 'ok', fetched: 25, new: 25, flagged: 5 });
    const page = await stack.deps.items.listBySource({ sourceId: id, limit: 100 });
    expect(page.items).toHaveLength(25);
    expect(await stack.deps.sourceStates.get(id)).toMatchObject({ etag: `"${id}"`, consecutiveFailures: 0 });
  });

  const failing = HOSTILE.filter((h) => h.expectKind !== 'no-items' && h.expectKind !== 'recovered');
  it.each(failing.map((h) => [h.id, h.expectKind, h.expectError] as const))('hostile %s ends as a recorded %s failure with nothing stored', async (id, kind, message) => {
    const result = summary.sources.find((s) => s.sourceId === id)!;
    expect(result).toMatchObject({ outcome: 'error', errorKind: kind, new: 0 });
    expect(result.error).toBeTruthy();
    if (message) expect(result.error).toMatch(message);
    const state = await stack.deps.sourceStates.get(id);
    expect(state).toMatchObject({ consecutiveFailures: 1, lastErrorKind: kind });
    expect(state?.lastSuccessAt).toBeUndefined();
    expect((await stack.deps.items.listBySource({ sourceId: id, limit: 10 })).items).toEqual([]);
  });

  it('the nesting bomb parses to no item and stores nothing (it is within the size cap)', async () => {
    expect(summary.sources.find((s) => s.sourceId === 'nesting-bomb')).toMatchObject({ outcome: 'ok', fetched: 0, new: 0 });
    expect((await stack.deps.items.listBySource({ sourceId: 'nesting-bomb', limit: 10 })).items).toEqual([]);
  });

  it('the truncated feed keeps the items complete before the cut, marked as recovered, without validators', async () => {
    const result = summary.sources.find((s) => s.sourceId === 'truncated')!;
    expect(result).toMatchObject({ outcome: 'ok', recovered: true, fetched: 4, new: 4 });
    const state = await stack.deps.sourceStates.get('truncated');
    expect(state).toMatchObject({ consecutiveFailures: 0, lastItemCount: 4 });
    expect(state?.etag).toBeUndefined();
    expect((await stack.deps.items.listBySource({ sourceId: 'truncated', limit: 10 })).items.map((i) => i.guid).sort()).toEqual(['cut-0', 'cut-1', 'cut-2', 'cut-3']);
  });

  it('the drip source was stopped by the per-source budget, the flood by the size cap', () => {
    expect(summary.sources.find((s) => s.sourceId === 'drips')!.error).toMatch(/budget/);
    expect(summary.sources.find((s) => s.sourceId === 'floods')!.error).toMatch(/cap/);
  });
});
