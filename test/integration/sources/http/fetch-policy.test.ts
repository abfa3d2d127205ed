// The outbound-fetch policy through real HTTP: a dual-stack loopback server counts what reaches it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FetchRefusedError } from '../../../../shared/domain/errors';
import { HttpClient, type HttpClientOptions } from '../../../../shared/sources/http/http-client';
import type { Resolve } from '../../../../shared/sources/http/fetch-policy';
import { startCountingServer, type CountingServer } from '../../../support/counting-server';

let target: CountingServer;
let allowed: CountingServer;

function client(options: Partial<HttpClientOptions> = {}): HttpClient {
  return new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, retries: 2, backoffBaseMs: 1, connectTimeoutMs: 2_000, totalTimeoutMs: 4_000, ...options });
}

async function refusal(promise: Promise<unknown>): Promise<FetchRefusedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefusedError);
  return error as FetchRefusedError;
}

beforeAll(async () => {
  target = await startCountingServer();
  allowed = await startCountingServer({
    '/to-loopback': (_req, res) => void res.writeHead(302, { location: `http://localhost:${target.port}/stolen` }).end(),
    '/to-ipv6-loopback': (_req, res) => void res.writeHead(301, { location: `http://[::1]:${target.port}/stolen` }).end(),
    '/to-file': (_req, res) => void res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/to-metadata': (_req, res) => void res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  });
});

afterAll(async () => {
  await target.stop();
  await allowed.stop();
});

beforeEach(() => {
  target.requests.length = 0;
});

describe('outbound-fetch policy (real HTTP to loopback servers on 127.0.0.1 and ::1)', () => {
  it('the servers are reachable on both listeners when named (the counters work)', async () => {
    const http = client({ allowedPrivateHosts: [target.ipv4Host, target.ipv6Host] });
    await http.fetch({ url: `http://127.0.0.1:${target.port}/a` });
    await http.fetch({ url: `http://[::1]:${target.port}/b` });
    expect(target.requests.filter((r) => r.path !== '/robots.txt')).toEqual([
      { listener: 'ipv4', path: '/a' },
      { listener: 'ipv6', path: '/b' },
    ]);
  });

  const LOOPBACK_FORMS = ['127.0.0.1', 'localhost', '127.1', '2130706433', '0177.0.0.1', '0x7f000001', '0.0.0.0', '[::1]', '[::ffff:127.0.0.1]', '[0:0:0:0:0:0:0:1]', '127.0.0.1.'];
  it.each(LOOPBACK_FORMS)('http://%s:<port>/ is refused and reaches no server', async (host) => {
    const error = await refusal(client().fetch({ url: `http://${host}:${target.port}/secret` }));
    expect(error.message).toMatch(/loopback|unspecified|"this network"/);
    expect(error.message).toMatch(/sozwatch never fetches/);
    expect(target.total()).toBe(0);
  });

  it('an allowed entry opens exactly its host and port: the same host on another port stays refused', async () => {
    const http = client({ allowedPrivateHosts: [allowed.ipv4Host] });
    await refusal(http.fetch({ url: `http://127.0.0.1:${target.port}/secret` }));
    await refusal(http.fetch({ url: `http://localhost:${allowed.port}/secret` }));
    expect(target.total()).toBe(0);
  });

  it.each(['file:///etc/passwd', 'ftp://example.org/feed.xml', 'gopher://127.0.0.1:70/', 'data:text/html,hi', 'not a url'])('%s is refused before any request', async (url) => {
    const error = await refusal(client().fetch({ url }));
    expect(error.message).toMatch(/only http and https|not a URL/);
  });

  it.each([
    ['/to-loopback', /localhost \(127\.0\.0\.1\) is a loopback address/],
    ['/to-ipv6-loopback', /::1 is a loopback address/],
    ['/to-file', /only http and https/],
    ['/to-metadata', /169\.254\.169\.254 is a link-local address/],
  ])('a redirect from an allowed host (%s) is checked at the hop and refused', async (path, reason) => {
    const http = client({ allowedPrivateHosts: [allowed.ipv4Host] });
    const error = await refusal(http.fetch({ url: `http://127.0.0.1:${allowed.port}${path}` }));
    expect(error.message).toMatch(reason);
    expect(allowed.hits(path)).toBeGreaterThan(0);
    expect(target.total()).toBe(0);
  });

  it('a robots.txt redirect to a private host is refused, and the page is not fetched', async () => {
    const site = await startCountingServer({
      '/robots.txt': (_req, res) => void res.writeHead(301, { location: `http://127.0.0.1:${target.port}/robots.txt` }).end(),
    });
    try {
      const http = client({ allowedPrivateHosts: [site.ipv4Host] });
      const error = await refusal(http.fetch({ url: `http://127.0.0.1:${site.port}/page` }));
      expect(error.message).toMatch(/loopback/);
      expect(site.hits('/robots.txt')).toBe(1);
      expect(site.hits('/page')).toBe(0);
      expect(target.total()).toBe(0);
    } finally {
      await site.stop();
    }
  });

  it('every resolved address is checked: one private address among public ones refuses the host', async () => {
    const resolve: Resolve = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ];
    const error = await refusal(client({ resolve }).fetch({ url: `http://mixed.example:${target.port}/secret` }));
    expect(error.message).toMatch(/mixed\.example \(127\.0\.0\.1\) is a loopback address/);
    expect(target.total()).toBe(0);
  });

  it('the connection goes to the address that was checked, resolved once per request (no second lookup)', async () => {
    const lookups: string[] = [];
    // A name the system resolver does not know: reaching the server proves the checked address was used.
    const resolve: Resolve = async (hostname) => {
      lookups.push(hostname);
      return [{ address: '::1', family: 6 }];
    };
    const http = client({ resolve, allowedPrivateHosts: [`feeds.sozwatch.test:${target.port}`], respectRobots: false });
    const result = await http.fetch({ url: `http://feeds.sozwatch.test:${target.port}/via-checked` });
    expect(result.kind).toBe('ok');
    expect(target.requests).toEqual([{ listener: 'ipv6', path: '/via-checked' }]);
    expect(lookups).toEqual(['feeds.sozwatch.test']);
  });

  it('a refused URL is not retried (not a transient failure)', async () => {
    const lookups: string[] = [];
    const resolve: Resolve = async (hostname) => {
      lookups.push(hostname);
      return [{ address: '10.0.0.5', family: 4 }];
    };
    const error = await refusal(client({ resolve, retries: 3 }).fetch({ url: 'http://intranet.example/' }));
    expect(error.message).toMatch(/10\.0\.0\.5\) is a private address/);
    expect(lookups).toHaveLength(1);
  });
});
