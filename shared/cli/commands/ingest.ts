// `ingest [--kind news|courts] [--source ID…] [--group G]`: runs the ingest use case against the
// configured stack (or the embedded local one), progress per source on stderr, the summary on stdout.
import { randomUUID } from 'node:crypto';
import { ingestSources, type SourceRunResult } from '../../ingest/ingest-sources';
import { SOURCE_TYPES, type SourceLane, type SourceType } from '../../sources/catalog';
import { loadCliSettings } from '../../config/config';
import { sourcesToPoll } from '../../sources/manage-sources';
import { parseCommandArgs, UsageError, type CliCommand } from '../command';
import { withCliRuntime } from '../cli-runtime';

const USAGE = `usage: ingest [--kind news|courts|feed|html-list|telegram|search|court] [--source ID]... [--group G] [--concurrency N]

Fetches the enabled sources stored in the table (the built-in catalog is seeded into an empty table
first; see \`sources\`) with conditional GETs, stores new items (flagged ones as pending), updates
each source's state, prints one progress line per source on stderr and the run summary as JSON on stdout.
Exit 0 when every source succeeded or was unchanged, 1 when any failed.`;

export interface IngestArgs {
  kind?: SourceType | SourceLane;
  sourceIds: string[];
  group?: string;
  concurrency?: number;
}

export function parseIngestArgs(args: string[]): IngestArgs {
  const { values } = parseCommandArgs(args, {
    kind: { type: 'string' },
    source: { type: 'string', multiple: true },
    group: { type: 'string' },
    concurrency: { type: 'string' },
  });
  const parsed: IngestArgs = { sourceIds: (values.source ?? []).flatMap((v) => v.split(',')), group: values.group };
  if (values.kind !== undefined) {
    const kind = values.kind;
    if (kind === 'news' || kind === 'courts' || (SOURCE_TYPES as readonly string[]).includes(kind)) parsed.kind = kind as SourceType | SourceLane;
    else throw new UsageError(`--kind must be news, courts or a source kind (${SOURCE_TYPES.join(', ')}), got "${kind}"`);
  }
  if (values.concurrency !== undefined) {
    const n = Number(values.concurrency);
    if (!Number.isInteger(n) || n < 1 || n > 32) throw new UsageError('--concurrency must be an integer from 1 to 32');
    parsed.concurrency = n;
  }
  return parsed;
}

function progressLine(r: SourceRunResult): string {
  const status = r.outcome === 'error' ? `ERROR ${r.errorKind}: ${r.error}` : r.outcome === 'not-modified' ? 'not modified' : `${r.fetched} fetched, ${r.new} new, ${r.flagged} flagged`;
  const health = r.unhealthy.length ? ` [unhealthy: ${r.unhealthy.join('; ')}]` : '';
  const recovered = r.recovered ? ' [feed cut short: items before the cut kept, validators not]' : '';
  return `${r.sourceId.padEnd(20)} ${status} (${r.durationMs} ms)${recovered}${health}\n`;
}

export const ingestCommand: CliCommand = {
  name: 'ingest',
  summary: 'fetch the catalogued sources now and store new items (summary as JSON)',
  usage: USAGE,
  async run(args, io) {
    const options = parseIngestArgs(args);
    return withCliRuntime(
      io,
      async ({ deps }) => {
        const enabled = await sourcesToPoll(deps, { seed: 'if-empty', actor: loadCliSettings(io.env).actor });
        const unknown = options.sourceIds.filter((id) => !enabled.some((s) => s.id === id));
        if (unknown.length) throw new UsageError(`unknown or paused source(s): ${unknown.join(', ')} (see \`sources list\`)`);
        const summary = await ingestSources(deps, {
          catalog: enabled,
          runId: `cli-${randomUUID().slice(0, 8)}`,
          kind: options.kind,
          sourceIds: options.sourceIds.length ? options.sourceIds : undefined,
          group: options.group,
          concurrency: options.concurrency,
          onSourceDone: (result) => io.stderr.write(progressLine(result)),
        });
        io.stdout.write(`${JSON.stringify(summary)}\n`);
        return summary.totals.errors > 0 ? 1 : 0;
      },
      'sozwatch-ingest',
    );
  },
};
