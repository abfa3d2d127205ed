import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObjectStore } from '../../../shared/ports/object-store';
import { buildReport, CACHE_CONTROL, INDEX_KEY } from '../../../shared/report/build-report';
import { approveItem } from '../../../shared/review/approve-item';
import { october2021Items } from '../../fixtures/report/october-2021';
import { storedItem } from '../../support/items';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/report/golden');
const golden = (name: string) => readFileSync(join(GOLDEN_DIR, name), 'utf8');

describe(`buildReport on ${DYNAMODB_BACKEND} + s3rver`, () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack();
    // Prepare: the fixture's approved, pending, rejected and duplicate items, stored through the repository.
    const items = october2021Items();
    for (let i = 0; i < items.length; i += 25) {
      await Promise.all(items.slice(i, i + 25).map((item) => stack.deps.items.saveIfNew(item)));
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('publishes the month in three languages with data.json and the index, byte-identical to the goldens', async () => {
    // Act
    const result = await buildReport(stack.deps, { month: '2021-10' });
    // Assess
    const keys = await stack.deps.objects.list('reports/');
    expect(keys).toEqual([
      'reports/2021/10/data.json',
      'reports/2021/10/entries.csv',
      'reports/2021/10/report.en.html',
      'reports/2021/10/report.en.md',
      'reports/2021/10/report.kk.html',
      'reports/2021/10/report.kk.md',
      'reports/2021/10/report.ru.html',
      'reports/2021/10/report.ru.md',
      'reports/index.html',
    ]);
    const html = await stack.deps.objects.get('reports/2021/10/report.ru.html');
    expect(html?.contentType).toBe('text/html; charset=utf-8');
    expect(html?.cacheControl).toBe(CACHE_CONTROL.monthFile);
    expect(html?.body.toString('utf8')).toBe(golden('2021-10.report.ru.html'));
    const md = await stack.deps.objects.get('reports/2021/10/report.kk.md');
    expect(md?.contentType).toBe('text/markdown; charset=utf-8');
    expect(md?.body.toString('utf8')).toBe(golden('2021-10.report.kk.md'));
    const data = await stack.deps.objects.get('reports/2021/10/data.json');
    expect(data?.contentType).toBe('application/json');
    expect(data?.body.toString('utf8')).toBe(golden('2021-10.data.json'));
    const index = await stack.deps.objects.get(INDEX_KEY);
    expect(index?.contentType).toBe('text/html; charset=utf-8');
    expect(index?.cacheControl).toBe(CACHE_CONTROL.index);
    expect(index?.body.toString('utf8')).toContain('href="2021/10/report.ru.html"');
    expect(result.monthsQueried).toBe(22);
    expect(result.data.charges.yearToDate).toMatchObject({ criminal: 25, criminalInCourt: 11, civil: 56, civilHonourDignity: 51, administrative: 25 });
  });

  it('never prints pending, rejected or duplicate items', async () => {
    const html = (await stack.deps.objects.get('reports/2021/10/report.en.html'))!.body.toString('utf8');
    const data = (await stack.deps.objects.get('reports/2021/10/data.json'))!.body.toString('utf8');
    expect(html).not.toContain('MUST NOT APPEAR');
    expect(data).not.toContain('MUST NOT APPEAR');
  });

  it('rebuilds byte-identical, and includes an entry approved after publication', async () => {
    // Prepare
    const before = (await stack.deps.objects.get('reports/2021/10/report.ru.html'))!.body;
    await buildReport(stack.deps, { month: '2021-10' });
    expect((await stack.deps.objects.get('reports/2021/10/report.ru.html'))!.body.equals(before)).toBe(true);
    const late = storedItem({ id: 'late-approval', status: 'pending', title: 'Журналиста задержали в Актобе' });
    await stack.deps.items.saveIfNew(late);
    await approveItem(stack.deps, {
      id: late.id,
      version: late.version,
      actor: { id: 'reviewer-1', groups: ['reviewers'] },
      entry: { category: 'detention', eventDate: '2021-10-30', outlet: 'Aktobe Times', text: { ru: 'Журналиста задержали в Актобе во время съёмки.' } },
    });
    // Act
    const result = await buildReport(stack.deps, { month: '2021-10', lang: 'ru' });
    // Assess
    const html = (await stack.deps.objects.get('reports/2021/10/report.ru.html'))!.body.toString('utf8');
    expect(html).toContain('Журналиста задержали в Актобе во время съёмки.');
    const manifest = JSON.parse((await stack.deps.objects.get('reports/2021/10/data.json'))!.body.toString('utf8')).manifest;
    expect(manifest.itemIds).toContain('late-approval');
    expect(result.files.map((f) => f.key)).toEqual([
      'reports/2021/10/report.ru.html',
      'reports/2021/10/report.ru.md',
      'reports/2021/10/entries.csv',
      'reports/2021/10/data.json',
    ]);
    expect((await stack.deps.objects.get('reports/2021/10/entries.csv'))!.body.toString('utf8')).toContain('"late-approval","2021-10-30","detention"');
  });

  it('writes the index last: a run that fails midway does not list the month, and a rerun does', async () => {
    // Prepare: a store that fails on the second write, as a network error would.
    let puts = 0;
    const failing: ObjectStore = {
      put: async (key, body, options) => {
        puts += 1;
        if (puts === 2) throw new Error('connection reset');
        await stack.deps.objects.put(key, body, options);
      },
      get: (key) => stack.deps.objects.get(key),
      list: (prefix) => stack.deps.objects.list(prefix),
    };
    // Act
    await expect(buildReport({ ...stack.deps, objects: failing }, { month: '2021-09' })).rejects.toThrow('connection reset');
    // Assess
    expect((await stack.deps.objects.get(INDEX_KEY))!.body.toString('utf8')).not.toContain('2021/09');
    // Another month's run rewrites the index from the bucket's keys: the half-written month stays out.
    await buildReport(stack.deps, { month: '2021-10', lang: 'en' });
    expect((await stack.deps.objects.get(INDEX_KEY))!.body.toString('utf8')).not.toContain('2021/09');
    await buildReport(stack.deps, { month: '2021-09' });
    const index = (await stack.deps.objects.get(INDEX_KEY))!.body.toString('utf8');
    expect(index).toContain('href="2021/09/report.kk.html"');
    expect(index).toContain('href="2021/10/report.en.html"');
  });

  it('defaults to the previous Almaty month and publishes an empty month as a valid report', async () => {
    // 1 March 2022 00:30 in Almaty is still 28 February in UTC: the default month is February.
    const result = await buildReport({ ...stack.deps, now: () => new Date('2022-02-28T18:30:00Z') }, { lang: 'en' });
    expect(result.month).toBe('2022-02');
    const html = (await stack.deps.objects.get('reports/2022/02/report.en.html'))!.body.toString('utf8');
    expect(html).toContain('No approved cases this month.');
  });
});
