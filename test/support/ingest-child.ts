// A real ingest process for the fault suite and benchmarks: the environment's stack (as the CLI reads
// it), the production composition root and ingest use case, over a catalog file of loopback sources.
// `node --import tsx test/support/ingest-child.ts <catalog.json> [runId]` prints the summary as one JSON line.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../shared/config/config';
import { ingestSources } from '../../shared/ingest/ingest-sources';
import { buildDependencies } from '../../shared/runtime/dependencies';
import type { SourceDefinition } from '../../shared/sources/catalog';
import { HttpClient, userAgent } from '../../shared/sources/http/http-client';

const [catalogPath, runId = `child-${process.pid}`] = process.argv.slice(2);
if (!catalogPath) {
  process.stderr.write('usage: ingest-child.ts <catalog.json> [runId]\n');
  process.exit(2);
}
const catalog = JSON.parse(readFileSync(catalogPath, 'utf8')) as SourceDefinition[];
const deps = buildDependencies(loadConfig(process.env), { serviceName: 'ingest-child', logToStderr: true });
// Loopback fixture servers: one host for every feed, so no politeness delay between them.
const http = new HttpClient({
  userAgent: userAgent(deps.config.contactUrl),
  hostDelayMs: 0,
  retries: 1,
  backoffBaseMs: 50,
  // The parent names its fixture servers in SOZWATCH_ALLOWED_PRIVATE_HOSTS.
  allowedPrivateHosts: deps.config.allowedPrivateHosts,
});
const summary = await ingestSources({ ...deps, http }, { runId, catalog, concurrency: 4 });
process.stdout.write(`${JSON.stringify({ runId, totals: summary.totals, peakRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
