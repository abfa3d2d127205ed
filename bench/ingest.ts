// Ingest throughput: 200 feeds × 50 items served by loopback servers (20 hosts × 10 feeds, as the per-host
// queue would see real outlets) into the local DynamoDB (dynalite, in-process), compared with a naive
// fetch-everything run (no validators, no known-id check, a conditional put per item), then an unchanged
// second run of each: the share of 304s and the number of item writes (target 0).
// `node --openssl-legacy-provider --import tsx bench/ingest.ts [feeds] [itemsPerFeed]`
import type { StoredItem } from '../shared/domain/item';
import { toStoredItem } from '../shared/domain/stored-item';
import { ingestSources, type IngestDependencies } from '../shared/ingest/ingest-sources';
import { startLocalServers } from '../shared/local/local-servers';
import type { ItemRepository } from '../shared/ports/item-repository';
import { buildDependencies, type Dependencies } from '../shared/runtime/dependencies';
import { CATALOG, type SourceDefinition } from '../shared/sources/catalog';
import { decodeBody } from '../shared/sources/charset';
import { parseFeed } from '../shared/sources/feeds/feed-parser';
import { HttpClient } from '../shared/sources/http/http-client';
import { conditional, startFixtureServer, type FixtureServer } from '../test/integration/ingest/fixture-server';

const FEEDS = Number(process.argv[2] ?? 200);
const ITEMS = Number(process.argv[3] ?? 50);
const HOSTS = 20;
const CONCURRENCY = 8;

const TITLES = [
  'В Алматы задержали журналиста после публикации',
  'Акимат объявил о ремонте дорог',
  'Суд рассмотрит иск о защите чести и достоинства к редакции',
  'Погода: в Астане ожидается снег',
  'Жаңа мектеп ашылды',
  'Курс тенге укрепился',
];

function feedXml(feed: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const minute = String(i % 60).padStart(2, '0');
    return `<item><title>${TITLES[(feed + i) % TITLES.length]} (${feed}-${i})</title><link>https://outlet${feed}.example.kz/news/${i}</link><guid>f${feed}-i${i}</guid><pubDate>Tue, 12 Mar 2024 10:${minute}:00 +0500</pubDate><description>&lt;p&gt;Текст новости номер ${i} ленты ${feed}: подробности происшествия, комментарии сторон и реакция общественности.&lt;/p&gt;</description></item>`;
  }).join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента ${feed}</title><link>https://outlet${feed}.example.kz/</link><language>ru</language>${items}</channel></rss>`;
}

function counting(items: ItemRepository, counter: { writes: number }): ItemRepository {
  return Object.create(items, {
    saveIfNew: { value: (item: StoredItem) => ((counter.writes += 1), items.saveIfNew(item)) },
    appendAudit: { value: (record: Parameters<ItemRepository['appendAudit']>[0]) => ((counter.writes += 1), items.appendAudit(record)) },
  }) as ItemRepository;
}

