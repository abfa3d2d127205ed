// `baseline import FILE.csv | baseline show`: the figures from before the system, which the report uses
// for the months that have no approved entry.
import { readFile } from 'node:fs/promises';
import { BaselineCsvError, parseBaselineCsv } from '../../report/baseline';
import { importBaseline, loadBaseline } from '../../report/report-settings';
import { monthRanges } from '../../report/report-summary';
import { parseCommandArgs, UsageError, type CliCommand } from '../command';
import { withCliRuntime } from '../cli-runtime';

const USAGE = `usage: npm run --silent cli -- baseline import FILE.csv
       npm run --silent cli -- baseline show

import  checks FILE.csv (UTF-8, a byte-order mark allowed) and stores it as the deployment's baseline,
        replacing any earlier one. Every problem is printed with its row and column, and nothing is
        stored from a file with a problem. The header names these columns (cells a row does not use
        stay empty):
          record, month, category, count, civil, civil_honour_dignity, criminal, criminal_in_court,
          administrative, judicial_acts, for_defendants, claimed_kzt, awarded_kzt, case_key, kind,
          parties, outlet, court, code, article, part, stage, stage_month, honour_dignity
        record = count: month, category (a category or subcategory id), count
        record = legal: month and the nine legal figures of that month
        record = case:  a case still open: case_key, kind, month (filed), stage, and what is known of
                        parties (separated by ";"), outlet, court, code/article/part, stage_month,
                        claimed_kzt, awarded_kzt, honour_dignity (yes/no)
show    prints the stored baseline's months and open cases as one JSON object.`;

function describeMonths(months: readonly string[]): string {
  return monthRanges(months)
    .map(([from, to]) => (from === to ? from : `${from}..${to}`))
    .join(', ');
}

export const baselineCommand: CliCommand = {
  name: 'baseline',
  summary: 'import the figures and open cases from before the system (CSV), or show the stored ones',
  usage: USAGE,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {}, 2);
    const [action, file] = positionals;
    if (action === 'import') {
      if (!file) throw new UsageError('give the CSV file to import');
      const text = await readFile(file, 'utf8').catch(() => {
        throw new UsageError(`cannot read ${file}`);
      });
      try {
        // Checked before any storage is opened: a file with problems starts nothing.
        parseBaselineCsv(text);
      } catch (error) {
        if (!(error instanceof BaselineCsvError)) throw error;
        io.stderr.write(`sozwatch baseline: ${file} was not imported, ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}:\n`);
        for (const problem of error.problems) io.stderr.write(`  ${problem}\n`);
        return 1;
      }
      return withCliRuntime(io, async ({ deps }) => {
        const summary = await importBaseline(deps.objects, text);
        io.stdout.write(`${JSON.stringify(summary)}\n`);
        io.stderr.write(
          `sozwatch baseline: ${summary.replaced ? 'replaced the baseline with' : 'imported'} ${summary.months.length} months (${describeMonths(summary.months) || 'none'}) and ${summary.cases} open cases\n`,
        );
        return 0;
      });
    }
    if (action === 'show') {
      if (file) throw new UsageError(`unexpected argument ${file}`);
      return withCliRuntime(io, async ({ deps }) => {
        const baseline = await loadBaseline(deps.objects);
        if (!baseline) {
          io.stderr.write('sozwatch baseline: no baseline imported\n');
          return 1;
        }
        io.stdout.write(`${JSON.stringify(baseline)}\n`);
        return 0;
      });
    }
    throw new UsageError(action ? `unknown action "${action}": use import or show` : 'give an action: import FILE.csv or show');
  },
};
