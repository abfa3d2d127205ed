import { readFileSync } from 'node:fs';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RetryableError, SkipSourceError } from '../../../shared/domain/errors';
import { decodeBody } from '../../../shared/sources/charset';
import { HttpClient, parseRetryAfter, userAgent, type HttpClientOptions } from '../../../shared/sources/http/http-client';
import { conditional, startFixtureServer, type FixtureServer } from './fixture-server';

const FEED = readFileSync(new URL('../../fixtures/feeds/rss2-ru.xml', import.meta.url));
const CP1251 = readFileSync(new URL('../../fixtures/feeds/rss2-windows-1251-nodecl.xml', import.meta.url));
const UA = userAgent('https://example.org/sozwatch-contact');

let server: FixtureServer;
let other: FixtureServer;
let waits: number[];

function client(overrides: Partial<HttpClientOptions> = {}): HttpClient {
  waits = [];
  return new HttpClient({
    userAgent: UA,
    hostDelayMs: 0,
    connectTimeoutMs: 2_000,
    totalTimeoutMs: 5_000,
    maxBytes: 1024 * 1024,
    backoffBaseMs: 100,
    // The fixture servers listen on loopback: only they are named as reachable.
    allowedPrivateHosts: [server, other].map((fixture) => new URL(fixture.origin).host),
    // Waits are recorded, not slept: the suite stays fast and the values are what the client chose.
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error('expected a failure');
  return error;
}

beforeAll(async () => {
  server = await startFixtureServer({
    '/robots.txt': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
    },
    '/ok': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(FEED);
    },
    '/etag': conditional(FEED, { etag: 'W/"v1-abc"', lastModified: 'Tue, 12 Mar 2024 09:30:00 GMT' }),
    '/last-modified-only': conditional(FEED, { lastModified: 'Tue, 12 Mar 2024 09:30:00 GMT' }),
    '/hang': () => undefined,
    '/drip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      const timer = setInterval(() => res.write('<'), 50);
      res.on('close', () => clearInterval(timer));
    },
    '/flaky': (_req, res, { hits }) => {
      if (hits === 1) res.writeHead(500).end('boom');
      else res.writeHead(200, { 'content-type': 'text/xml' }).end(FEED);
    },
    '/always-500': (_req, res) => {
      res.writeHead(500).end('boom');
    },
    '/throttled': (_req, res, { hits }) => {
      if (hits === 1) res.writeHead(429, { 'retry-after': '2' }).end();
      else res.writeHead(200, { 'content-type': 'text/xml' }).end(FEED);
    },
    '/unavailable-long': (_req, res) => {
      res.writeHead(503, { 'retry-after': '3600' }).end();
    },
    '/gone': (_req, res) => {
      res.writeHead(410).end();
    },
    '/forbidden': (_req, res) => {
      res.writeHead(403).end();
    },
    '/loop-a': (_req, res) => {
      res.writeHead(302, { location: '/loop-b' }).end();
    },
    '/loop-b': (_req, res) => {
      res.writeHead(301, { location: '/loop-a' }).end();
    },
    '/moved': (_req, res) => {
      res.writeHead(301, { location: '/etag' }).end();
    },
    '/gzip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync(FEED));
    },
    '/deflate': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'content-encoding': 'deflate' }).end(deflateSync(FEED));
    },
    '/br': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'content-encoding': 'br' }).end(brotliCompressSync(FEED));
    },
    '/huge-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(50 * 1024 * 1024) });
      res.write('<rss>');
    },
    '/huge-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 200 && res.write(chunk)) sent += 1;
        if (sent >= 200) res.end();
      };
      res.on('drain', pump);
      pump();
    },
    '/gzip-bomb': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20)));
    },
    '/wrong-type': (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' }).end(FEED);
    },
    '/cp1251-header': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml; charset=windows-1251' }).end(CP1251);
    },
    '/private/feed': (_req, res) => {
      res.writeHead(200).end(FEED);
    },
    '/slow-ok': async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      res.writeHead(200, { 'content-type': 'text/xml' }).end(FEED);
    },
  });
  other = await startFixtureServer({ '/slow-ok': (_req, res) => void setTimeout(() => res.writeHead(200).end('x'), 30) });
  for (let i = 0; i < 8; i += 1) {
    server.route(`/chain/${i}`, (_req, res) => {
      res.writeHead(302, { location: `/chain/${i + 1}` }).end();
    });
  }
});

