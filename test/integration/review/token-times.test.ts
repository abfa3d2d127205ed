// Tokens from a JWKS issuer (the same aws-jwt-verify path as Cognito) must carry `exp` and must not
// be issued in the future; the verifier reads the real development issuer's JWKS over loopback.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevIssuer, type DevIssuer } from '../../../shared/api/dev-issuer';
import { CLOCK_SKEW_SECONDS, checkTokenTimes, createTokenVerifier } from '../../../shared/api/token-verifier';
import { UnauthorizedError } from '../../../shared/domain/errors';

let issuer: DevIssuer;
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  issuer = await startDevIssuer();
});

afterAll(async () => {
  await issuer?.close();
});

describe('token times', () => {
  it('an ordinary token passes', async () => {
    const verifier = createTokenVerifier(issuer.auth);
    await expect(verifier.verify(await issuer.sign('aigerim', ['reviewers']))).resolves.toEqual({ id: 'aigerim', groups: ['reviewers'] });
    await expect(verifier.verify(await issuer.signWithTimes('dana', ['viewers'], { iat: now() + 30, exp: now() + 600 }))).resolves.toMatchObject({ id: 'dana' });
  });

  it('a token without exp is refused', async () => {
    const verifier = createTokenVerifier(issuer.auth);
    await expect(verifier.verify(await issuer.signWithTimes('forever', ['reviewers'], { iat: now() }))).rejects.toThrow(/no expiry \(exp\)/);
    await expect(verifier.verify(await issuer.signWithTimes('forever', ['reviewers'], {}))).rejects.toThrow(UnauthorizedError);
  });

  it('a token issued in the future (beyond the skew allowance) is refused', async () => {
    const verifier = createTokenVerifier(issuer.auth);
    const token = await issuer.signWithTimes('early', ['reviewers'], { iat: now() + CLOCK_SKEW_SECONDS + 120, exp: now() + 3600 });
    await expect(verifier.verify(token)).rejects.toThrow(/issued in the future \(iat\)/);
  });

  it('an expired token is still refused', async () => {
    const verifier = createTokenVerifier(issuer.auth);
    await expect(verifier.verify(await issuer.signWithTimes('late', ['reviewers'], { iat: now() - 7200, exp: now() - 3600 }))).rejects.toThrow(UnauthorizedError);
  });

  it('checkTokenTimes: exp must be a number, iat a number not ahead of the clock', () => {
    expect(() => checkTokenTimes({ exp: '9999999999' }, 1_000)).toThrow(/no expiry/);
    expect(() => checkTokenTimes({ exp: 2_000, iat: 'soon' }, 1_000)).toThrow(/future/);
    expect(() => checkTokenTimes({ exp: 2_000, iat: 1_000 + CLOCK_SKEW_SECONDS }, 1_000)).not.toThrow();
    expect(() => checkTokenTimes({ exp: 2_000, iat: 1_001 + CLOCK_SKEW_SECONDS }, 1_000)).toThrow(/future/);
  });
});
