// Build time of one month's report with 5,000 approved entries in the local stack (dynalite + s3rver,
// in-process, on loopback): month-index queries, statistics, rendering of 3 languages and the writes.
// `node --openssl-legacy-provider --import tsx bench/report.ts [entries]`
import { EMPTY_FACTS } from '../shared/domain/classification';
import type { StoredItem } from '../shared/domain/item';
import { CATEGORY_IDS, type CategoryId } from '../shared/domain/taxonomy';
import { startLocalServers } from '../shared/local/local-servers';
import { buildReport, renderReportFiles } from '../shared/report/build-report';
import { LANGUAGES } from '../shared/domain/taxonomy';
import { computeReportData } from '../shared/report/report-statistics';
import { renderEntriesCsv } from '../shared/report/export-entries-csv';
import { renderReportHtml } from '../shared/report/render-html';
import { buildDependencies } from '../shared/runtime/dependencies';

const ENTRIES = Number(process.argv[2] ?? 5000);
const MONTH = '2021-10';
const RUNS = 3;

function entry(i: number): StoredItem {
  const category = CATEGORY_IDS[i % CATEGORY_IDS.length] as CategoryId;
  const legal = category === 'civil' || category === 'criminal' || category === 'administrative';
  const eventDate = `${MONTH}-${String(1 + (i % 31)).padStart(2, '0')}`;
  const at = `${eventDate}T06:00:00.000Z`;
  return {
    id: `bench-${String(i).padStart(5, '0')}`,
    sourceId: 'bench-feed',
    sourceKind: 'feed',
    url: `https://news.example.kz/bench/${i}`,
    title: `Журналиста задержали после публикации № ${i}`,
    summary: 'Журналиста задержали после публикации о закупках акимата.',
    language: 'ru',
    publishedAt: at,
    fetchedAt: at,
    status: 'approved',
    classification: { flagged: true, score: 0.8, categories: [category], matches: [], rulesVersion: 'bench', explanation: [], facts: EMPTY_FACTS },
    version: 2,
    createdAt: at,
    updatedAt: at,
    entry: {
      category,
      eventDate,
      outlet: 'Tengrinews',
      region: 'Almaty',
      text: {
        ru: `Запись ${i}: журналиста вызвали на допрос после публикации о закупках акимата; редакция считает вызов давлением на издание. `.repeat(3),
        ...(i % 3 === 0 ? { kk: `Жазба ${i}: журналист жарияланымнан кейін жауапқа шақырылды.` } : {}),
      },
      ...(legal
        ? { legalCase: { caseKey: `case-${i % 700}`, type: category, stage: 'filed' as const, honourDignity: category === 'civil', amountClaimedKzt: 100_000 } }
        : {}),
    },
  };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

const servers = await startLocalServers({ logLevel: 'SILENT' });
try {
  const deps = buildDependencies(servers.config, { serviceName: 'bench-report' });
  deps.logger.setLogLevel('SILENT');
  const items = Array.from({ length: ENTRIES }, (_, i) => entry(i));
  const loadStart = process.hrtime.bigint();
  for (let i = 0; i < items.length; i += 50) await Promise.all(items.slice(i, i + 50).map((item) => deps.items.saveIfNew(item)));
  const loadMs = ms(loadStart);

  const builds: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const result = await buildReport(deps, { month: MONTH });
    builds.push(ms(start));
    bytes = result.files.reduce((sum, f) => sum + Buffer.byteLength(f.body), 0);
    if (result.data.entries.length !== ENTRIES) throw new Error(`expected ${ENTRIES} entries, got ${result.data.entries.length}`);
  }
  // Where the time goes: reading the month's pages from the index alone.
  const readStart = process.hrtime.bigint();
  let read = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.items.listApprovedInMonth(MONTH, cursor);
    read += page.items.length;
    cursor = page.cursor;
  } while (cursor);
  const readMs = ms(readStart);
  if (read !== ENTRIES) throw new Error(`read ${read} of ${ENTRIES}`);

  // The pure part alone, for comparison: statistics and one HTML page.
  const pureStart = process.hrtime.bigint();
  const data = computeReportData(MONTH, items);
  renderReportHtml(data, 'ru');
  const pureMs = ms(pureStart);

  const median = [...builds].sort((a, b) => a - b)[Math.floor(builds.length / 2)]!;

  // Baseline in the same run: JSON.stringify of the same 5,000 entries (the least any renderer of this
  // data must do), beside the whole pure part (statistics + all 7 files), medians of 5.
  const medianOf = (runs: number, task: () => unknown) => {
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = process.hrtime.bigint();
      task();
      samples.push(ms(start));
    }
    return samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  };
  const stringifyMs = medianOf(5, () => JSON.stringify(items));
  const pureAllMs = medianOf(5, () => renderReportFiles(computeReportData(MONTH, items), LANGUAGES));
  const pureCurrentMs = medianOf(5, () => renderReportFiles(computeReportData(MONTH, items), LANGUAGES, 'current'));
  const entriesCsvMs = medianOf(5, () => renderEntriesCsv(items, { from: MONTH, to: MONTH }));
  // The whole process (the in-process dynalite and s3rver included): the report run's memory ceiling.
  const peakRssMb = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
  const rows: [string, string][] = [
    ['approved entries in the month', String(ENTRIES)],
    ['load through the repository (ms)', loadMs.toFixed(0)],
    ...builds.map((b, i): [string, string] => [`buildReport run ${i + 1}, 3 languages (ms)`, b.toFixed(0)]),
    ['buildReport median (ms)', median.toFixed(0)],
    ['read the month from the index alone (ms)', readMs.toFixed(0)],
    ['statistics + one HTML page, pure (ms)', pureMs.toFixed(0)],
    ['bytes written per build (8 files)', String(bytes)],
    ['statistics + the 7 files of the 2021 layout, pure, median of 5 (ms)', pureAllMs.toFixed(1)],
    ['statistics + the 7 files of the current layout, pure, median of 5 (ms)', pureCurrentMs.toFixed(1)],
    ['entries.csv of the month, pure, median of 5 (ms)', entriesCsvMs.toFixed(1)],
    ['baseline: JSON.stringify of the entries, median of 5 (ms)', stringifyMs.toFixed(1)],
    ['pure build ÷ JSON.stringify', (pureAllMs / stringifyMs).toFixed(1)],
    ['buildReport median ÷ JSON.stringify', (median / stringifyMs).toFixed(1)],
    ['peak RSS of the process, local servers included (MB)', String(peakRssMb)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
  process.stdout.write(
    `${JSON.stringify({ entries: ENTRIES, buildMedianMs: Math.round(median), buildRunsMs: builds.map(Math.round), readMs: Math.round(readMs), pureMs: Math.round(pureMs), loadMs: Math.round(loadMs), bytes, pureAllFilesMs: Math.round(pureAllMs * 10) / 10, pureCurrentLayoutMs: Math.round(pureCurrentMs * 10) / 10, entriesCsvMs: Math.round(entriesCsvMs * 10) / 10, baselineStringifyMs: Math.round(stringifyMs * 10) / 10, pureVsStringify: Math.round((pureAllMs / stringifyMs) * 10) / 10, buildVsStringify: Math.round((median / stringifyMs) * 10) / 10, peakRssMb })}\n`,
  );
} finally {
  await servers.stop();
}
