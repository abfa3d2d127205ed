// Bearer-token verification: a Cognito user pool in AWS, a JWKS issuer locally (the development
// issuer), both through aws-jwt-verify so the local path exercises the same checks as production.
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { JwtVerifier } from 'aws-jwt-verify/jwt-verifier';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { AuthConfig } from '../config/config';
import { UnauthorizedError } from '../domain/errors';
import type { Actor } from '../review/review-dependencies';

export interface TokenVerifier {
  /** The actor named by a valid token; UnauthorizedError otherwise. */
  verify(token: string): Promise<Actor>;
}

type Claims = Record<string, unknown>;

export function actorFromClaims(claims: Claims): Actor {
  const groups = Array.isArray(claims['cognito:groups']) ? (claims['cognito:groups'] as unknown[]).filter((g): g is string => typeof g === 'string') : [];
  // Cognito access tokens carry `username`, id tokens `cognito:username`; `sub` is the stable fallback.
  const id = [claims['cognito:username'], claims.username, claims.email, claims.sub].find((v): v is string => typeof v === 'string' && v.length > 0);
  if (!id) throw new UnauthorizedError('the token names no user');
  return { id, groups };
}

/**
 * aws-jwt-verify fetches JWKS over https only; the development issuer serves it over plain http on
 * loopback, so JWKS are fetched with Node's fetch (any scheme) behind the library's own cache.
 */
const anySchemeFetcher = {
  async fetch(uri: string): Promise<ArrayBuffer> {
    const response = await fetch(uri, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) throw new Error(`JWKS fetch ${uri}: HTTP ${response.status}`);
    return response.arrayBuffer();
  },
};

/** How far a token's issue time may be ahead of this machine's clock. */
export const CLOCK_SKEW_SECONDS = 60;

/**
 * Cognito always sets `exp` and `iat`; another issuer may not, and the library accepts a token without
 * `exp` as valid for ever. Such tokens are refused, as are tokens issued in the future (a skewed or
 * forged clock), beyond a small allowance.
 */
export function checkTokenTimes(claims: Claims, nowSeconds: number): void {
  if (typeof claims.exp !== 'number') throw new UnauthorizedError('invalid token: it has no expiry (exp)');
  if (claims.iat !== undefined && (typeof claims.iat !== 'number' || claims.iat > nowSeconds + CLOCK_SKEW_SECONDS)) {
    throw new UnauthorizedError('invalid token: it was issued in the future (iat)');
  }
}

export function createTokenVerifier(auth: AuthConfig, now: () => number = Date.now): TokenVerifier {
  const verifier =
    auth.kind === 'cognito'
      ? CognitoJwtVerifier.create({ userPoolId: auth.userPoolId, clientId: auth.clientId, tokenUse: null })
      : JwtVerifier.create(
          { issuer: auth.issuer, jwksUri: auth.jwksUri, audience: auth.audience },
          { jwksCache: new SimpleJwksCache({ fetcher: anySchemeFetcher }) },
        );
  return {
    async verify(token: string): Promise<Actor> {
      let claims: Claims;
      try {
        claims = (await verifier.verify(token)) as unknown as Claims;
      } catch (error) {
        throw new UnauthorizedError(`invalid token: ${error instanceof Error ? error.message : String(error)}`);
      }
      // Cognito tokens always pass; the check matters for the other issuers.
      checkTokenTimes(claims, Math.floor(now() / 1000));
      return actorFromClaims(claims);
    },
  };
}
