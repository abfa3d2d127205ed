// `npm run demo [-- --serve] [--port N] [--out DIR]`: the whole pipeline on one machine with no network
// and no AWS account: local DynamoDB/S3 servers, recorded feeds and court pages on loopback, the real
// ingestion and classifier, a recorded set of staff decisions through the review use cases, the report.
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { OutboxUrgentNotifier } from '../adapters/outbox/outbox-urgent-notifier';
import { startReviewServer, type ReviewServer } from '../api/start-review-server';
import type { ReportEntry, StoredItem } from '../domain/item';
import { ingestSources, type IngestSummary } from '../ingest/ingest-sources';
import { seedSources } from '../sources/manage-sources';
import { startLocalServers, type LocalServers } from '../local/local-servers';
import { buildReport, type BuildReportResult } from '../report/build-report';
import { exportReportFiles } from '../report/export-report-files';
import { approveItem } from '../review/approve-item';
import { enqueueItem } from '../review/enqueue-item';
import { mergeItems } from '../review/merge-items';
import { rejectItem } from '../review/reject-item';
import type { Actor } from '../review/review-dependencies';
import { buildDependencies, type Dependencies } from '../runtime/dependencies';
import type { SourceDefinition } from '../sources/catalog';
import { HttpClient, userAgent } from '../sources/http/http-client';
import { DEMO_FIXTURES_DIR, startDemoFixtureServer, type DemoFixtureServer } from './demo-fixture-server';

/** The recorded sources, pointing at the loopback fixture server. */
export function demoCatalog(baseUrl: string): SourceDefinition[] {
  const common = { pollMinutes: 15, expectsItems: true, maxSilenceHours: 24, verified: true, note: 'demo fixture on loopback' };
  return [
    { ...common, id: 'demo-news-ru', name: 'Демо-новости Казахстана', kind: 'feed', url: `${baseUrl}/feeds/demo-news-ru.xml`, language: 'ru', group: 'national', parser: 'rss' },
    { ...common, id: 'demo-news-kk', name: 'Демо жаңалықтар', kind: 'feed', url: `${baseUrl}/feeds/demo-news-kk.xml`, language: 'kk', group: 'national', parser: 'rss' },
    { ...common, id: 'demo-news-en', name: 'Demo Kazakhstan Times', kind: 'feed', url: `${baseUrl}/feeds/demo-news-en.xml`, language: 'en', group: 'national', parser: 'rss' },
    {
      ...common,
      id: 'demo-court-kst-ru',
      name: 'Суды Костанайской области (демо)',
      kind: 'court',
      url: `${baseUrl}/sud/rus/news`,
      language: 'ru',
      group: 'courts',
      parser: 'sud-gov-kz-news',
      maxPages: 1,
      fetchDetails: true,
    },
  ];
}

interface ItemRef {
  source: string;
  /** The feed GUID, or the path of the item's URL (court pages have no GUID). */
  ref: string;
}

type Decision =
  | (ItemRef & { action: 'approve'; entry: ReportEntry })
  | (ItemRef & { action: 'reject'; reason: string })
  | (ItemRef & { action: 'merge'; members: ItemRef[]; note?: string });

export interface DemoDecisions {
  month: string;
  reviewer: string;
  /** The reviewer clears what is left in the queue with this reason (the rules' false positives). */
  rejectRemaining?: string;
  decisions: Decision[];
  /** With --serve these stay in the queue (no decision, not cleared) so the page has work to show. */
  keepPendingWhenServing?: ItemRef[];
}

export async function loadDemoDecisions(path = join(DEMO_FIXTURES_DIR, 'decisions.json')): Promise<DemoDecisions> {
  const parsed = JSON.parse(await readFile(path, 'utf8')) as DemoDecisions;
  if (!/^\d{4}-\d{2}$/.test(parsed.month) || !Array.isArray(parsed.decisions)) throw new Error(`${path}: not a demo decisions file`);
  return parsed;
}

export interface DemoOptions {
  /** Where the report files are exported (default out/demo). */
  outDir?: string;
  /** Progress lines (default: stdout). */
  log?: (line: string) => void;
  /** Leaves part of the queue pending for the review page: only the decisions not kept pending are applied. */
  serve?: boolean;
}

export interface DemoResult {
  month: string;
  ingest: IngestSummary;
  decided: { approved: number; rejected: number; merged: number; enqueuedByHand: number; missing: string[]; keptPending: number };
  /** The environment that points the CLI at this run's servers (while they run). */
  env: Record<string, string>;
  /** The JSON-lines file urgent items were announced to. */
  urgentOutbox: string;
  report: BuildReportResult;
  /** S3 key → exported file path. */
  exported: { key: string; path: string }[];
  deps: Dependencies;
  stop(): Promise<void>;
}

function matches(item: StoredItem, ref: ItemRef): boolean {
  if (item.sourceId !== ref.source) return false;
  if (item.guid === ref.ref) return true;
  try {
    return new URL(item.url).pathname === ref.ref;
  } catch {
    return false;
  }
}

