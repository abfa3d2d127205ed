import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { fromApiGatewayEvent, toApiGatewayResult } from '../../../shared/api/api-gateway-event';
import { actorFromClaims } from '../../../shared/api/token-verifier';
import { UnauthorizedError } from '../../../shared/domain/errors';

function event(overrides: Partial<APIGatewayProxyEventV2> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'ANY /api/{proxy+}',
    rawPath: '/api/items/abc/approve',
    rawQueryString: 'status=pending',
    headers: { Authorization: 'Bearer t', 'content-type': 'application/json' },
    queryStringParameters: { status: 'pending' },
    requestContext: { requestId: 'apigw-req-1', http: { method: 'POST', path: '/api/items/abc/approve', protocol: 'HTTP/1.1', sourceIp: '1.2.3.4', userAgent: 'x' } } as APIGatewayProxyEventV2['requestContext'],
    isBase64Encoded: false,
    body: '{"version":1}',
    ...overrides,
  };
}

describe('API Gateway payload v2 translation', () => {
  it('maps method, path, query, lower-cased headers, body and the request id', () => {
    expect(fromApiGatewayEvent(event())).toStrictEqual({
      method: 'POST',
      path: '/api/items/abc/approve',
      query: { status: 'pending' },
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: '{"version":1}',
      requestId: 'apigw-req-1',
    });
  });

  it('decodes a base64 body and tolerates absent headers and query', () => {
    const request = fromApiGatewayEvent(event({ body: Buffer.from('{"reason":"тест"}').toString('base64'), isBase64Encoded: true, headers: undefined as never, queryStringParameters: undefined }));
    expect(request.body).toBe('{"reason":"тест"}');
    expect(request.query).toEqual({});
    expect(request.headers).toEqual({});
  });

  it('returns status, headers and body as a structured result', () => {
    expect(toApiGatewayResult({ status: 409, headers: { 'content-type': 'application/json' }, body: '{}' })).toEqual({ statusCode: 409, headers: { 'content-type': 'application/json' }, body: '{}', isBase64Encoded: false });
  });
});

describe('actorFromClaims', () => {
  it('takes the Cognito user name and groups', () => {
    expect(actorFromClaims({ sub: 's', 'cognito:username': 'aigerim', 'cognito:groups': ['reviewers', 7] })).toEqual({ id: 'aigerim', groups: ['reviewers'] });
    expect(actorFromClaims({ sub: 's', username: 'from-access-token' })).toEqual({ id: 'from-access-token', groups: [] });
  });

  it('refuses a token that names nobody', () => {
    expect(() => actorFromClaims({ 'cognito:groups': ['reviewers'] })).toThrow(UnauthorizedError);
  });
});
