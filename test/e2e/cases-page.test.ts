// The case picker, the case page and the report draft in a real browser (Debian's chromium via
// playwright-core) against the real API and local stack: a verdict in English is approved into the
// March claim found by the picker, the case page shows both months, and the April draft is built and
// published from the page. Screenshots go to out/screenshots/cases-*.png.
import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startReviewServer, type ReviewServer } from '../../shared/api/start-review-server';
import { EMPTY_FACTS } from '../../shared/domain/classification';
import type { StoredItem } from '../../shared/domain/item';
import { approveItem } from '../../shared/review/approve-item';
import { migrateCases } from '../../shared/review/case-registry';
import { classification, storedItem } from '../support/items';
import { startLocalStack, type LocalStack } from '../support/local-stack';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = 'out/screenshots';
const hasChromium = existsSync(CHROMIUM);

let stack: LocalStack;
let server: ReviewServer;
let browser: Browser;
let page: Page;
let verdict: StoredItem;
let claim: StoredItem;

const SUITE = hasChromium ? 'case picker and case page in chromium' : `case picker and case page in chromium — SKIPPED: ${CHROMIUM} is absent (apt-get install -y chromium)`;

describe.skipIf(!hasChromium)(SUITE, () => {
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    stack = await startLocalStack();
    // Pasted texts (no URL): their evidence is the stored text, so no page is fetched.
    claim = storedItem({ id: 'pasted-claim', url: '', sourceKind: 'manual', sourceId: 'manual', title: 'Аким подал иск к газете «Ульба»', summary: 'Иск о защите чести к газете «Ульба».', publishedAt: '2024-03-12T05:00:00Z' });
    await stack.deps.items.saveIfNew(claim);
    await approveItem(stack.deps, {
      id: claim.id,
      version: 1,
      actor: { id: 'seed', groups: ['reviewers'] },
      entry: {
        category: 'civil',
        text: { ru: 'Аким подал иск к газете «Ульба» о защите чести.' },
        eventDate: '2024-03-12',
        outlet: 'Ульба',
        people: ['Ерлан Касымов'],
        legalCase: { caseKey: 'ulba-2024', type: 'civil', stage: 'filed', honourDignity: true, amountClaimedKzt: 5_000_000 },
      },
    });
    await migrateCases(stack.deps);
    verdict = storedItem({
      id: 'pasted-verdict',
      url: '',
      sourceKind: 'manual',
      sourceId: 'manual',
      language: 'en',
      title: 'Court rules against the Ulba newspaper',
      summary: 'The court ordered the Ulba newspaper to pay damages to Erlan Kassymov.',
      publishedAt: '2024-04-18T05:00:00Z',
      classification: classification({ categories: ['civil'], facts: { ...EMPTY_FACTS, outlets: ['Ulba'] } }),
    });
    await stack.deps.items.saveIfNew(verdict);
    server = await startReviewServer({ ...stack.deps, now: () => new Date('2024-05-03T06:00:00Z') });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: 120_000,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(50_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await stack?.stop();
  });

  it('approves a verdict into the existing case the picker finds', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('#token').fill(server.tokens!.reviewer);
    await page.locator('#login-form button[type=submit]').click();
    await page.locator('#queue-list li.row', { hasText: 'Court rules against the Ulba newspaper' }).click();
    const form = page.locator('#approve-form');
    await form.waitFor();
    await form.locator('select').first().selectOption('civil');
    await form.locator('label.check', { hasText: /Судебное дело|Legal case/ }).locator('input').check();
    // The item's outlet already ranks the case; the picker also finds it by the surname in Latin script.
    await page.locator('#case-results li.case-result[data-key="ulba-2024"]').waitFor();
    await page.locator('#case-search').fill('Kassymov');
    await page.locator('#case-search').press('Enter');
    const result = page.locator('#case-results li.case-result[data-key="ulba-2024"]');
    await result.waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/cases-picker.png`, fullPage: true });
    await result.locator('button.use-case').click();
    expect(await page.locator('.case-chosen').textContent()).toContain('ulba-2024');
    await form.locator('textarea').nth(2).fill('The court ordered the Ulba newspaper to pay 1,000,000 tenge to Erlan Kassymov.');
    await form.locator('input[type=date]').fill('2024-04-18');
    await form.locator('fieldset.incident input[type=text]').fill('Усть-Каменогорск');
    await form.locator('fieldset.incident select').nth(1).selectOption('state');
    await form.locator('fieldset.incident select').nth(2).selectOption('outlet');
    await form.locator('fieldset.case select').nth(1).selectOption('decided');
    await form.locator('label.check', { hasText: /Вынесен судебный акт|judicial act/i }).locator('input').check();
    await form.locator('button[type=submit]').click();
    await expect.poll(async () => (await stack.deps.items.get(verdict.id))?.status, { timeout: 20_000 }).toBe('approved');
    // The case record is refreshed before the approval answers: wait for it as the page would.
    await expect.poll(async () => (await stack.deps.cases.get('ulba-2024'))?.timeline.length, { timeout: 20_000 }).toBe(2);
    const stored = (await stack.deps.items.get(verdict.id))?.entry;
    expect(stored?.legalCase).toMatchObject({ caseKey: 'ulba-2024', stage: 'decided', judicialAct: true });
    expect(stored?.incident).toEqual({ city: 'Усть-Каменогорск', perpetrator: 'state', targetKind: 'outlet' });
    // A pasted text is its own evidence: the stored text is archived.
    expect(stored?.evidence).toMatchObject({ status: 'archived', source: 'stored-text' });
  });

  it('the case page shows both months with links to the items', async () => {
    // Opened by its address, as a link from the picker or a colleague would (the session stays signed in).
    await page.goto(`${server.url}/#case=ulba-2024`);
    const casePage = page.locator('#case-page');
    await casePage.waitFor();
    await expect
      .poll(() => page.locator('#case-page section.case-month').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-month'))), { timeout: 20_000 })
      .toEqual(['2024-03', '2024-04']);
    expect(await page.locator('#case-page section[data-month="2024-03"] li').getAttribute('data-item')).toBe(claim.id);
    expect(await page.locator('#case-page section[data-month="2024-04"] li').getAttribute('data-item')).toBe(verdict.id);
    expect(await casePage.textContent()).toContain('Court rules against the Ulba newspaper');
    await page.screenshot({ path: `${SCREENSHOTS}/cases-page.png`, fullPage: true });
  });

  it('builds the April draft with its checklist and publishes it from the page', async () => {
    await page.locator('#report-draft > summary').click();
    await page.locator('#draft-month').fill('2024-04');
    await page.locator('#draft-build').click();
    await page.locator('#draft-checklist li[data-kind="missing-translation"]').first().waitFor();
    await page.locator('.draft-files button').first().click();
    await page.locator('pre.draft-file').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/cases-draft.png`, fullPage: true });
    await page.locator('#draft-publish').click();
    // Publishing rebuilds the month's data to compare it with the draft's: allow for a loaded machine.
    await expect.poll(async () => (await stack.deps.objects.get('reports/index.html'))?.body.toString('utf8') ?? '', { timeout: 20_000 }).toContain('2024/04');
    expect(await stack.deps.objects.list('drafts/2024/04/')).toContain('drafts/2024/04/data.json');
  });
});
