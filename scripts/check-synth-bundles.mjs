// After `cdk synth`: checks the Lambda assets the CDK built, which are what gets deployed. Each
// index.js is at most 500 KB (the target bench/bundle.ts measures on its own esbuild
// run of the same settings) and loads the way the runtime loads it (require, with only the asset's own
// files beside it) and exports `handler`; the review-api asset serves its page and every ES module
// the page imports from the files the bundling hook copied. Exits 1 with the reasons otherwise.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const assets = readdirSync('cdk.out')
  .filter((name) => name.startsWith('asset.') && existsSync(join('cdk.out', name, 'index.js')))
  .map((name) => resolve('cdk.out', name));
const problems = [];
if (assets.length < 4) problems.push(`expected 4 Lambda assets in cdk.out, found ${assets.length}`);

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
let pages = 0;
for (const dir of assets) {
  const name = dir.split('/').pop().slice(0, 18);
  // The source map comment at the end is not code; everything else counts.
  const kb = statSync(join(dir, 'index.js')).size / 1024;
  if (kb > MAX_KB) problems.push(`${name}: index.js is ${kb.toFixed(1)} KB, over ${MAX_KB} KB`);
  const loaded = require(join(dir, 'index.js'));
  if (typeof loaded.handler !== 'function') {
    problems.push(`${name}: index.js exports no handler function (exports: ${Object.keys(loaded).join(', ') || 'none'})`);
    continue;
  }
  if (!existsSync(join(dir, 'review-page.js'))) continue;
  pages += 1;
  const get = (path) => loaded.handler({ rawPath: path, headers: {}, requestContext: { http: { method: 'GET' }, requestId: 'synth-check' } });
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
  const api = await loaded.handler({ rawPath: '/api/items', headers: {}, requestContext: { http: { method: 'GET' }, requestId: 'synth-check' } });
  if (api.statusCode !== 401) problems.push(`${name}: GET /api/items without a token answered ${api.statusCode}, not 401`);
}
if (pages !== 1) problems.push(`expected the review page files in exactly one asset, found ${pages}`);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`${assets.length} Lambda assets, each <= ${MAX_KB} KB, load and export handler; the review page and its modules are served from its asset`);
