// The S3 endpoint failing while a report is published (a proxy in front of s3rver answers some PUTs
// with 500 or 503 SlowDown): the build fails as RetryableError, the index never lists a half-written
// month, and a rerun after the outage publishes the whole month.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RetryableError } from '../../shared/domain/errors';
import type { ReportEntry } from '../../shared/domain/item';
import { buildReport, INDEX_KEY, reportKeys } from '../../shared/report/build-report';
import { publishedMonths } from '../../shared/report/render-index';
import { buildDependencies, type Dependencies } from '../../shared/runtime/dependencies';
import { s3Error, startFaultProxy, type FaultAnswer, type FaultProxy } from '../support/fault-proxy';
import { storedItem } from '../support/items';
import { startLocalStack, type LocalStack } from '../support/local-stack';

const NOW = () => new Date('2026-11-15T06:00:00Z');
const S3_500 = s3Error(500, 'InternalError', 'We encountered an internal error. Please try again.');
const S3_503 = s3Error(503, 'SlowDown', 'Please reduce your request rate.');

let stack: LocalStack;
let proxy: FaultProxy;
let faulty: Dependencies;

function entry(eventDate: string, n: number): ReportEntry {
  return { category: 'detention', eventDate, outlet: 'Tengrinews', region: 'Алматы', text: { ru: `Журналиста задержали после публикации (${n}).` } };
}

async function approveInMonth(month: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const eventDate = `${month}-${String(1 + i).padStart(2, '0')}`;
    await stack.deps.items.saveIfNew(storedItem({ status: 'approved', version: 2, publishedAt: `${eventDate}T05:00:00.000Z`, entry: entry(eventDate, i) }));
  }
}

async function indexMonths(): Promise<string[]> {
  const index = await stack.deps.objects.get(INDEX_KEY);
  return index ? [...index.body.toString('utf8').matchAll(/<strong>(\d{4}-\d{2})<\/strong>/g)].map((m) => m[1]!) : [];
}

async function keysOf(month: string): Promise<string[]> {
  const [yyyy, mm] = month.split('-');
  return stack.deps.objects.list(`reports/${yyyy}/${mm}/`);
}

/** Fails PUTs whose key ends with `suffix` under the month, as long as the rule is set. */
function failPut(month: string, suffix: string, fault: FaultAnswer) {
  const [yyyy, mm] = month.split('-');
  return (request: { method: string; path: string }) =>
    request.method === 'PUT' && request.path.split('?')[0]!.endsWith(`/reports/${yyyy}/${mm}/${suffix}`) ? fault : undefined;
}

beforeAll(async () => {
  stack = await startLocalStack({ now: NOW });
  proxy = await startFaultProxy(stack.config.s3Endpoint!);
  faulty = buildDependencies({ ...stack.config, s3Endpoint: proxy.url, logLevel: 'SILENT' }, { now: NOW });
  await approveInMonth('2026-07', 3);
  await approveInMonth('2026-08', 4);
  await approveInMonth('2026-09', 5);
  await approveInMonth('2026-10', 2);
  // July is published before any fault: the index lists it.
  await buildReport(stack.deps, { month: '2026-07' });
});

afterAll(async () => {
  await proxy?.stop();
  await stack?.stop();
});

beforeEach(() => {
  proxy.setRule(undefined);
  proxy.reset();
});

describe('S3 failing during a report', () => {
  it.each([
    ['a page midway (report.kk.md, 500)', '2026-08', 'report.kk.md', S3_500],
    ['data.json, the last month file (503 SlowDown)', '2026-09', 'data.json', S3_503],
  ])('PUT of %s fails: RetryableError, the index does not list the month; a rerun publishes it whole', async (_name, month, suffix, fault) => {
    const before = (await stack.deps.objects.get(INDEX_KEY))!.body.toString('utf8');
    proxy.setRule(failPut(month, suffix, fault));

    const error = await buildReport(faulty, { month }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RetryableError);
    // The SDK retried the failing PUT (1 + 3 attempts) before giving up.
    expect(proxy.faulted).toBe(4);
    expect(await keysOf(month)).not.toContain(reportKeys(month).data);
    expect((await stack.deps.objects.get(INDEX_KEY))!.body.toString('utf8')).toBe(before);
    expect(await indexMonths()).not.toContain(month);
    // Even an index written by another month's later run leaves the half-written month out.
    expect(publishedMonths(await stack.deps.objects.list('reports/')).map((m) => m.month)).not.toContain(month);

    proxy.setRule(undefined);
    const rerun = await buildReport(faulty, { month });

    expect(await keysOf(month)).toEqual(rerun.files.map((f) => f.key).sort());
    for (const file of rerun.files) expect((await stack.deps.objects.get(file.key))!.body.toString('utf8')).toBe(file.body);
    expect(await indexMonths()).toContain(month);
    expect(await indexMonths()).toContain('2026-07');
  });

  it('PUT of the index fails: every month file is written but the old index stays; the rerun lists the month', async () => {
    const month = '2026-10';
    const before = (await stack.deps.objects.get(INDEX_KEY))!.body.toString('utf8');
    proxy.setRule((request) => (request.method === 'PUT' && request.path.split('?')[0]!.endsWith(`/${INDEX_KEY}`) ? S3_500 : undefined));

    await expect(buildReport(faulty, { month })).rejects.toBeInstanceOf(RetryableError);

    expect(await keysOf(month)).toContain(reportKeys(month).data);
    expect((await stack.deps.objects.get(INDEX_KEY))!.body.toString('utf8')).toBe(before);
    expect(await indexMonths()).not.toContain(month);

    proxy.setRule(undefined);
    await buildReport(faulty, { month });
    expect(await indexMonths()).toContain(month);
  });

  it('S3 unreachable for every request: the build fails as RetryableError and nothing of the month is written', async () => {
    const month = '2026-06';
    await approveInMonth(month, 2);
    proxy.setRule(() => S3_503);

    await expect(buildReport(faulty, { month })).rejects.toBeInstanceOf(RetryableError);

    expect(await keysOf(month)).toEqual([]);
    expect(await indexMonths()).not.toContain(month);
  });

  // The month files are overwritten in place (index last); a rebuild of an already-published month that
  // fails midway restores what it had overwritten, so the listed month is never a mix of two builds.
  it('a failed rebuild of a published month leaves its listed files all from one build', async () => {
    const month = '2026-07';
    const published = await buildReport(stack.deps, { month });
    // A late approval changes the month, then the rebuild fails at the Kazakh Markdown.
    await stack.deps.items.saveIfNew(storedItem({ status: 'approved', version: 2, publishedAt: '2026-07-20T05:00:00.000Z', entry: entry('2026-07-20', 99) }));
    proxy.setRule(failPut(month, 'report.kk.md', S3_500));
    await expect(buildReport(faulty, { month })).rejects.toBeInstanceOf(RetryableError);

    expect(await indexMonths()).toContain(month);
    const bodies = await Promise.all(published.files.map(async (f) => (await stack.deps.objects.get(f.key))!.body.toString('utf8')));
    const unchanged = published.files.map((f, i) => bodies[i] === f.body);
    // Either every file is still the published build, or none is.
    expect(new Set(unchanged).size).toBe(1);
  });
});
