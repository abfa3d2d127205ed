// Starts the real local servers for one integration suite (port 0, in-memory), or uses the DynamoDB
// Local server named by SOZWATCH_TEST_DYNAMODB_ENDPOINT (the fidelity run in CI) with a fresh table.
import { randomUUID } from 'node:crypto';
import type { Config } from '../../shared/config/config';
import { startLocalServers } from '../../shared/local/local-servers';
import { buildDependencies, type BuildOptions, type Dependencies } from '../../shared/runtime/dependencies';

export interface LocalStack {
  config: Config;
  env: Record<string, string>;
  deps: Dependencies;
  stop(): Promise<void>;
}

export async function startLocalStack(options: BuildOptions = {}): Promise<LocalStack> {
  const external = process.env.SOZWATCH_TEST_DYNAMODB_ENDPOINT || undefined;
  const servers = await startLocalServers({
    dynamodbEndpoint: external,
    tableName: external ? `sozwatch-test-${randomUUID().slice(0, 8)}` : 'sozwatch',
    logLevel: 'SILENT',
  });
  return { config: servers.config, env: servers.env, deps: buildDependencies(servers.config, options), stop: () => servers.stop() };
}

/** Which DynamoDB-API server the integration suites run against, for test names. */
export const DYNAMODB_BACKEND = process.env.SOZWATCH_TEST_DYNAMODB_ENDPOINT ? 'DynamoDB Local' : 'dynalite';
