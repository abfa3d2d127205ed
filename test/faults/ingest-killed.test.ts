// The ingest process killed with SIGKILL at seeded random points (the k-th DynamoDB write, seen by a
// proxy in front of dynalite) and restarted: after every kill, a source whose validators were saved has
// all its items; in the end every item is stored once, with one audit per flagged item, and the
// source states are consistent (a further run is all 304s and writes no item).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredItem } from '../../shared/domain/item';
import type { SourceDefinition } from '../../shared/sources/catalog';
import { conditional, startFixtureServer, type FixtureServer } from '../integration/ingest/fixture-server';
import { DYNAMODB_500, startFaultProxy, type FaultProxy } from '../support/fault-proxy';
import { fixtureSource, rssFeed } from '../support/feed-builder';
import { startLocalStack, type LocalStack } from '../support/local-stack';
import { mulberry32 } from '../support/seeded-random';
import { allItemsOfSource } from '../support/items';

const SEED = 0x6b111;
const FEEDS = 6;
const ITEMS = 40;
const FLAG_EVERY = 4;
const KILLS = 5;
const CHILD = join(import.meta.dirname, '..', 'support', 'ingest-child.ts');

let stack: LocalStack;
let proxy: FaultProxy;
let feeds: FixtureServer;
let dir: string;
let catalogPath: string;
let catalog: SourceDefinition[];

beforeAll(async () => {
  stack = await startLocalStack();
  proxy = await startFaultProxy(stack.config.dynamodbEndpoint!);
  feeds = await startFixtureServer();
  catalog = Array.from({ length: FEEDS }, (_, f) => {
    const id = `killed-${f}`;
    feeds.route(`/${id}.xml`, conditional(rssFeed({ feedKey: id, items: ITEMS, flagEvery: FLAG_EVERY }), { etag: `"${id}-v1"` }));
    return fixtureSource(id, feeds.url(`/${id}.xml`));
  });
  dir = mkdtempSync(join(tmpdir(), 'sozwatch-killed-'));
  catalogPath = join(dir, 'catalog.json');
  writeFileSync(catalogPath, JSON.stringify(catalog));
});

afterAll(async () => {
  await feeds?.stop();
  await proxy?.stop();
  await stack?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the ingest process; with `killAtWrite`, SIGKILLs it when the proxy sees that many PutItems. */
function runIngest(runId: string, killAtWrite?: number, forwardFatalWrite = false): Promise<ChildResult> {
  let puts = 0;
  let child: ChildProcess;
  proxy.setRule((request) => {
    if (killAtWrite === undefined || request.operation !== 'PutItem') return undefined;
    puts += 1;
    if (puts !== killAtWrite) return undefined;
    child.kill('SIGKILL');
    // Either the write reached the table just before the process died, or it never did.
    return forwardFatalWrite ? undefined : DYNAMODB_500;
  });
  return new Promise((resolve, reject) => {
    child = spawn(process.execPath, ['--openssl-legacy-provider', '--import', 'tsx', CHILD, catalogPath, runId], {
      env: { ...process.env, ...stack.env, SOZWATCH_ALLOWED_PRIVATE_HOSTS: feeds.host, SOZWATCH_DYNAMODB_ENDPOINT: proxy.url, SOZWATCH_LOG_LEVEL: 'SILENT', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      proxy.setRule(undefined);
      resolve({ code, signal, stdout, stderr });
    });
  });
}


/** The invariant that must hold at every instant: saved validators imply every item of that fetch is stored. */
async function checkValidatorsImplyItems(): Promise<{ withEtag: number }> {
  let withEtag = 0;
  for (const source of catalog) {
    const state = await stack.deps.sourceStates.get(source.id);
    if (!state?.etag) continue;
    withEtag += 1;
    expect((await allItemsOfSource(stack.deps.items, source.id)).length, `${source.id} has an ETag saved`).toBe(ITEMS);
  }
  return { withEtag };
}

describe('ingest process killed at random points and restarted', () => {
  it(`${KILLS} SIGKILLs at seeded random writes, then a full run: no item lost, none duplicated, states consistent`, async () => {
    const random = mulberry32(SEED);
    const kills: Array<{ at: number; forwarded: boolean; signal: string | null; storedAfter: number; withEtag: number }> = [];
    let previousStored = 0;
    for (let k = 0; k < KILLS; k++) {
      // Each run resumes where the previous one left off; at most half the remaining items' writes, so
      // the process is always still writing when its kill point comes.
      const remaining = FEEDS * ITEMS - previousStored;
      const at = 1 + Math.floor(random() * Math.min(50, remaining / 2));
      const forwarded = random() < 0.5;
      const result = await runIngest(`killed-${k}`, at, forwarded);
      const stored = (await Promise.all(catalog.map((s) => allItemsOfSource(stack.deps.items, s.id)))).flat();
      const { withEtag } = await checkValidatorsImplyItems();
      kills.push({ at, forwarded, signal: result.signal, storedAfter: stored.length, withEtag });
      // The process really died by the signal (not by finishing first), and progress never goes backwards.
      expect(result.signal, `kill ${k}: ${result.stderr.slice(-500)}`).toBe('SIGKILL');
      expect(stored.length).toBeGreaterThanOrEqual(previousStored);
      previousStored = stored.length;
    }
    expect(kills.some((k) => k.storedAfter > 0)).toBe(true);

    const final = await runIngest('final');
    expect(final.code, final.stderr.slice(-1000)).toBe(0);

    const flaggedPerFeed = ITEMS / FLAG_EVERY;
    for (const source of catalog) {
      const items = await allItemsOfSource(stack.deps.items, source.id);
      expect(items, source.id).toHaveLength(ITEMS);
      expect(new Set(items.map((i) => i.guid)).size).toBe(ITEMS);
      expect(new Set(items.map((i) => i.id)).size).toBe(ITEMS);
      expect(items.every((i) => i.version === 1)).toBe(true);
      const pending = items.filter((i) => i.status === 'pending');
      expect(pending).toHaveLength(flaggedPerFeed);
      for (const item of pending) {
        expect((await stack.deps.items.listAudit(item.id)).map((a) => a.action), item.guid).toEqual(['ingest']);
      }
      const state = await stack.deps.sourceStates.get(source.id);
      expect(state).toMatchObject({ etag: `"${source.id}-v1"`, consecutiveFailures: 0, lastItemCount: ITEMS });
    }
    // The queue holds each flagged story exactly once.
    const queue = await stack.deps.items.listByStatus({ status: 'pending', limit: 200 });
    expect(queue.items).toHaveLength(FEEDS * flaggedPerFeed);

    // A further run finds every feed unchanged (304) and writes no item.
    proxy.reset();
    const again = await runIngest('unchanged');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout.trim().split('\n').pop()!).totals).toMatchObject({ notModified: FEEDS, new: 0, errors: 0 });
    const itemPuts = proxy.requests.filter((r) => r.operation === 'PutItem' && !r.body.toString('utf8').includes('"SOURCES"'));
    expect(itemPuts).toHaveLength(0);
  }, 180_000);
});
