// esbuild settings shared by SozwatchFunction and bench/bundle.ts, so the benchmark measures the
// bundles that are deployed. No aws-cdk-lib import: the benchmark loads this without the CDK.
import { fileURLToPath } from 'node:url';

export const BUNDLE_TARGET = 'node22';
/**
 * The Node.js 22 runtime ships SDK v3; bundling it would add ~1 MB and slow every cold start.
 * `./tables/*` are iconv-lite's Chinese, Japanese and Korean code tables (~390 KB, required lazily
 * only when such a charset is decoded): no Kazakh, Russian or English source uses one, so a feed
 * declaring Shift_JIS or GBK fails as a source error instead of costing every handler the bytes.
 */
export const BUNDLE_EXTERNALS = ['@aws-sdk/*', './tables/*'];
/** ESM first: smaller bundles from dependencies that publish both module formats. */
export const BUNDLE_MAIN_FIELDS = ['module', 'main'];
/** Some CommonJS dependencies (rss-parser's xml2js) call require() inside an ES module bundle. */
export const BUNDLE_BANNER = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";
/**
 * Packages replaced by a stand-in when bundling (esbuild `alias`): xml2js loads xmlbuilder (~67 KB)
 * only for its Builder, never used here. Absolute paths: the CDK runs esbuild in the output directory,
 * so a relative path would not resolve (local bundling; esbuild is a dev dependency, so no Docker).
 */
export const BUNDLE_ALIASES: Record<string, string> = {
  xmlbuilder: fileURLToPath(new URL('./bundle-shims/xmlbuilder.cjs', import.meta.url)),
};
