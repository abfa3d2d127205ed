// `npm run demo -- --serve` leaves a realistic queue for the page: only part of the recorded decisions
// are applied, so at least 8 items of several categories and languages stay pending, and the printed
// environment points the CLI's report at the demo's own data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../shared/config/config';
import { runDemo, type DemoResult } from '../../shared/demo/run-demo';
import { buildReport } from '../../shared/report/build-report';
import { buildDependencies } from '../../shared/runtime/dependencies';

describe('the demo kept serving', () => {
  let result: DemoResult;
  let out: string;
  const lines: string[] = [];
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'sozwatch-demo-serve-'));
    result = await runDemo({ outDir: out, serve: true, log: (line) => lines.push(line) });
  }, 120_000);
  afterAll(async () => {
    await result?.stop();
    rmSync(out, { recursive: true, force: true });
  });

  it('leaves at least 8 pending items of several categories and languages, with a rejected false positive and a merge', async () => {
    const pending = (await result.deps.items.listByStatus({ status: 'pending', limit: 200 })).items;
    expect(pending.length).toBeGreaterThanOrEqual(8);
    expect(new Set(pending.map((i) => i.language))).toEqual(new Set(['ru', 'kk', 'en']));
    expect(new Set(pending.map((i) => i.classification.categories[0])).size).toBeGreaterThanOrEqual(5);
    expect(result.decided).toMatchObject({ approved: 1, rejected: 1, merged: 1, keptPending: pending.length });
    const rejected = (await result.deps.items.listByStatus({ status: 'rejected', limit: 10 })).items;
    expect(rejected.map((i) => i.rejectionReason)).toEqual(['Ложное срабатывание: журналист опоздал, его никто не задерживал']);
    expect(lines.some((line) => line.includes('left pending for the review page'))).toBe(true);
  });

  it('its printed environment reaches the demo data: a report built through it finds the approved entry', async () => {
    const deps = buildDependencies(loadConfig(result.env));
    const report = await buildReport(deps, { month: result.month });
    expect(report.data.entries.map((e) => e.title)).toEqual(['В Алматы задержали журналиста во время съёмки мирного собрания']);
  });
});
