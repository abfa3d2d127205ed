// The review API over real HTTP on loopback, against the real local DynamoDB API (dynalite or
// DynamoDB Local) — every route, validation, 401/403/404/405/409 and concurrent decisions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevIssuer, type DevIssuer } from '../../../shared/api/dev-issuer';
import { startReviewServer, type ReviewServer } from '../../../shared/api/start-review-server';
import type { ReportEntry, StoredItem } from '../../../shared/domain/item';
import { PAGE_ENTRIES, WEB_FILES } from '../../../shared/web/web-assets';
import { applyChange } from '../../../shared/review/apply-change';
import { classification, storedItem } from '../../support/items';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';

let stack: LocalStack;
let server: ReviewServer;
let reviewer: string;
let viewer: string;

interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

async function call(method: string, path: string, options: { token?: string | null; body?: unknown; raw?: string } = {}): Promise<Reply> {
  const token = options.token === undefined ? reviewer : options.token;
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(options.body !== undefined || options.raw ? { 'content-type': 'application/json' } : {}) },
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // the page and assets are not JSON
  }
  return { status: response.status, headers: response.headers, body };
}

async function seed(overrides: Partial<StoredItem> = {}): Promise<StoredItem> {
  const item = storedItem(overrides);
  await stack.deps.items.saveIfNew(item);
  return item;
}

const entry = (overrides: Partial<ReportEntry> = {}): ReportEntry => ({ category: 'detention', text: { ru: 'Журналиста задержали в Алматы.' }, eventDate: '2024-03-01', ...overrides });

beforeAll(async () => {
  stack = await startLocalStack();
  server = await startReviewServer(stack.deps);
  reviewer = server.tokens!.reviewer;
  viewer = server.tokens!.viewer;
});

afterAll(async () => {
  await server?.close();
  await stack?.stop();
});

