// The DynamoDB endpoint failing (500, 503) or throttling (400 ThrottlingException) for a while, via a
// proxy in front of the real local server: calls retry with backoff, then fail as RetryableError;
// nothing is half-written; once the outage ends the same call or run succeeds and loses nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startReviewServer } from '../../shared/api/start-review-server';
import { RetryableError } from '../../shared/domain/errors';
import type { StoredItem } from '../../shared/domain/item';
import { ingestSources } from '../../shared/ingest/ingest-sources';
import { rejectItem } from '../../shared/review/reject-item';
import { HttpClient } from '../../shared/sources/http/http-client';
import { buildDependencies, type Dependencies } from '../../shared/runtime/dependencies';
import { conditional, startFixtureServer, type FixtureServer } from '../integration/ingest/fixture-server';
import { DYNAMODB_500, DYNAMODB_503, THROTTLED, startFaultProxy, type FaultAnswer, type FaultProxy, type FaultRule } from '../support/fault-proxy';
import { fixtureSource, rssFeed } from '../support/feed-builder';
import { startLocalStack, type LocalStack } from '../support/local-stack';
import { allItemsOfSource, storedItem } from '../support/items';

/** The composition root's DynamoDB client makes 4 attempts (1 + 3 retries with backoff). */
const SDK_ATTEMPTS = 4;
const OUTAGES: Array<[string, FaultAnswer]> = [
  ['HTTP 500 InternalServerError', DYNAMODB_500],
  ['HTTP 503 ServiceUnavailable', DYNAMODB_503],
  ['HTTP 400 ThrottlingException', THROTTLED],
];

let stack: LocalStack;
let proxy: FaultProxy;
/** Dependencies whose DynamoDB traffic goes through the proxy; `stack.deps` sees the table directly. */
let faulty: Dependencies;
let feeds: FixtureServer;

beforeAll(async () => {
  stack = await startLocalStack();
  proxy = await startFaultProxy(stack.config.dynamodbEndpoint!);
  faulty = buildDependencies({ ...stack.config, dynamodbEndpoint: proxy.url, logLevel: 'SILENT' });
  feeds = await startFixtureServer();
});

afterAll(async () => {
  await feeds?.stop();
  await proxy?.stop();
  await stack?.stop();
});

beforeEach(() => {
  proxy.setRule(undefined);
  proxy.reset();
});

/** Fails every request matching `when` once `after` matching requests have passed, until cleared. */
function outageAfter(after: number, fault: FaultAnswer, when: (operation?: string) => boolean = () => true): FaultRule {
  let passed = 0;
  let down = false;
  return (request) => {
    if (down) return fault;
    if (!when(request.operation)) return undefined;
    if (passed < after) {
      passed += 1;
      return undefined;
    }
    down = true;
    return fault;
  };
}

/** The feed server listens on loopback with a port chosen at start: the client names it once it is up. */
function feedClient(): HttpClient {
  return new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, retries: 0, respectRobots: false, allowedPrivateHosts: [feeds.host] });
}

describe('DynamoDB outage: single calls', () => {
  it.each(OUTAGES)('a conditional put during %s is retried, fails as RetryableError, writes nothing, then succeeds', async (_name, fault) => {
    const item = storedItem({ status: 'pending' });
    proxy.setRule(() => fault);

    const error = await faulty.items.saveIfNew(item).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RetryableError);
    expect(proxy.operations().PutItem).toBe(SDK_ATTEMPTS);
    expect(await stack.deps.items.get(item.id)).toBeUndefined();

    proxy.setRule(undefined);
    expect(await faulty.items.saveIfNew(item)).toBe('stored');
    expect(await stack.deps.items.get(item.id)).toEqual(item);
  });

  it('a short outage (two failed attempts) is absorbed by the retries: stored once, no error', async () => {
    const item = storedItem({ status: 'pending' });
    let failures = 0;
    proxy.setRule((request) => (request.operation === 'PutItem' && failures++ < 2 ? THROTTLED : undefined));

    expect(await faulty.items.saveIfNew(item)).toBe('stored');

    expect(proxy.operations().PutItem).toBe(3);
    expect(await stack.deps.items.get(item.id)).toEqual(item);
  });

  it('a review decision during an outage fails as RetryableError and leaves the item at its version', async () => {
    const item = storedItem({ status: 'pending' });
    await stack.deps.items.saveIfNew(item);
    // Reads pass, writes fail: the version check succeeds, the conditional put does not.
    proxy.setRule((request) => (request.operation === 'PutItem' ? DYNAMODB_503 : undefined));

    const error = await rejectItem({ items: faulty.items, now: () => new Date('2026-11-02T10:00:00.000Z') }, {
      id: item.id,
      version: 1,
      reason: 'not about expression',
      actor: { id: 'reviewer', groups: ['reviewers'] },
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RetryableError);
    const after = await stack.deps.items.get(item.id);
    expect(after).toMatchObject({ status: 'pending', version: 1 });
    expect(after?.rejectionReason).toBeUndefined();
    // The status index still lists it as pending (its GSI keys were not rewritten).
    const queue = await stack.deps.items.listByStatus({ status: 'pending', limit: 200 });
    expect(queue.items.map((i) => i.id)).toContain(item.id);
  });

  it('reads during an outage fail as RetryableError rather than answering "not found"', async () => {
    const item = storedItem({ status: 'pending' });
    await stack.deps.items.saveIfNew(item);
    proxy.setRule(() => DYNAMODB_500);

    await expect(faulty.items.get(item.id)).rejects.toBeInstanceOf(RetryableError);
    await expect(faulty.items.getMany([item.id])).rejects.toBeInstanceOf(RetryableError);
    await expect(faulty.items.listByStatus({ status: 'pending' })).rejects.toBeInstanceOf(RetryableError);
  });
});


