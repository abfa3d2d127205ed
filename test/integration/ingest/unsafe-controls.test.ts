// Bidi overrides and NUL from a feed or an import never reach storage (real fixture server, real local DynamoDB).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importItem } from '../../../shared/ingest/import-item';
import { ingestSources } from '../../../shared/ingest/ingest-sources';
import { HttpClient } from '../../../shared/sources/http/http-client';
import { stripUnsafeControls } from '../../../shared/domain/unsafe-text';
import { fixtureSource } from '../../support/feed-builder';
import { startLocalStack, type LocalStack } from '../../support/local-stack';
import { startFixtureServer, type FixtureServer } from './fixture-server';

const UNSAFE = /[\u0000\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>t</title><link>https://example.org/</link>
<item><guid>bidi-1</guid><title>Суд оштрафовал журналиста \u202eакзаг\u202c за публикацию</title>
<link>https://example.org/a</link><description>Редакцию \u2066газеты\u2069 оштрафовали&#x200F; за клевету &#x202E;txt.exe</description>
<pubDate>Tue, 12 Mar 2024 09:30:00 GMT</pubDate></item></channel></rss>`;

let stack: LocalStack;
let server: FixtureServer;

beforeAll(async () => {
  stack = await startLocalStack();
  server = await startFixtureServer({ '/feed.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED) });
});

afterAll(async () => {
  await server?.stop();
  await stack?.stop();
});

describe('bidi controls and NUL are stripped before storage', () => {
  it('stripUnsafeControls removes exactly the bidi controls, direction marks and NUL', () => {
    expect(stripUnsafeControls('a\u202Eb\u202Ac\u2066d\u2069e\u200Ef\u200Fg\u061Ch\u0000i')).toBe('abcdefghi');
    expect(stripUnsafeControls('Қазақстан — «тест» 100\u00a0₸\u200d')).toBe('Қазақстан — «тест» 100\u00a0₸\u200d');
  });

  it('at ingest: the stored title, summary and text carry none', async () => {
    const http = new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, retries: 0, allowedPrivateHosts: [server.host] });
    const summary = await ingestSources({ ...stack.deps, http }, { runId: 'bidi', catalog: [fixtureSource('bidi-feed', server.url('/feed.xml'))] });
    expect(summary.totals.new).toBe(1);
    const [item] = (await stack.deps.items.listBySource({ sourceId: 'bidi-feed' })).items;
    expect(item).toBeDefined();
    expect(item!.title).toBe('Суд оштрафовал журналиста акзаг за публикацию');
    for (const value of [item!.title, item!.summary, item!.text ?? '', item!.url]) expect(value).not.toMatch(UNSAFE);
    expect(item!.summary).toContain('txt.exe');
  });

  it('in imports of pasted text', async () => {
    const { item } = await importItem(stack.deps, { text: 'Суд\u0000 оштрафовал \u202eредакцию\u202c газеты', title: 'Заголовок\u2067 акта', actor: 'test' });
    expect(item.title).toBe('Заголовок акта');
    expect(item.text).toBe('Суд оштрафовал редакцию газеты');
    expect((await stack.deps.items.get(item.id))!.text).not.toMatch(UNSAFE);
  });
});
