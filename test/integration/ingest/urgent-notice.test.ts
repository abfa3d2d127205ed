// Urgent notices on the real local stack: a new detention story with a high score reaches the outbox
// once per item, whether ingest runs again or a notice failed and is retried by the next run.
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxUrgentNotifier } from '../../../shared/adapters/outbox/outbox-urgent-notifier';
import { ingestSources, type IngestDependencies } from '../../../shared/ingest/ingest-sources';
import type { UrgentAlert, UrgentNotifier } from '../../../shared/ports/urgent-notifier';
import { HttpClient } from '../../../shared/sources/http/http-client';
import { fixtureSource, rssFeed } from '../../support/feed-builder';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';
import { startFixtureServer, type FixtureServer } from './fixture-server';

let stack: LocalStack;
let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'sozwatch-urgent-'));

function deps(urgentNotifier: UrgentNotifier): IngestDependencies {
  return { ...stack.deps, urgentNotifier, http: new HttpClient({ userAgent: 'sozwatch-test', hostDelayMs: 0, retries: 0, sleep: async () => undefined, allowedPrivateHosts: [server.host] }) };
}

function outboxLines(file: string): UrgentAlert[] {
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as UrgentAlert) : [];
}

beforeAll(async () => {
  stack = await startLocalStack();
  server = await startFixtureServer();
  // No validators: every run fetches the feed whole and meets the same items again.
  for (const key of ['urgent-once', 'urgent-retry']) {
    server.route(`/${key}.xml`, (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed({ feedKey: key, items: 4, flagEvery: 2 }));
    });
  }
});

afterAll(async () => {
  await server?.stop();
  await stack?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe(`urgent notices on ${DYNAMODB_BACKEND}`, () => {
  it('announces each new urgent item once: a second ingest run adds no line', async () => {
    const outbox = join(dir, 'once.jsonl');
    const catalog = [fixtureSource('urgent-once', server.url('/urgent-once.xml'))];
    const first = await ingestSources(deps(new OutboxUrgentNotifier(outbox)), { runId: 'first', catalog });
    expect(first.totals).toMatchObject({ new: 4, flagged: 2 });
    const lines = outboxLines(outbox);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ urgentCategory: 'detention', sourceId: 'urgent-once', language: 'ru' });
    expect(lines[0]!.score).toBeGreaterThanOrEqual(0.6);
    expect(lines[0]!.title).toMatch(/^Журналиста задержали/);

    const second = await ingestSources(deps(new OutboxUrgentNotifier(outbox)), { runId: 'second', catalog });
    expect(second.totals.new).toBe(0);
    expect(outboxLines(outbox)).toHaveLength(2);
    expect(new Set(outboxLines(outbox).map((l) => l.itemId)).size).toBe(2);
  });

  it('a notice that failed is sent by the next run, once', async () => {
    const outbox = join(dir, 'retry.jsonl');
    const catalog = [fixtureSource('urgent-retry', server.url('/urgent-retry.xml'))];
    const failing: UrgentNotifier = {
      notify: async () => {
        throw new Error('mail relay down');
      },
    };
    const first = await ingestSources(deps(failing), { runId: 'failing', catalog });
    // The items are stored and the run succeeds: a notice is never worth losing an item.
    expect(first.totals).toMatchObject({ new: 4, flagged: 2, errors: 0 });
    expect(outboxLines(outbox)).toHaveLength(0);
    await ingestSources(deps(new OutboxUrgentNotifier(outbox)), { runId: 'retry', catalog });
    await ingestSources(deps(new OutboxUrgentNotifier(outbox)), { runId: 'again', catalog });
    expect(outboxLines(outbox)).toHaveLength(2);
  });
});