describe(`review API over HTTP on ${DYNAMODB_BACKEND}`, () => {
  describe('the page', () => {
    it('is served at / with a strict CSP and no-sniff, and its script as a file', async () => {
      const page = await call('GET', '/', { token: null });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.body).toContain('<script type="module" src="/assets/review-page.js"></script>');
      expect(page.body).not.toMatch(/<script>[^<]/);
      const script = await call('GET', '/assets/review-page.js', { token: null });
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect((await call('GET', '/assets/../../package.json', { token: null })).status).toBe(404);
    });

    it('serves every module the pages import, and nothing the pages do not reach', async () => {
      const reached = new Set<string>();
      const pending = PAGE_ENTRIES.map((entry) => `/assets/${entry}`);
      while (pending.length > 0) {
        const path = pending.pop()!;
        if (reached.has(path)) continue;
        reached.add(path);
        const module = await call('GET', path, { token: null });
        expect(module.status, path).toBe(200);
        expect(module.headers.get('content-type'), path).toMatch(/^text\/javascript/);
        expect(module.headers.get('content-security-policy'), path).toContain("script-src 'self'");
        for (const [, file] of (module.body as string).matchAll(/^import [^;]*? from '\.\/([\w-]+\.js)';$/gm)) pending.push(`/assets/${file}`);
      }
      const served = Object.entries(WEB_FILES).filter(([, { file }]) => file.endsWith('.js')).map(([path]) => path);
      expect([...reached].sort()).toEqual(served.sort());
      expect(reached.size).toBeGreaterThanOrEqual(8);
    });
  });

  describe('authentication and authorisation', () => {
    it('answers 401 without a token, with a malformed one, a foreign-signed one and an expired one', async () => {
      const other: DevIssuer = await startDevIssuer();
      try {
        expect((await call('GET', '/api/items', { token: null })).status).toBe(401);
        expect((await call('GET', '/api/items', { token: 'not-a-jwt' })).status).toBe(401);
        expect((await call('GET', '/api/items', { token: await other.sign('intruder', ['reviewers']) })).status).toBe(401);
        const expired = await server.issuer!.sign('late', ['reviewers'], -60);
        const reply = await call('GET', '/api/items', { token: expired });
        expect(reply.status).toBe(401);
        expect(reply.headers.get('www-authenticate')).toBe('Bearer');
      } finally {
        await other.close();
      }
    });

    it('lets viewers read but not decide (403), and refuses users in neither group', async () => {
      const item = await seed();
      expect((await call('GET', '/api/me', { token: viewer })).body).toMatchObject({ id: 'viewer@local', canDecide: false });
      expect((await call('GET', `/api/items/${item.id}`, { token: viewer })).status).toBe(200);
      const denied = await call('POST', `/api/items/${item.id}/approve`, { token: viewer, body: { version: 1, entry: entry() } });
      expect(denied.status).toBe(403);
      expect((await stack.deps.items.get(item.id))?.status).toBe('pending');
      const nobody = await server.issuer!.sign('nobody', []);
      expect((await call('GET', '/api/items', { token: nobody })).status).toBe(403);
    });
  });

  describe('validation and routing', () => {
    it('answers 400 naming the fields, 404 for unknown items and routes, 405 for a wrong method', async () => {
      const item = await seed();
      const bad = await call('POST', `/api/items/${item.id}/approve`, { body: { version: 'one', entry: { category: 'nope' } } });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toBe('validation');
      expect(bad.body.issues.join(' ')).toMatch(/version: .*entry\.category/s);
      expect((await call('POST', `/api/items/${item.id}/reject`, { raw: '{"version":' })).body.message).toBe('request: the body is not valid JSON');
      expect((await call('GET', '/api/items?limit=5000')).status).toBe(400);
      expect((await call('GET', '/api/items/no-such-item')).status).toBe(404);
      expect((await call('POST', '/api/items/no-such-item/reject', { body: { version: 1, reason: 'x' } })).status).toBe(404);
      expect((await call('GET', '/api/nothing-here')).status).toBe(404);
      const wrong = await call('DELETE', `/api/items/${item.id}`);
      expect(wrong.status).toBe(405);
      expect(wrong.headers.get('allow')).toBe('GET');
    });
  });

  describe('tampered input', () => {
    it('answers 400 to impossible dates, from after to, and far-off months in every query', async () => {
      for (const query of ['from=2026-02-30', 'to=2025-02-29', 'from=2026-02-30T00:00:00Z', 'from=0000-01-01', 'from=2025-01-11&to=2025-01-10']) {
        for (const path of ['/api/items', '/api/search']) {
          const reply = await call('GET', `${path}?${query}`);
          expect(reply.status, `${path}?${query}`).toBe(400);
          expect(reply.body.error).toBe('validation');
          expect(reply.body.issues[0]).toMatch(/^(from|to): /);
        }
      }
      // The same day given as a date and as an instant inside it is a valid range.
      expect((await call('GET', '/api/items?from=2025-01-10&to=2025-01-09T20:00:00Z')).status).toBe(200);
    });

    it('refuses an impossible event date in an approval and leaves the item as it was', async () => {
      const item = await seed();
      const reply = await call('POST', `/api/items/${item.id}/approve`, { body: { version: 1, entry: entry({ eventDate: '2026-02-30' }) } });
      expect(reply.status).toBe(400);
      expect(reply.body.issues).toEqual(['entry.eventDate: is not a calendar date']);
      expect(await stack.deps.items.get(item.id)).toMatchObject({ status: 'pending', version: 1 });
    });
  });

  describe('taxonomy', () => {
    it('serves every closed list the page offers, with ru/kk/en labels for categories and groups', async () => {
      const reply = await call('GET', '/api/taxonomy', { token: viewer });
      expect(reply.status).toBe(200);
      const taxonomy = reply.body;
      expect(taxonomy.languages).toEqual(['ru', 'kk', 'en']);
      expect(taxonomy.statuses).toEqual(['ignored', 'pending', 'approved', 'rejected', 'duplicate']);
      expect(taxonomy.categories).toHaveLength(12);
      expect(taxonomy.categories).toContainEqual({
        id: 'civil',
        group: 'legal_actions',
        label: {
          ru: 'Гражданские иски о защите чести, достоинства и деловой репутации',
          kk: 'Ар-намысты, қадір-қасиетті және іскерлік беделді қорғау туралы азаматтық талаптар',
          en: 'Civil claims for honour, dignity and business reputation',
        },
      });
      expect(taxonomy.groups.map((g: { id: string }) => g.id)).toEqual(['journalists_rights', 'information_rights', 'legal_actions', 'policy']);
      expect(taxonomy.groups.flatMap((g: { categories: string[] }) => g.categories).sort()).toEqual(taxonomy.categories.map((c: { id: string }) => c.id).sort());
      expect(taxonomy).toMatchObject({
        caseTypes: ['civil', 'criminal', 'administrative'],
        caseStages: ['filed', 'pre_trial', 'in_court', 'decided', 'appeal', 'cassation', 'closed'],
        caseOutcomes: ['for_defendant', 'for_claimant', 'partial', 'dismissed', 'pending'],
        lawCodes: ['criminal', 'administrative', 'civil', 'media', 'unknown'],
      });
      expect((await call('GET', '/api/taxonomy', { token: null })).status).toBe(401);
    });
  });

  describe('queue', () => {
    it('filters by category, source, language, words and dates, sorts by score and pages with a cursor', async () => {
      const base = Date.UTC(2025, 0, 10);
      const made: StoredItem[] = [];
      for (let i = 0; i < 12; i++) {
        made.push(
          await seed({
            sourceId: i % 2 ? 'q-odd' : 'q-even',
            language: i % 3 === 0 ? 'kk' : 'ru',
            title: i === 5 ? 'Блокировка Telegram в регионе' : `Queue test story ${i}`,
            summary: i === 5 ? 'Доступ к мессенджеру ограничен.' : 'text',
            publishedAt: new Date(base + i * 3_600_000).toISOString(),
            classification: classification({ score: (i % 5) / 10, categories: i === 5 ? ['blocking'] : ['detention'] }),
          }),
        );
      }
      const window = 'from=2025-01-10&to=2025-01-10';
      const ids = async (query: string) => ((await call('GET', `/api/items?${window}&${query}`)).body.items as { id: string }[]).map((i) => i.id);
      expect(await ids('category=blocking')).toEqual([made[5]!.id]);
      expect(await ids('q=%D0%B1%D0%BB%D0%BE%D0%BA%D0%B8%D1%80%D0%BE%D0%B2%D0%BA%D0%B0')).toEqual([made[5]!.id]); // «блокировка»
      expect((await ids('source=q-odd')).length).toBe(6);
      expect((await ids('lang=kk')).sort()).toEqual(made.filter((_, i) => i % 3 === 0).map((m) => m.id).sort());
      const byScore = (await call('GET', `/api/items?${window}&sort=score&limit=50`)).body.items as { score: number }[];
      expect(byScore.map((i) => i.score)).toEqual([...byScore.map((i) => i.score)].sort((a, b) => b - a));

      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const reply = await call('GET', `/api/items?${window}&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(reply.status).toBe(200);
        seen.push(...reply.body.items.map((i: { id: string }) => i.id));
        cursor = reply.body.cursor;
        pages++;
      } while (cursor);
      expect(pages).toBeGreaterThanOrEqual(3);
      expect(seen).toEqual([...made].reverse().map((m) => m.id));
    });

    it('suggests one event for the same incident from two outlets', async () => {
      const a = await seed({ sourceId: 'g-tengri', title: 'В Таразе задержали журналиста Ерлана Калиева после репортажа', summary: 'Журналиста Ерлана Калиева задержали в Таразе.', publishedAt: '2025-02-01T05:00:00.000Z' });
      const b = await seed({ sourceId: 'g-orda', title: 'Журналиста Ерлана Калиева задержали в Таразе после репортажа', summary: 'Полиция Тараза задержала Ерлана Калиева.', publishedAt: '2025-02-01T09:00:00.000Z' });
      const reply = await call('GET', '/api/items?from=2025-02-01&to=2025-02-01');
      expect(reply.body.groups).toEqual([{ ids: [a.id, b.id], score: expect.any(Number) }]);
    });
  });

  describe('decisions', () => {
    it('shows an item with highlights, a suggested entry and its audit trail', async () => {
      const item = await seed({
        title: 'Журналиста задержали',
        summary: 'Суд взыскал 2 000 000 тенге',
        classification: classification({ categories: ['civil'], matches: [{ term: 'журналист*', category: 'detention', field: 'title', start: 0, end: 10 }], facts: { amountsKzt: [2_000_000], lawArticles: [{ code: 'civil', article: '143' }], regions: ['Алматы'], outlets: ['Orda.kz'] } }),
      });
      const reply = await call('GET', `/api/items/${item.id}`, { token: viewer });
      expect(reply.status).toBe(200);
      expect(reply.body.highlights.title).toEqual([{ text: 'Журналиста', terms: ['журналист*'] }, { text: ' задержали' }]);
      expect(reply.body.suggestedEntry).toMatchObject({ category: 'civil', outlet: 'Orda.kz', region: 'Алматы', legalCase: { type: 'civil', honourDignity: true, amountClaimedKzt: 2_000_000 } });
      expect(reply.body.audit).toEqual([]);
    });

    it('approves with an entry, records the audit, and answers 409 with the current item to a stale version', async () => {
      const item = await seed();
      const ok = await call('POST', `/api/items/${item.id}/approve`, { body: { version: 1, entry: entry() } });
      expect(ok.status).toBe(200);
      expect(ok.body.item).toMatchObject({ status: 'approved', version: 2, entry: entry() });
      const stale = await call('POST', `/api/items/${item.id}/reject`, { body: { version: 1, reason: 'late' } });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: item.id, status: 'approved', version: 2 });
      const audit = await stack.deps.items.listAudit(item.id);
      expect(audit).toEqual([
        expect.objectContaining({ action: 'approve', actor: 'reviewer@local', fromStatus: 'pending', toStatus: 'approved', fromVersion: 1, toVersion: 2, changes: { status: { before: 'pending', after: 'approved' }, entry: { before: null, after: { ...entry(), evidence: expect.objectContaining({ status: 'failed' }) } } } }),
      ]);
      const month = await stack.deps.items.listApprovedInMonth('2024-03');
      expect(month.items.map((i) => i.id)).toContain(item.id);
    });

    it('lets exactly one of 20 parallel approvals win; the rest get 409 and one audit record is written', async () => {
      const item = await seed();
      const replies = await Promise.all(
        Array.from({ length: 20 }, (_, n) => call('POST', `/api/items/${item.id}/approve`, { body: { version: 1, entry: entry({ text: { ru: `Вариант ${n}` } }) } })),
      );
      const statuses = replies.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      const winner = replies.find((r) => r.status === 200)!;
      const stored = await stack.deps.items.get(item.id);
      expect(stored).toMatchObject({ status: 'approved', version: 2, entry: winner.body.item.entry });
      const audit = await stack.deps.items.listAudit(item.id);
      expect(audit.filter((a) => a.action === 'approve')).toHaveLength(1);
      for (const loser of replies.filter((r) => r.status === 409)) expect(loser.body.current).toMatchObject({ id: item.id });
    });

    it('rejects with a reason, reopens, re-approves and edits the entry, auditing each change', async () => {
      const item = await seed();
      expect((await call('POST', `/api/items/${item.id}/reject`, { body: { version: 1, reason: 'not about media' } })).body.item).toMatchObject({ status: 'rejected', rejectionReason: 'not about media' });
      expect((await call('POST', `/api/items/${item.id}/approve`, { body: { version: 2, entry: entry() } })).status).toBe(409);
      const reopened = await call('POST', `/api/items/${item.id}/reopen`, { body: { version: 2, note: 'misread' } });
      expect(reopened.body.item).toMatchObject({ status: 'pending', version: 3 });
      expect(reopened.body.item.rejectionReason).toBeUndefined();
      expect((await call('POST', `/api/items/${item.id}/approve`, { body: { version: 3, entry: entry() } })).status).toBe(200);
      const edited = await call('PUT', `/api/items/${item.id}/entry`, { body: { version: 4, entry: entry({ category: 'obstruction', region: 'Алматы' }) } });
      expect(edited.status).toBe(200);
      expect(edited.body.item.entry).toMatchObject({ category: 'obstruction', region: 'Алматы' });
      const audit = await stack.deps.items.listAudit(item.id);
      expect(audit.map((a) => a.action)).toEqual(['reject', 'reopen', 'approve', 'edit']);
      expect(audit[1]).toMatchObject({ note: 'misread', changes: { status: { before: 'rejected', after: 'pending' }, rejectionReason: { before: 'not about media', after: null } } });
      // The example host does not resolve: each approval and edit records its failed archive on the entry.
      expect(audit[3]?.changes?.entry).toMatchObject({ before: entry(), after: entry({ category: 'obstruction', region: 'Алматы' }) });
      // An edit is only for approved items.
      const pending = await seed();
      expect((await call('PUT', `/api/items/${pending.id}/entry`, { body: { version: 1, entry: entry() } })).status).toBe(409);
    });

    it('merges three outlets into one event; a reopened member leaves the event', async () => {
      const [rep, b, c] = [await seed(), await seed(), await seed()];
      const reply = await call('POST', '/api/merge', { body: { representativeId: rep.id, items: [rep, b, c].map((i) => ({ id: i.id, version: i.version })) } });
      expect(reply.status).toBe(200);
      expect(reply.body.representative).toMatchObject({ id: rep.id, status: 'pending', mergedIds: [b.id, c.id] });
      expect(reply.body.duplicates).toEqual([expect.objectContaining({ id: b.id, status: 'duplicate', mergedInto: rep.id }), expect.objectContaining({ id: c.id, status: 'duplicate', mergedInto: rep.id })]);
      const details = await call('GET', `/api/items/${rep.id}`);
      expect(details.body.related.map((r: { id: string }) => r.id).sort()).toEqual([b.id, c.id].sort());
      expect((await stack.deps.items.listAudit(b.id)).map((a) => a.action)).toEqual(['mark-duplicate']);

      const reopened = await call('POST', `/api/items/${c.id}/reopen`, { body: { version: 2 } });
      expect(reopened.body.item).toMatchObject({ status: 'pending' });
      expect(reopened.body.item.mergedInto).toBeUndefined();
      expect((await stack.deps.items.get(rep.id))?.mergedIds).toEqual([b.id]);
    });

    it('completes a merge that failed part-way when retried with the current versions', async () => {
      const [rep, b, c] = [await seed(), await seed(), await seed()];
      // Someone rejects-and-reopens c meanwhile: the reviewer's version of c is stale.
      await call('POST', `/api/items/${c.id}/reject`, { body: { version: 1, reason: 'x' } });
      await call('POST', `/api/items/${c.id}/reopen`, { body: { version: 2 } });
      const first = await call('POST', '/api/merge', { body: { representativeId: rep.id, items: [rep, b, c].map((i) => ({ id: i.id, version: 1 })) } });
      expect(first.status).toBe(409);
      expect(first.body.current).toMatchObject({ id: c.id, version: 3 });
      // A stale version is refused before anything is written.
      expect((await stack.deps.items.get(rep.id))?.mergedIds).toBeUndefined();
      expect((await stack.deps.items.get(b.id))?.status).toBe('pending');
      // Part-way state, as a merge cut off after its first writes leaves it: the representative
      // already lists both members; b is merged; c is not yet.
      const cutOff = { items: stack.deps.items, now: () => new Date() };
      const by = { id: 'reviewer', groups: ['reviewers'] };
      await applyChange(cutOff, { id: rep.id, version: 1, actor: by, action: 'merge', changes: () => ({ mergedIds: [b.id, c.id] }) });
      await applyChange(cutOff, { id: b.id, version: 1, actor: by, action: 'mark-duplicate', changes: () => ({ mergedInto: rep.id }) });
      expect((await stack.deps.items.get(rep.id))?.mergedIds).toEqual([b.id, c.id]);
      expect((await stack.deps.items.get(b.id))?.status).toBe('duplicate');
      expect((await stack.deps.items.get(c.id))?.status).toBe('pending');
      const current = await stack.deps.items.getMany([rep.id, b.id, c.id]);
      const retry = await call('POST', '/api/merge', { body: { representativeId: rep.id, items: [rep, b, c].map((i) => ({ id: i.id, version: current.find((x) => x.id === i.id)!.version })) } });
      expect(retry.status).toBe(200);
      expect((await stack.deps.items.get(c.id))).toMatchObject({ status: 'duplicate', mergedInto: rep.id });
      expect((await stack.deps.items.get(rep.id))?.mergedIds).toEqual([b.id, c.id]);
      expect((await stack.deps.items.listAudit(rep.id)).filter((a) => a.action === 'merge')).toHaveLength(1);
    });

    it('bulk-rejects, reporting a stale item as a conflict without stopping the others', async () => {
      const [a, b, c] = [await seed(), await seed(), await seed()];
      const reply = await call('POST', '/api/items/bulk-reject', { body: { items: [{ id: a.id, version: 1 }, { id: b.id, version: 7 }, { id: c.id, version: 1 }, { id: 'missing', version: 1 }], reason: 'weather news' } });
      expect(reply.status).toBe(200);
      expect(reply.body.results.map((r: { result: string }) => r.result)).toEqual(['rejected', 'conflict', 'rejected', 'not-found']);
      expect((await stack.deps.items.get(a.id))?.rejectionReason).toBe('weather news');
      expect((await stack.deps.items.get(b.id))?.status).toBe('pending');
    });
  });

  describe('finding misses', () => {
    it('finds an unflagged item by words, source and date and sends it to the queue once, audited', async () => {
      const missed = await seed({
        sourceId: 'miss-feed',
        status: 'ignored',
        title: 'Редактору газеты «Уральская неделя» отказали в аккредитации',
        summary: 'Акимат не пустил редактора на брифинг.',
        publishedAt: '2025-03-03T04:00:00.000Z',
        classification: classification({ flagged: false, score: 0, categories: [] }),
      });
      const byWords = await call('GET', `/api/search?q=${encodeURIComponent('аккредитации')}&from=2025-03-01&to=2025-03-05`, { token: viewer });
      expect(byWords.body.items.map((i: { id: string }) => i.id)).toEqual([missed.id]);
      const bySource = await call('GET', '/api/search?source=miss-feed&status=ignored');
      expect(bySource.body.items.map((i: { id: string }) => i.id)).toEqual([missed.id]);
      expect((await call('GET', `/api/search?q=${encodeURIComponent('аккредитации')}&to=2025-03-02`)).body.items).toEqual([]);

      expect((await call('POST', `/api/items/${missed.id}/enqueue`, { token: viewer, body: { version: 1 } })).status).toBe(403);
      const enqueued = await call('POST', `/api/items/${missed.id}/enqueue`, { body: { version: 1, note: 'accreditation refusal' } });
      expect(enqueued.body.item).toMatchObject({ status: 'pending', addedBy: 'reviewer@local', version: 2 });
      expect((await call('POST', `/api/items/${missed.id}/enqueue`, { body: { version: 2 } })).status).toBe(409);
      expect(await stack.deps.items.listAudit(missed.id)).toEqual([expect.objectContaining({ action: 'enqueue', fromStatus: 'ignored', toStatus: 'pending', note: 'accreditation refusal' })]);
      const queue = await call('GET', '/api/items?source=miss-feed');
      expect(queue.body.items.map((i: { id: string }) => i.id)).toEqual([missed.id]);
    });
  });

  describe('import', () => {
    it('adds pasted text (a judicial act) to the queue, classified and audited; viewers may not', async () => {
      const body = { title: 'Решение суда по иску о защите чести и достоинства', text: 'Суд рассмотрел иск акима к журналисту о защите чести, достоинства и деловой репутации (ст. 143 ГК) и взыскал 500 000 тенге.', lang: 'ru' };
      expect((await call('POST', '/api/items/import', { token: viewer, body })).status).toBe(403);
      expect((await call('POST', '/api/items/import', { body: { title: 'no text' } })).status).toBe(400);
      const reply = await call('POST', '/api/items/import', { body });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({ created: true, item: { status: 'pending', sourceKind: 'manual', addedBy: 'reviewer@local', title: body.title, language: 'ru' } });
      const id = reply.body.item.id as string;
      expect(await stack.deps.items.listAudit(id)).toEqual([expect.objectContaining({ action: 'import', actor: 'reviewer@local', toStatus: 'pending' })]);
      const details = await call('GET', `/api/items/${id}`);
      expect(details.body.item.text).toBe(body.text);
    });
  });
  describe('report rebuilds', () => {
    it('a reviewer rebuilds a month: published in the bucket when the answer comes (in process locally)', async () => {
      await seed({ status: 'approved', version: 2, publishedAt: '2025-06-10T06:00:00.000Z', entry: entry({ eventDate: '2025-06-10' }) });
      const reply = await call('POST', '/api/reports/2025-06');
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ month: '2025-06', outcome: 'built' });
      const data = JSON.parse((await stack.deps.objects.get('reports/2025/06/data.json'))!.body.toString('utf8')) as { data: { entries: unknown[] } };
      expect(data.data.entries).toHaveLength(1);
      expect((await stack.deps.objects.list('reports/')).some((key) => key === 'reports/index.html')).toBe(true);
    });

    it('refuses viewers, malformed months and months that have not begun', async () => {
      expect((await call('POST', '/api/reports/2025-06', { token: viewer })).status).toBe(403);
      const malformed = await call('POST', '/api/reports/2025-13');
      expect(malformed.status).toBe(400);
      expect(malformed.body.message).toContain('yyyy-mm');
      expect((await call('POST', '/api/reports/2999-01')).status).toBe(400);
      expect((await call('POST', '/api/reports/2025-06', { token: null })).status).toBe(401);
    });

    it('builds only months from the first with an approved entry to the current one; 0000-01 and 1900-01 publish nothing', async () => {
      await seed({ status: 'approved', version: 2, publishedAt: '2023-05-12T06:00:00.000Z', entry: entry({ eventDate: '2023-05-10' }) });
      const published = async () => (await stack.deps.objects.list('reports/')).filter((key) => key !== 'reports/index.html');
      const before = await published();
      const far = await call('POST', '/api/reports/0000-01');
      expect(far.status).toBe(400);
      expect(far.body.issues).toEqual(['month: must be a month of 1900 or later']);
      const junk = await call('POST', '/api/reports/1900-01');
      expect(junk.status).toBe(400);
      expect(junk.body.message).toBe('month: reports begin with 2023-05, the first month with an approved entry');
      expect((await call('POST', '/api/reports/2023-04')).status).toBe(400);
      expect(await published()).toEqual(before);
      // A quiet month inside the range is a real (empty) report.
      const quiet = await call('POST', '/api/reports/2023-08');
      expect(quiet.status).toBe(200);
      expect(quiet.body).toEqual({ month: '2023-08', outcome: 'built' });
      expect(await published()).toContain('reports/2023/08/data.json');
      expect((await published()).some((key) => key.startsWith('reports/1900/') || key.startsWith('reports/0000/'))).toBe(false);
    });
  });
});
