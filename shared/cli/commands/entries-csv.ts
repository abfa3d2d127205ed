// `entries-csv <yyyy|yyyy-mm> [--lang ru|kk|en]`: the approved entries of a year or a month as CSV on stdout.
import { exportEntriesCsv } from '../../report/build-report';
import { languageArg, parseCommandArgs, UsageError, type CliCommand } from '../command';
import { withCliRuntime } from '../cli-runtime';

const USAGE = `usage: npm run --silent cli -- entries-csv <yyyy|yyyy-mm> [--lang ru|kk|en] > entries.csv

Writes the approved entries of the year (January–December) or of the month as CSV: one row per entry,
UTF-8 with a byte-order mark, every field quoted; several values in one cell are one per line. Category
and subcategory names are in --lang (default en). The month's file is also published with its report
as reports/<yyyy>/<mm>/entries.csv.`;

export const entriesCsvCommand: CliCommand = {
  name: 'entries-csv',
  summary: 'the approved entries of a year or a month as CSV (incident facts, sources, case)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string' } }, 1);
    const spec = positionals[0];
    if (!spec || !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(spec)) throw new UsageError(`give the period as yyyy or yyyy-mm${spec ? `, got "${spec}"` : ''}`);
    const lang = languageArg(values.lang) ?? 'en';
    return withCliRuntime(io, async ({ deps }) => {
      io.stdout.write(await exportEntriesCsv(deps, spec, lang));
      return 0;
    });
  },
};
