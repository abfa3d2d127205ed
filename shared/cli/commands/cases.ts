// `cases migrate | list | show KEY`: the case registry. `migrate` builds every case record from the
// caseKeys of the approved entries already stored, so a live deployment keeps its history; it is
// idempotent (a second run writes the same records) and repairs records a failed refresh left behind.
import { findCases, getCase, migrateCases } from '../../review/case-registry';
import { parseCommandArgs, UsageError, type CliCommand } from '../command';
import { withCliRuntime } from '../cli-runtime';

const USAGE = `usage: npm run --silent cli -- cases migrate
       npm run --silent cli -- cases list [--q WORDS]
       npm run --silent cli -- cases show KEY

migrate  builds the case records from every approved entry's legal case key and stores them,
         removing records no approved entry supports; prints {approvedItems, cases, removed}
list     the cases (best matches for --q, in any script; else the most recent), one JSON line each
show     one case with its timeline by month, as JSON`;

export const casesCommand: CliCommand = {
  name: 'cases',
  summary: 'the case registry: build it from stored entries (migrate), list or show cases',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { q: { type: 'string' } }, 2);
    const [action, key] = positionals;
    if (action !== 'migrate' && action !== 'list' && action !== 'show') throw new UsageError('say migrate, list or show');
    if (action === 'show' && !key) throw new UsageError('give the case key to show');
    return withCliRuntime(
      io,
      async ({ deps }) => {
        if (action === 'migrate') {
          const summary = await migrateCases(deps);
          io.stdout.write(`${JSON.stringify(summary)}\n`);
          io.stderr.write(`sozwatch cases: ${summary.cases} cases from ${summary.approvedItems} approved items, ${summary.removed} stale records removed\n`);
        } else if (action === 'list') {
          const { cases } = await findCases(deps, { ...(values.q ? { q: values.q } : {}), limit: 50 });
          for (const found of cases) io.stdout.write(`${JSON.stringify(found)}\n`);
        } else {
          io.stdout.write(`${JSON.stringify(await getCase(deps, key as string), null, 2)}\n`);
        }
        return 0;
      },
      'sozwatch-cases',
    );
  },
};
