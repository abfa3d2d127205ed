// The sources page in a real browser (Debian's chromium via playwright-core) against the real API and
// local stack: a reviewer adds a source after testing it, pauses it, sees its health after a run; a
// viewer sees no write controls. Screenshots go to out/screenshots/.
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startReviewServer, type ReviewServer } from '../../shared/api/start-review-server';
import { ingestSources } from '../../shared/ingest/ingest-sources';
import { sourcesToPoll } from '../../shared/sources/manage-sources';
import { HttpClient } from '../../shared/sources/http/http-client';
import { rssFeed } from '../support/feed-builder';
import { startLocalStack, type LocalStack } from '../support/local-stack';
import { startFixtureServer, type FixtureServer } from '../integration/ingest/fixture-server';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = 'out/screenshots';
const hasChromium = existsSync(CHROMIUM);

let stack: LocalStack;
let server: ReviewServer;
let sites: FixtureServer;
let browser: Browser;

async function signIn(token: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(50_000);
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto(`${server.url}/sources`);
  await page.locator('#token').fill(token);
  await page.locator('#login-form button[type=submit]').click();
  await page.locator('#sources-list li.source').first().waitFor();
  return page;
}

const card = (page: Page, id: string) => page.locator(`#sources-list li[data-source-id="${id}"]`);

const SUITE = hasChromium ? 'sources page in chromium' : `sources page in chromium — SKIPPED: ${CHROMIUM} is absent (apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(SUITE, () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    stack = await startLocalStack();
    sites = await startFixtureServer({
      '/uralsk.xml': (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed({ feedKey: 'uralsk', items: 5, flagEvery: 2, newest: new Date() })),
      '/plain.html': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><title>Уральская неделя</title></head><body><p>no feed here</p></body></html>'),
    });
    // The outbound-fetch policy lets the API reach this one loopback server and no other local address.
    stack.deps.http = new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, allowedPrivateHosts: [sites.host] });
    server = await startReviewServer(stack.deps);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 120_000,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await sites?.stop();
    await server?.close();
    await stack?.stop();
  });

  it('a reviewer tests a source as typed, adds it, sees its health after a run, and pauses it', async () => {
    const page = await signIn(server.tokens!.reviewer);
    expect(await page.locator('#sources-list li.source').count()).toBeGreaterThan(20);
    await page.locator('#add-source').click();
    const form = page.locator('#source-form');
    await form.locator('input[name=id]').fill('uralsk-week');
    await form.locator('input[name=name]').fill('Уральская неделя');
    await form.locator('select[name=group]').selectOption('regional');
    // A typed loopback address is refused by the fetch policy before any request.
    await form.locator('input[name=url]').fill('http://127.0.0.1:9/rss');
    await page.locator('#test-now').click();
    await expect.poll(() => page.locator('#test-result').textContent()).toMatch(/политикой загрузки/);
    await form.locator('input[name=url]').fill(sites.url('/plain.html'));
    await page.locator('#test-now').click();
    await expect.poll(() => page.locator('#test-result').textContent()).toMatch(/skip-source.*(HTML page|not a feed)/);

    await form.locator('input[name=url]').fill(sites.url('/uralsk.xml'));
    await page.locator('#test-now').click();
    await page.locator('#test-result ol li').first().waitFor();
    expect(await page.locator('#test-result ol li').count()).toBe(5);
    await page.screenshot({ path: `${SCREENSHOTS}/sources-test-now.png`, fullPage: false });
    // Nothing is saved by a test.
    expect(await stack.deps.sources.get('uralsk-week')).toBeUndefined();

    await page.locator('#save-source').click();
    await card(page, 'uralsk-week').waitFor();
    expect(await page.locator('#source-editor').isHidden()).toBe(true);
    expect(await stack.deps.sources.get('uralsk-week')).toMatchObject({ version: 1, enabled: true, origin: 'staff', group: 'regional' });

    // The next run polls it; the page shows what it found.
    const run = await ingestSources(stack.deps, { runId: 'e2e', sourceIds: ['uralsk-week'], catalog: await sourcesToPoll(stack.deps, { seed: 'if-empty' }) });
    expect(run.totals).toMatchObject({ new: 5, flagged: 3 });
    await page.reload();
    await card(page, 'uralsk-week').waitFor();
    await expect.poll(() => card(page, 'uralsk-week').locator('.health').textContent()).toMatch(/5 · \S+ 3/);

    await card(page, 'uralsk-week').locator('button[data-action=pause]').click();
    await card(page, 'uralsk-week').locator('button[data-action=resume]').waitFor();
    // Its history: created, then paused, by the reviewer.
    await card(page, 'uralsk-week').locator('button[data-action=edit]').click();
    await page.locator('#source-history summary').click();
    await expect.poll(() => page.locator('#source-history li').allTextContents()).toEqual([expect.stringMatching(/reviewer@local · pause \(enabled\)/), expect.stringMatching(/reviewer@local · create/)]);
    await page.locator('#source-form button', { hasText: 'Отмена' }).click();
    expect(await stack.deps.sources.get('uralsk-week')).toMatchObject({ version: 2, enabled: false });
    expect((await sourcesToPoll(stack.deps, { seed: 'if-empty' })).some((s) => s.id === 'uralsk-week')).toBe(false);
    await page.locator('#sources-filter').fill('uralsk');
    await page.screenshot({ path: `${SCREENSHOTS}/sources-reviewer.png`, fullPage: false });
    await page.locator('#sources-filter').fill('');
    await page.screenshot({ path: `${SCREENSHOTS}/sources-list.png`, fullPage: false });
    await page.close();
  });

  it('a viewer sees every source and its health but no write controls', async () => {
    const page = await signIn(server.tokens!.viewer);
    expect(await page.locator('#add-source').isHidden()).toBe(true);
    expect(await page.locator('#sources-list button').count()).toBe(0);
    expect(await card(page, 'uralsk-week').textContent()).toMatch(/на паузе/);
    await page.locator('#lang').selectOption('kk');
    await expect.poll(() => page.locator('.sources-head h2').textContent()).toBe('Дереккөздер');
    expect(await page.locator('#whoami').textContent()).toBe('viewer@local · Тек қарау');
    await page.screenshot({ path: `${SCREENSHOTS}/sources-viewer-kk.png`, fullPage: false });
    await page.close();
  });

  it('a phone shows the list in one column', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/sources`);
    await page.locator('#token').fill(server.tokens!.reviewer);
    await page.locator('#login-form button[type=submit]').click();
    await page.locator('#sources-list li.source').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/sources-phone.png`, fullPage: false });
    await page.close();
  });
});
