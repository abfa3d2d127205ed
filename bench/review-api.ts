// Review API latency at 50 concurrent clients on the local servers (dynalite + the node:http API in
// this process): p50/p99 for listing the queue and for approving. `node --import tsx bench/review-api.ts`
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { startReviewServer } from '../shared/api/start-review-server';
import { EMPTY_FACTS } from '../shared/domain/classification';
import { itemId } from '../shared/domain/ids';
import type { StoredItem } from '../shared/domain/item';
import { startLocalServers } from '../shared/local/local-servers';
import { buildDependencies } from '../shared/runtime/dependencies';

const CLIENTS = 50;
const QUEUE_SIZE = 1000;
const LIST_REQUESTS_PER_CLIENT = 10;
const APPROVALS_PER_CLIENT = 10;

// Approving an item archives its source page (the evidence archive): each item's page is served by a
// local server under a loopback address of its own, so the archive fetch is real and no two approvals
// wait on one host's politeness delay.
const pages = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><p>Страница источника.</p></body></html>'));
await new Promise<void>((resolve) => pages.listen(0, '0.0.0.0', resolve));
const pagesPort = (pages.address() as AddressInfo).port;
const pageHost = (n: number): string => `127.1.${Math.floor(n / 250)}.${(n % 250) + 1}:${pagesPort}`;

