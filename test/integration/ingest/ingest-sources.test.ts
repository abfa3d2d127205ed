// ingestSources on the real local stack (dynalite) against a local fixture server that mixes healthy
// feeds and court pages with every kind of broken source.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FatalError } from '../../../shared/domain/errors';
import type { StoredItem } from '../../../shared/domain/item';
import { ingestSources, type IngestDependencies, type SourceRunResult } from '../../../shared/ingest/ingest-sources';
import type { ItemRepository } from '../../../shared/ports/item-repository';
import type { SourceDefinition } from '../../../shared/sources/catalog';
import { HttpClient } from '../../../shared/sources/http/http-client';
import { fixtureSource } from '../../support/feed-builder';
import { startLocalStack, type LocalStack } from '../../support/local-stack';
import { conditional, startFixtureServer, type FixtureServer } from './fixture-server';

const feeds = new URL('../../fixtures/feeds/', import.meta.url);
const courts = new URL('../../fixtures/courts/', import.meta.url);
const file = (dir: URL, name: string) => readFileSync(new URL(name, dir));

let stack: LocalStack;
let server: FixtureServer;

function source(id: string, path: string, overrides: Partial<SourceDefinition> = {}): SourceDefinition {
  return fixtureSource(id, server.url(path), overrides);
}

function deps(items: ItemRepository = stack.deps.items): IngestDependencies {
  return {
    ...stack.deps,
    items,
    http: new HttpClient({
      userAgent: 'sozwatch-test',
      hostDelayMs: 0,
      // Short enough that the hanging and dripping sources fail fast, long enough for a loaded machine.
      connectTimeoutMs: 1_000,
      totalTimeoutMs: 1_500,
      maxBytes: 512 * 1024,
      retries: 1,
      backoffBaseMs: 1,
      sleep: async () => undefined,
      allowedPrivateHosts: [server.host],
    }),
  };
}

async function itemsOf(sourceId: string): Promise<StoredItem[]> {
  const page = await stack.deps.items.listBySource({ sourceId, limit: 100 });
  return page.items;
}

const HEALTHY: Array<[id: string, count: number]> = [
  ['rss2', 3],
  ['atom', 2],
  ['rdf', 2],
  ['cp1251-no-header', 1],
  ['koi8-header', 1],
  ['utf8-bom', 1],
  ['wrong-type', 2],
  ['court', 4],
];
const BROKEN: Array<[id: string, kind: string, message: RegExp]> = [
  ['missing', 'skip-source', /404/],
  ['gone', 'skip-source', /410 Gone/],
  ['server-error', 'retryable', /HTTP 500/],
  ['throttled', 'retryable', /HTTP 429/],
  ['hang', 'retryable', /no response within/],
  ['drip', 'retryable', /not complete within/],
  ['huge', 'skip-source', /exceeds the cap/],
  ['loop', 'skip-source', /redirect loop/],
  ['laughs', 'skip-source', /entities/],
  ['malformed', 'skip-source', /malformed feed/],
  ['html', 'skip-source', /HTML page instead of a feed/],
  ['hostile-court', 'skip-source', /nested deeper than/],
  ['captcha-court', 'skip-source', /CAPTCHA page/],
];

let catalog: SourceDefinition[];

