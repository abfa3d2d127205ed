// The deployed entry point: lambdas/review-api.ts with its config from the environment (as in AWS,
// but a JWKS issuer instead of Cognito), fed API Gateway HTTP API v2 events, on the local stack.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevIssuer, type DevIssuer } from '../../../shared/api/dev-issuer';
import { storedItem } from '../../support/items';
import { startLocalStack, type LocalStack } from '../../support/local-stack';

let stack: LocalStack;
let issuer: DevIssuer;
let handler: (event: APIGatewayProxyEventV2) => Promise<{ statusCode?: number; headers?: Record<string, unknown>; body?: string }>;
const saved = { ...process.env };

function event(method: string, path: string, token?: string, body?: unknown): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    requestContext: { http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' } } as APIGatewayProxyEventV2['requestContext'],
    isBase64Encoded: body !== undefined,
    ...(body !== undefined ? { body: Buffer.from(JSON.stringify(body)).toString('base64') } : {}),
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
  ({ handler } = await import('../../../lambdas/review-api'));
});

afterAll(async () => {
  process.env = saved;
  await issuer?.close();
  await stack?.stop();
});

describe('review-api Lambda handler', () => {
  it('serves the page, refuses a missing token and approves an item from a base64 body', async () => {
    const page = await handler(event('GET', '/'));
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['content-security-policy']).toContain("script-src 'self'");
    expect((await handler(event('GET', '/api/items'))).statusCode).toBe(401);

    const item = storedItem();
    await stack.deps.items.saveIfNew(item);
    const token = await issuer.sign('aigerim', ['reviewers']);
    const reply = await handler(event('POST', `/api/items/${item.id}/approve`, token, { version: 1, entry: { category: 'detention', text: { kk: 'Журналист ұсталды.' }, eventDate: '2024-03-01' } }));
    expect(reply.statusCode).toBe(200);
    expect(JSON.parse(reply.body ?? '{}').item).toMatchObject({ status: 'approved', version: 2 });
    expect((await stack.deps.items.listAudit(item.id)).map((a) => a.actor)).toEqual(['aigerim']);
  });
});
