// esbuild settings shared by SozwatchFunction and bench/bundle.ts, so the benchmark measures the
// bundles that are deployed. No aws-cdk-lib import: the benchmark loads this without the CDK.
import type { BuildOptions } from 'esbuild';
import { defaultRules } from '../../shared/classify/rules/index';
import { packRules } from '../../shared/classify/rules/packed-rules';

export const BUNDLE_TARGET = 'node22';
/** The Node.js 22 runtime ships SDK v3; bundling it would add ~1 MB and slow every cold start. */
export const BUNDLE_EXTERNALS = ['@aws-sdk/*'];
/** ESM first: smaller bundles from dependencies that publish both module formats. */
export const BUNDLE_MAIN_FIELDS = ['module', 'main'];
/**
 * CommonJS output. The runtime's SDK is CommonJS: `require` loads it directly, while an ES module
 * importing it first runs Node's export scanner over every SDK file, which measured 40-70 ms more per
 * cold start (bench/bundle.ts). Our ES module sources bundle into CommonJS unchanged.
 */
export const BUNDLE_FORMAT = 'cjs' as const;
/**
 * Non-ASCII stays UTF-8 instead of `\uXXXX` escapes: the classifier's Russian and Kazakh terms are
 * 2 bytes per letter instead of 6 (the ingest bundle went from 623 to 491 KB with this alone).
 */
export const BUNDLE_CHARSET = 'utf8' as const;
/**
 * `import.meta.url` has no CommonJS equivalent; the banner computes it from `__filename`. The classifier's
 * rules are embedded packed (JSON, gzip, base64: about 60 KB instead of about 180 KB of object literals):
 * shared/classify/built-in-rules.ts reads __SOZWATCH_PACKED_RULES__, and the rule modules drop out of
 * the bundle. The packed string travels as one esbuild argument, which Linux caps at 128 KB
 * (test/unit/classify/packed-rules.test.ts keeps it well under).
 */
export const BUNDLE_DEFINE: Record<string, string> = {
  'import.meta.url': '__sozwatchModuleUrl',
  __SOZWATCH_PACKED_RULES__: JSON.stringify(packRules(defaultRules)),
};
export const BUNDLE_BANNER = "var __sozwatchModuleUrl = require('node:url').pathToFileURL(__filename).href;";
/**
 * Written beside the bundle's index.js: it is CommonJS whatever package.json encloses the folder
 * (the project's own says "type": "module", which would make Node read cdk.out's bundles as ES modules).
 */
export const BUNDLE_PACKAGE_JSON = '{"type":"commonjs"}';

/**
 * The functions' NODE_OPTIONS: stack traces in the logs point at source files and lines. It costs each
 * cold start ~10 ms (Node reads the bundle's source map at load), which bench/bundle.ts includes.
 */
export const LAMBDA_NODE_OPTIONS = '--enable-source-maps';

/**
 * The esbuild options of a deployed handler bundle, for code that runs esbuild itself (the bundle
 * benchmark and the test that runs the built bundles); SozwatchFunction passes the same values
 * through the CDK's bundling props.
 */
export function lambdaEsbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: BUNDLE_FORMAT,
    charset: BUNDLE_CHARSET,
    define: BUNDLE_DEFINE,
    target: BUNDLE_TARGET,
    minify: true,
    // An external .map without the sources: what SozwatchFunction's sourceMap/sourcesContent produce.
    sourcemap: true,
    sourcesContent: false,
    external: BUNDLE_EXTERNALS,
    mainFields: BUNDLE_MAIN_FIELDS,
    banner: { js: BUNDLE_BANNER },
    logLevel: 'error',
  };
}