afterAll(async () => {
  await server.stop();
  await other.stop();
});

describe('HttpClient against a local fixture server', () => {
  it('200: returns the body, content type and validators, with the sozwatch User-Agent', async () => {
    const result = await client().fetch({ url: server.url('/etag') });
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.body.equals(FEED)).toBe(true);
    expect(result).toMatchObject({ status: 200, etag: 'W/"v1-abc"', lastModified: 'Tue, 12 Mar 2024 09:30:00 GMT', contentType: 'application/rss+xml; charset=utf-8' });
    const seen = server.requests.filter((r) => r.path === '/etag').at(-1)!;
    expect(seen.headers['user-agent']).toBe(`sozwatch/0.1.0 (+https://example.org/sozwatch-contact)`);
  });

  it('304: conditional GET sends the validators verbatim and reports not-modified', async () => {
    const result = await client().fetch({ url: server.url('/etag'), etag: 'W/"v1-abc"', lastModified: 'Tue, 12 Mar 2024 09:30:00 GMT' });
    expect(result.kind).toBe('not-modified');
    const seen = server.requests.filter((r) => r.path === '/etag').at(-1)!;
    expect(seen.headers['if-none-match']).toBe('W/"v1-abc"');
    expect(seen.headers['if-modified-since']).toBe('Tue, 12 Mar 2024 09:30:00 GMT');
    expect((await client().fetch({ url: server.url('/last-modified-only'), lastModified: 'Tue, 12 Mar 2024 09:30:00 GMT' })).kind).toBe('not-modified');
  });

  it('follows a redirect and reports the final URL; validators go only to the first URL', async () => {
    const result = await client().fetch({ url: server.url('/moved'), etag: 'W/"v1-abc"' });
    expect(result).toMatchObject({ kind: 'ok', finalUrl: server.url('/etag'), redirects: 1 });
  });

  it('404 and 410 and 403 are SkipSourceErrors, not retried', async () => {
    const before = server.hits('/gone');
    for (const path of ['/nope', '/gone', '/forbidden']) {
      const error = await failure(client({ retries: 3 }).fetch({ url: server.url(path) }));
      expect(error).toBeInstanceOf(SkipSourceError);
    }
    expect(server.hits('/gone') - before).toBe(1);
    expect((await failure(client().fetch({ url: server.url('/gone') }))).message).toMatch(/410 Gone/);
  });

  it('500 then 200: retried after a backoff and succeeds', async () => {
    const result = await client({ retries: 2 }).fetch({ url: server.url('/flaky') });
    expect(result).toMatchObject({ kind: 'ok', attempts: 2 });
    expect(waits).toEqual([100]);
  });

  it('a persistent 500 is a RetryableError after the retries, with exponential backoff between them', async () => {
    const error = await failure(client({ retries: 2 }).fetch({ url: server.url('/always-500') }));
    expect(error).toBeInstanceOf(RetryableError);
    expect(waits).toEqual([100, 200]);
  });

  it('429 with Retry-After: waits what the server asked, then succeeds', async () => {
    const result = await client({ retries: 1 }).fetch({ url: server.url('/throttled') });
    expect(result.kind).toBe('ok');
    expect(waits).toEqual([2_000]);
  });

  it('503 with a Retry-After beyond the limit: gives up at once with the wait on the error', async () => {
    const error = await failure(client({ retries: 3, maxRetryWaitMs: 60_000 }).fetch({ url: server.url('/unavailable-long') }));
    expect(error).toBeInstanceOf(RetryableError);
    expect((error as RetryableError).retryAfterMs).toBe(3_600_000);
    expect(waits).toEqual([]);
  });

  it('a server that never answers is cut at the connect timeout (retryable)', async () => {
    const error = await failure(client({ retries: 0, connectTimeoutMs: 200 }).fetch({ url: server.url('/hang') }));
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.message).toMatch(/no response within 200 ms/);
  });

  it('a slow-dripping body is cut at the total timeout (retryable)', async () => {
    const error = await failure(client({ retries: 0, totalTimeoutMs: 400 }).fetch({ url: server.url('/drip') }));
    expect(error).toBeInstanceOf(RetryableError);
    expect(error.message).toMatch(/not complete within 400 ms/);
  });

  it('an outer abort signal (the source budget) stops the request', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await failure(client({ retries: 2 }).fetch({ url: server.url('/hang'), signal: controller.signal }));
    expect(error.message).toMatch(/time budget/);
    expect(waits).toEqual([]);
  });

  it('redirect loop and too many redirects are SkipSourceErrors', async () => {
    expect((await failure(client().fetch({ url: server.url('/loop-a') }))).message).toMatch(/redirect loop/);
    const error = await failure(client().fetch({ url: server.url('/chain/0') }));
    expect(error).toBeInstanceOf(SkipSourceError);
    expect(error.message).toMatch(/too many redirects \(more than 5\)/);
    expect(server.hits('/chain/6')).toBe(0);
  });

  it.each(['/gzip', '/deflate', '/br'])('%s: compressed bodies arrive decompressed', async (path) => {
    const result = await client().fetch({ url: server.url(path) });
    expect(result.kind === 'ok' && result.body.equals(FEED)).toBe(true);
    expect(server.requests.find((r) => r.path === path)!.headers['accept-encoding']).toMatch(/br/);
  });

  it('bodies over the cap are refused: declared length, streamed chunks, and a gzip bomb', async () => {
    for (const path of ['/huge-declared', '/huge-chunked', '/gzip-bomb']) {
      const error = await failure(client({ maxBytes: 1024 * 1024 }).fetch({ url: server.url(path) }));
      expect(error).toBeInstanceOf(SkipSourceError);
      expect(error.message).toMatch(/exceeds the cap/);
    }
  });

  it('a wrong Content-Type is not the HTTP layer’s business: the body comes back for the parser to judge', async () => {
    const result = await client().fetch({ url: server.url('/wrong-type') });
    expect(result).toMatchObject({ kind: 'ok', contentType: 'image/png' });
  });

  it('an odd charset in the header decodes exactly', async () => {
    const result = await client().fetch({ url: server.url('/cp1251-header') });
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(decodeBody(result.body, result.contentType).text).toContain('Суд оштрафовал журналиста «Ёлки» за публикацию');
  });

  it('robots.txt disallow is a SkipSourceError; robots.txt is fetched once per host', async () => {
    const http = client();
    const before = server.hits('/robots.txt');
    const error = await failure(http.fetch({ url: server.url('/private/feed') }));
    expect(error).toBeInstanceOf(SkipSourceError);
    expect(error.message).toMatch(/robots\.txt .* disallows \/private\/feed/);
    await http.fetch({ url: server.url('/ok') });
    await http.fetch({ url: server.url('/etag') });
    expect(server.hits('/robots.txt') - before).toBe(1);
    expect(server.hits('/private/feed')).toBe(0);
  });

  it('one request at a time per host, with the configured delay; other hosts are not held up', async () => {
    const http = client({ hostDelayMs: 1_000 });
    const before = server.maxInFlight;
    await Promise.all([1, 2, 3].map(() => http.fetch({ url: server.url('/slow-ok') })));
    expect(server.maxInFlight).toBe(Math.max(before, 1));
    // Three fetches on one host (robots.txt rides in the first slot): two pauses, each at most the delay.
    expect(waits).toHaveLength(2);
    expect(waits.every((w) => w > 0 && w <= 1_000)).toBe(true);
    waits.length = 0;
    await Promise.all([http.fetch({ url: other.url('/slow-ok') }), http.fetch({ url: server.url('/slow-ok') })]);
    expect(other.hits('/slow-ok')).toBe(1);
  });

  it('robots.txt Crawl-delay raises the pause between requests to that host (capped)', async () => {
    const polite = await startFixtureServer({
      '/robots.txt': (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nCrawl-delay: 5\n'),
      '/a': (_req, res) => void res.writeHead(200).end('a'),
      '/b': (_req, res) => void res.writeHead(200).end('b'),
    });
    try {
      const http = client({ hostDelayMs: 100, maxCrawlDelayMs: 3_000, allowedPrivateHosts: [new URL(polite.origin).host] });
      await http.fetch({ url: polite.url('/a') });
      await http.fetch({ url: polite.url('/b') });
      expect(waits).toHaveLength(1);
      expect(waits[0]).toBeGreaterThan(2_000);
      expect(waits[0]).toBeLessThanOrEqual(3_000);
    } finally {
      await polite.stop();
    }
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2024-03-12T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 12 Mar 2024 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('refuses non-http URLs', async () => {
    expect(await failure(client().fetch({ url: 'file:///etc/passwd' }))).toBeInstanceOf(SkipSourceError);
  });
});
