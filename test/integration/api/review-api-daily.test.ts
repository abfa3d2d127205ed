// The daily-session routes over real HTTP on the local DynamoDB API: counts, notes, the advisory
// take, the gazetteer, the detail's rejection and representative, error codes, and the summaries'
// event date and outlet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../../shared/api/start-review-server';
import { EMPTY_FACTS } from '../../../shared/domain/classification';
import type { ReportEntry, StoredItem } from '../../../shared/domain/item';
import { classification, storedItem } from '../../support/items';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';

let stack: LocalStack;
let server: ReviewServer;
let reviewer: string;
let secondReviewer: string;
let viewer: string;
let clock = Date.parse('2026-11-10T09:00:00Z');

async function call(method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${options.token ?? reviewer}`, ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: await response.json() };
}

async function seed(overrides: Partial<StoredItem> = {}): Promise<StoredItem> {
  const item = storedItem({ sourceId: 'daily-feed', ...overrides });
  await stack.deps.items.saveIfNew(item);
  return item;
}

const entry = (overrides: Partial<ReportEntry> = {}): ReportEntry => ({ category: 'detention', text: { ru: 'Журналиста задержали.' }, eventDate: '2026-10-28', ...overrides });

beforeAll(async () => {
  stack = await startLocalStack({ now: () => new Date(clock) });
  server = await startReviewServer(stack.deps);
  reviewer = server.tokens!.reviewer;
  viewer = server.tokens!.viewer;
  secondReviewer = await server.issuer!.sign('aigerim@local', ['reviewers']);
});

afterAll(async () => {
  await server?.close();
  await stack?.stop();
});

describe(`daily review routes on ${DYNAMODB_BACKEND}`, () => {
  it('summaries carry the event date named in the text and the outlet with its gazetteer names', async () => {
    const item = await seed({
      title: 'Редактора «Уральской недели» задержали',
      summary: '28 октября в Уральске задержали редактора газеты «Уральская неделя».',
      publishedAt: '2026-11-02T06:00:00.000Z',
      classification: classification({ categories: ['detention'], facts: { ...EMPTY_FACTS, outlets: ['Uralskaya Nedelya'], regions: ['West Kazakhstan Region'] } }),
    });
    const queue = await call('GET', '/api/items?source=daily-feed');
    const summary = queue.body.items.find((i: { id: string }) => i.id === item.id);
    expect(summary.eventDate).toBe('2026-10-28');
    expect(summary.outlet).toEqual({ id: 'uralskaya-nedelya', names: { ru: 'Уральская неделя', kk: 'Уральская неделя', en: 'Uralskaya Nedelya' } });
    const detail = await call('GET', `/api/items/${item.id}`);
    // The draft entry takes the names in the item's language, never the Latin spelling.
    expect(detail.body.suggestedEntry).toMatchObject({ eventDate: '2026-10-28', outlet: 'Уральская неделя', region: 'Западно-Казахстанская область' });
    const none = await seed({ summary: 'Без даты и без издания.', classification: classification() });
    const plain = (await call('GET', '/api/items?source=daily-feed')).body.items.find((i: { id: string }) => i.id === none.id);
    expect(plain).toMatchObject({ eventDate: null, outlet: null });
  });

  it('counts by status and by category under the queue filters, with the filters validated', async () => {
    const counted = 'count-feed';
    const a = storedItem({ sourceId: counted, classification: classification({ categories: ['threat'] }) });
    const b = storedItem({ sourceId: counted, classification: classification({ categories: ['detention', 'threat'] }) });
    const c = storedItem({ sourceId: counted, status: 'ignored', classification: classification({ flagged: false, categories: [] }) });
    const d = storedItem({ sourceId: counted, language: 'kk', classification: classification({ categories: ['detention'] }) });
    for (const item of [a, b, c, d]) await stack.deps.items.saveIfNew(item);
    const all = await call('GET', `/api/items/counts?source=${counted}`);
    expect(all.status).toBe(200);
    expect(all.body.byStatus).toEqual({ ignored: 1, pending: 3, approved: 0, rejected: 0, duplicate: 0 });
    expect(all.body.byCategory).toEqual({ detention: 2, threat: 1 });
    const kazakh = await call('GET', `/api/items/counts?source=${counted}&lang=kk`);
    expect(kazakh.body.byStatus.pending).toBe(1);
    const threats = await call('GET', `/api/items/counts?source=${counted}&category=threat&sort=score&limit=50`);
    // The category filter narrows the status counts; the category counts show every category.
    expect(threats.body.byStatus.pending).toBe(2);
    expect(threats.body.byCategory).toEqual({ detention: 2, threat: 1 });
    const everywhere = await call('GET', '/api/items/counts');
    expect(everywhere.body.byStatus.pending).toBeGreaterThanOrEqual(5);
    const bad = await call('GET', '/api/items/counts?from=2026-02-30');
    expect(bad).toMatchObject({ status: 400, body: { error: 'validation', code: 'invalid-date', params: { field: 'from' } } });
    const order = await call('GET', '/api/items/counts?from=2026-03-02&to=2026-03-01');
    expect(order.body).toMatchObject({ code: 'date-order' });
  });

  it('notes: any staff member adds one, audited, without changing the item; length is checked', async () => {
    const item = await seed();
    const note = await call('POST', `/api/items/${item.id}/notes`, { token: viewer, body: { text: '  Звонили в редакцию, подтверждают.  ' } });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({ text: 'Звонили в редакцию, подтверждают.', author: 'viewer@local' });
    expect(note.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const detail = await call('GET', `/api/items/${item.id}`);
    expect(detail.body.notes).toEqual([note.body]);
    expect(detail.body.item.version).toBe(1);
    expect(detail.body.audit.at(-1)).toMatchObject({ action: 'note', actor: 'viewer@local', note: 'Звонили в редакцию, подтверждают.' });
    expect((await call('POST', `/api/items/${item.id}/notes`, { body: { text: '' } })).body).toMatchObject({ code: 'validation' });
    expect((await call('POST', `/api/items/${item.id}/notes`, { body: { text: 'x'.repeat(2001) } })).status).toBe(400);
    expect((await call('POST', '/api/items/no-such-item/notes', { body: { text: 'hello' } })).body).toMatchObject({ error: 'not-found', code: 'not-found' });
  });

  it('take: advisory, a separate record; a second reviewer gets 409 with takenBy unless forced; idle expiry after 30 minutes', async () => {
    const item = await seed();
    const taken = await call('PUT', `/api/items/${item.id}/take`);
    expect(taken.status).toBe(200);
    expect(taken.body).toEqual({ actor: 'reviewer@local', until: new Date(clock + 30 * 60_000).toISOString() });
    // Taking it again renews the hold.
    expect((await call('PUT', `/api/items/${item.id}/take`, { body: {} })).status).toBe(200);
    const refused = await call('PUT', `/api/items/${item.id}/take`, { token: secondReviewer });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'conflict', code: 'taken', takenBy: { actor: 'reviewer@local' } });
    const detail = await call('GET', `/api/items/${item.id}`, { token: viewer });
    expect(detail.body.takenBy).toMatchObject({ actor: 'reviewer@local' });
    expect(detail.body.item.version).toBe(1);
    const viewerTake = await call('PUT', `/api/items/${item.id}/take`, { token: viewer });
    expect(viewerTake).toMatchObject({ status: 403, body: { code: 'viewer-cannot-decide' } });
    const forced = await call('PUT', `/api/items/${item.id}/take`, { token: secondReviewer, body: { force: true } });
    expect(forced.body.actor).toBe('aigerim@local');
    // The first reviewer's release does not drop someone else's hold.
    await call('DELETE', `/api/items/${item.id}/take`);
    expect((await call('GET', `/api/items/${item.id}`)).body.takenBy.actor).toBe('aigerim@local');
    await call('DELETE', `/api/items/${item.id}/take`, { token: secondReviewer });
    expect((await call('GET', `/api/items/${item.id}`)).body.takenBy).toBeNull();
    // Idle for 31 minutes: the hold has lapsed and anyone may take the item.
    await call('PUT', `/api/items/${item.id}/take`);
    clock += 31 * 60_000;
    expect((await call('GET', `/api/items/${item.id}`)).body.takenBy).toBeNull();
    expect((await call('PUT', `/api/items/${item.id}/take`, { token: secondReviewer })).status).toBe(200);
    // Deciding never needed the hold, and its version is still the ingest's.
    expect((await stack.deps.items.get(item.id))!.version).toBe(1);
  });

  it('the detail shows the rejection and the representative by title; a lost race has its code', async () => {
    const rejected = await seed();
    await call('POST', `/api/items/${rejected.id}/reject`, { body: { version: 1, reason: 'Не о журналисте' } });
    const detail = await call('GET', `/api/items/${rejected.id}`);
    expect(detail.body.rejection).toEqual({ reason: 'Не о журналисте', by: 'reviewer@local', at: expect.any(String) });
    expect(detail.body.representative).toBeNull();
    const lost = await call('POST', `/api/items/${rejected.id}/reopen`, { body: { version: 1 } });
    expect(lost.body).toMatchObject({ error: 'conflict', code: 'lost-race', params: { version: 2, expected: 1 } });

    const representative = await seed({ title: 'Задержан журналист в Уральске' });
    const member = await seed();
    await call('POST', '/api/merge', { body: { representativeId: representative.id, items: [{ id: representative.id, version: 1 }, { id: member.id, version: 1 }] } });
    const merged = await call('GET', `/api/items/${member.id}`);
    expect(merged.body.representative).toEqual({ id: representative.id, title: 'Задержан журналист в Уральске' });
    expect(merged.body.rejection).toBeNull();
    const reviewerOnly = await call('POST', `/api/items/${member.id}/reopen`, { token: viewer, body: { version: 2 } });
    expect(reviewerOnly.body).toMatchObject({ error: 'forbidden', code: 'viewer-cannot-decide' });
  });

  it('search stems the query: «журналисты» and «журналист» find the same items, within the same bounded reads', async () => {
    const source = 'stem-feed';
    const titles = ['Журналиста задержали у суда', 'Журналисты вышли к акимату', 'Журналистерге қысым жасалды', 'Аким открыл парк'];
    for (const title of titles) await stack.deps.items.saveIfNew(storedItem({ sourceId: source, title, summary: '', status: 'ignored', classification: classification({ flagged: false, categories: [] }) }));
    const found = async (q: string) => ((await call('GET', `/api/search?source=${source}&q=${encodeURIComponent(q)}`)).body.items as Array<{ title: string }>).map((i) => i.title).sort();
    expect(await found('журналисты')).toHaveLength(3);
    expect(await found('журналисты')).toEqual(await found('журналист'));
    expect(await found('журналистов')).toEqual(await found('журналист'));
  });

  it('the gazetteer: seeded names, a missing one added by a reviewer (audited), viewers refused, ids checked', async () => {
    const initial = await call('GET', '/api/gazetteer', { token: viewer });
    expect(initial.body.regions).toContainEqual({ id: 'west-kazakhstan-region', names: { ru: 'Западно-Казахстанская область', kk: 'Батыс Қазақстан облысы', en: 'West Kazakhstan Region' } });
    expect(initial.body.outlets.length).toBeGreaterThan(40);
    const added = await call('PUT', '/api/gazetteer/outlets/kazinform', { body: { names: { kk: 'ҚазАқпарат' } } });
    expect(added.body).toEqual({ id: 'kazinform', names: { ru: 'Казинформ', kk: 'ҚазАқпарат', en: 'Kazinform' } });
    const fresh = await call('PUT', '/api/gazetteer/outlets/aqparat-local', { body: { names: { ru: 'Ақпарат (местное)' } } });
    expect(fresh.body).toEqual({ id: 'aqparat-local', names: { ru: 'Ақпарат (местное)' } });
    await call('PUT', '/api/gazetteer/outlets/aqparat-local', { body: { names: { en: 'Aqparat Local' } } });
    const after = await call('GET', '/api/gazetteer');
    expect(after.body.outlets).toContainEqual({ id: 'aqparat-local', names: { ru: 'Ақпарат (местное)', en: 'Aqparat Local' } });
    expect(after.body.outlets.find((o: { id: string }) => o.id === 'kazinform').names.kk).toBe('ҚазАқпарат');
    const audit = await stack.deps.items.listAudit('gazetteer-outlets-kazinform');
    expect(audit).toEqual([expect.objectContaining({ action: 'name', actor: 'reviewer@local', changes: { 'names.kk': { before: 'Қазақпарат', after: 'ҚазАқпарат' } } })]);
    expect((await call('PUT', '/api/gazetteer/outlets/kazinform', { token: viewer, body: { names: { kk: 'x' } } })).status).toBe(403);
    expect((await call('PUT', '/api/gazetteer/people/x', { body: { names: { kk: 'x' } } })).status).toBe(400);
    expect((await call('PUT', '/api/gazetteer/outlets/Bad_Id', { body: { names: { kk: 'x' } } })).status).toBe(400);
    expect((await call('PUT', '/api/gazetteer/outlets/kazinform', { body: { names: {} } })).status).toBe(400);
  });
});
