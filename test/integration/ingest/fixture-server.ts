// A real node:http server on 127.0.0.1, port 0, with programmable routes: the edge cases of the
// outside world (hangs, drips, 429s, loops, odd charsets) that the HTTP layer and ingest must survive.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RouteContext {
  /** How many times this path was requested, this call included. */
  hits: number;
  origin: string;
}

export type Route = (req: IncomingMessage, res: ServerResponse, context: RouteContext) => void | Promise<void>;

export interface RequestLog {
  path: string;
  method: string;
  headers: IncomingMessage['headers'];
}

export interface FixtureServer {
  origin: string;
  /** `127.0.0.1:<port>`: the entry that names this server in the client's allowed private hosts. */
  host: string;
  url(path: string): string;
  requests: RequestLog[];
  hits(path: string): number;
  /** Concurrent requests in flight, at most, seen by the server. */
  maxInFlight: number;
  route(path: string, route: Route): void;
  stop(): Promise<void>;
}

export async function startFixtureServer(routes: Record<string, Route> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const counts = new Map<string, number>();
  const requests: RequestLog[] = [];
  let inFlight = 0;
  const state = { maxInFlight: 0 };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, method: req.method ?? 'GET', headers: req.headers });
    const hits = (counts.get(path) ?? 0) + 1;
    counts.set(path, hits);
    inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => {
      inFlight -= 1;
    });
    const route = table.get(path) ?? table.get(path.split('?')[0]!);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(route(req, res, { hits, origin })).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    host: new URL(origin).host,
    url: (path) => `${origin}${path}`,
    requests,
    hits: (path) => counts.get(path) ?? 0,
    get maxInFlight() {
      return state.maxInFlight;
    },
    route: (path, route) => {
      table.set(path, route);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves a body with optional validators; answers 304 when the request's validators match. */
export function conditional(body: string | Buffer, options: { etag?: string; lastModified?: string; contentType?: string } = {}): Route {
  return (req, res) => {
    const headers: Record<string, string> = { 'content-type': options.contentType ?? 'application/rss+xml; charset=utf-8' };
    if (options.etag) headers.etag = options.etag;
    if (options.lastModified) headers['last-modified'] = options.lastModified;
    const etagMatches = options.etag && req.headers['if-none-match'] === options.etag;
    const dateMatches = !options.etag && options.lastModified && req.headers['if-modified-since'] === options.lastModified;
    if (etagMatches || dateMatches) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, headers).end(body);
  };
}
