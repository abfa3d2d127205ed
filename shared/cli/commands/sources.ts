// `sources [list]` prints the catalog; `sources check [--source ID…] [--kind …]` fetches each source
// once and reports which feeds still parse, which list selectors and court parsers still match, and
// which Telegram channels still have a public preview (exit 1 if any fail).
import { checkSources } from '../../sources/check-sources';
import { CATALOG, selectSources } from '../../sources/catalog';
import { UsageError, type CliCommand } from '../command';
import { parseIngestArgs } from './ingest';
import { cliHttpClient } from './source-cli';

const USAGE = `usage: sources [list] [--kind news|courts|KIND] [--source ID]... [--group G]
       sources check [--kind news|courts|KIND] [--source ID]... [--group G]

KIND is one of feed, html-list, telegram, search, court.
list: the catalogued sources as JSON lines (id, name, kind, url, language, group, parser, pollMinutes,
      expectsItems, maxSilenceHours, verified, note, evidence, and the kind's settings).
check: fetches each selected source once (needs network) and prints one JSON line per source
      {"sourceId","ok","items","newestAt"?,"error"?}; exit 1 when any source failed.`;

export const sourcesCommand: CliCommand = {
  name: 'sources',
  summary: 'list the catalogued sources, or check that each feed and court parser still works',
  usage: USAGE,
  async run(args, io) {
    const [first, ...rest] = args;
    const action = first === 'check' || first === 'list' ? first : 'list';
    const options = parseIngestArgs(first === 'check' || first === 'list' ? rest : args);
    if (options.concurrency) throw new UsageError('--concurrency does not apply here');
    const { sources } = selectSources({ kind: options.kind, sourceIds: options.sourceIds.length ? options.sourceIds : undefined, group: options.group }, CATALOG);
    if (action === 'list') {
      for (const s of sources) io.stdout.write(`${JSON.stringify(s)}\n`);
      return 0;
    }
    const checks = await checkSources(cliHttpClient(io), sources, new Date(), (check) => io.stdout.write(`${JSON.stringify(check)}\n`));
    const failed = checks.filter((c) => !c.ok);
    io.stderr.write(`sozwatch sources check: ${checks.length - failed.length} ok, ${failed.length} failing${failed.length ? `: ${failed.map((c) => c.sourceId).join(', ')}` : ''}\n`);
    return failed.length ? 1 : 0;
  },
};
