// The Lambda bundles carry the rules packed (cdk/constructs/bundling.ts defines them; see
// shared/classify/built-in-rules.ts): the packed copy must be the rule set itself, classify the same,
// fit the one esbuild argument it travels in, and replace the rule modules in the bundle.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_DEFINE, BUNDLE_PACKAGE_JSON, lambdaEsbuildOptions } from '../../../cdk/constructs/bundling';
import { builtInRules } from '../../../shared/classify/built-in-rules';
import { createClassifier } from '../../../shared/classify/classifier';
import { defaultRules } from '../../../shared/classify/rules/index';
import { packRules, unpackRules } from '../../../shared/classify/rules/packed-rules';

const run = promisify(execFile);
const OUT = resolve('node_modules', '.cache', `sozwatch-packed-rules-${process.pid}`);
const GOLDEN = readFileSync(new URL('../../fixtures/classify/golden-input.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  // The golden input also holds lines the CLI must reject; only the items are classified here.
  .flatMap((line) => {
    try {
      const item = JSON.parse(line) as { id?: string; title?: string; text?: string; lang?: string };
      return typeof item.text === 'string' ? [item as { title?: string; text: string; lang?: string }] : [];
    } catch {
      return [];
    }
  });

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('packed rules', () => {
  it('unpack the rule set they were packed from, and the bundles get the current rules', () => {
    expect(unpackRules(packRules(defaultRules))).toEqual(defaultRules);
    expect(unpackRules(JSON.parse(BUNDLE_DEFINE.__SOZWATCH_PACKED_RULES__!) as string)).toEqual(defaultRules);
    // Outside a bundle nothing is defined: the rule modules themselves.
    expect(builtInRules()).toBe(defaultRules);
  });

  it('stay well under the 128 KB a single esbuild argument may have', () => {
    expect(BUNDLE_DEFINE.__SOZWATCH_PACKED_RULES__!.length).toBeLessThan(100 * 1024);
  });

  it('classify in a bundle built with the deployed settings exactly as the rule modules do, without the modules in it', async () => {
    mkdirSync(OUT, { recursive: true });
    const entry = join(OUT, 'entry.ts');
    writeFileSync(
      entry,
      `import { createClassifier } from ${JSON.stringify(resolve('shared/classify/classifier'))};
export const classifyAll = (items) => { const classify = createClassifier(); return items.map((i) => classify(i)); };`,
    );
    const outfile = join(OUT, 'index.js');
    const result = await build({ ...lambdaEsbuildOptions(entry, outfile), metafile: true });
    writeFileSync(join(OUT, 'package.json'), BUNDLE_PACKAGE_JSON);
    const output = Object.values(result.metafile.outputs).find((o) => o.entryPoint)!;
    const ruleModules = Object.entries(output.inputs).filter(([path, { bytesInOutput }]) => /shared\/classify\/rules\/(lexicon|criminal|exclusions|index)\.ts$/.test(path) && bytesInOutput > 200);
    expect(ruleModules).toEqual([]);

    writeFileSync(join(OUT, 'items.json'), JSON.stringify(GOLDEN));
    const script = `const items = require(${JSON.stringify(join(OUT, 'items.json'))}); process.stdout.write(JSON.stringify(require(${JSON.stringify(outfile)}).classifyAll(items)));`;
    const { stdout } = await run(process.execPath, ['-e', script], { maxBuffer: 64 * 1024 * 1024 });
    const classify = createClassifier(defaultRules);
    expect(JSON.parse(stdout)).toEqual(GOLDEN.map((item) => JSON.parse(JSON.stringify(classify(item)))));
  }, 120_000);
});