beforeAll(async () => {
  stack = await startLocalStack();
  server = await startFixtureServer({
    '/rss2.xml': conditional(file(feeds, 'rss2-ru.xml'), { etag: '"rss2-v1"' }),
    '/atom.xml': conditional(file(feeds, 'atom-en.xml'), { lastModified: 'Tue, 12 Mar 2024 10:00:00 GMT', contentType: 'application/atom+xml' }),
    '/rdf.xml': conditional(file(feeds, 'rdf-kk.xml'), { etag: '"rdf-v1"', contentType: 'application/rdf+xml' }),
    '/cp1251.xml': conditional(file(feeds, 'rss2-windows-1251-nodecl.xml'), { etag: '"cp"', contentType: 'text/xml' }),
    '/koi8.xml': conditional(file(feeds, 'rss2-koi8-r-nodecl.xml'), { etag: '"koi"', contentType: 'text/xml; charset=koi8-r' }),
    '/bom.xml': conditional(file(feeds, 'rss2-utf8-bom.xml'), { etag: '"bom"', contentType: 'text/xml' }),
    '/wrong-type.xml': conditional(file(feeds, 'atom-en.xml'), { etag: '"wt"', contentType: 'text/html; charset=utf-8' }),
    '/empty.xml': conditional(file(feeds, 'empty.xml'), { etag: '"empty"' }),
    '/rus/news': conditional(file(courts, 'sud-gov-kz-news/list.html'), { etag: '"court-list"', contentType: 'text/html; charset=utf-8' }),
    '/rus/news/verhovnyy-sud-razyasnil-primenenie-stati-274-uk': conditional(file(courts, 'sud-gov-kz-news/detail.html'), { contentType: 'text/html; charset=utf-8' }),
    '/gone.xml': (_req, res) => void res.writeHead(410).end(),
    '/500.xml': (_req, res) => void res.writeHead(500).end(),
    '/429.xml': (_req, res) => void res.writeHead(429, { 'retry-after': '1' }).end(),
    '/hang.xml': () => undefined,
    '/drip.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    },
    '/huge.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'text/xml' }).end(Buffer.alloc(600 * 1024, 0x20)),
    '/loop.xml': (_req, res) => void res.writeHead(302, { location: '/loop.xml' }).end(),
    '/laughs.xml': conditional(file(feeds, 'billion-laughs.xml')),
    '/malformed.xml': conditional(file(feeds, 'malformed.xml')),
    '/html.xml': conditional(file(feeds, 'html-page.html'), { contentType: 'text/html' }),
    '/hostile/news': conditional(`<html><body>${'<div>'.repeat(20_000)}${'<script>x()</script>'.repeat(1_000)}${'</div>'.repeat(20_000)}</body></html>`, { contentType: 'text/html' }),
    '/captcha/news': conditional(file(feeds, 'captcha-page.html'), { contentType: 'text/html' }),
  });
  catalog = [
    source('rss2', '/rss2.xml'),
    source('atom', '/atom.xml', { language: 'en' }),
    source('rdf', '/rdf.xml', { language: 'kk' }),
    source('cp1251-no-header', '/cp1251.xml'),
    source('koi8-header', '/koi8.xml'),
    source('utf8-bom', '/bom.xml'),
    source('wrong-type', '/wrong-type.xml', { language: 'en' }),
    source('empty', '/empty.xml'),
    source('court', '/rus/news', { kind: 'court', parser: 'sud-gov-kz-news', group: 'courts', maxPages: 1, fetchDetails: true }),
    source('missing', '/missing.xml'),
    source('gone', '/gone.xml'),
    source('server-error', '/500.xml'),
    source('throttled', '/429.xml'),
    source('hang', '/hang.xml'),
    source('drip', '/drip.xml'),
    source('huge', '/huge.xml'),
    source('loop', '/loop.xml'),
    source('laughs', '/laughs.xml'),
    source('malformed', '/malformed.xml'),
    source('html', '/html.xml'),
    source('hostile-court', '/hostile/news', { kind: 'court', parser: 'sud-gov-kz-news', group: 'courts' }),
    source('captcha-court', '/captcha/news', { kind: 'court', parser: 'regional-sud-kz-news', group: 'courts' }),
  ];
});

afterAll(async () => {
  await server?.stop();
  await stack?.stop();
});

const byId = (results: SourceRunResult[]) => Object.fromEntries(results.map((r) => [r.sourceId, r]));

