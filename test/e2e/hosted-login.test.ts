// Sign-in through a hosted UI (Cognito's code flow with PKCE) in a real browser, against a stand-in
// for Cognito's /oauth2/authorize and /oauth2/token on loopback that checks the PKCE proof.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { startReviewServer, type ReviewServer } from '../../shared/api/start-review-server';
import { startLocalStack, type LocalStack } from '../support/local-stack';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const CLIENT_ID = 'page-client';
const SUITE = hasChromium ? 'hosted sign-in (code flow with PKCE)' : `hosted sign-in — SKIPPED: ${CHROMIUM} is absent (apt-get install -y chromium)`;

let stack: LocalStack;
let server: ReviewServer;
let hostedUi: Server;
let browser: Browser;
const issued: { code: string; challenge: string; redirectUri: string }[] = [];
const exchanges: { grant: string; ok: boolean }[] = [];
const refreshTokens = new Set<string>();
/** When set, the code exchange hands out an id token that has already expired, as after an hour's work. */
let firstTokenExpired = false;

describe.skipIf(!hasChromium)(SUITE, () => {
  beforeAll(async () => {
    stack = await startLocalStack();
    hostedUi = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/oauth2/authorize') {
        const ok = url.searchParams.get('client_id') === CLIENT_ID && url.searchParams.get('code_challenge_method') === 'S256' && url.searchParams.get('response_type') === 'code';
        if (!ok) return void response.writeHead(400).end('bad authorize request');
        const code = randomUUID();
        const redirectUri = url.searchParams.get('redirect_uri') as string;
        issued.push({ code, challenge: url.searchParams.get('code_challenge') as string, redirectUri });
        const back = new URL(redirectUri);
        back.searchParams.set('code', code);
        back.searchParams.set('state', url.searchParams.get('state') ?? '');
        return void response.writeHead(302, { location: back.toString() }).end();
      }
      if (url.pathname === '/oauth2/token' && request.method === 'POST') {
        let body = '';
        request.on('data', (chunk) => (body += chunk));
        request.on('end', async () => {
          const form = new URLSearchParams(body);
          const headers = { 'content-type': 'application/json', 'access-control-allow-origin': '*' };
          if (form.get('grant_type') === 'refresh_token') {
            const ok = refreshTokens.has(form.get('refresh_token') ?? '') && form.get('client_id') === CLIENT_ID;
            exchanges.push({ grant: 'refresh_token', ok });
            if (!ok) return void response.writeHead(400, headers).end('{"error":"invalid_grant"}');
            return void response.writeHead(200, headers).end(JSON.stringify({ id_token: await server.issuer!.sign('hosted-reviewer', ['reviewers']), token_type: 'Bearer' }));
          }
          const grant = issued.find((g) => g.code === form.get('code'));
          const proof = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
          const ok = Boolean(
            form.get('grant_type') === 'authorization_code' && grant && grant.challenge === proof && grant.redirectUri === form.get('redirect_uri') && form.get('client_id') === CLIENT_ID,
          );
          exchanges.push({ grant: 'authorization_code', ok });
          if (!ok) return void response.writeHead(400, headers).end('{"error":"invalid_grant"}');
          const refreshToken = randomUUID();
          refreshTokens.add(refreshToken);
          const idToken = await server.issuer!.sign('hosted-reviewer', ['reviewers'], firstTokenExpired ? -60 : 3600);
          response.writeHead(200, headers).end(JSON.stringify({ id_token: idToken, refresh_token: refreshToken, token_type: 'Bearer' }));
        });
        return;
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => hostedUi.listen(0, '127.0.0.1', resolve));
    const domain = `http://127.0.0.1:${(hostedUi.address() as AddressInfo).port}`;
    server = await startReviewServer(stack.deps, { login: { domain, clientId: CLIENT_ID } });
    // Generous: Chromium's start is what a loaded machine slows most.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 120_000,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await new Promise<void>((resolve) => (hostedUi ? hostedUi.close(() => resolve()) : resolve()));
    await stack?.stop();
  });

  it('signs in through the hosted UI and lands on the queue as that user', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/`);
    expect(response?.headers()['content-security-policy']).toContain(`connect-src 'self' http://127.0.0.1:${(hostedUi.address() as AddressInfo).port}`);
    await page.locator('#hosted-login').click();
    await page.locator('#whoami', { hasText: 'hosted-reviewer' }).waitFor();
    expect(exchanges).toEqual([{ grant: 'authorization_code', ok: true }]);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('#app').isVisible()).toBe(true);
    await page.close();
  });

  it('renews an expired id token with the refresh token and carries on; signing out forgets both', async () => {
    exchanges.length = 0;
    firstTokenExpired = true;
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('#hosted-login').click();
    // The first token is refused by the API (expired); the page renews it without showing the login form.
    await page.locator('#whoami', { hasText: 'hosted-reviewer' }).waitFor();
    expect(exchanges).toEqual([
      { grant: 'authorization_code', ok: true },
      { grant: 'refresh_token', ok: true },
    ]);
    expect(await page.locator('#app').isVisible()).toBe(true);
    await page.locator('#logout').click();
    expect(await page.evaluate(() => [sessionStorage.getItem('sozwatch.token'), sessionStorage.getItem('sozwatch.refresh')])).toEqual([null, null]);
    expect(await page.locator('#login').isVisible()).toBe(true);
    await page.close();
    firstTokenExpired = false;
  });
});
