// `sources [list]` prints the sources stored in the table (seeding the built-in catalog into an empty
// one first); `sources seed [--update ID]…` inserts the catalog sources the table lacks and reports
// which stored ones differ from the catalog; `sources check [--source ID…] [--kind …]` fetches each
// catalogued source once and reports which feeds still parse, which list selectors and court parsers
// still match, and which Telegram channels still have a public preview (exit 1 if any fail).
import { loadCliSettings } from '../../config/config';
import { checkSources } from '../../sources/check-sources';
import { CATALOG, selectSources } from '../../sources/catalog';
import { readSources, seedSources } from '../../sources/manage-sources';
import { withCliRuntime } from '../cli-runtime';
import { parseCommandArgs, UsageError, type CliCommand } from '../command';
import { parseIngestArgs } from './ingest';
import { cliHttpClient } from './source-cli';

const USAGE = `usage: sources [list] [--kind news|courts|KIND] [--source ID]... [--group G]
       sources seed [--update ID]...
       sources check [--kind news|courts|KIND] [--source ID]... [--group G]

KIND is one of feed, html-list, telegram, search, court.
list: the sources stored in the table as JSON lines (id, name, kind, url, language, group, parser,
      pollMinutes, expectsItems, maxSilenceHours, verified, note, evidence, the kind's settings, and
      enabled, version, origin, …); an empty table is seeded from the built-in catalog first.
seed: inserts the built-in catalog's sources the table lacks (never overwrites a stored one) and prints
      {"inserted":[…],"differs":[…],"updated":[…],"unchanged":N}; "differs" lists stored sources whose
      catalog definition changed. --update ID applies the catalog's definition to that stored source.
check: fetches each selected catalogued source once (needs network) and prints one JSON line per source
      {"sourceId","ok","items","newestAt"?,"error"?}; exit 1 when any source failed.`;

export const sourcesCommand: CliCommand = {
  name: 'sources',
  summary: 'list the stored sources, seed the table from the built-in catalog, or check that each source still works',
  usage: USAGE,
  async run(args, io) {
    const [first, ...rest] = args;
    const action = first === 'check' || first === 'list' || first === 'seed' ? first : 'list';
    const remaining = first === action ? rest : args;
    if (action === 'seed') {
      const { values } = parseCommandArgs(remaining, { update: { type: 'string', multiple: true } });
      const update = (values.update ?? []).flatMap((v) => v.split(',')).filter(Boolean);
      const unknown = update.filter((id) => !CATALOG.some((s) => s.id === id));
      if (unknown.length) throw new UsageError(`not in the built-in catalog: ${unknown.join(', ')}`);
      return withCliRuntime(io, async ({ deps }) => {
        const result = await seedSources(deps, { actor: loadCliSettings(io.env).actor, update });
        io.stdout.write(`${JSON.stringify(result)}\n`);
        return 0;
      }, 'sozwatch-sources');
    }
    const options = parseIngestArgs(remaining);
    if (options.concurrency) throw new UsageError('--concurrency does not apply here');
    const filter = { kind: options.kind, sourceIds: options.sourceIds.length ? options.sourceIds : undefined, group: options.group };
    if (action === 'list') {
      return withCliRuntime(io, async ({ deps }) => {
        const stored = await readSources(deps, { seed: 'if-empty', actor: loadCliSettings(io.env).actor });
        const { sources, unknown } = selectSources(filter, [...stored].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
        if (unknown.length) throw new UsageError(`unknown source(s): ${unknown.join(', ')}`);
        for (const s of sources) io.stdout.write(`${JSON.stringify(s)}\n`);
        return 0;
      }, 'sozwatch-sources');
    }
    const { sources, unknown } = selectSources(filter, CATALOG);
    if (unknown.length) throw new UsageError(`unknown source(s): ${unknown.join(', ')} (see \`sources list\`)`);
    const checks = await checkSources(cliHttpClient(io), sources, new Date(), (check) => io.stdout.write(`${JSON.stringify(check)}\n`));
    const failed = checks.filter((c) => !c.ok);
    io.stderr.write(`sozwatch sources check: ${checks.length - failed.length} ok, ${failed.length} failing${failed.length ? `: ${failed.map((c) => c.sourceId).join(', ')}` : ''}\n`);
    return failed.length ? 1 : 0;
  },
};
