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

export function createTokenVerifier(auth: AuthConfig): TokenVerifier {
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
      return actorFromClaims(claims);
    },
  };
}