/** What a first implementation would do: fetch every feed whole, parse, classify and put every item. */
async function naiveRun(deps: Dependencies, catalog: SourceDefinition[], counter: { writes: number }): Promise<number> {
  let stored = 0;
  let next = 0;
  const worker = async () => {
    while (next < catalog.length) {
      const source = catalog[next++]!;
      const response = await fetch(source.url);
      const text = decodeBody(Buffer.from(await response.arrayBuffer()), response.headers.get('content-type') ?? undefined).text;
      const fetchedAt = new Date().toISOString();
      for (const item of await parseFeed(text, { sourceId: source.id, baseUrl: source.url, language: source.language, fetchedAt })) {
        const classification = deps.classify({ title: item.title, text: item.summary, lang: item.language });
        counter.writes += 1;
        const result = await deps.items.saveIfNew(toStoredItem(item, classification, fetchedAt));
        if (result === 'stored') stored += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return stored;
}

async function main() {
  const servers: FixtureServer[] = [];
  for (let h = 0; h < HOSTS; h += 1) servers.push(await startFixtureServer());
  const catalog: SourceDefinition[] = [];
  for (let f = 0; f < FEEDS; f += 1) {
    const server = servers[f % HOSTS]!;
    server.route(`/feed-${f}.xml`, conditional(feedXml(f), { etag: `"feed-${f}-v1"`, lastModified: 'Tue, 12 Mar 2024 10:59:00 GMT' }));
    catalog.push({ ...CATALOG[0]!, id: `bench-${f}`, url: server.url(`/feed-${f}.xml`), maxSilenceHours: 1e6 });
  }
  const ours = await startLocalServers({ logLevel: 'SILENT' });
  const naive = await startLocalServers({ logLevel: 'SILENT' });
  const oursDeps = buildDependencies(ours.config);
  const naiveDeps = buildDependencies(naive.config);
  const http = new HttpClient({ userAgent: 'sozwatch-bench', hostDelayMs: 0, retries: 0, allowedPrivateHosts: servers.map((server) => server.host) });
  const rows: Array<[string, number, number, number, number, string]> = [];
  const figures: Record<string, number> = { feeds: FEEDS, itemsPerFeed: ITEMS, hosts: HOSTS, concurrency: CONCURRENCY };

  const run = async (label: string, runId: string) => {
    const counter = { writes: 0 };
    const deps: IngestDependencies = { ...oursDeps, items: counting(oursDeps.items, counter), http };
    const requestsBefore = servers.reduce((n, s) => n + s.requests.length, 0);
    const started = performance.now();
    const summary = await ingestSources(deps, { runId, catalog, concurrency: CONCURRENCY });
    const seconds = (performance.now() - started) / 1000;
    const requests = servers.reduce((n, s) => n + s.requests.length, 0) - requestsBefore;
    rows.push([label, seconds, summary.totals.new, counter.writes, summary.totals.notModified, `${summary.totals.errors} errors, ${requests} requests`]);
    return { seconds, summary, writes: counter.writes };
  };
  const naiveRunTimed = async (label: string) => {
    const counter = { writes: 0 };
    const started = performance.now();
    const stored = await naiveRun(naiveDeps, catalog, counter);
    const seconds = (performance.now() - started) / 1000;
    rows.push([label, seconds, stored, counter.writes, 0, `${FEEDS} full fetches`]);
    return { seconds, stored, writes: counter.writes };
  };

  const first = await run('sozwatch, first run', 'bench-1');
  const second = await run('sozwatch, unchanged rerun', 'bench-2');
  const naiveFirst = await naiveRunTimed('naive, first run');
  const naiveSecond = await naiveRunTimed('naive, unchanged rerun');

  figures.itemsPerSecond = Math.round(first.summary.totals.new / first.seconds);
  figures.naiveItemsPerSecond = Math.round(naiveFirst.stored / naiveFirst.seconds);
  figures.firstRunSeconds = Number(first.seconds.toFixed(2));
  figures.storedFirstRun = first.summary.totals.new;
  figures.flaggedFirstRun = first.summary.totals.flagged;
  figures.rerunSeconds = Number(second.seconds.toFixed(3));
  figures.rerunShare304 = Number((second.summary.totals.notModified / FEEDS).toFixed(3));
  figures.rerunItemWrites = second.writes;
  figures.rerunSourceStateWrites = FEEDS;
  figures.naiveRerunSeconds = Number(naiveSecond.seconds.toFixed(2));
  figures.naiveRerunItemWrites = naiveSecond.writes;

  console.log(`ingest: ${FEEDS} feeds × ${ITEMS} items from ${HOSTS} loopback hosts into dynalite, concurrency ${CONCURRENCY}`);
  console.log('| run | seconds | new items | item writes | 304s | notes |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const [label, seconds, stored, writes, notModified, notes] of rows) console.log(`| ${label} | ${seconds.toFixed(2)} | ${stored} | ${writes} | ${notModified} | ${notes} |`);
  console.log(`items/s: sozwatch ${figures.itemsPerSecond}, naive ${figures.naiveItemsPerSecond}; unchanged rerun: ${(figures.rerunShare304 * 100).toFixed(0)}% 304, ${figures.rerunItemWrites} item writes (+${FEEDS} source-state puts)`);
  console.log(JSON.stringify(figures));

  await Promise.all(servers.map((s) => s.stop()));
  await ours.stop();
  await naive.stop();
}

await main();
