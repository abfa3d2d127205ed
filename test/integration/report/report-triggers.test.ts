import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../../../lambdas/build-report';
import { runCli } from '../../../shared/cli/main';
import { parseReportArgs } from '../../../shared/cli/commands/report';
import { reportMonthDue } from '../../../shared/report/check-report';
import { listPublishAudit } from '../../../shared/report/report-draft';
import { updateReportSettings } from '../../../shared/report/report-settings';
import { october2021Items } from '../../fixtures/report/october-2021';
import { captureJsonLines } from '../../support/capture-stdout';
import { startLocalStack, type LocalStack } from '../../support/local-stack';

function collect() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

describe('report triggers: CLI and Lambda on the local stack', () => {
  let stack: LocalStack;
  let out: string;
  beforeAll(async () => {
    stack = await startLocalStack();
    out = mkdtempSync(join(tmpdir(), 'sozwatch-report-'));
    for (const item of october2021Items().filter((i) => i.entry?.eventDate.startsWith('2021-10'))) await stack.deps.items.saveIfNew(item);
  });
  afterAll(async () => {
    await stack?.stop();
    rmSync(out, { recursive: true, force: true });
  });

  it('CLI: publishes to the stack, exports to --out and prints keys and paths', async () => {
    const stdout = collect();
    const stderr = collect();
    const code = await runCli(['report', '2021-10', '--lang', 'en', '--out', out], {
      stdin: new PassThrough(),
      stdout: stdout.stream,
      stderr: stderr.stream,
      env: { ...stack.env, SOZWATCH_LOG_LEVEL: 'SILENT' },
    });
    expect(code).toBe(0);
    const lines = stdout.text().trim().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual([
      'reports/2021/10/report.en.html',
      'reports/2021/10/report.en.md',
      'reports/2021/10/entries.csv',
      'reports/2021/10/data.json',
      'reports/index.html',
    ]);
    const exported = readFileSync(join(out, 'reports/2021/10/report.en.html'), 'utf8');
    expect(lines[0]!.split('\t')[1]).toBe(join(out, 'reports/2021/10/report.en.html'));
    expect(exported).toBe((await stack.deps.objects.get('reports/2021/10/report.en.html'))!.body.toString('utf8'));
    expect(exported).toContain('HOLA News');
  });

  it('CLI: parses its arguments and rejects a malformed month or language', async () => {
    expect(() => parseReportArgs(['2021-13'])).toThrow('yyyy-mm');
    expect(() => parseReportArgs(['--lang', 'de'])).toThrow('--lang');
    expect(parseReportArgs(['2021-10', '--out', 'x'])).toEqual({ month: '2021-10', out: 'x' });
  });

  it('Lambda: builds all three languages from a Scheduler event', async () => {
    Object.assign(process.env, stack.env, { SOZWATCH_LOG_LEVEL: 'SILENT' });
    // The ReportBuilt metric (EMF on stdout) is what the CDK stack's ReportMissing alarm watches.
    const { result, lines } = await captureJsonLines(() => handler({ month: '2021-10' }));
    const emf = lines.find((record) => 'ReportBuilt' in record);
    expect(emf).toMatchObject({ ReportBuilt: 1, service: 'build-report', month: '2021-10' });
    expect(result.keys).toContain('reports/2021/10/report.kk.html');
    expect(result.keys).toContain('reports/2021/10/report.ru.md');
    expect(result.keys.at(-1)).toBe('reports/index.html');
    await expect(handler({ month: 'October' })).rejects.toThrow('yyyy-mm');
  });

  it('Lambda: the daily check publishes ReportOverdue from what the bucket holds', async () => {
    Object.assign(process.env, stack.env, { SOZWATCH_LOG_LEVEL: 'SILENT' });
    const run = async () => {
      const { result: check, lines } = await captureJsonLines(() => handler({ action: 'check' }));
      return { check, emf: lines.find((record) => 'ReportOverdue' in record) };
    };
    const due = reportMonthDue(new Date());
    // The earlier tests published October 2021 only: the month due now is missing.
    const before = await run();
    expect(before.check).toEqual({ monthDue: due, latestPublished: '2021-10', overdue: true, draftBuilt: false, unpublished: false });
    expect(before.emf).toMatchObject({ ReportOverdue: 1, service: 'build-report', monthDue: due });
    await handler({ month: due, lang: 'en' });
    const after = await run();
    expect(after.check).toEqual({ monthDue: due, latestPublished: due, overdue: false, draftBuilt: false, unpublished: false });
    expect(after.emf).toMatchObject({ ReportOverdue: 0 });
    await expect(handler({ action: 'rebuild' } as never)).rejects.toThrow('action must be "build", "monthly", "draft", "publish" or "check"');
  });

  it('Lambda: the monthly run builds the draft and says so; with autoPublish it publishes it, audited as unattended', async () => {
    Object.assign(process.env, stack.env, { SOZWATCH_LOG_LEVEL: 'SILENT' });
    const drafted = await captureJsonLines(() => handler({ action: 'monthly', month: '2021-10' }));
    expect(drafted.result.publishedKeys).toBeUndefined();
    expect(drafted.result.draftKeys).toContain('drafts/2021/10/report.kk.html');
    expect(drafted.lines.find((record) => 'ReportDraftReady' in record)).toMatchObject({ ReportDraftReady: 1, draftMonth: '2021-10' });
    const before = (await stack.deps.objects.get('reports/2021/10/data.json'))!.body;
    await updateReportSettings(stack.deps.objects, { autoPublish: true });
    const published = await captureJsonLines(() => handler({ action: 'monthly', month: '2021-10' }));
    expect(published.result.publishedKeys).toContain('reports/2021/10/data.json');
    expect(published.lines.find((record) => 'ReportDraftReady' in record)).toMatchObject({ ReportDraftReady: 0, ReportBuilt: 1 });
    expect((await stack.deps.objects.get('reports/2021/10/data.json'))!.body.equals((await stack.deps.objects.get('drafts/2021/10/data.json'))!.body)).toBe(true);
    expect((await stack.deps.objects.get('reports/2021/10/data.json'))!.body.equals(before)).toBe(true);
    expect(await listPublishAudit(stack.deps, '2021-10')).toEqual([expect.objectContaining({ actor: 'schedule', mode: 'auto' })]);
    await updateReportSettings(stack.deps.objects, { autoPublish: false });
  });

  it('CLI: report --draft prints the draft keys and what is incomplete; --publish publishes it', async () => {
    const run = async (args: string[]) => {
      const stdout = collect();
      const stderr = collect();
      const code = await runCli(args, { stdin: new PassThrough(), stdout: stdout.stream, stderr: stderr.stream, env: { ...stack.env, SOZWATCH_LOG_LEVEL: 'SILENT', SOZWATCH_ACTOR: 'editor' } });
      return { code, stdout: stdout.text(), stderr: stderr.text() };
    };
    const draft = await run(['report', '2021-10', '--draft', '--lang', 'en']);
    expect(draft.code).toBe(0);
    expect(draft.stdout.trim().split('\n')).toEqual(['drafts/2021/10/report.en.html', 'drafts/2021/10/report.en.md', 'drafts/2021/10/entries.csv', 'drafts/2021/10/data.json']);
    expect(draft.stderr).toMatch(/draft of 2021-10, \d+ entries/);
    const published = await run(['report', '2021-10', '--publish']);
    expect(published.code).toBe(0);
    expect(published.stdout).toContain('reports/2021/10/report.en.html');
    expect((await listPublishAudit(stack.deps, '2021-10')).at(-1)).toMatchObject({ actor: 'editor', mode: 'manual' });
    expect(() => parseReportArgs(['2021-10', '--draft', '--publish'])).toThrow('one of them');
    expect(() => parseReportArgs(['--publish'])).toThrow('needs the month');
  });

  it('Lambda: drafts and publishes for the review API, answering with the manifest; a stale draft is a ConflictError', async () => {
    Object.assign(process.env, stack.env, { SOZWATCH_LOG_LEVEL: 'SILENT' });
    const draft = await handler({ action: 'draft', month: '2021-10', actor: 'reviewer@org' });
    expect(draft).toMatchObject({ month: '2021-10', builtBy: 'reviewer@org' });
    const published = await captureJsonLines(() => handler({ action: 'publish', month: '2021-10', actor: 'reviewer@org' }));
    expect(published.result).toMatchObject({ month: '2021-10', keys: expect.arrayContaining(['reports/2021/10/data.json']) });
    expect(published.lines.find((record) => 'ReportBuilt' in record)).toMatchObject({ ReportBuilt: 1 });
    const late = october2021Items().find((i) => i.entry?.eventDate.startsWith('2021-10'))!;
    await stack.deps.items.saveIfNew({ ...late, id: 'late-approval', url: 'https://late.example/1', entry: { ...late.entry!, eventDate: '2021-10-30' } });
    await expect(handler({ action: 'publish', month: '2021-10', actor: 'reviewer@org' })).rejects.toMatchObject({ name: 'ConflictError' });
    await expect(handler({ action: 'draft', month: '2021-10' } as never)).rejects.toThrow('needs the month and the actor');
  });
});
