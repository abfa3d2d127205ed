// A reviewer's working session on the review page in a real browser (Debian's chromium) against the
// real API and local stack: hidden means not displayed (reviewer and viewer), legal-case facts are
// stored or refused with a message, shortcuts follow the physical key under a Cyrillic layout, undo,
// an unflagged item asks before approval, a rejection's reason and a merge's representative, filters
// restored from the address, a lost race keeps the typed text, the Kazakh page speaks only from its
// dictionary, and the phone layout. Screenshots go to out/screenshots/.
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
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
let page: Page;
let cdp: CDPSession;

const day = (h: number) => new Date(Date.UTC(2025, 9, 28, h)).toISOString();
const seeded: Record<string, StoredItem> = {};

async function seed(name: string, overrides: Partial<StoredItem>): Promise<StoredItem> {
  const item = storedItem(overrides);
  await stack.deps.items.saveIfNew(item);
  seeded[name] = item;
  return item;
}

function detention(summary: string) {
  const start = summary.indexOf('задержали');
  return classification({
    categories: ['detention'],
    score: 0.9,
    // The same words matched by the Russian and the Kazakh variant of one rule: explained once.
    matches: [
      { term: 'задерж*', category: 'detention', field: 'text', start, end: start + 9, ruleId: 'detention.ru', weight: 2 },
      { term: 'задерж*', category: 'detention', field: 'text', start, end: start + 9, ruleId: 'detention.kk', weight: 2 },
    ],
    facts: { amountsKzt: [], lawArticles: [{ code: 'administrative', article: '488', part: '6' }], regions: ['Западно-Казахстанская область'], outlets: [] },
  });
}

async function login(target: Page, token: string): Promise<void> {
  await target.goto(`${server.url}/`);
  await target.locator('#token').fill(token);
  await target.locator('#login-form button[type=submit]').click();
  await target.locator('#queue-list li.row').first().waitFor();
}

async function currentTitle(target: Page = page): Promise<string> {
  return (await target.locator('#detail .detail-title').textContent()) ?? '';
}

async function queueCount(): Promise<number> {
  return Number(/(\d+)/.exec((await page.locator('#queue-count').textContent()) ?? '')?.[1] ?? NaN);
}

async function open(title: string): Promise<void> {
  await page.locator('#queue-list li.row', { hasText: title }).click();
  await expect.poll(() => currentTitle()).toBe(title);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
}

/** A key as a Russian or Kazakh layout sends it: the Cyrillic character, the physical key's code. */
async function pressWithCyrillicLayout(code: string, key: string, keyCode: number): Promise<void> {
  for (const type of ['keyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', { type, key, code, text: type === 'keyDown' ? key : undefined, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode });
  }
}

/** Elements carrying the hidden attribute that the browser still displays. */
function displayedHidden(target: Page): Promise<string[]> {
  return target.evaluate(() =>
    [...document.querySelectorAll('[hidden]')].filter((e) => getComputedStyle(e).display !== 'none').map((e) => `${e.tagName}#${e.id}.${e.className}`),
  );
}

/**
 * Every text node and labelling attribute outside item data ([data-content]) that is not made of
 * the chosen language's dictionary: each must be one of its strings with placeholders filled, and
 * every word in a placeholder must itself come from the dictionary or the taxonomy's labels.
 */
