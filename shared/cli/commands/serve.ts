// `serve [--port N]`: the review API and page on 127.0.0.1 over the local stack, with development tokens.
import { startReviewServer } from '../../api/start-review-server';
import { openCliRuntime } from '../cli-runtime';
import { UsageError, type CliCommand } from '../command';

const DEFAULT_PORT = 8787;

function parsePort(args: string[]): number {
  let port = DEFAULT_PORT;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = arg === '--port' ? args[++i] : arg.startsWith('--port=') ? arg.slice('--port='.length) : undefined;
    if (value === undefined) throw new UsageError(`unknown argument ${arg}`);
    port = Number(value);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0..65535, got ${value}`);
  }
  return port;
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'run the review API and page on 127.0.0.1 (prints the URL and development tokens)',
  usage: [
    'usage: npm run cli -- serve [--port N]',
    '',
    `Starts the review API and web page on http://127.0.0.1:${DEFAULT_PORT}/ (or --port N; 0 picks a free port)`,
    'over the stack named by the environment, or the embedded local stack on .local/ when none is.',
    'Without SOZWATCH_USER_POOL_ID or SOZWATCH_JWT_ISSUER it creates a development issuer and prints',
    'a token for a reviewer and one for a viewer (valid 12 hours). Ctrl-C stops everything.',
  ].join('\n'),
  async run(args, io) {
    const port = parsePort(args);
    const runtime = await openCliRuntime(io, 'sozwatch-serve');
    let server;
    try {
      server = await startReviewServer(runtime.deps, { port });
    } catch (error) {
      await runtime.close();
      throw error;
    }
    const lines = [`sozwatch review page: ${server.url}/`];
    if (server.tokens) {
      lines.push('', 'Development login (paste into the page):', `  reviewer (decides): ${server.tokens.reviewer}`, '', `  viewer (reads only): ${server.tokens.viewer}`);
    }
    lines.push('', 'Ctrl-C stops it.', '');
    io.stdout.write(lines.join('\n'));
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    io.stderr.write('stopping…\n');
    await server.close();
    await runtime.close();
    return 0;
  },
};