async function allOfSource(deps: Dependencies, sourceId: string): Promise<StoredItem[]> {
  const found: StoredItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.items.listBySource({ sourceId, limit: 200, cursor });
    found.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return found;
}

/** Runs the pipeline once; the caller stops the servers with `result.stop()` (or keeps serving). */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const outDir = options.outDir ?? join('out', 'demo');
  const decisions = await loadDemoDecisions();
  const actor: Actor = { id: decisions.reviewer, groups: ['reviewers'] };

  log('1/5  starting the local DynamoDB (dynalite) and S3 (s3rver) servers on 127.0.0.1 …');
  let servers: LocalServers | undefined;
  let fixtures: DemoFixtureServer | undefined;
  const stop = async () => {
    await fixtures?.close();
    await servers?.stop();
  };
  try {
    servers = await startLocalServers({ logLevel: 'SILENT' });
    fixtures = await startDemoFixtureServer();
    // Urgent items are announced to a local outbox file, where AWS would send an e-mail.
    const urgentOutbox = resolve(outDir, 'urgent-outbox.jsonl');
    await rm(urgentOutbox, { force: true });
    const deps: Dependencies = { ...buildDependencies(servers.config, { serviceName: 'sozwatch-demo' }), urgentNotifier: new OutboxUrgentNotifier(urgentOutbox) };
    const env = { ...servers.env, SOZWATCH_URGENT_OUTBOX: urgentOutbox };
    log(`     table ${servers.config.tableName}, bucket ${servers.config.bucketName}; recorded sources at ${fixtures.baseUrl}`);

    log('2/5  ingesting the recorded feeds and court pages (fetch → parse → classify → store) …');
    // The fixture server is ours: no politeness delay needed between its requests.
    const http = new HttpClient({
      userAgent: userAgent(servers.config.contactUrl),
      hostDelayMs: 0,
      retries: 0,
      connectTimeoutMs: 5_000,
      totalTimeoutMs: 10_000,
      // The recorded sources are served on loopback by the demo itself: the one private host it may fetch.
      allowedPrivateHosts: [new URL(fixtures.baseUrl).host],
    });
    const catalog = demoCatalog(fixtures.baseUrl);
    // The recorded sources are the demo's table of sources: the sources page (`--serve`) lists them with their health.
    await seedSources(deps, { actor: 'demo', catalog });
    const ingest = await ingestSources(
      { ...deps, http },
      {
        runId: 'demo',
        catalog,
        concurrency: 2,
        onSourceDone: (r) =>
          log(`     ${r.sourceId.padEnd(18)} ${r.outcome.padEnd(5)} ${String(r.fetched).padStart(3)} items, ${String(r.new).padStart(3)} new, ${String(r.flagged).padStart(2)} flagged${r.error ? ` (${r.error})` : ''}`),
      },
    );
    log(`     ${ingest.totals.fetched} items fetched, ${ingest.totals.flagged} flagged for review, ${ingest.totals.new - ingest.totals.flagged} kept as ignored (searchable for 180 days)`);
    const notices = await readOutbox(urgentOutbox);
    log(`     ${notices.length} urgent notice(s) announced at once (attack, detention or threat with a high score) to ${urgentOutbox}:`);
    for (const notice of notices) log(`       [${notice.urgentCategory} ${notice.score.toFixed(2)}] «${notice.title}»`);

    const keep = options.serve ? (decisions.keepPendingWhenServing ?? []) : [];
    const kept = (ref: ItemRef) => keep.some((k) => k.source === ref.source && k.ref === ref.ref);
    const applied = decisions.decisions.filter((d) => !kept(d));
    log(
      options.serve
        ? `3/5  applying ${applied.length} of ${decisions.decisions.length} recorded staff decisions through the review use cases; the rest stays in the queue for the page …`
        : `3/5  applying ${decisions.decisions.length} recorded staff decisions through the review use cases …`,
    );
    const bySource = new Map<string, StoredItem[]>();
    for (const source of catalog) bySource.set(source.id, await allOfSource(deps, source.id));
    const decided = { approved: 0, rejected: 0, merged: 0, enqueuedByHand: 0, missing: [] as string[], keptPending: 0 };
    const find = async (ref: ItemRef): Promise<StoredItem | undefined> => {
      const stored = (bySource.get(ref.source) ?? []).find((item) => matches(item, ref));
      return stored ? deps.items.get(stored.id) : undefined;
    };
    // An item the rules did not flag is sent to the queue by hand first, as a reviewer would.
    const queued = async (item: StoredItem): Promise<StoredItem> => {
      if (item.status !== 'ignored') return item;
      decided.enqueuedByHand += 1;
      log(`     ${item.sourceId}: «${item.title}» was not flagged by the rules; sent to the queue by hand`);
      return enqueueItem(deps, { id: item.id, version: item.version, actor, note: 'demo: a miss of the rules' });
    };
    for (const decision of applied) {
      const item = await find(decision);
      if (!item) {
        decided.missing.push(`${decision.source}:${decision.ref}`);
        log(`     ${decision.source}:${decision.ref} was not ingested; decision skipped`);
        continue;
      }
      if (decision.action === 'approve') {
        const current = await queued(item);
        await approveItem(deps, { id: current.id, version: current.version, entry: decision.entry, actor });
        decided.approved += 1;
        log(`     approved  [${decision.entry.category}] «${item.title}»`);
      } else if (decision.action === 'reject') {
        if (item.status !== 'pending') {
          log(`     «${item.title}» is ${item.status}, not in the queue; nothing to reject`);
          continue;
        }
        await rejectItem(deps, { id: item.id, version: item.version, reason: decision.reason, actor });
        decided.rejected += 1;
        log(`     rejected  «${item.title}»: ${decision.reason}`);
      } else {
        const representative = await queued(item);
        const members: StoredItem[] = [];
        for (const ref of decision.members) {
          if (kept(ref)) continue;
          const member = await find(ref);
          if (member) members.push(await queued(member));
          else decided.missing.push(`${ref.source}:${ref.ref}`);
        }
        if (members.length === 0) continue;
        await mergeItems(deps, {
          representativeId: representative.id,
          items: [representative, ...members].map((i) => ({ id: i.id, version: i.version })),
          actor,
          note: decision.note,
        });
        decided.merged += members.length;
        log(`     merged    ${members.map((m) => `«${m.title}»`).join(', ')} into «${item.title}»`);
      }
    }
    if (decisions.rejectRemaining && !options.serve) {
      const demoSources = new Set(catalog.map((s) => s.id));
      let cursor: string | undefined;
      const remaining: StoredItem[] = [];
      do {
        const page = await deps.items.listByStatus({ status: 'pending', limit: 200, cursor });
        remaining.push(...page.items.filter((i) => demoSources.has(i.sourceId)));
        cursor = page.cursor;
      } while (cursor);
      for (const item of remaining) {
        await rejectItem(deps, { id: item.id, version: item.version, reason: decisions.rejectRemaining, actor });
        decided.rejected += 1;
        log(`     rejected  «${item.title}» (false positive of the rules)`);
      }
    }
    if (options.serve) {
      const pending = await deps.items.listByStatus({ status: 'pending', limit: 200 });
      decided.keptPending = pending.items.length;
    }
    log(
      `     ${decided.approved} approved, ${decided.merged} merged as duplicates, ${decided.rejected} rejected, ${decided.enqueuedByHand} sent to the queue by hand` +
        (options.serve ? `; ${decided.keptPending} left pending for the review page` : ''),
    );

    log(`4/5  building the ${decisions.month} report in Russian, Kazakh and English …`);
    const report = await buildReport(deps, { month: decisions.month });
    const files = [...report.files, report.index];
    log(`     ${report.data.entries.length} entries; charges this month: ${report.data.charges.month.total}; judicial acts: ${report.data.judicialActs.month.total}`);

    log(`5/5  exporting the published files to ${outDir} …`);
    const paths = await exportReportFiles(files, outDir);
    const exported = files.map((file, i) => ({ key: file.key, path: paths[i]! }));
    for (const { key, path } of exported) log(`     s3://${servers.config.bucketName}/${key}  →  ${path}`);
    return { month: decisions.month, ingest, decided, report, exported, deps, env, urgentOutbox, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function readOutbox(file: string): Promise<Array<{ title: string; urgentCategory: string; score: number }>> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { title: string; urgentCategory: string; score: number });
}

