// `report <yyyy-mm> [--lang ru|kk|en] [--out DIR]`: (re)builds a month's report into the configured
// stack's bucket and, with --out, also writes the same files under DIR (keeping the S3 key layout).
import type { Language } from '../../domain/taxonomy';
import { isReportLayout, REPORT_LAYOUTS, type ReportLayout } from '../../report/current-layout';
import { isMonth } from '../../domain/time';
import { buildReport } from '../../report/build-report';
import { exportReportFiles } from '../../report/export-report-files';
import { saveReportSettings } from '../../report/report-settings';
import { languageArg, parseCommandArgs, UsageError, type CliCommand } from '../command';
import { withCliRuntime } from '../cli-runtime';

const USAGE = `usage: npm run --silent cli -- report [yyyy-mm] [--lang ru|kk|en] [--layout 2021|current [--save-layout]] [--out DIR]

Builds the monthly report from the approved entries and publishes it to the stack's bucket:
  reports/<yyyy>/<mm>/report.<lang>.html|.md, reports/<yyyy>/<mm>/data.json, reports/index.html
The month defaults to the previous month in Asia/Almaty; all three languages unless --lang is given.
The layout is the deployment's stored setting (2021 when none is stored) unless --layout is given;
with --save-layout that layout also becomes the stored setting, for every later build.
With --out DIR the same files are also written under DIR (e.g. DIR/reports/2021/10/report.ru.html).
Prints one line per file: the S3 key, and with --out the local path after a tab.`;

export interface ReportArgs {
  month?: string;
  lang?: Language;
  layout?: ReportLayout;
  saveLayout?: boolean;
  out?: string;
}

export function parseReportArgs(args: string[]): ReportArgs {
  const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string' }, layout: { type: 'string' }, 'save-layout': { type: 'boolean' }, out: { type: 'string' } }, 1);
  const parsed: ReportArgs = {};
  const month = positionals[0];
  if (month !== undefined) {
    if (!isMonth(month)) throw new UsageError(`the month must be yyyy-mm, got "${month}"`);
    parsed.month = month;
  }
  const lang = languageArg(values.lang);
  if (lang) parsed.lang = lang;
  if (values.layout !== undefined) {
    if (!isReportLayout(values.layout)) throw new UsageError(`--layout must be one of ${REPORT_LAYOUTS.join(', ')}, got "${values.layout}"`);
    parsed.layout = values.layout;
  }
  if (values['save-layout']) {
    if (!parsed.layout) throw new UsageError('--save-layout needs --layout');
    parsed.saveLayout = true;
  }
  if (values.out !== undefined) parsed.out = values.out;
  return parsed;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'build and publish a month\'s report (reports/<yyyy>/<mm>/…), optionally exporting the files',
  usage: USAGE,
  async run(args, io) {
    const options = parseReportArgs(args);
    return withCliRuntime(
      io,
      async ({ deps }) => {
        if (options.saveLayout && options.layout) await saveReportSettings(deps.objects, { layout: options.layout });
        const result = await buildReport(deps, { month: options.month, lang: options.lang, layout: options.layout });
        const files = [...result.files, result.index];
        const paths = options.out ? await exportReportFiles(files, options.out) : [];
        files.forEach((file, i) => io.stdout.write(paths[i] ? `${file.key}\t${paths[i]}\n` : `${file.key}\n`));
        io.stderr.write(
          `sozwatch report: ${result.month}, ${result.data.entries.length} entries, ${result.languages.join('/')}, ${result.layout} layout, bucket ${deps.config.bucketName}\n`,
        );
        return 0;
      },
      'sozwatch-report',
    );
  },
};