describe('ingestSources on the local stack', () => {
  it('a run mixing healthy and broken sources stores every healthy source’s items, and records each failure', async () => {
    const summary = await ingestSources(deps(), { runId: 'run-1', catalog, concurrency: 3, budgetMs: 20_000 });
    const results = byId(summary.sources);
    for (const [id, count] of HEALTHY) {
      expect(results[id], id).toMatchObject({ outcome: 'ok', fetched: count, new: count });
      expect(await itemsOf(id), id).toHaveLength(count);
    }
    expect(results.empty).toMatchObject({ outcome: 'ok', fetched: 0, new: 0, unhealthy: ['last fetch had no items'] });
    for (const [id, kind, message] of BROKEN) {
      expect(results[id], id).toMatchObject({ outcome: 'error', errorKind: kind });
      expect(results[id]!.error, id).toMatch(message);
      const state = await stack.deps.sourceStates.get(id);
      expect(state, id).toMatchObject({ consecutiveFailures: 1, lastErrorKind: kind });
    }
    expect(results.html!.unhealthy).toContain('returns an HTML page instead of a feed');
    expect(results['captcha-court']!.unhealthy).toContain('returns a CAPTCHA page');
    expect(summary.totals).toMatchObject({ sources: catalog.length, errors: BROKEN.length, new: HEALTHY.reduce((n, [, c]) => n + c, 0) });
  });

  it('stores text exactly, flagged items pending with an ingest audit, the rest ignored', async () => {
    const [cp1251] = await itemsOf('cp1251-no-header');
    expect(cp1251!.title).toBe('Суд оштрафовал журналиста «Ёлки» за публикацию');
    const court = await itemsOf('court');
    const detailed = court.find((i) => i.url.endsWith('/verhovnyy-sud-razyasnil-primenenie-stati-274-uk'));
    expect(detailed!.text).toContain('уголовная ответственность по статье 274 УК');
    expect(court.filter((i) => i.text).length).toBe(1); // the other detail pages answer 404: list entry kept, no text
    const all = (await Promise.all(HEALTHY.map(([id]) => itemsOf(id)))).flat();
    const pending = all.filter((i) => i.status === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    expect(all.some((i) => i.status === 'ignored')).toBe(true);
    for (const item of pending) {
      expect(item.classification.flagged).toBe(true);
      expect((await stack.deps.items.listAudit(item.id)).map((a) => a.action)).toEqual(['ingest']);
    }
    const state = await stack.deps.sourceStates.get('rss2');
    expect(state).toMatchObject({ etag: '"rss2-v1"', consecutiveFailures: 0, lastItemCount: 3, oldestItemAt: '2024-03-12T04:15:00.000Z' });
    expect(Object.values(state!.yieldPerDay ?? {})).toEqual([3]);
    expect((await stack.deps.sourceStates.get('atom'))!.lastModified).toBe('Tue, 12 Mar 2024 10:00:00 GMT');
  });

  it('a second run sends conditional requests, gets 304s and writes no item', async () => {
    let writes = 0;
    const counting: ItemRepository = Object.create(stack.deps.items, {
      saveIfNew: { value: async (item: StoredItem) => ((writes += 1), stack.deps.items.saveIfNew(item)) },
      appendAudit: { value: async (record: Parameters<ItemRepository['appendAudit']>[0]) => ((writes += 1), stack.deps.items.appendAudit(record)) },
    });
    const healthy = catalog.filter((s) => HEALTHY.some(([id]) => id === s.id) || s.id === 'empty');
    const summary = await ingestSources(deps(counting), { runId: 'run-2', catalog: healthy });
    expect(summary.sources.every((r) => r.outcome === 'not-modified' && r.notModified)).toBe(true);
    expect(summary.totals).toMatchObject({ new: 0, notModified: healthy.length, errors: 0 });
    expect(writes).toBe(0);
    const conditionalHits = server.requests.filter((r) => r.path === '/rss2.xml');
    expect(conditionalHits.at(-1)!.headers['if-none-match']).toBe('"rss2-v1"');
    expect(server.requests.filter((r) => r.path === '/atom.xml').at(-1)!.headers['if-modified-since']).toBe('Tue, 12 Mar 2024 10:00:00 GMT');
  });

  it('failures accumulate per source and three in a row make it unhealthy; a success resets the count', async () => {
    const broken = catalog.filter((s) => s.id === 'server-error');
    await ingestSources(deps(), { runId: 'run-3', catalog: broken });
    const third = await ingestSources(deps(), { runId: 'run-4', catalog: broken });
    expect(third.sources[0]!.unhealthy).toContain('failed 3 times in a row');
    server.route('/500.xml', conditional(file(feeds, 'rss2-latin1.xml'), { etag: '"fixed"' }));
    const fixed = await ingestSources(deps(), { runId: 'run-5', catalog: broken });
    expect(fixed.sources[0]).toMatchObject({ outcome: 'ok', new: 1, unhealthy: [] });
    expect(await stack.deps.sourceStates.get('server-error')).toMatchObject({ consecutiveFailures: 0, etag: '"fixed"' });
    expect((await stack.deps.sourceStates.get('server-error'))!.lastError).toBeUndefined();
  });

  it('a run killed midway loses no item and duplicates none when run again', async () => {
    const body = (count: number) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>K</title><link>${server.origin}/</link>${Array.from(
        { length: count },
        (_, i) => `<item><title>Новость ${i}</title><link>/kill/${i}</link><guid>kill-${i}</guid><pubDate>Tue, 12 Mar 2024 10:${String(i).padStart(2, '0')}:00 +0500</pubDate></item>`,
      ).join('')}</channel></rss>`;
    server.route('/kill.xml', conditional(body(10), { etag: '"kill-v1"' }));
    const killed = [source('kill', '/kill.xml')];
    let saves = 0;
    const crashing: ItemRepository = Object.create(stack.deps.items, {
      saveIfNew: {
        value: async (item: StoredItem) => {
          saves += 1;
          if (saves > 4) throw new FatalError('process killed');
          return stack.deps.items.saveIfNew(item);
        },
      },
    });
    const first = await ingestSources(deps(crashing), { runId: 'kill-1', catalog: killed });
    expect(first.sources[0]).toMatchObject({ outcome: 'error', errorKind: 'fatal' });
    expect(await itemsOf('kill')).toHaveLength(4);
    // The validators were not saved, so the rerun fetches the whole feed again.
    expect((await stack.deps.sourceStates.get('kill'))!.etag).toBeUndefined();
    const second = await ingestSources(deps(), { runId: 'kill-2', catalog: killed });
    expect(second.sources[0]).toMatchObject({ outcome: 'ok', fetched: 10, new: 6 });
    const stored = await itemsOf('kill');
    expect(stored.map((i) => i.guid).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `kill-${i}`).sort());
    const third = await ingestSources(deps(), { runId: 'kill-3', catalog: killed });
    expect(third.sources[0]).toMatchObject({ outcome: 'not-modified', new: 0 });
  });

  /** The court list under its own path, so its entries are new items of a new source. */
  function freshCourt(id: string): SourceDefinition {
    const list = file(courts, 'sud-gov-kz-news/list.html').toString('utf8').replaceAll('href="/rus/news/', `href="/${id}/news/`);
    server.route(`/${id}/news`, conditional(list, { contentType: 'text/html; charset=utf-8' }));
    server.route(`/${id}/news/verhovnyy-sud-razyasnil-primenenie-stati-274-uk`, conditional(file(courts, 'sud-gov-kz-news/detail.html'), { contentType: 'text/html; charset=utf-8' }));
    return source(id, `/${id}/news`, { kind: 'court', parser: 'sud-gov-kz-news', group: 'courts', maxPages: 1, fetchDetails: true });
  }

  it('a court source reads each of its ids from storage once, though its detail step asks first', async () => {
    const requested: string[] = [];
    const counting: ItemRepository = Object.create(stack.deps.items, {
      getMany: { value: async (ids: string[]) => (requested.push(...ids), stack.deps.items.getMany(ids)) },
    });
    const summary = await ingestSources(deps(counting), { runId: 'court-once', catalog: [freshCourt('court-once')] });
    // One entry links to an absolute URL already stored by the first run; the others are new.
    expect(summary.sources[0]).toMatchObject({ outcome: 'ok', fetched: 4, new: 3 });
    expect((await itemsOf('court-once')).filter((i) => i.text)).toHaveLength(1);
    expect(requested).toHaveLength(4);
    expect(new Set(requested).size).toBe(4);
  });

  it('stops fetching court detail pages when the injected clock passes half the budget', async () => {
    // Each reading of this clock is a minute later: by the first detail page half the budget is gone.
    let minutes = 0;
    const now = () => new Date(Date.UTC(2024, 2, 12, 12, minutes++));
    const summary = await ingestSources({ ...deps(), now }, { runId: 'court-late', catalog: [freshCourt('court-late')], budgetMs: 60_000 });
    expect(summary.sources[0]).toMatchObject({ outcome: 'ok', new: 3 });
    expect(server.requests.filter((r) => r.path.startsWith('/court-late/news/'))).toHaveLength(0);
    expect((await itemsOf('court-late')).filter((i) => i.text)).toHaveLength(0);
  });

  it('a source over its time budget is cut off and the others finish', async () => {
    // The hanging source is on another host: on the same host it would hold the per-host slot.
    const elsewhere = await startFixtureServer({ '/hang.xml': () => undefined });
    const slow = [{ ...source('hang-budget', '/hang.xml'), url: elsewhere.url('/hang.xml') }, source('rss2', '/rss2.xml')];
    const http = new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, connectTimeoutMs: 60_000, totalTimeoutMs: 60_000, retries: 0, allowedPrivateHosts: [elsewhere.host, server.host] });
    const summary = await ingestSources({ ...deps(), http }, { runId: 'budget', catalog: slow, budgetMs: 1_500, concurrency: 2 });
    const results = byId(summary.sources);
    expect(results['hang-budget']).toMatchObject({ outcome: 'error', errorKind: 'retryable' });
    expect(results['hang-budget']!.error).toMatch(/time budget/);
    expect(results.rss2!.outcome).toBe('not-modified');
    await elsewhere.stop();
  });
});