function foreignStrings(target: Page, lang: string): Promise<string[]> {
  return target.evaluate(async (language) => {
    // The page's own module instances (the browser caches modules by URL); built from a string so the
    // test runner's transform leaves this browser-side import alone.
    const load = new Function('url', 'return import(url)') as (url: string) => Promise<Record<string, any>>;
    const { DICTIONARIES } = await load('/assets/review-i18n.js');
    const { CASE_STRINGS } = await load('/assets/cases-i18n.js');
    const { state } = await load('/assets/review-state.js');
    const taxonomy = state.taxonomy;
    const allowed: string[] = [
      ...Object.values(DICTIONARIES[language] as Record<string, string>),
      ...Object.values(CASE_STRINGS[language] as Record<string, string>),
      ...['perpetratorKinds', 'targetKinds', 'targetGenders', 'subcategories'].flatMap((list) =>
        (taxonomy[list] as { label: Record<string, string> }[]).map((entry) => entry.label[language]),
      ),
      ...taxonomy.categories.map((c: { label: Record<string, string> }) => c.label[language]),
      ...taxonomy.groups.map((g: { label: Record<string, string> }) => g.label[language]),
      ...Object.values(taxonomy.languageNames as Record<string, string>),
    ];
    const words = new Set(allowed.flatMap((s) => s.toLowerCase().match(/\p{L}+/gu) ?? []));
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const templates = allowed.map((s) => new RegExp('^' + s.split(/\{\w+\}/).map(escape).join('(.*?)') + '$', 'su'));
    const wordsKnown = (s: string) => (s.toLowerCase().match(/\p{L}+/gu) ?? []).every((w) => words.has(w));
    const fromDictionary = (text: string) =>
      text.split(' · ').every((piece) => {
        const p = piece.trim();
        if (!/\p{L}/u.test(p)) return true;
        return templates.some((re) => {
          const m = re.exec(p);
          return m !== null && m.slice(1).every(wordsKnown);
        });
      });
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[data-content]') || parent.closest('script, style')) continue;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && !fromDictionary(text)) bad.push(`text in <${parent.tagName.toLowerCase()} class="${parent.className}">: ${text}`);
    }
    for (const element of document.querySelectorAll('[placeholder], [title], [aria-label], [alt]')) {
      if (element.closest('[data-content]')) continue;
      for (const name of ['placeholder', 'title', 'aria-label', 'alt']) {
        const value = element.getAttribute(name);
        if (value && !fromDictionary(value)) bad.push(`${name} of <${element.tagName.toLowerCase()}>: ${value}`);
      }
    }
    if (!fromDictionary(document.title)) bad.push(`title: ${document.title}`);
    return bad;
  }, lang);
}

