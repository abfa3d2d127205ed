// The review page's daily-session additions in a real browser (Debian's chromium) against the real
// API and local stack: counts per status and category, the event date and outlet name in the list,
// notes any staff member leaves, "taken by" between two reviewers, and outlet names added from the
// page. These need the API's daily routes; on an API without them each test says so and is skipped.
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startReviewServer, type ReviewServer } from '../../shared/api/start-review-server';
import type { StoredItem } from '../../shared/domain/item';
import { classification, storedItem } from '../support/items';
import { startLocalStack, type LocalStack } from '../support/local-stack';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = 'out/screenshots';
const hasChromium = existsSync(CHROMIUM);

let stack: LocalStack;
let server: ReviewServer;
let browser: Browser;
let dailyRoutes = false;
const seeded: Record<string, StoredItem> = {};

const day = (d: number) => new Date(Date.UTC(2025, 9, d, 9)).toISOString();

async function seed(name: string, overrides: Partial<StoredItem>): Promise<void> {
  const item = storedItem(overrides);
  await stack.deps.items.saveIfNew(item);
  seeded[name] = item;
}

async function signedIn(token: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(50_000);
  await page.goto(`${server.url}/`);
  await page.locator('#token').fill(token);
  await page.locator('#login-form button[type=submit]').click();
  await page.locator('#queue-list li.row').first().waitFor();
  return page;
}

async function openItem(page: Page, title: string): Promise<void> {
  await page.locator('#queue-list li.row', { hasText: title }).click();
  await expect.poll(() => page.locator('#detail .detail-title').textContent()).toBe(title);
}

