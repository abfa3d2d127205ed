// What each API function's bundle carries, from esbuild's metafile with the deployed settings: review-api
// imports neither the classifier nor the HTML and charset parsers, and the HTTP client only for the
// evidence archive of an approval; build-report none of them; review-fetch has them all. A stray import puts them back, since
// esbuild bundles what is imported, whether or not it is called.
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lambdaEsbuildOptions } from '../../../cdk/constructs/bundling';

async function bundledInputs(handler: string): Promise<string[]> {
  const result = await build({ ...lambdaEsbuildOptions(join('lambdas', `${handler}.ts`), join('out', 'bundle-contents', handler, 'index.js')), metafile: true, write: false });
  return Object.keys(result.metafile.inputs);
}

// The classifier is its automaton and rules; small pure parsers beside it (tenge amounts) may be shared.
const HTTP_CLIENT = /shared\/sources\/http\/http-client\.ts$/;
const FETCHING_AND_CLASSIFYING = [/shared\/classify\/(classifier|matcher)\.ts$/, /shared\/classify\/rules\//, HTTP_CLIENT, /node_modules\/cheerio\//, /shared\/sources\/charset\.ts$/, /shared\/ingest\/import-item\.ts$/];

describe('API bundle contents', { timeout: 60_000 }, () => {
  it.each([
    ['review-api', FETCHING_AND_CLASSIFYING.filter((pattern) => pattern !== HTTP_CLIENT)],
    ['build-report', FETCHING_AND_CLASSIFYING],
  ])('%s carries no classifier, import or HTML/charset parser (build-report no HTTP client either)', async (handler, absent) => {
    const inputs = await bundledInputs(handler);
    expect(inputs.some((path) => path.endsWith(`lambdas/${handler}.ts`))).toBe(true);
    for (const pattern of absent) expect(inputs.filter((path) => pattern.test(path)), String(pattern)).toEqual([]);
  });

  it('review-fetch carries them, and not the page files', async () => {
    const inputs = await bundledInputs('review-fetch');
    for (const pattern of FETCHING_AND_CLASSIFYING) expect(inputs.some((path) => pattern.test(path)), String(pattern)).toBe(true);
    expect(inputs.some((path) => path.endsWith('shared/web/web-assets.ts'))).toBe(false);
  });
});
