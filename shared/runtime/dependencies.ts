// The composition root: the storage adapters (base-dependencies.ts) plus the keyword classifier and
// the HTTP client, for the code that fetches from the outside world or classifies (ingest, import,
// "test now", the CLI, the local servers). Handlers that do neither build on base-dependencies.ts
// alone: esbuild bundles what a module imports, whether or not it is called.
import { createClassifier } from '../classify/classifier';
import type { Classify } from '../domain/classification';
import type { HttpFetcher } from '../sources/http/http-client';
import { outboundClient } from './outbound-client';
import type { Config } from '../config/config';
import { buildBaseDependencies, type BaseDependencies, type BuildOptions } from './base-dependencies';

export { createDynamoDbClient, createS3Client, type BaseDependencies, type BuildOptions } from './base-dependencies';

export interface Dependencies extends BaseDependencies {
  /** The keyword classifier, compiled once per process. */
  classify: Classify;
  /** The one polite HTTP client for sources (robots.txt cache and per-host pacing live in it). */
  http: HttpFetcher;
}

let compiledClassifier: Classify | undefined;

/** Compiling the rules into the automaton is the costly part: do it once, on first use. */
function sharedClassifier(): Classify {
  compiledClassifier ??= createClassifier();
  return compiledClassifier;
}

/** The base dependencies with the classifier and the HTTP client added. */
export function withFetching(base: BaseDependencies): Dependencies {
  return {
    ...base,
    // Compiled on first use: a process that only fetches (a source test) skips the cost.
    classify: (input) => sharedClassifier()(input),
    http: outboundClient(base.config),
  };
}

export function buildDependencies(config: Config, options: BuildOptions = {}): Dependencies {
  return withFetching(buildBaseDependencies(config, options));
}