const SUITE = hasChromium ? 'review page: daily session' : `review page: daily session — SKIPPED: ${CHROMIUM} is absent (apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(SUITE, () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    stack = await startLocalStack();
    server = await startReviewServer(stack.deps);
    await seed('detention', { sourceId: 'kz-news-ru', title: 'Журналиста задержали в Атырау', publishedAt: day(20), classification: classification({ categories: ['detention'], score: 0.9 }) });
    await seed('threat', { sourceId: 'kz-news-ru', title: 'Редактору угрожают расправой', publishedAt: day(19), classification: classification({ categories: ['threat'], score: 0.7 }) });
    await seed('blocking', { sourceId: 'kz-news-kk', language: 'kk', title: 'Сайт бұғатталды', publishedAt: day(18), classification: classification({ categories: ['blocking'], score: 0.6 }) });
    await seed('approved', {
      sourceId: 'kz-news-ru', title: 'Суд оштрафовал журналиста', publishedAt: day(17), status: 'approved',
      entry: { category: 'administrative', text: { ru: 'Журналиста оштрафовали.' }, eventDate: '2025-10-14', outlet: 'Kazinform' },
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 120_000,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const probe = await fetch(`${server.url}/api/items/counts`, { headers: { authorization: `Bearer ${server.tokens!.reviewer}` } });
    dailyRoutes = probe.status !== 404;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await stack?.stop();
  });

  it('counts the queue per status and category under the filters, and updates after a decision', async (context) => {
    if (!dailyRoutes) return context.skip('the API has no GET /api/items/counts yet');
    const page = await signedIn(server.tokens!.reviewer);
    await expect.poll(() => page.locator('#f-status option[value=pending]').textContent()).toBe('в очереди (3)');
    expect(await page.locator('#f-status option[value=approved]').textContent()).toBe('одобрено (1)');
    expect(await page.locator('#f-category option[value=detention]').textContent()).toBe('Задержания, аресты, вызовы на допрос (1)');
    expect(await page.locator('#status-counts').textContent()).toContain('в очереди (3)');
    await openItem(page, seeded.threat!.title);
    await page.locator('#reject-reason').fill('повтор');
    await page.locator('#reject-form button[type=submit]').click();
    await expect.poll(() => page.locator('#f-status option[value=pending]').textContent()).toBe('в очереди (2)');
    expect(await page.locator('#f-status option[value=rejected]').textContent()).toBe('отклонено (1)');
    await page.close();
  });

  it('shows the event date and the outlet name in the list, in the interface language', async (context) => {
    if (!dailyRoutes) return context.skip('the API has no event date or outlet in item summaries yet');
    const page = await signedIn(server.tokens!.reviewer);
    await page.goto(`${server.url}/?status=approved`);
    const row = page.locator('#queue-list li.row', { hasText: seeded.approved!.title });
    await expect.poll(() => row.locator('.when').textContent()).toBe('событие 14 октября 2025');
    expect(await row.locator('.outlet').textContent()).toBe('Казинформ');
    expect(await row.textContent()).not.toContain('kz-news-ru');
    await page.locator('#lang').selectOption('kk');
    await expect.poll(() => row.locator('.when').textContent()).toBe('оқиға: 2025 жылғы 14 қазан');
    expect(await row.locator('.outlet').textContent()).toBe('Қазақпарат');
    await page.locator('#lang').selectOption('ru');
    await page.close();
  });

  it('lets any staff member leave a note that every reviewer sees, audited, without changing the item', async (context) => {
    if (!dailyRoutes) return context.skip('the API has no notes yet');
    const viewer = await signedIn(server.tokens!.viewer);
    await openItem(viewer, seeded.detention!.title);
    await viewer.locator('#note-text').fill('Проверить, освобождён ли он вечером.');
    await viewer.locator('.note-form button[type=submit]').click();
    await viewer.locator('#detail .notes li', { hasText: 'Проверить, освобождён ли он вечером.' }).waitFor();
    await viewer.close();
    const reviewer = await signedIn(server.tokens!.reviewer);
    await openItem(reviewer, seeded.detention!.title);
    const note = reviewer.locator('#detail .notes li');
    expect(await note.locator('strong').textContent()).toBe('viewer@local');
    expect(await note.locator('p').textContent()).toBe('Проверить, освобождён ли он вечером.');
    expect(await reviewer.locator('#detail .audit li .verb').allTextContents()).toContain('добавил(а) заметку');
    expect((await stack.deps.items.get(seeded.detention!.id))!.version).toBe(1);
    await reviewer.close();
  });

  it('takes an item when a reviewer starts editing it; a second reviewer sees who holds it and may take it over', async (context) => {
    if (!dailyRoutes) return context.skip('the API has no advisory take yet');
    const first = await signedIn(server.tokens!.reviewer);
    await openItem(first, seeded.blocking!.title);
    await first.locator('#approve-form textarea').first().fill('Сайт заблокировали.');
    await first.locator('#detail .taken.mine').waitFor();
    const second = await signedIn(await server.issuer!.sign('aigerim@local', ['reviewers']));
    await openItem(second, seeded.blocking!.title);
    const banner = second.locator('#detail .taken');
    expect(await banner.locator('strong').textContent()).toBe('reviewer@local');
    await second.screenshot({ path: `${SCREENSHOTS}/taken-by.png` });
    await banner.locator('button.take-over').click();
    await second.locator('#detail .taken.mine').waitFor();
    expect((await stack.deps.items.get(seeded.blocking!.id))!.version).toBe(1);
    await first.close();
    await second.close();
  });

  it('adds a missing outlet name and a new outlet from the page', async (context) => {
    if (!dailyRoutes) return context.skip('the API has no gazetteer yet');
    const page = await signedIn(server.tokens!.reviewer);
    await page.locator('#tools > summary').click();
    await page.locator('#gazetteer-form').waitFor();
    await page.locator('#g-kind').selectOption('outlets');
    await page.locator('#g-entry').selectOption('');
    expect(await page.locator('#g-id-field').isVisible()).toBe(true);
    await page.locator('#g-id').fill('zhaik-press');
    await page.locator('#g-ru').fill('Жайык Пресс');
    await page.locator('#g-kk').fill('Жайық Пресс');
    await page.locator('#gazetteer-form button[type=submit]').click();
    await page.locator('#toast', { hasText: 'Названия сохранены' }).waitFor();
    const gazetteer = (await (await fetch(`${server.url}/api/gazetteer`, { headers: { authorization: `Bearer ${server.tokens!.reviewer}` } })).json()) as {
      outlets: { id: string; names: Record<string, string> }[];
    };
    expect(gazetteer.outlets.find((o) => o.id === 'zhaik-press')?.names).toMatchObject({ ru: 'Жайык Пресс', kk: 'Жайық Пресс' });
    expect(await page.locator('#g-entry').inputValue()).toBe('zhaik-press');
    expect(await page.locator('#g-id-field').isVisible()).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}/gazetteer.png`, fullPage: true });
    await page.close();
  });
});
