// The case registry, the entries CSV, evidence archiving and the report draft → publish through the
// review API over HTTP, on the real local DynamoDB and S3 servers, with the source pages served on loopback.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../../shared/api/start-review-server';
import type { ReportEntry, StoredItem } from '../../../shared/domain/item';
import { DRAFTS_PREFIX } from '../../../shared/report/report-draft';
import { migrateCases } from '../../../shared/review/case-registry';
import { HttpClient } from '../../../shared/sources/http/http-client';
import { startFixtureServer, type FixtureServer } from '../ingest/fixture-server';
import { classification, storedItem } from '../../support/items';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';

let stack: LocalStack;
let pages: FixtureServer;
let server: ReviewServer;
let reviewer: string;
let viewer: string;

const CLAIM_PAGE = '<html><head><title>Иск к изданию</title></head><body><p>Аким подал иск к газете «Ульба» о защите чести.</p></body></html>';
const VERDICT_PAGE = '<html><head><title>Ulba verdict</title></head><body><p>The court ruled against the Ulba newspaper.</p></body></html>';

async function call(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${options.token ?? reviewer}`, ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  // Buffer keeps a byte-order mark that response.text() would strip.
  const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // CSV and draft files are not JSON
  }
  return { status: response.status, headers: response.headers, body, text };
}

async function seed(overrides: Partial<StoredItem>): Promise<StoredItem> {
  const item = storedItem(overrides);
  await stack.deps.items.saveIfNew(item);
  return item;
}

async function approve(item: StoredItem, entry: ReportEntry) {
  const reply = await call('POST', `/api/items/${item.id}/approve`, { body: { version: item.version, entry } });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body.item as StoredItem;
}

const claimEntry: ReportEntry = {
  category: 'civil',
  text: { ru: 'Аким подал иск к газете «Ульба», требуя 5 000 000 тенге.', kk: 'Әкім «Үлбі» газетіне талап қойды.', en: 'An akim sued the Ulba newspaper for 5,000,000 tenge.' },
  eventDate: '2024-03-12',
  outlet: 'Ульба',
  region: 'East Kazakhstan Region',
  people: ['Ерлан Касымов'],
  legalCase: { caseKey: 'ulba-2024', type: 'civil', stage: 'filed', honourDignity: true, amountClaimedKzt: 5_000_000, court: 'Усть-Каменогорский городской суд' },
};

beforeAll(async () => {
  stack = await startLocalStack();
  pages = await startFixtureServer({
    '/claim': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(CLAIM_PAGE),
    '/verdict': (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(VERDICT_PAGE),
    '/gone': (_req, res) => void res.writeHead(404).end(),
  });
  const http = new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, retries: 0, sleep: async () => undefined, allowedPrivateHosts: [pages.host] });
  server = await startReviewServer({ ...stack.deps, http, now: () => new Date('2024-05-03T06:00:00Z') });
  reviewer = server.tokens!.reviewer;
  viewer = server.tokens!.viewer;
});

afterAll(async () => {
  await server?.close();
  await pages?.stop();
  await stack?.stop();
});

describe(`cases, CSV, evidence and drafts over HTTP on ${DYNAMODB_BACKEND}`, () => {
  let claim: StoredItem;
  let verdict: StoredItem;

  it('approving a legal item stores its case record and archives the page it came from', async () => {
    claim = await approve(await seed({ url: pages.url('/claim'), title: 'Иск к газете «Ульба»' }), claimEntry);
    const evidence = claim.entry!.evidence!;
    expect(evidence).toMatchObject({ status: 'archived', source: 'page', url: pages.url('/claim') });
    if (evidence.status !== 'archived') throw new Error('not archived');
    const stored = await stack.deps.objects.get(evidence.key);
    expect(stored!.body.toString('utf8')).toBe(CLAIM_PAGE);
    expect(createHash('sha256').update(stored!.body).digest('hex')).toBe(evidence.sha256);
    const found = await call('GET', `/api/cases/${encodeURIComponent('ulba-2024')}`, { token: viewer });
    expect(found.status).toBe(200);
    expect(found.body.case).toMatchObject({ key: 'ulba-2024', kind: 'civil', stage: 'filed', parties: ['Ерлан Касымов'], months: ['2024-03'] });
  });

  it('the picker finds the case for a verdict in English by the transliterated name, and by the item facts', async () => {
    verdict = await seed({ url: pages.url('/verdict'), title: 'Court rules against Ulba', language: 'en', classification: classification({ categories: ['civil'] }) });
    const byWords = await call('GET', `/api/cases?q=${encodeURIComponent('Kasymov')}`);
    expect(byWords.status).toBe(200);
    expect(byWords.body.cases[0]).toMatchObject({ key: 'ulba-2024', reasons: expect.arrayContaining(['person']) });
    const byItem = await call('GET', `/api/cases?item=${verdict.id}&q=Ulba`);
    expect(byItem.body.cases.map((c: { key: string }) => c.key)).toEqual(['ulba-2024']);
    expect((await call('GET', '/api/cases', { token: viewer })).body.cases.map((c: { key: string }) => c.key)).toEqual(['ulba-2024']);
    expect((await call('GET', '/api/cases?q=nobody-matches-this')).body.cases).toEqual([]);
    expect((await call('GET', '/api/cases?nonsense=1')).status).toBe(400);
    expect((await call('GET', '/api/cases/no-such-case')).status).toBe(404);
  });

  it('a verdict approved into the case puts both months on its timeline with links to the items', async () => {
    await approve(verdict, {
      category: 'civil',
      text: { en: 'The court ordered the Ulba newspaper to pay 1,000,000 tenge.' },
      eventDate: '2024-04-18',
      outlet: 'Ulba',
      people: ['Erlan Kassymov'],
      legalCase: { caseKey: 'ulba-2024', type: 'civil', stage: 'decided', judicialAct: true, outcome: 'for_claimant', amountAwardedKzt: 1_000_000 },
    });
    const found = await call('GET', '/api/cases/ulba-2024');
    expect(found.body.case).toMatchObject({ stage: 'decided', outcome: 'for_claimant', amountAwardedKzt: 1_000_000, months: ['2024-03', '2024-04'], entries: 2 });
    expect(found.body.months.map((m: { month: string; entries: { itemId: string; url: string }[] }) => [m.month, m.entries.map((e) => e.itemId)])).toEqual([
      ['2024-03', [claim.id]],
      ['2024-04', [verdict.id]],
    ]);
    expect(found.body.months[1].entries[0]).toMatchObject({ url: pages.url('/verdict'), title: 'Court rules against Ulba' });
  });

  it('reopening the verdict takes it off the case; the migration rebuilds the same records and is idempotent', async () => {
    const current = (await call('GET', `/api/items/${verdict.id}`)).body.item as StoredItem;
    const reopened = await call('POST', `/api/items/${verdict.id}/reopen`, { body: { version: current.version } });
    expect(reopened.status).toBe(200);
    expect((await call('GET', '/api/cases/ulba-2024')).body.case.months).toEqual(['2024-03']);
    verdict = await approve(reopened.body.item, { ...current.entry!, evidence: undefined } as ReportEntry);
    const before = await stack.deps.cases.list();
    await stack.deps.cases.delete('ulba-2024');
    const first = await migrateCases(stack.deps);
    const second = await migrateCases(stack.deps);
    expect(first).toEqual({ approvedItems: 2, cases: 1, removed: 0 });
    expect(second).toEqual(first);
    expect(await stack.deps.cases.list()).toEqual(before);
  });

  it('a page that cannot be fetched never blocks the approval: the failure is recorded on the entry', async () => {
    const item = await seed({ url: pages.url('/gone') });
    const approved = await approve(item, { category: 'detention', text: { ru: 'Задержан журналист.', kk: 'Журналист ұсталды.', en: 'A journalist was detained.' }, eventDate: '2024-04-02' });
    expect(approved.status).toBe('approved');
    expect(approved.entry!.evidence).toMatchObject({ status: 'failed', attempts: 1, url: pages.url('/gone') });
  });

  it('exports a month and a year of entries as CSV through the API', async () => {
    const month = await call('GET', '/api/reports/2024-03/entries.csv', { token: viewer });
    expect(month.status).toBe(200);
    expect(month.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(month.text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(month.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual([claim.id]);
    const year = parse((await call('GET', '/api/reports/2024/entries.csv')).text, { bom: true, columns: true }) as Record<string, string>[];
    expect(year).toHaveLength(3);
    expect((await call('GET', '/api/reports/24-1/entries.csv')).status).toBe(400);
  });

  it('builds a draft under drafts/ with links and a checklist; publishing copies it byte for byte and is audited', async () => {
    expect((await call('POST', '/api/reports/2024-04/draft', { token: viewer })).status).toBe(403);
    const built = await call('POST', '/api/reports/2024-04/draft');
    expect(built.status, JSON.stringify(built.body)).toBe(200);
    const draft = built.body.draft;
    expect(draft.files.every((f: { key: string }) => f.key.startsWith('drafts/2024/04/'))).toBe(true);
    // The English-only verdict lacks ru and kk text; the detention entry is complete.
    expect(draft.checklist).toContainEqual({ kind: 'missing-translation', ids: [verdict.id], languages: ['ru'] });
    const dataLink = draft.files.find((f: { name: string }) => f.name === 'data.json').link;
    const dataJson = JSON.parse((await call('GET', dataLink, { token: viewer })).text);
    const listed = dataJson.data.entries.find((e: { id: string }) => e.id === verdict.id).evidence;
    const archived = await stack.deps.objects.get(listed.key);
    expect(createHash('sha256').update(archived!.body).digest('hex')).toBe(listed.sha256);

    const index = await stack.deps.objects.get('reports/index.html');
    expect(index?.body.toString('utf8') ?? '').not.toContain('2024/04');
    expect((await stack.deps.objects.list('reports/2024/04/')).length).toBe(0);

    const published = await call('POST', '/api/reports/2024-04/publish');
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    for (const file of draft.files) {
      const fromDraft = await stack.deps.objects.get(file.key);
      const live = await stack.deps.objects.get(file.publishKey);
      expect(live!.body.equals(fromDraft!.body)).toBe(true);
    }
    const indexAfter = (await stack.deps.objects.get('reports/index.html'))!.body.toString('utf8');
    expect(indexAfter).toContain('2024/04');
    expect(indexAfter).not.toContain(DRAFTS_PREFIX);
    const shown = await call('GET', '/api/reports/2024-04/draft', { token: viewer });
    expect(shown.body.publishes).toEqual([expect.objectContaining({ actor: 'reviewer@local', mode: 'manual', month: '2024-04' })]);
  });

  it('refuses to publish a draft whose data changed since it was built', async () => {
    await call('POST', '/api/reports/2024-04/draft');
    const late = await seed({ url: pages.url('/claim') + '?late' });
    await approve(late, { category: 'detention', text: { ru: 'Ещё одно задержание.' }, eventDate: '2024-04-20' });
    const refused = await call('POST', '/api/reports/2024-04/publish');
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/build the draft again/);
    expect((await call('POST', '/api/reports/2024-04/draft')).status).toBe(200);
    expect((await call('POST', '/api/reports/2024-04/publish')).status).toBe(200);
  });

  it('validates incident facts on approval: a subcategory of another category is a 400 and nothing is written', async () => {
    const item = await seed({ url: pages.url('/claim') + '?incident' });
    const reply = await call('POST', `/api/items/${item.id}/approve`, {
      body: { version: 1, entry: { category: 'detention', text: { ru: 'Редактору отказали.' }, eventDate: '2024-04-03', incident: { subcategory: 'accreditation_denial', city: 'Орал' } } },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toMatch(/accreditation_denial.*obstruction/);
    expect((await stack.deps.items.get(item.id))?.status).toBe('pending');
    const taxonomy = (await call('GET', '/api/taxonomy', { token: viewer })).body;
    expect(taxonomy.subcategories).toContainEqual(expect.objectContaining({ id: 'accreditation_denial', parent: 'obstruction' }));
    expect(taxonomy.perpetratorKinds.map((k: { id: string }) => k.id)).toEqual(['state', 'non_state', 'unknown']);
  });

  it('keeps the editorial settings record, checked field by field; only reviewers change it', async () => {
    expect((await call('GET', '/api/settings/report', { token: viewer })).body.settings).toEqual({ layout: '2021', autoPublish: false });
    const settings = {
      layout: 'current',
      autoPublish: false,
      introduction: { ru: 'Обзор нарушений свободы слова за месяц.', en: 'A review of the month.' },
      methodology: { en: 'Compiled from open sources by the monitoring service.' },
      contacts: { head: 'Head of monitoring', emails: ['monitoring@ngo.example'] },
    };
    expect((await call('PUT', '/api/settings/report', { token: viewer, body: settings })).status).toBe(403);
    expect((await call('PUT', '/api/settings/report', { body: settings })).body.settings).toEqual(settings);
    const bad = await call('PUT', '/api/settings/report', { body: { layout: '1999', autoPublish: 'yes', contacts: { emails: ['not-an-address'] }, colour: 'red' } });
    expect(bad.status).toBe(400);
    expect(bad.body.issues).toEqual(['colour: unknown field', 'layout: must be one of 2021, current', 'autoPublish: must be true or false', 'contacts.emails: must be a list of e-mail addresses']);
    expect((await call('GET', '/api/settings/report')).body.settings).toEqual(settings);
    await call('PUT', '/api/settings/report', { body: { layout: '2021' } });
  });

  it('imports the baseline from the page form; a file with problems stores nothing and lists them', async () => {
    const header = 'record,month,category,count,civil,civil_honour_dignity,criminal,criminal_in_court,administrative,judicial_acts,for_defendants,claimed_kzt,awarded_kzt,case_key,kind,parties,outlet,court,code,article,part,stage,stage_month,honour_dignity';
    const bad = await call('PUT', '/api/baseline', { body: { csv: `${header}\ncount,2024-13,threat,2,,,,,,,,,,,,,,,,,,,,\n` } });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.join(' ')).toMatch(/row 2/);
    expect((await call('GET', '/api/baseline', { token: viewer })).body).toEqual({ months: [], cases: 0 });
    const good = await call('PUT', '/api/baseline', { body: { csv: `${header}\ncount,2024-01,threat,2,,,,,,,,,,,,,,,,,,,,\n` } });
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(good.body).toMatchObject({ months: ['2024-01'], cases: 0 });
    expect((await call('GET', '/api/baseline', { token: viewer })).body).toEqual({ months: ['2024-01'], cases: 0 });
  });
});