function item(n: number): StoredItem {
  const url = `http://${pageHost(n)}/news/${n}`;
  const at = new Date(Date.UTC(2025, 5, 1) + n * 60_000).toISOString();
  return {
    id: itemId({ sourceId: `bench-${n % 7}`, url }),
    sourceId: `bench-${n % 7}`,
    sourceKind: 'feed',
    url,
    title: `Журналиста ${n} задержали после публикации о расходах акимата`,
    summary: `В городе ${n % 17} полиция задержала журналиста. Редакция называет задержание давлением на СМИ.`,
    language: n % 3 ? 'ru' : 'kk',
    publishedAt: at,
    fetchedAt: at,
    status: 'pending',
    classification: { flagged: true, score: (n % 100) / 100, categories: ['detention'], matches: [{ term: 'журналист*', category: 'detention', field: 'title', start: 0, end: 10 }], rulesVersion: 'bench', explanation: [], facts: EMPTY_FACTS },
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function timed(fn: () => Promise<Response>, expected: number, samples: number[]): Promise<void> {
  const start = performance.now();
  const response = await fn();
  await response.arrayBuffer();
  samples.push(performance.now() - start);
  if (response.status !== expected) throw new Error(`expected HTTP ${expected}, got ${response.status}`);
}

// SOZWATCH_BENCH_DYNAMODB_ENDPOINT points at AWS's DynamoDB Local (scripts/dynamodb-local.sh) instead.
const external = process.env.SOZWATCH_BENCH_DYNAMODB_ENDPOINT || undefined;
const servers = await startLocalServers({ logLevel: 'ERROR', dynamodbEndpoint: external, tableName: external ? `sozwatch-bench-${Date.now()}` : undefined });
const backend = external ? 'DynamoDB Local' : 'dynalite in-process';
const deps = buildDependencies({ ...servers.config, allowedPrivateHosts: Array.from({ length: QUEUE_SIZE }, (_, n) => pageHost(n)) }, { serviceName: 'bench' });
const server = await startReviewServer(deps);
const auth = { authorization: `Bearer ${server.tokens!.reviewer}` };
try {
  const items = Array.from({ length: QUEUE_SIZE }, (_, n) => item(n));
  for (let i = 0; i < items.length; i += 25) await Promise.all(items.slice(i, i + 25).map((x) => deps.items.saveIfNew(x)));

  const results: { operation: string; requests: number; p50: number; p99: number; max: number; perSecond: number }[] = [];
  const run = async (operation: string, perClient: (client: number, samples: number[]) => Promise<void>) => {
    const samples: number[] = [];
    const start = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, client) => perClient(client, samples)));
    const seconds = (performance.now() - start) / 1000;
    const sorted = [...samples].sort((a, b) => a - b);
    const round = (x: number) => Math.round(x * 10) / 10;
    results.push({ operation, requests: samples.length, p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) as number), perSecond: Math.round(samples.length / seconds) });
  };

  // Baseline measured in the same run: a bare node:http endpoint, same clients and request count, so the
  // ratios below say what the API adds over loopback HTTP and this machine's load at that moment.
  const hello = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"hello":"world"}'));
  await new Promise<void>((resolve) => hello.listen(0, '127.0.0.1', resolve));
  const helloUrl = `http://127.0.0.1:${(hello.address() as AddressInfo).port}/`;
  await run('baseline: bare node:http hello', async (_client, samples) => {
    for (let i = 0; i < LIST_REQUESTS_PER_CLIENT; i++) await timed(() => fetch(helloUrl, { headers: auth }), 200, samples);
  });
  await new Promise<void>((resolve) => hello.close(() => resolve()));
  await run('get item (distinct items)', async (client, samples) => {
    for (let i = 0; i < LIST_REQUESTS_PER_CLIENT; i++) {
      const target = items[(client * LIST_REQUESTS_PER_CLIENT + i) % items.length] as StoredItem;
      await timed(() => fetch(`${server.url}/api/items/${target.id}`, { headers: auth }), 200, samples);
    }
  });
  await run('list queue (50 items, newest first)', async (_client, samples) => {
    for (let i = 0; i < LIST_REQUESTS_PER_CLIENT; i++) await timed(() => fetch(`${server.url}/api/items?limit=50`, { headers: auth }), 200, samples);
  });
  await run('list queue filtered (lang=kk, words)', async (_client, samples) => {
    const q = encodeURIComponent('задержала журналиста');
    for (let i = 0; i < LIST_REQUESTS_PER_CLIENT; i++) await timed(() => fetch(`${server.url}/api/items?limit=50&lang=kk&q=${q}`, { headers: auth }), 200, samples);
  });
  // The same query straight on the repository, no HTTP/auth/filtering: how much of the above is storage.
  await run('  storage only: one GSI page of 50', async (_client, samples) => {
    for (let i = 0; i < LIST_REQUESTS_PER_CLIENT; i++) {
      const start = performance.now();
      await deps.items.listByStatus({ status: 'pending', limit: 50 });
      samples.push(performance.now() - start);
    }
  });
  await run('approve (distinct items)', async (client, samples) => {
    for (let i = 0; i < APPROVALS_PER_CLIENT; i++) {
      const target = items[client * APPROVALS_PER_CLIENT + i] as StoredItem;
      const body = JSON.stringify({ version: 1, entry: { category: 'detention', text: { ru: target.title }, eventDate: target.publishedAt.slice(0, 10) } });
      await timed(() => fetch(`${server.url}/api/items/${target.id}/approve`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body }), 200, samples);
    }
  });

  process.stdout.write(`review API, ${CLIENTS} concurrent clients, ${QUEUE_SIZE} pending items, ${backend}\n`);
  process.stdout.write(`${'operation'.padEnd(40)} ${'requests'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'req/s'.padStart(7)}\n`);
  for (const r of results) {
    process.stdout.write(`${r.operation.padEnd(40)} ${String(r.requests).padStart(8)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.max).padStart(8)} ${String(r.perSecond).padStart(7)}\n`);
  }
  const baseline = results[0]!;
  const vsHello = Object.fromEntries(
    results.slice(1).map((r) => [r.operation, { p50: Math.round((r.p50 / baseline.p50) * 10) / 10, p99: Math.round((r.p99 / baseline.p99) * 10) / 10 }]),
  );
  process.stdout.write(`ratio to the bare node:http baseline (p50 / p99): ${Object.entries(vsHello).map(([op, r]) => `${op} ${r.p50}× / ${r.p99}×`).join('; ')}\n`);
  process.stdout.write(`${JSON.stringify({ bench: 'review-api', backend, clients: CLIENTS, queueSize: QUEUE_SIZE, results, vsHello })}\n`);
} finally {
  await server.close();
  await servers.stop();
  await new Promise<void>((resolve) => pages.close(() => resolve()));
}
process.exit(0);
