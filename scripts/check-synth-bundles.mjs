// After `cdk synth`: checks the Lambda assets the CDK built, which are what gets deployed. Every
// function's index.js is at most 500 KB (the target bench/bundle.ts measures on its own esbuild run of
// the same settings), loads the way the runtime loads it (require, with only the asset's own files
// beside it) and exports `handler`. review-api's asset, and no other, serves the page and every ES
// module the page imports from the files the bundling hook copied; review-fetch serves no page and
// refuses its routes without a token. Exits 1 with the reasons otherwise.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const EXPECTED_FUNCTIONS = ['ingest-news', 'ingest-courts', 'review-api', 'review-fetch', 'build-report'];

/** Asset hash → the function names deployed from it, read from the synthesized templates. */
function functionsByAsset() {
  const byAsset = new Map();
  for (const file of readdirSync('cdk.out').filter((name) => name.endsWith('.template.json'))) {
    const resources = JSON.parse(readFileSync(join('cdk.out', file), 'utf8')).Resources ?? {};
    for (const resource of Object.values(resources)) {
      if (resource.Type !== 'AWS::Lambda::Function') continue;
      const key = resource.Properties?.Code?.S3Key;
      const name = resource.Properties?.FunctionName;
      if (typeof key !== 'string' || typeof name !== 'string') continue;
      const hash = key.replace(/\.zip$/, '');
      byAsset.set(hash, [...(byAsset.get(hash) ?? []), name]);
    }
  }
  return byAsset;
}

const named = functionsByAsset();
// Only the assets this synth's templates deploy: an earlier synth may have left others in cdk.out.
const assets = readdirSync('cdk.out')
  .filter((name) => name.startsWith('asset.') && named.has(name.slice('asset.'.length)) && existsSync(join('cdk.out', name, 'index.js')))
  .map((name) => ({ dir: resolve('cdk.out', name), functions: named.get(name.slice('asset.'.length)) }));
const problems = [];
// Function names are `<stage>-<handler>`.
const handlerOf = (functionName) => EXPECTED_FUNCTIONS.find((handler) => functionName.endsWith(`-${handler}`));
const deployed = new Set(assets.flatMap(({ functions }) => functions.map(handlerOf)));
for (const handler of EXPECTED_FUNCTIONS) if (!deployed.has(handler)) problems.push(`no Lambda asset in cdk.out for ${handler}`);

Object.assign(process.env, {
  AWS_REGION: 'eu-central-1',
  SOZWATCH_TABLE: 'synth-check',
  SOZWATCH_BUCKET: 'synth-check',
  SOZWATCH_USER_POOL_ID: 'eu-central-1_synthcheck',
  SOZWATCH_USER_POOL_CLIENT_ID: 'synth-check',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  SOZWATCH_LOG_LEVEL: 'SILENT',
});

const MAX_KB = 500;
const event = (method, path) => ({ rawPath: path, headers: {}, requestContext: { http: { method }, requestId: 'synth-check' } });
const sizes = [];
const pageAssets = [];
for (const { dir, functions } of assets) {
  const name = functions.join(', ');
  const handlers = functions.map(handlerOf);
  // The source map comment at the end is not code; everything else counts.
  const kb = statSync(join(dir, 'index.js')).size / 1024;
  sizes.push(`${name} ${kb.toFixed(1)} KB`);
  if (kb > MAX_KB) problems.push(`${name}: index.js is ${kb.toFixed(1)} KB, over ${MAX_KB} KB`);
  const loaded = require(join(dir, 'index.js'));
  if (typeof loaded.handler !== 'function') {
    problems.push(`${name}: index.js exports no handler function (exports: ${Object.keys(loaded).join(', ') || 'none'})`);
    continue;
  }
  if (handlers.includes('review-fetch')) {
    const page = await loaded.handler(event('GET', '/'));
    if (page.statusCode !== 404) problems.push(`${name}: GET / answered ${page.statusCode}; the page is review-api's alone`);
    for (const path of ['/api/items/import', '/api/sources/test', '/api/sources/some-id/test']) {
      const refused = await loaded.handler(event('POST', path));
      if (refused.statusCode !== 401) problems.push(`${name}: POST ${path} without a token answered ${refused.statusCode}, not 401`);
    }
  }
  if (!existsSync(join(dir, 'review-page.js'))) continue;
  pageAssets.push(name);
  const get = (path) => loaded.handler(event('GET', path));
  const response = await get('/');
  if (response.statusCode !== 200 || !String(response.body).includes('/assets/review-page.js')) {
    problems.push(`${name}: GET / answered ${response.statusCode} without the review page`);
  }
  // The pages' scripts are ES modules importing each other: every one must have been copied beside the bundle.
  const pending = ['/assets/review-page.js', '/assets/sources-page.js'];
  const reached = new Set();
  while (pending.length > 0) {
    const path = pending.pop();
    if (reached.has(path)) continue;
    reached.add(path);
    const module = await get(path);
    if (module.statusCode !== 200) {
      problems.push(`${name}: GET ${path} answered ${module.statusCode}: the page's module is not in the asset`);
      continue;
    }
    for (const [, file] of String(module.body).matchAll(/^import [^;]*? from '\.\/([\w-]+\.js)';$/gm)) pending.push(`/assets/${file}`);
  }
  const api = await get('/api/items');
  if (api.statusCode !== 401) problems.push(`${name}: GET /api/items without a token answered ${api.statusCode}, not 401`);
}
if (pageAssets.length !== 1 || !pageAssets[0].split(', ').every((fn) => handlerOf(fn) === 'review-api')) {
  problems.push(`expected the review page files in review-api's asset alone, found them in: ${pageAssets.join('; ') || 'none'}`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${assets.length} Lambda assets (${sizes.join(', ')}), each <= ${MAX_KB} KB, load and export handler; the review page and its modules are served from review-api's asset only`);