describe('DynamoDB outage during an ingest run', () => {
  let http: HttpClient;
  beforeAll(() => {
    http = feedClient();
  });

  it.each(OUTAGES)('an outage (%s) midway: the source fails cleanly, validators are not saved, the rerun stores every item once', async (_name, fault) => {
    const sourceId = `outage-${fault.status}-${fault.headers?.['x-amzn-errortype']}`;
    const path = `/${sourceId}.xml`;
    feeds.route(path, conditional(rssFeed({ feedKey: sourceId, items: 30, flagEvery: 5 }), { etag: `"${sourceId}"` }));
    const catalog = [fixtureSource(sourceId, feeds.url(path))];
    // Puts in feed order: item0, audit0, item1..item5, audit5, item6, item7; the 11th (item8) meets the outage.
    proxy.setRule(outageAfter(10, fault, (operation) => operation === 'PutItem'));

    const first = await ingestSources({ ...faulty, http }, { runId: 'outage-1', catalog });

    expect(first.sources[0]).toMatchObject({ outcome: 'error', errorKind: 'retryable', new: 8, flagged: 2 });
    expect(proxy.faulted).toBeGreaterThanOrEqual(SDK_ATTEMPTS);
    const partial = await allItemsOfSource(stack.deps.items, sourceId);
    expect(partial.map((i) => i.guid).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => `${sourceId}-${i}`).sort());
    // The source state write failed too: no ETag was kept, so the next run refetches everything.
    expect((await stack.deps.sourceStates.get(sourceId))?.etag).toBeUndefined();

    proxy.setRule(undefined);
    const second = await ingestSources({ ...faulty, http }, { runId: 'outage-2', catalog });

    expect(second.sources[0]).toMatchObject({ outcome: 'ok', fetched: 30, new: 22, flagged: 4 });
    const stored = await allItemsOfSource(stack.deps.items, sourceId);
    expect(stored).toHaveLength(30);
    expect(new Set(stored.map((i) => i.id)).size).toBe(30);
    expect(stored.filter((i) => i.status === 'pending')).toHaveLength(6);
    expect(stored.every((i) => i.version === 1 && i.classification.rulesVersion)).toBe(true);
    for (const item of stored.filter((i) => i.status === 'pending')) {
      const audit = await stack.deps.items.listAudit(item.id);
      expect(audit.map((a) => a.action)).toEqual(['ingest']);
    }
    const state = await stack.deps.sourceStates.get(sourceId);
    expect(state).toMatchObject({ etag: `"${sourceId}"`, consecutiveFailures: 0, lastItemCount: 30 });
  });
});

