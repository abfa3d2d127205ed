// Bundle size and cold import time of each Lambda handler, built with the deployed esbuild settings
// (minified, SDK external). Targets from issue 7: <= 500 KB and <= 150 ms per handler.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_BANNER, BUNDLE_EXTERNALS, BUNDLE_MAIN_FIELDS, BUNDLE_TARGET } from '../cdk/constructs/bundling';

const HANDLERS = ['ingest-news', 'ingest-courts', 'review-api', 'build-report'];
const TARGET_KB = 500;
const TARGET_MS = 150;
const RUNS = 5;
// Inside node_modules so the external @aws-sdk/* imports resolve, as they do in the Lambda runtime.
const OUT = join('node_modules', '.cache', 'sozwatch-bench-bundles');

/** Imports the bundle in a fresh node process and reports the milliseconds the import took there. */
function coldImportMs(file: string): number {
  const script = `const t=process.hrtime.bigint();await import(${JSON.stringify(`file://${join(process.cwd(), file)}`)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, AWS_REGION: 'eu-central-1', POWERTOOLS_LOG_LEVEL: 'SILENT' },
    encoding: 'utf8',
  });
  return Number(out);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const rows: Array<{ handler: string; kb: number; importMs: number; ok: boolean }> = [];
const missing: string[] = [];
for (const handler of HANDLERS) {
  const entry = join('lambdas', `${handler}.ts`);
  if (!existsSync(entry)) {
    missing.push(handler);
    continue;
  }
  const outfile = join(OUT, `${handler}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLE_TARGET,
    minify: true,
    external: BUNDLE_EXTERNALS,
    mainFields: BUNDLE_MAIN_FIELDS,
    banner: { js: BUNDLE_BANNER },
    logLevel: 'error',
  });
  const kb = statSync(outfile).size / 1024;
  const importMs = median(Array.from({ length: RUNS }, () => coldImportMs(outfile)));
  rows.push({ handler, kb: Math.round(kb), importMs: Math.round(importMs), ok: kb <= TARGET_KB && importMs <= TARGET_MS });
}

console.log(`| handler | bundle KB (target <= ${TARGET_KB}) | cold import ms, median of ${RUNS} (target <= ${TARGET_MS}) | within targets |`);
console.log('| --- | ---: | ---: | --- |');
for (const r of rows) console.log(`| ${r.handler} | ${r.kb} | ${r.importMs} | ${r.ok ? 'yes' : 'NO'} |`);
for (const m of missing) console.log(`| ${m} | (lambdas/${m}.ts not present) | | |`);
console.log(JSON.stringify({ bundles: Object.fromEntries(rows.map((r) => [r.handler, { kb: r.kb, importMs: r.importMs }])), missing, allWithinTargets: rows.every((r) => r.ok) && missing.length === 0 }));
