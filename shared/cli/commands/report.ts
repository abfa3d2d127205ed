// `report <yyyy-mm> [--lang ru|kk|en] [--out DIR]`: (re)builds a month's report into the configured
// stack's bucket and, with --out, also writes the same files under DIR (keeping the S3 key layout).
import type { Language } from '../../domain/taxonomy';
import { isReportLayout, REPORT_LAYOUTS, type ReportLayout } from '../../report/current-layout';
import { isMonth } from '../../domain/time';
import { buildReport, type ReportFile } from '../../report/build-report';
import { buildReportDraft, publishReportDraft, type DraftManifest } from '../../report/report-draft';
import { loadCliSettings } from '../../config/config';
import { previousAlmatyMonth } from '../../domain/time';
import type { ObjectStore } from '../../ports/object-store';
import { exportReportFiles } from '../../report/export-report-files';
import { updateReportSettings } from '../../report/report-settings';
import { languageArg, parseCommandArgs, UsageError, type CliCommand } from '../command';
import { withCliRuntime } from '../cli-runtime';

const USAGE = `usage: npm run --silent cli -- report [yyyy-mm] [--lang ru|kk|en] [--layout 2021|current [--save-layout]] [--draft] [--out DIR]
       npm run --silent cli -- report yyyy-mm --publish

Builds the monthly report from the approved entries and publishes it to the stack's bucket:
  reports/<yyyy>/<mm>/report.<lang>.html|.md, reports/<yyyy>/<mm>/data.json, reports/index.html
The month defaults to the previous month in Asia/Almaty; all three languages unless --lang is given.
The layout is the deployment's stored setting (2021 when none is stored) unless --layout is given;
with --save-layout that layout also becomes the stored setting, for every later build.
With --out DIR the same files are also written under DIR (e.g. DIR/reports/2021/10/report.ru.html).
Prints one line per file: the S3 key, and with --out the local path after a tab.
With --draft the files go under drafts/<yyyy>/<mm>/ instead (never public, never in the index), and
what is incomplete is printed on stderr; --publish copies the month's reviewed draft to reports/
byte for byte, refusing a draft whose approved entries changed since it was built.`;

export interface ReportArgs {
  month?: string;
  lang?: Language;
  layout?: ReportLayout;
  saveLayout?: boolean;
  out?: string;
  /** Build under drafts/ for review instead of publishing. */
  draft?: boolean;
  /** Publish the month's reviewed draft. */
  publish?: boolean;
}

export function parseReportArgs(args: string[]): ReportArgs {
  const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string' }, layout: { type: 'string' }, 'save-layout': { type: 'boolean' }, out: { type: 'string' }, draft: { type: 'boolean' }, publish: { type: 'boolean' } }, 1);
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
  if (values.draft && values.publish) throw new UsageError('--draft builds a draft and --publish publishes one: give one of them');
  if (values.draft) parsed.draft = true;
  if (values.publish) {
    if (!parsed.month) throw new UsageError('--publish needs the month whose draft to publish');
    if (parsed.lang || parsed.layout || parsed.out) throw new UsageError('--publish publishes the draft as reviewed: no --lang, --layout or --out');
    parsed.publish = true;
  }
  return parsed;
}

/** The draft's files as stored, under their drafts/ keys, for --out. */
async function draftFiles(deps: { objects: ObjectStore }, manifest: DraftManifest): Promise<ReportFile[]> {
  const files: ReportFile[] = [];
  for (const file of manifest.files) {
    const stored = await deps.objects.get(file.key);
    if (stored) files.push({ key: file.key, body: stored.body, contentType: file.contentType, cacheControl: file.cacheControl });
  }
  return files;
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
        if (options.saveLayout && options.layout) await updateReportSettings(deps.objects, { layout: options.layout });
        if (options.publish) {
          const published = await publishReportDraft(deps, { month: options.month as string, actor: loadCliSettings(io.env).actor });
          for (const key of [...published.keys, published.index]) io.stdout.write(`${key}\n`);
          io.stderr.write(`sozwatch report: published the draft of ${published.month} (${published.keys.length} files)\n`);
          return 0;
        }
        if (options.draft) {
          const manifest = await buildReportDraft(deps, { month: options.month ?? previousAlmatyMonth(deps.now()), actor: loadCliSettings(io.env).actor, lang: options.lang, layout: options.layout });
          const paths = options.out ? await exportReportFiles(await draftFiles(deps, manifest), options.out) : [];
          manifest.files.forEach((file, i) => io.stdout.write(paths[i] ? `${file.key}\t${paths[i]}\n` : `${file.key}\n`));
          for (const problem of manifest.checklist) io.stderr.write(`incomplete: ${problem.kind}${problem.languages ? ` (${problem.languages.join(', ')})` : ''}: ${problem.ids.join(', ')}\n`);
          io.stderr.write(`sozwatch report: draft of ${manifest.month}, ${manifest.entries} entries, ${manifest.checklist.length} checklist problems; publish with: report ${manifest.month} --publish\n`);
          return 0;
        }
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
