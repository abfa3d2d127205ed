// DynamoDB cost and latency on the local stack. (1) Requests per new item in an ingest of 2,000 new
// items and in its unchanged re-runs, counted by a proxy in front of dynalite, beside a naive
// conditional-put-everything re-run; peak RSS of the ingest process beside an idle one. (2) With
// 100,000 stored items (98% `ignored`) and 2,000 `pending`: the queue's first page and a search, p50/p99,
// beside a full Scan (what the design avoids). `node --openssl-legacy-provider --import tsx bench/storage.ts`
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { itemToRow } from '../shared/adapters/dynamodb/dynamodb-item-repository';
import { EMPTY_FACTS } from '../shared/domain/classification';
import { itemId } from '../shared/domain/ids';
import type { ItemStatus, StoredItem } from '../shared/domain/item';
import { loadConfig } from '../shared/config/config';
import { ensureTable } from '../shared/local/local-servers';
import { countItems } from '../shared/review/count-items';
import { listQueue } from '../shared/review/list-queue';
import { searchItems } from '../shared/review/search-items';
import { buildDependencies, createDynamoDbClient } from '../shared/runtime/dependencies';
import { parseFeed } from '../shared/sources/feeds/feed-parser';
import { startFaultProxy } from '../test/support/fault-proxy';
import { fixtureSource, rssFeed } from '../test/support/feed-builder';

const FEEDS = 20;
const ITEMS_PER_FEED = 50;
const FLAG_EVERY = 5;
const LOAD_IGNORED = Number(process.env.BENCH_STORAGE_IGNORED ?? 100_000);
const LOAD_PENDING = 2_000;
const QUEUE_RUNS = 40;
const SEARCH_RUNS = 20;
// A full Scan of 100,000 records is the slow thing measured here: once is enough to show the gap.
const SCAN_RUNS = 1;
const CHILD = join(import.meta.dirname, '..', 'test', 'support', 'ingest-child.ts');

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (values: number[]) => percentile(values, 50);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** Feeds on loopback: `/etag/<id>.xml` answers 304 to its ETag; `/plain/<id>.xml` sends no validators. */
async function startFeedServer(bodies: Map<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const match = /^\/(etag|plain)\/([\w-]+)\.xml$/.exec(req.url ?? '');
    const body = match ? bodies.get(match[2]!) : undefined;
    if (!match || !body) return void res.writeHead(404).end();
    const etag = `"${match[2]}-v1"`;
    if (match[1] === 'etag' && req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', ...(match[1] === 'etag' ? { etag } : {}) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function runChild(catalogPath: string, env: Record<string, string>): Promise<{ totals: Record<string, number>; peakRssBytes: number; ms: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--openssl-legacy-provider', '--import', 'tsx', CHILD, catalogPath], {
      env: { ...process.env, ...env, SOZWATCH_LOG_LEVEL: 'SILENT', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`ingest child exited ${code}: ${stderr.slice(-800)}`));
      const summary = JSON.parse(stdout.trim().split('\n').pop()!) as { totals: Record<string, number>; peakRssBytes: number };
      resolve({ ...summary, ms: ms(started) });
    });
  });
}

type Ops = Record<string, number>;
const WRITE_OPS = ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems'];
const writesOf = (ops: Ops) => WRITE_OPS.reduce((sum, op) => sum + (ops[op] ?? 0), 0);
const readsOf = (ops: Ops) => ['GetItem', 'BatchGetItem', 'Query', 'Scan'].reduce((sum, op) => sum + (ops[op] ?? 0), 0);

