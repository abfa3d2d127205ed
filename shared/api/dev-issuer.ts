// The local development identity: an RSA key pair made at start-up, its JWKS served on loopback, and
// tokens signed for a reviewer and a viewer. Local only; in AWS the issuer is the Cognito user pool.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { AuthConfig } from '../config/config';

export const DEV_AUDIENCE = 'sozwatch-local';

export interface DevIssuer {
  auth: Extract<AuthConfig, { kind: 'jwks' }>;
  /** A token for `username` in `groups`, valid for `ttlSeconds` (12 h by default). */
  sign(username: string, groups: string[], ttlSeconds?: number): Promise<string>;
  /**
   * A token with exactly these time claims (seconds since the epoch; absent means left out), for
   * testing that the verifier refuses tokens without `exp` or issued in the future.
   */
  signWithTimes(username: string, groups: string[], times: { iat?: number; exp?: number }): Promise<string>;
  close(): Promise<void>;
}

export async function startDevIssuer(host = '127.0.0.1'): Promise<DevIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const kid = randomUUID();
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] });
  const server: Server = createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/.well-known/jwks.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const issuer = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    auth: { kind: 'jwks', issuer, jwksUri: `${issuer}/.well-known/jwks.json`, audience: DEV_AUDIENCE },
    sign(username, groups, ttlSeconds = 12 * 3600) {
      return new SignJWT({ 'cognito:groups': groups, 'cognito:username': username })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(issuer)
        .setAudience(DEV_AUDIENCE)
        .setSubject(randomUUID())
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(privateKey);
    },
    signWithTimes(username, groups, times) {
      const jwt = new SignJWT({ 'cognito:groups': groups, 'cognito:username': username })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(issuer)
        .setAudience(DEV_AUDIENCE)
        .setSubject(randomUUID());
      if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
      if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
      return jwt.sign(privateKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
