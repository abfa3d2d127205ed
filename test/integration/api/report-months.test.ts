// Which months POST /api/reports/{month} builds, over real HTTP on a stack of its own (so "no entry
// approved yet" is true at the start) with the clock fixed: from the first month with an approved
// entry to the current month in Almaty, and nothing published for any other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../../shared/api/start-review-server';
import { storedItem } from '../../support/items';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';

let stack: LocalStack;
let server: ReviewServer;
let clock = new Date('2026-03-10T06:00:00.000Z');

async function post(path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.tokens!.reviewer}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json() };
}

const published = async () => (await stack.deps.objects.list('reports/')).filter((key) => key !== 'reports/index.html');

beforeAll(async () => {
  stack = await startLocalStack({ now: () => clock });
  server = await startReviewServer(stack.deps);
});

afterAll(async () => {
  await server?.close();
  await stack?.stop();
});

describe(`report months on ${DYNAMODB_BACKEND}`, () => {
  it('builds nothing while no entry is approved, not even the current month', async () => {
    const reply = await post('/api/reports/2026-03');
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: 'validation', message: 'month: no entry is approved yet, so there is no report to build' });
    expect(await stack.deps.objects.list('reports/')).toEqual([]);
  });

  it('after a first approval builds its month, quiet months after it and the current month, and nothing before or after', async () => {
    const item = storedItem();
    await stack.deps.items.saveIfNew(item);
    const approved = await post(`/api/items/${item.id}/approve`, { version: 1, entry: { category: 'detention', text: { ru: 'Журналиста задержали.' }, eventDate: '2026-01-20' } });
    expect(approved.status).toBe(200);

    for (const month of ['2026-01', '2026-02', '2026-03']) expect(await post(`/api/reports/${month}`), month).toEqual({ status: 200, body: { month, outcome: 'built' } });
    expect(await published()).toEqual(expect.arrayContaining(['reports/2026/01/data.json', 'reports/2026/02/data.json', 'reports/2026/03/data.json']));
    const before = await published();

    const early = await post('/api/reports/2025-12');
    expect(early.status).toBe(400);
    expect(early.body.message).toBe('month: reports begin with 2026-01, the first month with an approved entry');
    const ahead = await post('/api/reports/2026-04');
    expect(ahead.status).toBe(400);
    expect(ahead.body.message).toBe('month: 2026-04 has not begun yet (it is 2026-03 in Almaty)');
    expect(await published()).toEqual(before);
  });

  it('counts the current month in Almaty, where April begins at 19:00 UTC on 31 March', async () => {
    clock = new Date('2026-03-31T18:59:00.000Z');
    expect((await post('/api/reports/2026-04')).status).toBe(400);
    clock = new Date('2026-03-31T19:00:00.000Z');
    expect(await post('/api/reports/2026-04')).toEqual({ status: 200, body: { month: '2026-04', outcome: 'built' } });
  });
});
