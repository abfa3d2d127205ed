// The deployed entry point of the fetching routes: lambdas/review-fetch.ts with its config from the
// environment (a JWKS issuer instead of Cognito), fed API Gateway HTTP API v2 events, on the local
// stack. It answers only its own table, behind the same authentication and roles as review-api.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevIssuer, type DevIssuer } from '../../../shared/api/dev-issuer';
import { startLocalStack, type LocalStack } from '../../support/local-stack';

type Handler = (event: APIGatewayProxyEventV2) => Promise<{ statusCode?: number; headers?: Record<string, unknown>; body?: string }>;
let stack: LocalStack;
let issuer: DevIssuer;
let fetchHandler: Handler;
let apiHandler: Handler;
const saved = { ...process.env };

function event(method: string, path: string, token?: string, body?: unknown): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    requestContext: { http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' } } as APIGatewayProxyEventV2['requestContext'],
    isBase64Encoded: false,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  };
}

beforeAll(async () => {
  stack = await startLocalStack();
  issuer = await startDevIssuer();
  Object.assign(process.env, stack.env, {
    SOZWATCH_JWT_ISSUER: issuer.auth.issuer,
    SOZWATCH_JWKS_URI: issuer.auth.jwksUri,
    SOZWATCH_JWT_AUDIENCE: issuer.auth.audience,
    SOZWATCH_LOG_LEVEL: 'SILENT',
  });
  ({ handler: fetchHandler } = await import('../../../lambdas/review-fetch'));
  ({ handler: apiHandler } = await import('../../../lambdas/review-api'));
});

afterAll(async () => {
  process.env = saved;
  await issuer?.close();
  await stack?.stop();
});

describe('review-fetch Lambda handler', () => {
  const text = 'Суд оштрафовал главного редактора газеты за публикацию о коррупции в акимате.';

  it('imports a pasted text for a reviewer, classified and audited under the reviewer', async () => {
    const token = await issuer.sign('aigerim', ['reviewers']);
    const reply = await fetchHandler(event('POST', '/api/items/import', token, { text, title: 'Решение суда', lang: 'ru' }));
    expect(reply.statusCode).toBe(201);
    const { item, created } = JSON.parse(reply.body ?? '{}') as { item: { id: string; status: string; classification: { flagged: boolean } }; created: boolean };
    expect(created).toBe(true);
    expect(item.status).toBe('pending');
    const stored = await stack.deps.items.get(item.id);
    expect(stored?.text).toContain('оштрафовал');
    expect((await stack.deps.items.listAudit(item.id)).map((a) => a.actor)).toEqual(['aigerim']);
  });

  it('refuses without a token, refuses a viewer, and tests no stored source that does not exist', async () => {
    expect((await fetchHandler(event('POST', '/api/items/import', undefined, { text }))).statusCode).toBe(401);
    const viewer = await issuer.sign('dana', ['viewers']);
    expect((await fetchHandler(event('POST', '/api/items/import', viewer, { text }))).statusCode).toBe(403);
    const reviewer = await issuer.sign('aigerim', ['reviewers']);
    expect((await fetchHandler(event('POST', '/api/sources/no-such-source/test', reviewer))).statusCode).toBe(404);
  });

  it('serves no page and none of review-api routes; review-api has none of its routes', async () => {
    expect((await fetchHandler(event('GET', '/'))).statusCode).toBe(404);
    const reviewer = await issuer.sign('aigerim', ['reviewers']);
    expect((await fetchHandler(event('GET', '/api/items', reviewer))).statusCode).toBe(404);
    // In AWS API Gateway never sends this to review-api; if it did, only the item lookup would match the path.
    const atReviewApi = await apiHandler(event('POST', '/api/items/import', reviewer, { text }));
    expect(atReviewApi.statusCode).toBe(405);
    expect(atReviewApi.headers?.allow).toBe('GET');
  });
});
