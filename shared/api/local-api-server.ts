// The local HTTP adapter: node:http on loopback translating to and from the pure API handler.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiRequest } from './api-types';
import type { ApiDependencies } from './api-dependencies';
import { handleApiRequest } from './handle-api-request';
import type { Route } from './routes';

/** API Gateway's payload limit is 10 MB; a review request is a few KB, a pasted court act < 1 MB. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface ApiServer {
  url: string;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function toApiRequest(request: IncomingMessage): Promise<ApiRequest> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request);
  return { method: request.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body: body || undefined, requestId: randomUUID() };
}

export async function startApiServer<D extends ApiDependencies>(deps: D, routes: readonly Route<D>[], options: { port?: number; host?: string } = {}): Promise<ApiServer> {
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((request, response) => {
    toApiRequest(request)
      .then((apiRequest) => handleApiRequest(deps, routes, apiRequest))
      .then((result) => {
        response.writeHead(result.status, result.headers);
        response.end(request.method === 'HEAD' ? undefined : result.body);
      })
      .catch((error: unknown) => {
        const tooLarge = error instanceof BodyTooLarge;
        if (!tooLarge) deps.logger.error('local API server failed', { error: String(error) });
        if (!response.headersSent) response.writeHead(tooLarge ? 413 : 500, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(tooLarge ? { error: 'too-large', message: 'request body too large' } : { error: 'internal', message: 'internal error' }));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
