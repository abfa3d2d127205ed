// The review page in a real browser (Debian's chromium via playwright-core) against the real API and
// local stack: login, filter, j/k, approve with facts, reject, merge, counts, and hostile feed content
// that must stay text. Screenshots of the queue and the item view go to out/screenshots/.
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startReviewServer, type ReviewServer } from '../../shared/api/start-review-server';
import type { StoredItem } from '../../shared/domain/item';
import { classification, storedItem } from '../support/items';
import { startLocalStack, type LocalStack } from '../support/local-stack';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = 'out/screenshots';
const hasChromium = existsSync(CHROMIUM);

// Each payload sets a marker if it ever runs; the test asserts no marker is set.
const HOSTILE = [
  '<img src=x onerror="window.__xss=(window.__xss||0)+1">',
  '<script>window.__xss=(window.__xss||0)+1</script>',
  '&lt;img src=x onerror=window.__xss=1&gt; &#60;script&#62;window.__xss=1&#60;/script&#62;',
  '<a href="javascript:window.__xss=1">click</a><svg onload="window.__xss=1"></svg>',
];

let stack: LocalStack;
let server: ReviewServer;
let browser: Browser;
let page: Page;
const items: StoredItem[] = [];

async function seed(overrides: Partial<StoredItem>): Promise<StoredItem> {
  const item = storedItem(overrides);
  await stack.deps.items.saveIfNew(item);
  items.push(item);
  return item;
}

async function queueCount(): Promise<number> {
  const text = (await page.locator('#queue-count').textContent()) ?? '';
  return Number(/(\d+)/.exec(text)?.[1] ?? NaN);
}

async function currentTitle(): Promise<string> {
  return (await page.locator('#detail .detail-title').textContent()) ?? '';
}