const SUITE = hasChromium ? 'review page: a working session' : `review page: a working session — SKIPPED: ${CHROMIUM} is absent (apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(SUITE, () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    stack = await startLocalStack();
    server = await startReviewServer(stack.deps);
    const aSummary = 'В Уральске полицейские задержали журналиста Лукпана Ахмедьярова у здания акимата.';
    await seed('a', { sourceId: 'uralsk-week-ru', title: 'Журналиста задержали у акимата', summary: aSummary, publishedAt: day(10), classification: detention(aSummary) });
    const bSummary = 'Оралда полиция задержали тілшіні әкімдік ғимаратының жанында; журналиста задержали на два часа.';
    await seed('b', { sourceId: 'azattyq-kk', language: 'kk', title: 'Оралда тілші ұсталды', summary: bSummary, publishedAt: day(9), classification: detention(bSummary) });
    // A miss of the rules sent to the queue by hand: score 0.08, nothing flagged.
    await seed('c', { sourceId: 'manual', title: 'Редактору не дали слова на сессии маслихата', summary: 'Редактора газеты вывели из зала.', publishedAt: day(8), addedBy: 'reviewer@local', classification: classification({ flagged: false, score: 0.08, categories: [] }) });
    await seed('h', { sourceId: 'orda-ru', title: 'Блогера вызвали на допрос в полицию', summary: 'Блогера из Атырау вызвали на допрос по жалобе акима.', publishedAt: day(7) });
    const f = storedItem({ sourceId: 'tengri-ru', title: 'Второе сообщение о задержании в Уральске', publishedAt: day(5), status: 'duplicate' });
    await seed('e', { sourceId: 'tengri-ru', title: 'Первое сообщение о задержании в Уральске', publishedAt: day(6), mergedIds: [f.id] });
    await seed('f', { ...f, mergedInto: seeded.e!.id });
    await seed('g', {
      sourceId: 'vlast-ru', title: 'Суд оштрафовал редактора за публикацию', publishedAt: day(3), status: 'approved',
      entry: { category: 'administrative', text: { ru: 'Редактора оштрафовали.' }, eventDate: '2025-10-27', context: true, legalCase: { caseKey: 'g-case', type: 'administrative', stage: 'decided', court: 'Специализированный административный суд Уральска' } },
    });
    await seed('d', { sourceId: 'kursiv-ru', title: 'Погода в Уральске', publishedAt: day(4), status: 'rejected', rejectionReason: 'прогноз погоды, не о свободе слова' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 120_000,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(50_000);
    page.on('dialog', (dialog) => {
      throw new Error(`a browser dialog opened: ${dialog.message()}`);
    });
    cdp = await page.context().newCDPSession(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await stack?.stop();
  });

  it('displays no element with the hidden attribute for a reviewer, the legal-case box included', async () => {
    await login(page, server.tokens!.reviewer);
    await open(seeded.h!.title);
    await page.locator('#tools > summary').click();
    expect(await page.locator('#approve-form fieldset.case').isVisible()).toBe(false);
    expect(await page.locator('#selection-bar').isVisible()).toBe(false);
    expect(await page.locator('#import-form').isVisible()).toBe(true);
    expect(await page.locator('#report-form').isVisible()).toBe(true);
    expect(await displayedHidden(page)).toEqual([]);
    await page.locator('#tools > summary').click();
  });

  it('follows the physical key with a Cyrillic layout: j/k move, r goes to the reason, a approves', async () => {
    await open(seeded.a!.title);
    await pressWithCyrillicLayout('KeyJ', 'о', 74);
    await expect.poll(() => currentTitle()).toBe(seeded.b!.title);
    await pressWithCyrillicLayout('KeyK', 'л', 75);
    await expect.poll(() => currentTitle()).toBe(seeded.a!.title);
    await pressWithCyrillicLayout('KeyR', 'к', 82);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reject-reason');
    expect(await page.locator('#reject-reason').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    const before = await queueCount();
    await pressWithCyrillicLayout('KeyA', 'ф', 65);
    await expect.poll(queueCount).toBe(before - 1);
    expect(await stack.deps.items.get(seeded.a!.id)).toMatchObject({ status: 'approved', entry: { category: 'detention' } });
  });

  it('explains a flag in words, once per rule, without rule syntax', async () => {
    await open(seeded.b!.title);
    const lines = await page.locator('#detail .why li').allTextContents();
    expect(lines).toEqual(['«задержали» → Задержания, аресты, вызовы на допрос']);
    expect(await page.locator('#detail .facts').textContent()).toContain('КоАП, ст. 488 ч. 6');
  });

  it('undoes the last decision from its toast: the item is pending again and its history shows both steps', async () => {
    await open(seeded.h!.title);
    await page.locator('#approve-form button[type=submit]').click();
    // The toast names the item its undo acts on (an earlier decision's toast may still be showing).
    await page.locator('#toast', { hasText: seeded.h!.title }).locator('.toast-action').click();
    await expect.poll(async () => (await stack.deps.items.get(seeded.h!.id))?.status).toBe('pending');
    // The audit record is appended just after the item is written: poll it too.
    await expect.poll(async () => (await stack.deps.items.listAudit(seeded.h!.id)).map((a) => a.action)).toEqual(['approve', 'reopen']);
    await expect.poll(() => currentTitle()).toBe(seeded.h!.title);
    await expect.poll(() => page.locator('#detail .audit li').allTextContents()).toEqual([
      expect.stringMatching(/одобрил\(а\) \(в очереди → одобрено\)$/),
      expect.stringMatching(/вернул\(а\) в очередь \(одобрено → в очереди\)$/),
    ]);
  });

  it('stores the legal-case facts typed into the form, or refuses with a message and stores nothing', async () => {
    await open(seeded.h!.title);
    const form = page.locator('#approve-form');
    await form.locator('input.has-case').check();
    const caseBox = form.locator('fieldset.case');
    expect(await caseBox.isVisible()).toBe(true);
    await caseBox.getByLabel('Вид').selectOption('administrative');
    await caseBox.getByLabel('Статья', { exact: true }).fill('456');
    await caseBox.getByLabel('Часть', { exact: true }).fill('2');
    await caseBox.getByLabel('Заявлено, тг').fill('150000');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('.form-error').textContent()).toBe('Укажите кодекс статьи');
    expect((await stack.deps.items.get(seeded.h!.id))!.status).toBe('pending');
    await caseBox.getByLabel('Кодекс').selectOption('administrative');
    await form.locator('button[type=submit]').click();
    await expect.poll(async () => (await stack.deps.items.get(seeded.h!.id))?.status).toBe('approved');
    expect((await stack.deps.items.get(seeded.h!.id))!.entry!.legalCase).toMatchObject({
      type: 'administrative',
      lawArticle: { code: 'administrative', article: '456', part: '2' },
      amountClaimedKzt: 150000,
    });
  });

  it('keeps the facts of an approved entry that its form does not show when the entry is edited', async () => {
    await page.goto(`${server.url}/?status=approved&source=vlast-ru`);
    await expect.poll(() => currentTitle()).toBe(seeded.g!.title);
    await page.locator('#edit-form').getByLabel('Люди (через запятую)').fill('Иван Петров');
    await page.locator('#edit-form button[type=submit]').click();
    await expect.poll(async () => (await stack.deps.items.get(seeded.g!.id))?.entry?.people).toEqual(['Иван Петров']);
    expect((await stack.deps.items.get(seeded.g!.id))!.entry).toMatchObject({ context: true, legalCase: { court: 'Специализированный административный суд Уральска', stage: 'decided' } });
    await page.goto(`${server.url}/`);
    await page.locator('#queue-list li.row').first().waitFor();
  });

  it('leaves an unflagged item unprefilled and asks before approving it with a', async () => {
    await open(seeded.c!.title);
    const form = page.locator('#approve-form');
    expect(await form.locator('select').first().inputValue()).toBe('');
    expect(await form.locator('textarea:not(fieldset textarea)').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value))).toEqual(['', '', '']);
    await form.locator('select').first().selectOption('obstruction');
    await form.locator('textarea').first().fill('Редактора газеты вывели с сессии маслихата.');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await pressWithCyrillicLayout('KeyA', 'ф', 65);
    await form.locator('.confirm').waitFor();
    expect(await form.locator('.confirm p').textContent()).toBe('Правила не отметили этот материал. Всё равно одобрить?');
    expect((await stack.deps.items.get(seeded.c!.id))!.status).toBe('pending');
    await form.locator('.confirm-yes').click();
    await expect.poll(async () => (await stack.deps.items.get(seeded.c!.id))?.status).toBe('approved');
  });

  it('restores filters from the address; shows a rejection reason and a merge representative by title, linked', async () => {
    await page.goto(`${server.url}/?status=rejected&source=kursiv-ru`);
    await page.locator('#queue-list li.row').first().waitFor();
    expect(await page.locator('#f-status').inputValue()).toBe('rejected');
    expect(await page.locator('#f-source').inputValue()).toBe('kursiv-ru');
    await expect.poll(() => currentTitle()).toBe(seeded.d!.title);
    expect(await page.locator('#detail .rejection .reason').textContent()).toBe('прогноз погоды, не о свободе слова');

    await page.locator('#f-status').selectOption('duplicate');
    await page.locator('#f-source').fill('');
    await page.locator('#filters button[type=submit]').click();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?status=duplicate');
    await page.reload();
    await expect.poll(() => currentTitle()).toBe(seeded.f!.title);
    expect(await page.locator('#f-status').inputValue()).toBe('duplicate');
    const link = page.locator('#detail .merged-into a.representative');
    expect(await link.textContent()).toBe(seeded.e!.title);
    expect(await page.locator('#detail').textContent()).not.toContain(seeded.e!.id);
    await link.click();
    await expect.poll(() => currentTitle()).toBe(seeded.e!.title);
    await page.goto(`${server.url}/?source=tengri-ru`);
    expect(await page.locator('#queue-list li.row', { hasText: seeded.e!.title }).locator('.merged-count').textContent()).toBe('объединено материалов: 1');
    await page.goto(`${server.url}/`);
    await page.locator('#queue-list li.row').first().waitFor();
  });

  it('never shows a technical source id in the list; shows the event date and outlet the API gives', async () => {
    const rows = await page.locator('#queue-list li.row').allTextContents();
    for (const id of ['uralsk-week-ru', 'azattyq-kk', 'manual', 'tengri-ru', 'orda-ru']) expect(rows.join('\n')).not.toContain(id);
    const answer = (await (await fetch(`${server.url}/api/items`, { headers: { authorization: `Bearer ${server.tokens!.reviewer}` } })).json()) as {
      items: { id: string; eventDate?: string | null; outlet?: { names: Record<string, string> } | null }[];
    };
    for (const item of answer.items) {
      const row = await page.locator(`#queue-list li.row[data-id="${item.id}"]`).textContent();
      if (item.eventDate) expect(row).toContain(`событие ${Number(item.eventDate.slice(8))} `);
      if (item.outlet?.names.ru) expect(row).toContain(item.outlet.names.ru);
    }
  });

  it('keeps what a reviewer typed when another reviewer wins the race; the Kazakh page speaks only from its dictionary', async () => {
    await page.locator('#lang').selectOption('kk');
    await open(seeded.b!.title);
    const mine = 'Оралда тілші Лукпан Ахмедьяров екі сағатқа ұсталды.';
    await page.locator('#approve-form textarea').first().fill(mine);
    // Another reviewer approves the same item first.
    const other = await fetch(`${server.url}/api/items/${seeded.b!.id}/approve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.tokens!.reviewer}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: 1, entry: { category: 'detention', text: { ru: 'Журналиста задержали в Уральске.' }, eventDate: '2025-10-28' } }),
    });
    expect(other.status).toBe(200);
    await page.locator('#approve-form button[type=submit]').click();
    await page.locator('#detail .lost-draft').waitFor();
    expect(await page.locator('#detail .lost-draft').textContent()).toContain(mine);
    // The winner's state is shown (approved, with its entry), the typed text stays in the form.
    expect(await page.locator('#detail .row-meta .badge').first().textContent()).toBe('мақұлданды');
    expect(await page.locator('#edit-form textarea').first().inputValue()).toBe(mine);
    expect((await stack.deps.items.get(seeded.b!.id))!.entry!.text).toEqual({ ru: 'Журналиста задержали в Уральске.' });
    expect(await page.locator('#toast').textContent()).toBe('Бұл материалды біреу өзгертіп үлгерді; ағымдағы күйі көрсетілді.');
    await page.locator('#tools > summary').click();
    // An API error is worded in Kazakh from its code, never the API's English message.
    await page.locator('#r-month').fill('1999-01');
    await page.locator('#report-form button[type=submit]').click();
    await expect.poll(() => page.locator('#toast').textContent()).not.toBe('Бұл материалды біреу өзгертіп үлгерді; ағымдағы күйі көрсетілді.');
    expect(await page.locator('#toast').textContent()).toMatch(/^(1999 жылғы қаңтар есебін құрастыруға болмайды|Енгізілген деректерді тексеріңіз)/u);
    expect(await page.title()).toBe('sozwatch — кезек');
    expect(await page.locator('#detail .audit time').first().textContent()).toMatch(/^\d{4} жылғы \d{1,2} \p{L}+, \d\d:\d\d$/u);
    expect(await foreignStrings(page, 'kk')).toEqual([]);
    // The walk sees the interface: against the English dictionary the Kazakh page is foreign throughout.
    expect((await foreignStrings(page, 'en')).length).toBeGreaterThan(20);
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-kk.png`, fullPage: true });
    await page.locator('#tools > summary').click();
    await page.locator('#lang').selectOption('ru');
    await open(seeded.e!.title);
    await page.screenshot({ path: `${SCREENSHOTS}/desktop-ru.png`, fullPage: true });
  });

  it('on a phone: filters behind a button, a tapped item comes into view, and a button returns to the list', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    phone.setDefaultTimeout(50_000);
    await login(phone, server.tokens!.reviewer);
    expect(await phone.locator('#filters').isVisible()).toBe(false);
    await phone.locator('#filters-toggle').click();
    expect(await phone.locator('#filters').isVisible()).toBe(true);
    await phone.locator('#filters-toggle').click();
    expect(await phone.locator('#filters').isVisible()).toBe(false);
    await phone.screenshot({ path: `${SCREENSHOTS}/phone-list.png` });
    const rows = phone.locator('#queue-list li.row');
    const last = rows.nth((await rows.count()) - 1);
    const title = (await last.locator('.row-title').textContent())!;
    await last.tap();
    await expect.poll(() => currentTitle(phone)).toBe(title);
    await expect.poll(() => phone.locator('#detail').evaluate((e) => Math.round(e.getBoundingClientRect().top))).toBeLessThan(60);
    expect(await phone.locator('#detail .back-to-list').isVisible()).toBe(true);
    await phone.screenshot({ path: `${SCREENSHOTS}/phone-detail.png` });
    await phone.locator('#detail .back-to-list').tap();
    await expect.poll(() => last.evaluate((e) => {
      const box = e.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    expect(await displayedHidden(phone)).toEqual([]);
    await phone.close();
  });

  it('offers a viewer no selection, import, rebuild or decision, and displays no hidden element', async () => {
    const viewer = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    viewer.setDefaultTimeout(50_000);
    await login(viewer, server.tokens!.viewer);
    await viewer.locator('#detail .detail-title').waitFor();
    await viewer.locator('#tools > summary').click();
    await viewer.locator('#queue-list li.row').first().click();
    await viewer.keyboard.press('x');
    for (const id of ['selection-bar', 'import-form', 'report-form', 'gazetteer-form']) expect(await viewer.locator(`#${id}`).isVisible(), id).toBe(false);
    expect(await viewer.locator('#queue-list .pick, #approve-form, #reject-form, #queue-list .group button').count()).toBe(0);
    expect(await viewer.locator('#viewer-only').isVisible()).toBe(true);
    expect(await viewer.locator('#shortcuts').textContent()).toBe('j/k — следующий/предыдущий, / — поиск');
    expect(await displayedHidden(viewer)).toEqual([]);
    await viewer.screenshot({ path: `${SCREENSHOTS}/desktop-viewer.png`, fullPage: true });
    await viewer.close();
  });
});
