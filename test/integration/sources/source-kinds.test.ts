// The new source kinds through the real HTTP client against a local server and the ingest use case on
// the real local stack: html-list pagination, dates and article pages; a Telegram channel walked back
// to the last stored message; news-search results deduplicated against the outlet's own feed and
// against another search; and the error states (changed list markup, a channel without a preview).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredItem } from '../../../shared/domain/item';
import { ingestSources, type IngestDependencies, type SourceRunResult } from '../../../shared/ingest/ingest-sources';
import type { SourceDefinition } from '../../../shared/sources/catalog';
import { CATALOG } from '../../../shared/sources/catalog';
import { checkSources } from '../../../shared/sources/check-sources';
import { HttpClient } from '../../../shared/sources/http/http-client';
import { fixtureSource } from '../../support/feed-builder';
import { startLocalStack, type LocalStack } from '../../support/local-stack';
import { startFixtureServer, type FixtureServer, type Route } from '../ingest/fixture-server';

const fixtures = new URL('../../fixtures/sources/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const NOW = new Date('2026-12-05T09:00:00.000Z');

let stack: LocalStack;
let server: FixtureServer;
/** A second host: the outlet a search result's redirect lands on. */
let outlet: FixtureServer;

const html = (body: string): Route => (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
};
const xml = (body: string): Route => (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
};
const redirect = (location: string): Route => (_req, res) => {
  res.writeHead(302, { location }).end();
};

function deps(): IngestDependencies {
  return {
    ...stack.deps,
    now: () => NOW,
    http: new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, connectTimeoutMs: 1_000, totalTimeoutMs: 3_000, retries: 0, sleep: async () => undefined, allowedPrivateHosts: [server.host, outlet.host] }),
  };
}

async function run(catalog: SourceDefinition[], runId: string): Promise<Map<string, SourceRunResult>> {
  const summary = await ingestSources(deps(), { runId, catalog, concurrency: 1 });
  return new Map(summary.sources.map((s) => [s.sourceId, s]));
}

async function stored(sourceId: string): Promise<StoredItem[]> {
  return (await stack.deps.items.listBySource({ sourceId, limit: 100 })).items;
}

/** The catalog's own entry, pointed at the local server (its settings are the ones under test). */
function local(id: string, path: string, overrides: Partial<SourceDefinition> = {}): SourceDefinition {
  const entry = CATALOG.find((s) => s.id === id)!;
  return { ...entry, id: `local-${id}`, url: server.url(path), maxSilenceHours: 24 * 365, ...overrides };
}

beforeAll(async () => {
  stack = await startLocalStack();
  server = await startFixtureServer();
  outlet = await startFixtureServer();
});

afterAll(async () => {
  await server?.stop();
  await outlet?.stop();
  await stack?.stop();
});

