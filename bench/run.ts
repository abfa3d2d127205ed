// `npm run bench`: runs every benchmark in its own process (so one's memory and JIT state do not
// skew another's), prints each one's table, then one summary table and, last, one JSON line.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Each script prints a human table and, as its last stdout line, one JSON object of figures. */
const BENCHMARKS = ['classifier', 'ingest', 'storage', 'review-api', 'report', 'bundle'];

interface Outcome {
  name: string;
  seconds: number;
  figures?: Record<string, unknown>;
  error?: string;
}

function runOne(name: string): Promise<Outcome> {
  const script = join('bench', `${name}.ts`);
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--openssl-legacy-provider', '--expose-gc', '--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', SOZWATCH_LOG_LEVEL: 'SILENT', POWERTOOLS_LOG_LEVEL: 'SILENT' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const last = output.trim().split('\n').pop() ?? '';
      try {
        if (code !== 0) throw new Error(`exit ${code}`);
        resolve({ name, seconds, figures: JSON.parse(last) as Record<string, unknown> });
      } catch (error) {
        resolve({ name, seconds, error: error instanceof Error ? error.message : String(error) });
      }
    });
  });
}

function flatten(prefix: string, value: unknown, into: Array<[string, string]>): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(prefix ? `${prefix}.${key}` : key, inner, into);
  } else {
    into.push([prefix, typeof value === 'number' ? String(Math.round(value * 1000) / 1000) : JSON.stringify(value)]);
  }
}

const only = process.argv.slice(2);
const outcomes: Outcome[] = [];
for (const name of BENCHMARKS) {
  if (only.length > 0 && !only.includes(name)) continue;
  if (!existsSync(join('bench', `${name}.ts`))) {
    outcomes.push({ name, seconds: 0, error: 'not present' });
    continue;
  }
  process.stdout.write(`\n=== bench/${name}.ts\n`);
  outcomes.push(await runOne(name));
}

const rows: Array<[string, string]> = [];
for (const outcome of outcomes) {
  if (outcome.error) rows.push([`${outcome.name}`, `ERROR: ${outcome.error}`]);
  else flatten(outcome.name, outcome.figures, rows);
}
const width = Math.max(...rows.map(([key]) => key.length));
process.stdout.write(`\n=== summary\n${rows.map(([key, value]) => `${key.padEnd(width)}  ${value}`).join('\n')}\n`);
const summary = Object.fromEntries(outcomes.map((o) => [o.name, o.error ? { error: o.error } : { ...o.figures, seconds: Math.round(o.seconds * 10) / 10 }]));
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exitCode = outcomes.some((o) => o.error && o.error !== 'not present') ? 1 : 0;
