// The civil case of three months on the local stack: the March claim and the December appeal stored as
// approved, the October verdicts approved through the review use case with the claim's case key; each
// month's report read back from the month index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/build-report';
import { approveItem } from '../../../shared/review/approve-item';
import { appeal, CIVIL_CASE_KEY, claim, unrelated, verdict, verdictElsewhere } from '../../fixtures/report/civil-case-2024';
import { startLocalStack, type LocalStack } from '../../support/local-stack';

describe('a civil case across three months, on the local stack', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack();
    for (const item of [claim, appeal, unrelated]) await stack.deps.items.saveIfNew(item);
    for (const approved of [verdict, verdictElsewhere]) {
      const { entry, ...rest } = approved;
      const pending = { ...rest, status: 'pending' as const, version: 1 };
      await stack.deps.items.saveIfNew(pending);
      await approveItem(stack.deps, { id: pending.id, version: 1, actor: { id: 'reviewer-1', groups: ['reviewers'] }, entry: entry! });
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('is one filing in March, one act in October, one in December, and the final award once', async () => {
    const march = await buildReport(stack.deps, { month: '2024-03', lang: 'ru' });
    expect(march.data.charges.month).toMatchObject({ civil: 1, civilHonourDignity: 1, total: 1 });

    const october = await buildReport(stack.deps, { month: '2024-10', lang: 'kk' });
    expect(october.data.charges.month).toMatchObject({ civil: 0, criminal: 1, total: 1 });
    expect(october.data.judicialActs.month).toEqual({ total: 1, forDefendants: 0 });
    expect(october.data.damages.month.awardedKzt).toBe(1_000_000);
    expect(october.data.entries.filter((e) => e.caseKey === CIVIL_CASE_KEY).map((e) => e.id)).toEqual(['verdict-kk', 'verdict-kk-2']);

    const december = await buildReport(stack.deps, { month: '2024-12', lang: 'en' });
    expect(december.data.charges.yearToDate).toMatchObject({ civil: 1, civilHonourDignity: 1, criminal: 1 });
    expect(december.data.judicialActs.yearToDate).toEqual({ total: 2, forDefendants: 0 });
    expect(december.data.damages.yearToDate).toEqual({ claimedKzt: 5_000_000, awardedKzt: 600_000 });
    const html = (await stack.deps.objects.get('reports/2024/12/report.en.html'))!.body.toString('utf8');
    expect(html).toContain('600,000');
    expect(html).toContain('the courts awarded 600 thousand tenge');
  });
});