describe('html-list', () => {
  const page2 = read('html-list/vlast-ru/list.html')
    .replace(/61234|61230|61229|61220/g, (n) => String(Number(n) - 100))
    .replace('/novosti/?page=2', '/novosti/?page=3');

  it('walks the next-page links within the page budget, reads the dates, and fetches the text of new items only', async () => {
    server.route('/novosti/', html(read('html-list/vlast-ru/list.html')));
    server.route('/novosti/?page=2', html(page2));
    server.route('/novosti/?page=3', html(page2));
    server.route('/novosti/61234-sud-oshtrafoval-redakciyu.html', html(read('html-list/vlast-ru/article.html')));
    const source = local('vlast-ru', '/novosti/');
    const first = await run([source], 'html-1');
    expect(first.get(source.id)).toMatchObject({ outcome: 'ok', fetched: 8, new: 8 });
    // maxPages 2: page 3 is never asked for.
    expect(server.hits('/novosti/?page=2')).toBe(1);
    expect(server.hits('/novosti/?page=3')).toBe(0);
    const items = await stored(source.id);
    const fined = items.find((i) => i.url.endsWith('/novosti/61234-sud-oshtrafoval-redakciyu.html'))!;
    expect(fined).toMatchObject({ sourceKind: 'html-list', publishedAt: '2026-12-05T07:40:00.000Z', summary: 'Редакция намерена обжаловать решение.' });
    expect(fined.text).toMatch(/^Специализированный административный суд Алматы/);
    // Article pages that 404 cost their text only.
    expect(items.filter((i) => i.text)).toHaveLength(1);

    const articleHits = server.requests.filter((r) => /\/novosti\/\d+-/.test(r.path)).length;
    expect(articleHits).toBe(8);
    const second = await run([source], 'html-2');
    expect(second.get(source.id)).toMatchObject({ outcome: 'ok', fetched: 8, new: 0 });
    expect(server.requests.filter((r) => /\/novosti\/\d+-/.test(r.path)).length).toBe(articleHits);
  });

  it('an article already stored by another list source of the outlet is not stored again', async () => {
    // The outlet's main page shows two stories of its news list (one with a tracking parameter) and one of its own.
    const main = read('html-list/vlast-ru/list.html')
      .replace('/novosti/61229-park.html', '/novosti/61240-new.html')
      .replace('/novosti/61220-bank.html', '/novosti/61220-bank.html?utm_source=main');
    server.route('/main/', html(main));
    const source = local('vlast-ru', '/main/', { id: 'vlast-main', settings: { ...CATALOG.find((s) => s.id === 'vlast-ru')!.settings, nextPage: undefined, articleText: undefined } });
    const result = (await run([source], 'html-main')).get('vlast-main')!;
    expect(result).toMatchObject({ outcome: 'ok', fetched: 4, new: 1 });
    expect((await stored('vlast-main')).map((i) => i.url)).toEqual([server.url('/novosti/61240-new.html')]);
  });

  it('a list whose markup changed is a "selectors found nothing" error and health state, not an empty run', async () => {
    server.route('/zakon-redesigned/', html('<!doctype html><html><body><div class="news-feed"><div class="card"><a href="/1">Новость</a></div></div></body></html>'));
    const source = local('zakon-ru', '/zakon-redesigned/');
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const result = (await run([source], `markup-${attempt}`)).get(source.id)!;
      expect(result).toMatchObject({ outcome: 'error', errorKind: 'skip-source', new: 0 });
      expect(result.error).toMatch(/selectors found nothing: no element matches the item selector "\.newscard"/);
      expect(result.unhealthy).toContain('list markup changed: selectors found nothing');
    }
    expect(await stack.deps.sourceStates.get(source.id)).toMatchObject({ consecutiveFailures: 3, lastErrorKind: 'skip-source' });
  });

  it('items without titles or unreadable dates are named in the error', async () => {
    server.route('/zakon-no-titles/', html('<html><body><div class="newscard"><span>без заголовка</span></div></body></html>'));
    server.route('/zakon-bad-dates/', html('<html><body><div class="newscard"><a class="newscard__link" href="/a"><div class="newscard__title">Т</div></a><div class="newscard__date">давно</div></div></body></html>'));
    const results = await run([local('zakon-ru', '/zakon-no-titles/', { id: 'no-titles' }), local('zakon-ru', '/zakon-bad-dates/', { id: 'bad-dates' })], 'markup-detail');
    expect(results.get('no-titles')!.error).toMatch(/selectors found nothing: 1 elements match "\.newscard" but none has a title/);
    expect(results.get('bad-dates')!.error).toMatch(/selectors found nothing: no date reads as "d MMMM, HH:mm" \(first: "давно"\)/);
  });

  it('a page in windows-1251 without a charset header is read by its meta tag', async () => {
    server.route('/ratel/', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(new URL('html-list/ratel-ru/list.html', fixtures)));
    });
    const { articleText: _withoutArticles, ...settings } = CATALOG.find((s) => s.id === 'ratel-ru')!.settings!;
    const source = local('ratel-ru', '/ratel/', { settings });
    const result = (await run([source], 'ratel')).get(source.id)!;
    expect(result).toMatchObject({ outcome: 'ok', fetched: 3 });
    expect((await stored(source.id)).map((i) => i.title).sort()).toEqual(['Закон «О масс-медиа»: что изменилось за полгода', 'Материал без даты', 'Суд по иску к Ratel.kz отложен']);
  });

  it('settings that do not fit the kind are a fatal error naming the field', async () => {
    const source = local('zakon-ru', '/zakon-redesigned/', { id: 'bad-settings', settings: { item: '', maxPages: 99, colour: 'red' } });
    const result = (await run([source], 'bad-settings')).get('bad-settings')!;
    expect(result).toMatchObject({ outcome: 'error', errorKind: 'fatal' });
    expect(result.error).toMatch(/invalid html-list settings: .*item/);
    expect(result.error).toMatch(/maxPages/);
  });
});

