// A loopback web server standing in for the outlets and the court site in the demo: it serves the
// recorded feeds and court pages in shared/demo/fixtures/ (nothing leaves 127.0.0.1).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

export interface DemoFixtureServer {
  baseUrl: string;
  /** Paths requested, in order, for progress output and tests. */
  requests: string[];
  close(): Promise<void>;
}

/** URL path → fixture file and content type; anything else is a 404. */
function route(path: string): { file: string; type: string } | undefined {
  const feed = /^\/feeds\/([a-z0-9-]+\.xml)$/.exec(path);
  if (feed) return { file: join('feeds', feed[1]!), type: 'application/rss+xml; charset=utf-8' };
  if (path === '/sud/rus/news') return { file: join('courts', 'news.html'), type: 'text/html; charset=utf-8' };
  const detail = /^\/sud\/rus\/news\/([a-z0-9-]+)$/.exec(path);
  if (detail) return { file: join('courts', `${detail[1]}.html`), type: 'text/html; charset=utf-8' };
  return undefined;
}

export async function startDemoFixtureServer(dir = DEMO_FIXTURES_DIR): Promise<DemoFixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('User-agent: *\nAllow: /\n');
      return;
    }
    const target = route(path);
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    readFile(join(dir, target.file)).then(
      (body) => res.writeHead(200, { 'content-type': target.type, 'content-length': body.length }).end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
