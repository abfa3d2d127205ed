// How a CLI command gets its dependencies: the stack named by the environment (AWS or `npm run local`),
// or, when none is named, the embedded local default — dynalite + s3rver in-process on the .local/ data.
import { resolve } from 'node:path';
import { loadCliSettings, loadConfig } from '../config/config';
import { startLocalServers, type LocalServers } from '../local/local-servers';
import { buildDependencies, type Dependencies } from '../runtime/dependencies';
import type { CliIo } from './command';

export interface CliRuntime {
  deps: Dependencies;
  /** Present when the CLI started the embedded local servers itself. */
  embedded?: LocalServers;
  close(): Promise<void>;
}

export async function openCliRuntime(io: CliIo, serviceName = 'sozwatch-cli'): Promise<CliRuntime> {
  const settings = loadCliSettings(io.env);
  if (settings.usesConfiguredStack) {
    const deps = buildDependencies(loadConfig(io.env), { serviceName, logToStderr: true });
    return { deps, close: async () => undefined };
  }
  const dataDir = resolve(settings.localDataDir);
  let embedded: LocalServers;
  try {
    embedded = await startLocalServers({ dataDir, logLevel: settings.logLevel });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/lock/i.test(message)) {
      throw new Error(`the local data in ${dataDir} is in use (is \`npm run local\` running?): export the variables it printed and run again`);
    }
    throw error;
  }
  io.stderr.write(`sozwatch: no SOZWATCH_TABLE set, using the embedded local stack with data in ${dataDir}\n`);
  // The embedded servers' config comes from their own environment: the fetch exemption comes from ours.
  const deps = buildDependencies({ ...embedded.config, allowedPrivateHosts: settings.allowedPrivateHosts }, { serviceName, logToStderr: true });
  return { deps, embedded, close: () => embedded.stop() };
}

/** Runs `fn` with dependencies and always releases them (stops embedded servers). */
export async function withCliRuntime<T>(io: CliIo, fn: (runtime: CliRuntime) => Promise<T>, serviceName?: string): Promise<T> {
  const runtime = await openCliRuntime(io, serviceName);
  try {
    return await fn(runtime);
  } finally {
    await runtime.close();
  }
}