async function main(argv: string[]): Promise<number> {
  let serve = false;
  let port = 8787;
  let outDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--serve') serve = true;
    else if (arg === '--port') port = Number(argv[++i]);
    else if (arg === '--out') outDir = argv[++i];
    else {
      process.stderr.write(`usage: npm run demo [-- --serve] [--port N] [--out DIR]\nunknown argument ${arg}\n`);
      return 2;
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('--port must be 0..65535\n');
    return 2;
  }
  const result = await runDemo({ outDir, serve });
  const html = result.exported.find((e) => e.key.endsWith('report.ru.html'));
  process.stdout.write(`\nThe report: ${html?.path ?? ''}\n`);
  if (!serve) {
    process.stdout.write('Run `npm run demo -- --serve` to keep the servers and open the review page.\n');
    await result.stop();
    return 0;
  }
  let review: ReviewServer;
  try {
    review = await startReviewServer(result.deps, { port });
  } catch (error) {
    await result.stop();
    throw error;
  }
  process.stdout.write(`\nReview page: ${review.url}/\n`);
  if (review.tokens) process.stdout.write(`Development login (paste into the page):\n  reviewer: ${review.tokens.reviewer}\n  viewer:   ${review.tokens.viewer}\n`);
  process.stdout.write(
    [
      '',
      "To point the CLI at this demo's servers from another terminal (e.g. `npm run --silent cli -- report 2026-10`):",
      ...Object.entries(result.env).map(([name, value]) => `  export ${name}=${value}`),
      '',
      'Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await review.close();
  await result.stop();
  return 0;
}

const isEntryPoint = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntryPoint) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`sozwatch demo: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