describe('telegram', () => {
  it('reads the newest page, walks back with ?before= until a stored message, and stops there next time', async () => {
    server.route('/s/vlastkz', html(read('telegram/vlastkz.html')));
    server.route('/s/vlastkz?before=4817', html(read('telegram/vlastkz-before-4817.html')));
    const source = local('tg-vlast', '/s/vlastkz', { settings: { maxPages: 2 } });
    const first = (await run([source], 'tg-1')).get(source.id)!;
    expect(first).toMatchObject({ outcome: 'ok', fetched: 6, new: 6 });
    expect(server.hits('/s/vlastkz?before=4817')).toBe(1);
    const items = await stored(source.id);
    expect(items.map((i) => i.guid).sort()).toEqual(['vlastkz/4814', 'vlastkz/4815', 'vlastkz/4816', 'vlastkz/4817', 'vlastkz/4818', 'vlastkz/4821']);
    const preview = items.find((i) => i.guid === 'vlastkz/4818')!;
    expect(preview).toMatchObject({ sourceKind: 'telegram', url: 'https://t.me/vlastkz/4818', title: 'Журналиста вызвали в полицию после расследования', publishedAt: '2026-12-04T15:40:00.000Z' });
    expect(preview.summary).toBe('Vlast.kz — Журналиста вызвали в полицию после расследования — Корреспонденту вручили повестку\nпо делу о клевете.');

    const second = (await run([source], 'tg-2')).get(source.id)!;
    expect(second).toMatchObject({ outcome: 'ok', fetched: 3, new: 0 });
    expect(server.hits('/s/vlastkz?before=4817')).toBe(1);
  });

  it('a channel without a public preview is a clear source error, not zero items', async () => {
    server.route('/s/closed_channel', redirect('/closed_channel'));
    server.route('/closed_channel', html(read('telegram/channel-card.html')));
    server.route('/s/empty_channel', html('<!doctype html><html><body><main class="tgme_main"><section class="tgme_channel_history"></section></main></body></html>'));
    const results = await run([local('tg-vlast', '/s/closed_channel', { id: 'closed' }), local('tg-vlast', '/s/empty_channel', { id: 'empty' })], 'tg-closed');
    expect(results.get('closed')).toMatchObject({ outcome: 'error', errorKind: 'skip-source', fetched: 0 });
    expect(results.get('closed')!.error).toMatch(/has no public preview \(t\.me answered with .*\/closed_channel\)/);
    expect(results.get('closed')!.unhealthy).toContain('the Telegram channel has no public preview');
    expect(results.get('empty')!.error).toMatch(/has no public preview \(the page shows no messages\)/);
  });
});

describe('news search', () => {
  /** The example answer with its redirect links on the local server. */
  const answer = (text: string) => text.replaceAll('https://news.google.com/', `${server.origin}/`);
  const uralskLink = '/rss/articles/CBMiQWh0dHBzOi8vd3d3LnVyYWxza3dlZWsua3ovYmxvZ2VyLTU2Nzg';

  it("drops what the outlet's own feed stored, stores a story two queries found once, and follows only flagged links", async () => {
    // The outlet's own feed already has the Shymkent story (the search gives it with " - Tengrinews").
    server.route('/tengri.xml', xml(`<?xml version="1.0"?><rss version="2.0"><channel><title>Tengrinews</title><link>https://tengrinews.kz/</link>
      <item><title>Журналиста задержали в Шымкенте во время съёмки</title><link>https://tengrinews.kz/kazakhstan_news/shym-1234/</link><guid>t-1234</guid><pubDate>Fri, 04 Dec 2026 15:02:00 +0500</pubDate><description>Оператора задержали во время съёмки.</description></item>
      </channel></rss>`));
    server.route('/search-a.xml', xml(answer(read('search/results.xml'))));
    // A second query finds the Uralsk story again, through another redirect link.
    server.route('/search-b.xml', xml(answer(read('search/results.xml')).replaceAll(uralskLink, `${uralskLink}-again`)));
    server.route(`${uralskLink}?oc=5`, redirect(outlet.url('/blogger-5678')));
    outlet.route('/blogger-5678', html(`<html><head><title>Блогера оштрафовали</title></head><body><article><h1>Блогера оштрафовали</h1><p>${'Суд признал блогера виновным в распространении ложной информации. '.repeat(6)}</p></article></body></html>`));

    const feed = fixtureSource('tengri-fixture', server.url('/tengri.xml'), { name: 'Tengrinews' });
    const searchA: SourceDefinition = { ...CATALOG.find((s) => s.id === 'search-journalists-ru')!, id: 'search-a', url: server.url('/search-a.xml') };
    const searchB: SourceDefinition = { ...searchA, id: 'search-b', url: server.url('/search-b.xml') };
    const results = await run([feed, searchA, searchB], 'search-1');

    expect(results.get('tengri-fixture')).toMatchObject({ outcome: 'ok', new: 1 });
    // Tengrinews: stored by its feed; the Uralsk story and the Kursiv one are new.
    expect(results.get('search-a')).toMatchObject({ outcome: 'ok', fetched: 2, new: 2 });
    // The same two stories from the second query: both already stored.
    expect(results.get('search-b')).toMatchObject({ outcome: 'ok', fetched: 2, new: 0 });

    const found = await stored('search-a');
    const uralsk = found.find((i) => i.title === 'Блогера оштрафовали за распространение ложной информации')!;
    expect(uralsk.status).toBe('pending');
    // The flagged result's link was followed once, to the outlet, whose address and text it now carries.
    expect(uralsk.url).toBe(outlet.url('/blogger-5678'));
    expect(uralsk.text).toMatch(/Суд признал блогера виновным/);
    expect(server.hits(`${uralskLink}?oc=5`)).toBe(1);
    expect(server.hits(`${uralskLink}-again?oc=5`)).toBe(0);
    // The unflagged Kursiv result was not followed: it keeps its opaque link.
    const kursiv = found.find((i) => i.title === 'Тенге укрепился к доллару')!;
    expect(kursiv).toMatchObject({ status: 'ignored', sourceKind: 'search', url: `${server.origin}/rss/articles/CBMiOGh0dHBzOi8va3ota3Vyc2l2Lm1lZGlhL3Rlbmdl?oc=5` });
    expect(server.requests.filter((r) => r.path.startsWith('/rss/articles/CBMiOGh0')).length).toBe(0);
    expect(await stored('search-b')).toEqual([]);
  });
});