const SUITE = hasChromium ? 'review page in chromium' : `review page in chromium — SKIPPED: ${CHROMIUM} is absent (apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(SUITE, () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startLocalStack();
    server = await startReviewServer(stack.deps);
    const day = (h: number) => new Date(Date.UTC(2025, 4, 6, h)).toISOString();
    // Newest first in the queue: the hostile items on top, then the ones the test decides on.
    for (const [n, payload] of HOSTILE.entries()) {
      await seed({ sourceId: 'hostile-feed', title: `${payload} ${n}`, summary: payload, url: n === 3 ? 'javascript:window.__xss=1' : `https://evil.example/${n}`, publishedAt: day(20 - n) });
    }
    await seed({
      sourceId: 'tengrinews',
      title: 'Журналиста Асета Мусина задержали в Караганде',
      summary: 'Журналиста Асета Мусина задержали в Караганде после публикации о закупках акимата.',
      publishedAt: day(10),
      classification: classification({ categories: ['detention'], score: 0.9, matches: [{ term: 'журналист*', category: 'detention', field: 'title', start: 0, end: 10 }, { term: 'задерж*', category: 'detention', field: 'text', start: 24, end: 33 }], facts: { amountsKzt: [], lawArticles: [], regions: ['Карагандинская область'], outlets: ['Tengrinews'] } }),
    });
    await seed({ sourceId: 'orda', title: 'Журналиста Асета Мусина задержали в Караганде после публикации', summary: 'Полиция Караганды задержала журналиста Асета Мусина.', publishedAt: day(9) });
    await seed({ sourceId: 'kursiv', title: 'Погода в Астане: ожидается снег', summary: 'Синоптики обещают снег.', publishedAt: day(8), classification: classification({ score: 0.2 }) });
    // A miss of the rules: stored unflagged, found by search and sent to the queue by hand.
    await seed({ sourceId: 'uralsk-week', status: 'ignored', title: 'Редактору отказали в аккредитации на сессию маслихата', summary: 'Редактора не пустили в зал.', publishedAt: day(7), classification: classification({ flagged: false, score: 0, categories: [] }) });
    // Generous: Chromium's start is what a loaded machine slows most.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 120_000,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(50_000);
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await stack?.stop();
  });

  it('logs in with a pasted token and shows hostile titles as inert text', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('#token').fill(server.tokens!.reviewer);
    await page.locator('#login-form button[type=submit]').click();
    await page.locator('#queue-list li.row').first().waitFor();
    expect(await queueCount()).toBe(7);
    for (const payload of HOSTILE) await expect(page.getByText(payload, { exact: false }).first().isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('#queue-list img, #queue-list script, #queue-list svg, #detail img, #detail script, #detail svg').count()).toBe(0);
    // The javascript: URL of the fourth hostile item is never made a link.
    await page.locator('#queue-list li.row', { hasText: HOSTILE[3]! }).click();
    await page.locator('#detail .detail-title', { hasText: 'click' }).waitFor();
    expect(await page.locator('#detail a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('filters the queue by source', async () => {
    await page.locator('#f-source').fill('hostile-feed');
    await page.locator('#filters button[type=submit]').click();
    await expect.poll(queueCount).toBe(4);
    await page.locator('#f-source').fill('');
    await page.locator('#filters button[type=submit]').click();
    await expect.poll(queueCount).toBe(7);
  });

  it('navigates with j/k, shows matches highlighted, and approves with facts using a', async () => {
    await page.locator('#queue-list li.row').first().click();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const first = await currentTitle();
    await page.keyboard.press('j');
    await expect.poll(currentTitle).not.toBe(first);
    await page.keyboard.press('k');
    await expect.poll(currentTitle).toBe(first);
    // Walk down with j to the Karaganda story (shown in a group with the other outlet's report).
    const wanted = 'Журналиста Асета Мусина задержали в Караганде';
    for (let i = 0; i < 7 && (await currentTitle()) !== wanted; i++) {
      const before = await currentTitle();
      await page.keyboard.press('j');
      await expect.poll(currentTitle).not.toBe(before);
    }
    expect(await currentTitle()).toBe(wanted);
    expect(await page.locator('#queue-list li.group', { hasText: wanted }).count()).toBe(1);
    expect(await page.locator('#detail .detail-title mark').textContent()).toBe('Журналиста');
    expect(await page.locator('#detail .detail-text mark').first().textContent()).toBe('задержали');
    // The form arrives prefilled from the classifier's facts.
    const form = page.locator('#approve-form');
    expect(await form.locator('select').first().inputValue()).toBe('detention');
    expect(await form.locator('input[type=text]').nth(1).inputValue()).toBe('Карагандинская область');
    await page.screenshot({ path: `${ARTIFACTS}/item-view.png`, fullPage: true });
    await form.locator('input[type=text]').nth(2).fill('Асет Мусин');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('a');
    await expect.poll(queueCount).toBe(6);
    const stored = await stack.deps.items.get(items[4]!.id);
    expect(stored).toMatchObject({ status: 'approved', entry: { category: 'detention', region: 'Карагандинская область', outlet: 'Tengrinews', people: ['Асет Мусин'] } });
    expect((await stack.deps.items.listAudit(items[4]!.id)).map((a) => a.actor)).toEqual(['reviewer@local']);
  });

  it('rejects the weather story with r and a reason', async () => {
    await page.locator('#queue-list li.row', { hasText: 'Погода в Астане' }).click();
    await expect.poll(currentTitle).toBe('Погода в Астане: ожидается снег');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('r');
    await page.keyboard.type('не о свободе слова');
    await page.keyboard.press('Enter');
    await expect.poll(queueCount).toBe(5);
    expect(await stack.deps.items.get(items[6]!.id)).toMatchObject({ status: 'rejected', rejectionReason: 'не о свободе слова' });
  });

  it('merges two hostile-feed items with x and m, and the count drops by one', async () => {
    const [a, b] = [items[0]!, items[1]!];
    await page.locator('#queue-list li.row', { hasText: HOSTILE[1]! }).click();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('x');
    await page.locator('#queue-list li.row', { hasText: HOSTILE[0]! }).click();
    await page.screenshot({ path: `${ARTIFACTS}/queue.png`, fullPage: true });
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('m');
    await expect.poll(queueCount).toBe(4);
    expect(await stack.deps.items.get(a.id)).toMatchObject({ status: 'pending', mergedIds: [b.id] });
    expect(await stack.deps.items.get(b.id)).toMatchObject({ status: 'duplicate', mergedInto: a.id });
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('imports pasted hostile text through the page; it is queued and shown as text', async () => {
    await page.locator('#tools > summary').click();
    const title = '<img src=x onerror="window.__xss=9"> Импорт';
    await page.locator('#i-title').fill(title);
    await page.locator('#i-text').fill('<script>window.__xss=9</script> Суд взыскал с журналиста 1 000 000 тенге по иску о защите чести.');
    await page.locator('#import-form button[type=submit]').click();
    await expect.poll(queueCount).toBe(5);
    await page.locator('#queue-list li.row', { hasText: title }).click();
    await expect.poll(currentTitle).toBe(title);
    expect(await page.locator('#detail .detail-text').textContent()).toContain('<script>window.__xss=9</script>');
    expect(await page.locator('img, #detail script, #queue-list script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('finds a miss of the rules by words and sends it to the queue', async () => {
    await page.locator('#s-q').fill('аккредитации');
    await page.locator('#search-form button[type=submit]').click();
    const result = page.locator('#search-results li.row', { hasText: 'Редактору отказали в аккредитации' });
    await result.waitFor();
    await result.locator('button.enqueue').click();
    await expect.poll(queueCount).toBe(6);
    expect(await stack.deps.items.get(items[7]!.id)).toMatchObject({ status: 'pending', addedBy: 'reviewer@local' });
  });

  it('rebuilds the month of the approved story from the page; the report holds it', async () => {
    const month = (await stack.deps.items.get(items[4]!.id))!.entry!.eventDate.slice(0, 7);
    expect(await page.locator('#report-form').isVisible()).toBe(true);
    await page.locator('#r-month').fill(month);
    await page.locator('#report-form button[type=submit]').click();
    // The toast names the month in words ("май 2025").
    await page.locator('#toast', { hasText: 'май ' + month.slice(0, 4) }).waitFor();
    const published = JSON.parse((await stack.deps.objects.get(`reports/${month.replace('-', '/')}/data.json`))!.body.toString('utf8')) as {
      manifest: { itemIds: string[] };
    };
    expect(published.manifest.itemIds).toEqual([items[4]!.id]);
  });

  it('switches the interface to Kazakh and English', async () => {
    await page.locator('#lang').selectOption('kk');
    expect(await page.locator('#queue-title').textContent()).toBe('Кезек');
    await page.locator('#lang').selectOption('en');
    expect(await page.locator('#queue-title').textContent()).toBe('Queue');
    await page.locator('#lang').selectOption('ru');
  });

  it('fits a phone screen in one column', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 1).map((e) => `${e.tagName}.${e.className}#${e.id}<${e.parentElement?.tagName}.${e.parentElement?.className}>${Math.round(e.getBoundingClientRect().right)}:${(e.textContent ?? "").slice(0, 30)}`).slice(0, 8);
    });
    expect(overflow).toEqual([]);
    const [queueBox, detailBox] = [await page.locator('section.queue').boundingBox(), await page.locator('#detail').boundingBox()];
    expect(detailBox!.y).toBeGreaterThan(queueBox!.y + queueBox!.height - 1);
    await page.screenshot({ path: `${ARTIFACTS}/phone.png`, fullPage: false });
  });
});