function loadItem(n: number, status: ItemStatus): StoredItem {
  const sourceId = `load-${n % 60}`;
  const url = `https://load.example.kz/${status}/${n}`;
  const at = new Date(Date.UTC(2026, 4, 1) + n * 37_000).toISOString();
  const flagged = status === 'pending';
  return {
    id: itemId({ sourceId, url }),
    sourceId,
    sourceKind: 'feed',
    url,
    title: flagged ? `Журналиста задержали после публикации №${n}` : `Акимат отчитался о ремонте дорог, выпуск ${n}`,
    summary: flagged ? `Журналиста задержали после публикации о закупках (${n}).` : `Ремонт дорог в районе ${n % 40} завершат к осени, сообщили в акимате.`,
    language: n % 4 === 0 ? 'kk' : 'ru',
    publishedAt: at,
    fetchedAt: at,
    status,
    classification: {
      flagged,
      score: flagged ? (n % 97) / 100 : 0,
      categories: flagged ? ['detention'] : [],
      matches: [],
      rulesVersion: 'bench',
      explanation: [],
      facts: EMPTY_FACTS,
    },
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

const rows: Array<[string, string]> = [];
const row = (label: string, value: string | number) => rows.push([label, String(value)]);

/**
 * dynalite in its own process: the server's CPU is not charged to the client's latencies, and the bench
 * process's RSS is the client's alone.
 */
async function startDynaliteProcess(): Promise<{ endpoint: string; stop(): void }> {
  const script = "import dynalite from 'dynalite'; const s = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }); s.listen(0, '127.0.0.1', () => console.log(s.address().port));";
  // A larger young generation cut the 100,000-item load by about a quarter (dynalite allocates per item).
  const flags = (process.env.BENCH_DYNALITE_FLAGS ?? '--max-semi-space-size=64').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, '--input-type=module', '-e', script], { cwd: join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString('utf8').trim())));
  });
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