describe('a feed cut short', () => {
  it('stores the items before the cut, says so in the run summary, and keeps no validators so the next run fetches it whole', async () => {
    const whole = readFileSync(new URL('../../fixtures/feeds/rss-cut-mid-item.xml', import.meta.url));
    server.route('/cut.xml', (req, res) => {
      res.writeHead(req.headers['if-none-match'] === '"cut-v1"' ? 304 : 200, { 'content-type': 'application/rss+xml', etag: '"cut-v1"', 'last-modified': 'Sat, 05 Dec 2026 08:00:00 GMT' }).end(whole);
    });
    const source = fixtureSource('cut', server.url('/cut.xml'));
    const first = (await run([source], 'cut-1')).get('cut')!;
    expect(first).toMatchObject({ outcome: 'ok', fetched: 3, new: 3, recovered: true });
    const state = await stack.deps.sourceStates.get('cut');
    expect(state?.etag).toBeUndefined();
    expect(state?.lastModified).toBeUndefined();
    const second = (await run([source], 'cut-2')).get('cut')!;
    expect(second).toMatchObject({ outcome: 'ok', fetched: 3, new: 0, notModified: false });
    const conditional = server.requests.filter((r) => r.path === '/cut.xml');
    expect(conditional.every((r) => r.headers['if-none-match'] === undefined)).toBe(true);
  });
});

describe('sources check', () => {
  it('reads one page of each kind, follows no article or result link, and says which still work', async () => {
    // A server of its own, so every request it sees is the check's.
    const s = await startFixtureServer();
    try {
      s.route('/novosti/', html(read('html-list/vlast-ru/list.html')));
      s.route('/novosti/?page=2', html(read('html-list/vlast-ru/list.html')));
      s.route('/s/vlastkz', html(read('telegram/vlastkz.html')));
      s.route('/s/vlastkz?before=4817', html(read('telegram/vlastkz-before-4817.html')));
      s.route('/search.xml', xml(read('search/results.xml').replaceAll('https://news.google.com/', `${s.origin}/`)));
      s.route('/zakon/', html('<html><body><p>Новый дизайн</p></body></html>'));
      const entry = (id: string, path: string): SourceDefinition => ({ ...CATALOG.find((c) => c.id === id)!, url: s.url(path) });
      const checks = await checkSources(
        new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, retries: 0, allowedPrivateHosts: [s.host] }),
        [entry('vlast-ru', '/novosti/'), entry('tg-vlast', '/s/vlastkz'), entry('search-journalists-ru', '/search.xml'), entry('zakon-ru', '/zakon/')],
        NOW,
      );
      expect(checks.map((c) => [c.sourceId, c.kind, c.ok, c.items])).toEqual([
        ['vlast-ru', 'html-list', true, 4],
        ['tg-vlast', 'telegram', true, 3],
        ['search-journalists-ru', 'search', true, 3],
        ['zakon-ru', 'html-list', false, 0],
      ]);
      expect(checks[3]!.error).toMatch(/selectors found nothing/);
      // One page each: no page 2, no ?before=, no article page, no search result link.
      expect(s.requests.map((r) => r.path).filter((p) => p !== '/robots.txt').sort()).toEqual(['/novosti/', '/s/vlastkz', '/search.xml', '/zakon/']);
    } finally {
      await s.stop();
    }
  });
});
