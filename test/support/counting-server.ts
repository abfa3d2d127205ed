// One HTTP handler listening on the same port on 127.0.0.1 and on ::1, counting every request it
// receives by listener and path: the proof that a refused URL reached no server at all.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type CountingRoute = (req: IncomingMessage, res: ServerResponse) => void;

export interface CountingServer {
  port: number;
  /** `127.0.0.1:<port>` and `[::1]:<port>`: entries for the allowed private hosts. */
  ipv4Host: string;
  ipv6Host: string;
  /** Requests received on both listeners, in order. */
  requests: Array<{ listener: 'ipv4' | 'ipv6'; path: string }>;
  total(): number;
  hits(path: string): number;
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startCountingServer(routes: Record<string, CountingRoute> = {}): Promise<CountingServer> {
  const requests: CountingServer['requests'] = [];
  const handler = (listener: 'ipv4' | 'ipv6') => (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    requests.push({ listener, path });
    const route = routes[path];
    if (route) route(req, res);
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body><p>secret on ${listener} ${path}</p></body></html>`);
  };
  // The ::1 listener takes the port the IPv4 one got; if another process holds it on ::1, try again.
  for (let attempt = 0; ; attempt += 1) {
    const v4 = createServer(handler('ipv4'));
    const v6 = createServer(handler('ipv6'));
    const port = await listen(v4, 0, '127.0.0.1');
    try {
      await listen(v6, port, '::1');
    } catch (error) {
      await new Promise((resolve) => v4.close(resolve));
      if (attempt >= 5) throw error;
      continue;
    }
    return {
      port,
      ipv4Host: `127.0.0.1:${port}`,
      ipv6Host: `[::1]:${port}`,
      requests,
      total: () => requests.length,
      hits: (path) => requests.filter((request) => request.path === path).length,
      stop: async () => {
        for (const server of [v4, v6]) {
          server.closeAllConnections();
          await new Promise((resolve) => server.close(resolve));
        }
      },
    };
  }
}