const dynamo = await startDynaliteProcess();
const env: Record<string, string> = {
  SOZWATCH_TABLE: 'sozwatch',
  SOZWATCH_BUCKET: 'sozwatch-reports',
  AWS_REGION: 'us-east-1',
  SOZWATCH_DYNAMODB_ENDPOINT: dynamo.endpoint,
  // The storage bench writes no object; an unreachable S3 endpoint keeps it honest.
  SOZWATCH_S3_ENDPOINT: 'http://127.0.0.1:9',
  SOZWATCH_ACCESS_KEY_ID: 'bench',
  SOZWATCH_SECRET_ACCESS_KEY: 'bench',
  SOZWATCH_LOG_LEVEL: 'SILENT',
};
const servers = { env, config: loadConfig(env) };
await ensureTable(servers.config);
const proxy = await startFaultProxy(servers.config.dynamodbEndpoint!);
const dir = mkdtempSync(join(tmpdir(), 'sozwatch-bench-storage-'));
const bodies = new Map<string, string>();
const feedIds = Array.from({ length: FEEDS }, (_, f) => `bench-feed-${String(f).padStart(2, '0')}`);
for (const id of feedIds) bodies.set(id, rssFeed({ feedKey: id, items: ITEMS_PER_FEED, flagEvery: FLAG_EVERY }));
const feeds = await startFeedServer(bodies);
const figures: Record<string, unknown> = {};
try {
  const childEnv = { ...servers.env, SOZWATCH_DYNAMODB_ENDPOINT: proxy.url, SOZWATCH_ALLOWED_PRIVATE_HOSTS: new URL(feeds.origin).host };
  const write = (name: string, sources: object[]) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify(sources));
    return path;
  };
  const withEtag = write('etag', feedIds.map((id) => fixtureSource(id, `${feeds.origin}/etag/${id}.xml`)));
  const plain = write('plain', feedIds.map((id) => fixtureSource(id, `${feeds.origin}/plain/${id}.xml`)));
  const empty = write('empty', []);
  const newItems = FEEDS * ITEMS_PER_FEED;

  // ---- (1) requests per item --------------------------------------------------------------------------
  const idle = await runChild(empty, childEnv);
  proxy.reset();
  const first = await runChild(withEtag, childEnv);
  const firstOps = proxy.operations();
  proxy.reset();
  const rerun304 = await runChild(withEtag, childEnv);
  const rerun304Ops = proxy.operations();
  proxy.reset();
  const rerun200 = await runChild(plain, childEnv);
  const rerun200Ops = proxy.operations();
  if (first.totals.new !== newItems) throw new Error(`first ingest stored ${first.totals.new} items, expected ${newItems}`);
  if (rerun304.totals.notModified !== FEEDS || rerun200.totals.new !== 0) throw new Error('unchanged re-runs were not unchanged');

  // Baseline: a re-run without the batch read, one conditional put per fetched item (each one fails).
  const naiveDeps = buildDependencies({ ...servers.config, dynamodbEndpoint: proxy.url, logLevel: 'SILENT' });
  const parsed = (
    await Promise.all(feedIds.map((id) => parseFeed(bodies.get(id)!, { sourceId: id, baseUrl: `${feeds.origin}/etag/${id}.xml`, language: 'ru', fetchedAt: new Date().toISOString() })))
  ).flat();
  proxy.reset();
  const naiveStart = process.hrtime.bigint();
  // A quarter of the feeds is enough: the count is one conditional put per fetched item by construction.
  parsed.length = parsed.length / 4;
  for (let i = 0; i < parsed.length; i += 16) {
    await Promise.all(
      parsed.slice(i, i + 16).map((item) =>
        naiveDeps.items.saveIfNew({ ...item, status: 'ignored', classification: loadItem(0, 'ignored').classification, version: 1, createdAt: item.fetchedAt, updatedAt: item.fetchedAt }),
      ),
    );
  }
  const naiveMs = ms(naiveStart);
  const naiveOps = proxy.operations();

  figures.ingest = {
    newItems,
    flagged: first.totals.flagged,
    first: { writes: writesOf(firstOps), reads: readsOf(firstOps), writesPerNewItem: round(writesOf(firstOps) / newItems, 3), ops: firstOps },
    rerun304: { writes: writesOf(rerun304Ops), reads: readsOf(rerun304Ops), writesPerItem: round(writesOf(rerun304Ops) / newItems, 3), ops: rerun304Ops },
    rerun200: { writes: writesOf(rerun200Ops), reads: readsOf(rerun200Ops), writesPerItem: round(writesOf(rerun200Ops) / newItems, 3), ops: rerun200Ops },
    naiveRerun: { items: parsed.length, writes: writesOf(naiveOps), writesPerItem: round(writesOf(naiveOps) / parsed.length, 3), ms: Math.round(naiveMs) },
    rerunWritesPerItemVsNaive: round(writesOf(rerun200Ops) / newItems / (writesOf(naiveOps) / parsed.length), 4),
    peakRssMb: mb(first.peakRssBytes),
    idlePeakRssMb: mb(idle.peakRssBytes),
    peakRssVsIdle: round(first.peakRssBytes / idle.peakRssBytes, 2),
    ms: { first: Math.round(first.ms), rerun304: Math.round(rerun304.ms), rerun200: Math.round(rerun200.ms), idle: Math.round(idle.ms) },
  };
  row(`ingest ${FEEDS} feeds × ${ITEMS_PER_FEED} new items: DynamoDB writes`, `${writesOf(firstOps)} (${round(writesOf(firstOps) / newItems, 3)} per new item; ${JSON.stringify(firstOps)})`);
  row('unchanged re-run, feeds answer 304: writes / reads', `${writesOf(rerun304Ops)} / ${readsOf(rerun304Ops)} ${JSON.stringify(rerun304Ops)}`);
  row('unchanged re-run, feeds resend 200: writes / reads', `${writesOf(rerun200Ops)} / ${readsOf(rerun200Ops)} ${JSON.stringify(rerun200Ops)}`);
  row(`baseline: naive re-run of ${parsed.length} items, conditional put per item: writes`, `${writesOf(naiveOps)} (${round(writesOf(naiveOps) / parsed.length, 3)} per item)`);
  row('re-run writes per item ÷ naive writes per item', round(writesOf(rerun200Ops) / newItems / (writesOf(naiveOps) / parsed.length), 4));
  row('ingest process peak RSS (MB) / idle process (MB)', `${mb(first.peakRssBytes)} / ${mb(idle.peakRssBytes)}`);

  // ---- (2) queue and search at 100,000 items ---------------------------------------------------------
  const client = createDynamoDbClient(servers.config);
  const deps = buildDependencies({ ...servers.config, logLevel: 'SILENT' });
  const loadStart = process.hrtime.bigint();
  // Items are made batch by batch: the loader's memory stays flat whatever the count.
  const total = LOAD_PENDING + LOAD_IGNORED;
  const batchCount = Math.ceil(total / 25);
  let nextBatch = 0;
  const writer = async () => {
    while (nextBatch < batchCount) {
      const first = 25 * nextBatch++;
      let requests = Array.from({ length: Math.min(25, total - first) }, (_, k) => {
        const n = first + k;
        return { PutRequest: { Item: itemToRow(loadItem(n, n < LOAD_PENDING ? 'pending' : 'ignored')) } };
      });
      while (requests.length) {
        const result = await client.send(new BatchWriteCommand({ RequestItems: { [servers.config.tableName]: requests } }));
        requests = (result.UnprocessedItems?.[servers.config.tableName] ?? []) as typeof requests;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, writer));
  const loadMs = ms(loadStart);
  const stored = LOAD_IGNORED + LOAD_PENDING + newItems;
  row(`load: ${LOAD_IGNORED} ignored + ${LOAD_PENDING} pending by BatchWrite (s)`, round(loadMs / 1000, 1));

  const timeRuns = async (runs: number, task: () => Promise<unknown>) => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      await task();
      samples.push(ms(start));
    }
    return { p50: round(median(samples)), p99: round(percentile(samples, 99)), runs };
  };
  let queueCount = 0;
  const queue = await timeRuns(QUEUE_RUNS, async () => {
    queueCount = (await listQueue(deps, { status: 'pending', sort: 'date', order: 'newest', limit: 50 })).items.length;
  });
  const queueByScore = await timeRuns(5, () => listQueue(deps, { status: 'pending', sort: 'score', order: 'newest', limit: 50 }));
  // Across every status partition: a word that only old items carry, so the page stops at its read
  // budget (1,000 items examined) and answers with a cursor; and within one source's partition.
  let examined = 0;
  let hits = 0;
  const search = await timeRuns(SEARCH_RUNS, async () => {
    const page = await searchItems(deps, { q: 'ремонт дорог', limit: 20 });
    examined = page.examined;
    hits = page.items.length;
  });
  let sourceExamined = 0;
  let sourceHits = 0;
  const searchSource = await timeRuns(SEARCH_RUNS, async () => {
    const page = await searchItems(deps, { q: 'ремонт районе 17', sourceId: 'load-17', limit: 20 });
    sourceExamined = page.examined;
    sourceHits = page.items.length;
  });
  // Counts per status and category: each status partition read at most 1,000 items deep.
  let counted: Awaited<ReturnType<typeof countItems>> | undefined;
  const counts = await timeRuns(5, async () => {
    counted = await countItems(deps, { status: 'pending' });
  });
  let scanned = 0;
  const scan = await timeRuns(SCAN_RUNS, async () => {
    scanned = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(new ScanCommand({ TableName: servers.config.tableName, ExclusiveStartKey: start }));
      scanned += page.Count ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
  });
  if (queueCount !== 50) throw new Error(`queue page had ${queueCount} items`);

  figures.load = {
    storedItems: stored,
    pending: LOAD_PENDING + (first.totals.flagged ?? 0),
    loadSeconds: round(loadMs / 1000, 1),
    queueFirstPageMs: queue,
    queueByScoreMs: queueByScore,
    searchMs: { ...search, examined, hits },
    searchInSourceMs: { ...searchSource, examined: sourceExamined, hits: sourceHits },
    countsMs: { ...counts, truncated: counted?.truncated ?? [] },
    baselineFullScanMs: { ...scan, recordsScanned: scanned },
    scanVsQueueP50: round(scan.p50 / queue.p50, 1),
    scanVsSearchP50: round(scan.p50 / search.p50, 1),
    benchPeakRssMb: mb(process.resourceUsage().maxRSS * 1024),
  };
  row('queue first page (50, newest), p50 / p99 ms', `${queue.p50} / ${queue.p99}`);
  row(`queue sorted by score (reads ≤ 2,000), p50 / p99 ms`, `${queueByScore.p50} / ${queueByScore.p99}`);
  row(`search "ремонт дорог", all statuses (${hits} hits, ${examined} examined), p50 / p99 ms`, `${search.p50} / ${search.p99}`);
  row(`search "ремонт районе 17" in one source (${sourceHits} hits, ${sourceExamined} examined), p50 / p99 ms`, `${searchSource.p50} / ${searchSource.p99}`);
  row(`counts by status and category (≤ 1,000 read per status; truncated: ${(counted?.truncated ?? []).join(', ') || 'none'}), p50 / p99 ms`, `${counts.p50} / ${counts.p99}`);
  row(`baseline: full Scan (${scanned} records), median ms`, scan.p50);
  row('Scan ÷ queue first page (p50)', round(scan.p50 / queue.p50, 1));
  row('Scan ÷ search (p50)', round(scan.p50 / search.p50, 1));
  row('bench process peak RSS, dynalite excluded (MB)', mb(process.resourceUsage().maxRSS * 1024));
} finally {
  await new Promise<void>((resolve) => feeds.server.close(() => resolve()));
  await proxy.stop();
  dynamo.stop();
  rmSync(dir, { recursive: true, force: true });
}

const width = Math.max(...rows.map(([label]) => label.length));
process.stdout.write(`${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n')}\n`);
process.stdout.write(`${JSON.stringify(figures)}\n`);
