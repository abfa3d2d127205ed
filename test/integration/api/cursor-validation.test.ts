// Cursors come back from clients: through the API, a forged, tampered or out-of-range cursor is a 400
// and a cursor the API made pages on. On the real local DynamoDB-API server, so the start key that
// reaches storage is the one checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type ReviewServer } from '../../../shared/api/start-review-server';
import { storedItem } from '../../support/items';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';

let stack: LocalStack;
let server: ReviewServer;

async function get(path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.tokens!.viewer}` } });
  return { status: response.status, body: await response.json() };
}

const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const queue = (query: string, cursor: string) => get(`/api/items?${query}&cursor=${encodeURIComponent(cursor)}`);

beforeAll(async () => {
  stack = await startLocalStack();
  server = await startReviewServer(stack.deps);
  for (let i = 0; i < 7; i++) {
    await stack.deps.items.saveIfNew(storedItem({ sourceId: 'cursor-feed', publishedAt: `2025-06-0${i + 1}T08:00:00.000Z` }));
    await stack.deps.items.saveIfNew(storedItem({ sourceId: 'cursor-feed', status: 'approved', publishedAt: `2025-06-0${i + 1}T09:00:00.000Z` }));
  }
});

afterAll(async () => {
  await server?.close();
  await stack?.stop();
});

describe(`cursors through the API on ${DYNAMODB_BACKEND}`, () => {
  it('pages on with the cursors it made, by date and by score', async () => {
    const first = await get('/api/items?limit=3');
    expect(first.status).toBe(200);
    const second = await queue('limit=3', first.body.cursor);
    expect(second.status).toBe(200);
    expect(second.body.items).toHaveLength(3);
    expect(second.body.items.map((i: { id: string }) => i.id)).not.toContain(first.body.items[0].id);
    const byScore = await get('/api/items?limit=3&sort=score');
    expect((await queue('limit=3&sort=score', byScore.body.cursor)).status).toBe(200);
  });

  it('answers 400 to forged, tampered and out-of-range cursors of the queue, the score-sorted queue and the search', async () => {
    const first = await get('/api/items?limit=3');
    const position = decode(first.body.cursor);
    const startKey = decode(position.c);
    const statusPartition = Object.keys(startKey).find((name) => String(startKey[name]).startsWith('STATUS#'))!;
    const forged: Array<[query: string, cursor: string]> = [
      ['limit=3', 'garbage'],
      ['limit=3', encode({ ...position, p: 1 })],
      ['limit=3', encode({ ...position, s: -1 })],
      ['limit=3', encode({ ...position, z: 1e9 })],
      ['limit=3', encode({ ...position, admin: true })],
      // The repository cursor inside: another listing's partition, a key of no item, a foreign attribute.
      ['limit=3', encode({ ...position, c: encode({ ...startKey, [statusPartition]: 'STATUS#approved' }) })],
      ['limit=3', encode({ ...position, c: encode({ ...startKey, pk: 'SOURCES' }) })],
      ['limit=3', encode({ ...position, c: encode({ ...startKey, expiresAt: '1' }) })],
      ['limit=3', encode({ ...position, c: 'garbage' })],
      // A cursor of the whole queue reused with a range it lies outside of.
      ['limit=3&from=2030-01-01', first.body.cursor],
      // A date cursor on the score-sorted queue, and ranks no page starts at.
      ['limit=3&sort=score', first.body.cursor],
      ['limit=3&sort=score', encode({ rank: 1_000_000 })],
      ['limit=3&sort=score', encode({ rank: -3 })],
      ['limit=3&sort=score', encode({ rank: 3, p: 0 })],
    ];
    for (const [query, cursor] of forged) {
      const reply = await queue(query, cursor);
      expect(reply.status, `${query} ${JSON.stringify(cursor.length > 12 ? decode(cursor) : cursor)}`).toBe(400);
      expect(reply.body.error).toBe('validation');
    }
    const byScore = await get('/api/items?limit=3&sort=score');
    expect((await queue('limit=3', byScore.body.cursor)).status).toBe(400);

    const search = await get('/api/search?source=cursor-feed&limit=2');
    expect(search.status).toBe(200);
    const searchPosition = decode(search.body.cursor);
    for (const cursor of ['%%%', encode({ ...searchPosition, p: 3 }), encode({ ...searchPosition, c: encode({ pk: 'ITEM#x' }) })]) {
      expect((await get(`/api/search?source=cursor-feed&limit=2&cursor=${encodeURIComponent(cursor)}`)).status).toBe(400);
    }
    expect((await get(`/api/search?source=cursor-feed&limit=2&cursor=${encodeURIComponent(search.body.cursor)}`)).status).toBe(200);
  });
});