describe('DynamoDB outage between a flagged item and its audit record', () => {
  let http: HttpClient;
  beforeAll(() => {
    http = feedClient();
  });

  // Was a known gap: the item is saved, then its `ingest` audit record; an outage between the two left the
  // item without it. The rerun now checks untouched pending items for their audit (repairMissingAudits).
  it('the rerun after an outage that began at an audit write leaves every pending item with its ingest audit', async () => {
    const sourceId = 'outage-at-audit';
    const path = `/${sourceId}.xml`;
    feeds.route(path, conditional(rssFeed({ feedKey: sourceId, items: 10, flagEvery: 5 }), { etag: `"${sourceId}"` }));
    const catalog = [fixtureSource(sourceId, feeds.url(path))];
    // Puts: item0, audit0, item1..item5; the 8th (audit5) meets the outage.
    proxy.setRule(outageAfter(7, DYNAMODB_500, (operation) => operation === 'PutItem'));
    await ingestSources({ ...faulty, http }, { runId: 'audit-1', catalog });
    proxy.setRule(undefined);
    await ingestSources({ ...faulty, http }, { runId: 'audit-2', catalog });

    const pending = (await allItemsOfSource(stack.deps.items, sourceId)).filter((i) => i.status === 'pending');
    expect(pending).toHaveLength(2);
    for (const item of pending) expect((await stack.deps.items.listAudit(item.id)).map((a) => a.action)).toEqual(['ingest']);
  });
});

describe('a DynamoDB write that lands but whose reply is lost', () => {
  let http: HttpClient;
  beforeAll(() => {
    http = feedClient();
  });

  // Was a gap: saveIfNew answered `already-stored` to the SDK's retry and the loop skipped the audit;
  // the run kept the ETag, so later runs (304) never looked again. runSource now repairs it at once.
  it('a retried conditional put reports the item as already stored; the flagged item still gets its ingest audit', async () => {
    const sourceId = 'reply-lost';
    const path = `/${sourceId}.xml`;
    feeds.route(path, conditional(rssFeed({ feedKey: sourceId, items: 10, flagEvery: 5 }), { etag: `"${sourceId}"` }));
    const catalog = [fixtureSource(sourceId, feeds.url(path))];
    // The first put (item0, flagged) reaches the table, its reply is replaced by a 500; the SDK retries
    // the conditional put, which now fails its condition.
    let puts = 0;
    proxy.setRule((request) => (request.operation === 'PutItem' && ++puts === 1 ? { after: DYNAMODB_500 } : undefined));

    const first = await ingestSources({ ...faulty, http }, { runId: 'reply-lost-1', catalog });
    proxy.setRule(undefined);
    // The run succeeded and kept the ETag, so the next one is a 304 and never looks at the items again.
    const second = await ingestSources({ ...faulty, http }, { runId: 'reply-lost-2', catalog });

    expect(first.sources[0]).toMatchObject({ outcome: 'ok', fetched: 10 });
    expect(second.sources[0]).toMatchObject({ outcome: 'not-modified' });
    const stored = await allItemsOfSource(stack.deps.items, sourceId);
    expect(stored).toHaveLength(10);
    const pending = stored.filter((i) => i.status === 'pending');
    expect(pending).toHaveLength(2);
    for (const item of pending) expect((await stack.deps.items.listAudit(item.id)).map((a) => a.action), item.guid).toEqual(['ingest']);
  });
});

describe('DynamoDB throttling behind the review API', () => {
  it('a decision during the outage gets a clean 5xx JSON answer and changes nothing; the same request succeeds after', async () => {
    const item = storedItem({ status: 'pending' });
    await stack.deps.items.saveIfNew(item);
    const server = await startReviewServer(faulty);
    try {
      const approve = () =>
        fetch(`${server.url}/api/items/${item.id}/approve`, {
          method: 'POST',
          headers: { authorization: `Bearer ${server.tokens!.reviewer}`, 'content-type': 'application/json' },
          body: JSON.stringify({ version: 1, entry: { category: 'detention', eventDate: '2024-03-01', text: { ru: 'Журналиста задержали.' } } }),
        });
      proxy.setRule(() => THROTTLED);

      const during = await approve();

      expect(during.status).toBeGreaterThanOrEqual(500);
      const body = (await during.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ error: 'internal' });
      expect(JSON.stringify(body)).not.toMatch(/Throttling|dynamodb|stack/i);
      // The reference staff can quote: the request id, which the error log line carries too.
      expect(body.reference).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.message).toContain(String(body.reference));
      expect(await stack.deps.items.get(item.id)).toMatchObject({ status: 'pending', version: 1 });
      expect(await stack.deps.items.listAudit(item.id)).toEqual([]);

      proxy.setRule(undefined);
      const after = await approve();
      expect(after.status).toBe(200);
      expect(await stack.deps.items.get(item.id)).toMatchObject({ status: 'approved', version: 2 });
      expect((await stack.deps.items.listAudit(item.id)).map((a) => a.action)).toEqual(['approve']);
    } finally {
      await server.close();
    }
  });
});
