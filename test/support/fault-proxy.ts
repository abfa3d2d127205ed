// A loopback HTTP proxy in front of a local API server (dynalite, s3rver) that counts requests and,
// when told to, answers in the server's place with an error: outages and throttling on demand.
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  method: string;
  path: string;
  /** DynamoDB's operation, from `X-Amz-Target` (e.g. `PutItem`); undefined for S3. */
  operation?: string;
  body: Buffer;
}

export interface FaultAnswer {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/**
 * Decides per request: answer with a fault, or `undefined` to pass it on to the server. `after`
 * forwards first and replaces the server's answer (the write happened, the reply was lost).
 */
export type FaultRule = (request: ProxiedRequest) => FaultAnswer | { after: FaultAnswer } | undefined;

export interface FaultProxy {
  url: string;
  /** Every request seen, in order, faulted or not. */
  requests: ProxiedRequest[];
  /** Requests answered by a fault instead of the server. */
  faulted: number;
  setRule(rule: FaultRule | undefined): void;
  /** Count of requests per DynamoDB operation (or `METHOD` for S3) since the last reset. */
  operations(): Record<string, number>;
  reset(): void;
  stop(): Promise<void>;
}

const DYNAMODB_PREFIX = 'com.amazonaws.dynamodb.v20120810#';

/** The DynamoDB JSON protocol's error shape, as the SDK parses it. */
export function dynamoDbError(status: 400 | 500 | 503, type: string, message = type): FaultAnswer {
  return {
    status,
    body: JSON.stringify({ __type: `${DYNAMODB_PREFIX}${type}`, message }),
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': type },
  };
}

export const THROTTLED = dynamoDbError(400, 'ThrottlingException', 'Rate of requests exceeds the allowed throughput.');
export const DYNAMODB_500 = dynamoDbError(500, 'InternalServerError', 'Internal server error');
export const DYNAMODB_503 = dynamoDbError(503, 'ServiceUnavailable', 'Service unavailable');

/** S3's REST XML error shape. */
export function s3Error(status: number, code: string, message = code): FaultAnswer {
  return {
    status,
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fault</RequestId></Error>`,
    headers: { 'content-type': 'application/xml' },
  };
}

function operationOf(headers: IncomingHttpHeaders): string | undefined {
  const target = headers['x-amz-target'];
  return typeof target === 'string' ? target.split('.').pop() : undefined;
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  let rule: FaultRule | undefined;
  const requests: ProxiedRequest[] = [];
  const state = { faulted: 0 };

  const answer = (res: import('node:http').ServerResponse, fault: FaultAnswer) => {
    state.faulted += 1;
    res.writeHead(fault.status, { 'content-length': String(Buffer.byteLength(fault.body)), ...fault.headers });
    res.end(fault.body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const seen: ProxiedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', operation: operationOf(req.headers), body: Buffer.concat(chunks) };
      requests.push(seen);
      const decision = rule?.(seen);
      if (decision && !('after' in decision)) {
        answer(res, decision);
        return;
      }
      // Headers pass unchanged (Host included): s3rver checks the SigV4 signature, which covers Host.
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (reply) => {
          if (decision) {
            reply.resume();
            reply.on('end', () => answer(res, decision.after));
            return;
          }
          res.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(res);
        },
      );
      upstream.on('error', (error) => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
      upstream.end(seen.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    get faulted() {
      return state.faulted;
    },
    setRule(next) {
      rule = next;
    },
    operations() {
      const counts: Record<string, number> = {};
      for (const r of requests) {
        const key = r.operation ?? r.method;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
    reset() {
      requests.length = 0;
      state.faulted = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
