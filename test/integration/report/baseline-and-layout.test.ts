// A deployment that starts in October 2021: the figures before it are imported from a CSV file through
// the CLI, the layout is a stored setting, and the built report gives the published figures.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/main';
import { buildReport } from '../../../shared/report/build-report';
import { BASELINE_KEY, loadBaseline, loadReportSettings, REPORT_SETTINGS_KEY, saveReportSettings } from '../../../shared/report/report-settings';
import { october2021Items } from '../../fixtures/report/october-2021';
import { startLocalStack, type LocalStack } from '../../support/local-stack';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/report');
const golden = (name: string) => readFileSync(join(FIXTURES, 'golden', name), 'utf8');

function collect() {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('baseline import and the layout setting on the local stack', () => {
  let stack: LocalStack;
  let dir: string;
  const cli = async (args: string[]) => {
    const stdout = collect();
    const stderr = collect();
    const code = await runCli(args, { stdin: new PassThrough(), stdout: stdout.stream, stderr: stderr.stream, env: { ...stack.env, SOZWATCH_LOG_LEVEL: 'SILENT' } });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  };

  beforeAll(async () => {
    stack = await startLocalStack();
    dir = mkdtempSync(join(tmpdir(), 'sozwatch-baseline-'));
    for (const item of october2021Items().filter((i) => i.entry?.eventDate.startsWith('2021-10'))) await stack.deps.items.saveIfNew(item);
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a file with problems, prints each with its row, and stores nothing', async () => {
    const bad = join(dir, 'bad.csv');
    const good = readFileSync(join(FIXTURES, 'baseline-2020-10-to-2021-09.csv'), 'utf8').split('\n');
    writeFileSync(bad, [...good.slice(0, 3), good[3]!.replace(/^count,2020-10/, 'count,2020-1O'), 'legal,2021-09,,,x', ...good.slice(4)].join('\n'));
    const result = await cli(['baseline', 'import', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('was not imported, 3 problems');
    expect(result.stderr).toContain('row 4, column month: must be a month yyyy-mm, got "2020-1O"');
    expect(result.stderr).toContain('row 5, column civil: must be a whole number of 0 or more, got "x"');
    // The file's own September row comes later and is the one named as the repeat.
    expect(result.stderr).toMatch(/row (\d{2,3}), column month: the legal figures of 2021-09 are given twice/);
    expect(await stack.deps.objects.get(BASELINE_KEY)).toBeUndefined();
  });

  it('imports the baseline file and builds October 2021 with the published figures, in the 2021 layout by default', async () => {
    const result = await cli(['baseline', 'import', join(FIXTURES, 'baseline-2020-10-to-2021-09.csv')]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ cases: expect.any(Number), replaced: false });
    expect(result.stderr).toContain('imported 12 months (2020-10..2021-09)');
    expect((await loadBaseline(stack.deps.objects))?.months).toHaveLength(12);

    const built = await buildReport(stack.deps, { month: '2021-10' });
    expect(built.layout).toBe('2021');
    expect(built.data.baselineMonths).toHaveLength(12);
    expect(built.data.judicialActs.month).toEqual({ total: 4, forDefendants: 3 });
    expect(built.data.charges.yearToDate).toMatchObject({ criminal: 25, criminalInCourt: 11, civil: 56, civilHonourDignity: 51, administrative: 25 });
    expect(built.data.damages.yearToDate).toEqual({ claimedKzt: 25_700_000, awardedKzt: 1_290_000 });
    const html = (await stack.deps.objects.get('reports/2021/10/report.en.html'))!.body.toString('utf8');
    expect(html).toContain('The figures for October 2020 – September 2021 come from the statistics');
  });

  it('builds the current layout once the setting says so, and a one-off --layout overrides it', async () => {
    await saveReportSettings(stack.deps.objects, { layout: 'current' });
    const built = await buildReport(stack.deps, { month: '2021-10' });
    expect(built.layout).toBe('current');
    for (const lang of ['ru', 'kk', 'en'] as const) {
      expect((await stack.deps.objects.get(`reports/2021/10/report.${lang}.html`))!.body.toString('utf8')).toBe(golden(`2021-10.current.report.${lang}.html`));
      expect((await stack.deps.objects.get(`reports/2021/10/report.${lang}.md`))!.body.toString('utf8')).toBe(golden(`2021-10.current.report.${lang}.md`));
    }
    const result = await cli(['report', '2021-10', '--lang', 'en', '--layout', '2021']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('2021 layout');
    const html = (await stack.deps.objects.get('reports/2021/10/report.en.html'))!.body.toString('utf8');
    expect(html).toContain('id="statistics"');
    expect(html).not.toContain('id="counts"');
  });

  it('exports the year\'s entries as CSV through the CLI', async () => {
    const result = await cli(['entries-csv', '2021', '--lang', 'kk']);
    expect(result.code).toBe(0);
    const rows = parse(result.stdout, { bom: true, columns: true }) as Record<string, string>[];
    const october = october2021Items().filter((i) => i.status === 'approved' && i.entry?.eventDate.startsWith('2021-10'));
    expect(rows.map((r) => r.id).sort()).toEqual(october.map((i) => i.id).sort());
    expect(rows.find((r) => r.id === 'oct21-hola-news-blocked')!.category_name).toBe('Ресурстарды бұғаттау және интернетті өшіру');
    expect((await cli(['entries-csv', '21'])).code).toBe(2);
  });

  it('stops a build on a malformed stored setting or baseline rather than guessing', async () => {
    await stack.deps.objects.put(REPORT_SETTINGS_KEY, '{"layout":"fancy"}', { contentType: 'application/json' });
    await expect(buildReport(stack.deps, { month: '2021-10' })).rejects.toThrow('settings/report.json: layout must be one of 2021, current');
    await saveReportSettings(stack.deps.objects, { layout: '2021' });
    const baseline = (await stack.deps.objects.get(BASELINE_KEY))!;
    await stack.deps.objects.put(BASELINE_KEY, '{"schema":"sozwatch.baseline/1","months":[{"month":"2021-9","counts":{}}],"cases":[]}', { contentType: 'application/json' });
    await expect(buildReport(stack.deps, { month: '2021-10' })).rejects.toThrow('settings/baseline.json is not a baseline');
    await stack.deps.objects.put(BASELINE_KEY, baseline.body, { contentType: 'application/json' });
    expect((await buildReport(stack.deps, { month: '2021-10' })).data.baselineMonths).toHaveLength(12);
  });

  it('refuses an unknown layout on the command line', async () => {
    const result = await cli(['report', '2021-10', '--layout', 'fancy']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--layout must be one of 2021, current');
    expect((await cli(['report', '2021-10', '--save-layout'])).stderr).toContain('--save-layout needs --layout');
  });

  it('stores the layout given with --save-layout for later builds', async () => {
    expect((await cli(['report', '2021-10', '--lang', 'ru', '--layout', 'current', '--save-layout'])).code).toBe(0);
    expect(await loadReportSettings(stack.deps.objects)).toEqual({ layout: 'current', autoPublish: false });
    expect((await buildReport(stack.deps, { month: '2021-10', lang: 'en' })).layout).toBe('current');
  });
});
