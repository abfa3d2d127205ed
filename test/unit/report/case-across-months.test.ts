// One civil case across three months (claim, verdict, appeal) in two languages: one case, one filing,
// two judicial acts, the awarded sum counted once at its final value.
import { describe, expect, it } from 'vitest';
import { buildCaseRecords } from '../../../shared/domain/case';
import { rankCaseMatches } from '../../../shared/domain/case-matching';
import { computeReportData } from '../../../shared/report/report-statistics';
import { article, civilCaseItems, claim, unrelated, verdict } from '../../fixtures/report/civil-case-2024';

const items = civilCaseItems();

describe('a civil case across three months', () => {
  it('is one case in the registry, with its timeline across the three months', () => {
    const records = buildCaseRecords([...items].reverse());
    const record = records.find((r) => r.key === 'civ-serikova-2024')!;
    expect(records).toHaveLength(2);
    expect(record.timeline.map((e) => [e.month, e.stage, e.itemId])).toEqual([
      ['2024-03', 'filed', 'claim-ru'],
      ['2024-10', 'decided', 'verdict-kk'],
      ['2024-10', 'decided', 'verdict-kk-2'],
      ['2024-12', 'appeal', 'appeal-en'],
    ]);
    expect(record).toMatchObject({ kind: 'civil', filedMonth: '2024-03', stage: 'appeal', amountClaimedKzt: 5_000_000, amountAwardedKzt: 600_000, outcome: 'partial' });
    expect(record.parties).toEqual(['Айгуль Серикова', 'Айгүл Серікова', 'Серікова', 'Aigul Serikova']);
  });

  it('is found for the verdict by the person named in another script', () => {
    const registry = buildCaseRecords([claim, unrelated]);
    const ranked = rankCaseMatches(registry, { people: ['Aigul Serikova'], outlet: 'Oral Times', lawArticles: [article] });
    expect(ranked.map((m) => m.record.key)).toEqual(['civ-serikova-2024']);
    expect(ranked[0]!.reasons).toEqual(['person', 'outlet', 'article']);
    expect(ranked[0]!.score).toBe(9);
  });

  it('is one filing, in March only', () => {
    const march = computeReportData('2024-03', items);
    const october = computeReportData('2024-10', items);
    const december = computeReportData('2024-12', items);
    expect(march.charges.month).toMatchObject({ civil: 1, civilHonourDignity: 1, total: 1 });
    expect(march.damages.month.claimedKzt).toBe(5_000_000);
    expect(october.charges.month.civil).toBe(0);
    expect(december.charges.month.civil).toBe(0);
    expect(december.charges.yearToDate).toMatchObject({ civil: 1, civilHonourDignity: 1 });
    expect(december.damages.yearToDate.claimedKzt).toBe(5_000_000);
  });

  it('has two judicial acts: the verdict reported twice is one act, the appeal another', () => {
    expect(computeReportData('2024-10', items).judicialActs.month).toEqual({ total: 1, forDefendants: 0 });
    expect(computeReportData('2024-12', items).judicialActs).toEqual({ month: { total: 1, forDefendants: 0 }, yearToDate: { total: 2, forDefendants: 0 } });
  });

  it('counts the awarded sum once, at its final value', () => {
    expect(computeReportData('2024-10', items).damages.month.awardedKzt).toBe(1_000_000);
    expect(computeReportData('2024-12', items).damages.yearToDate.awardedKzt).toBe(600_000);
  });

  it('stays a judicial act, not a new filing, when its claim is older than the report window but in the registry', () => {
    const oldClaim = { ...claim, entry: { ...claim.entry!, eventDate: '2022-11-02' } };
    const registry = buildCaseRecords([oldClaim, verdict]);
    const withoutRegistry = computeReportData('2024-10', [verdict]);
    const withRegistry = computeReportData('2024-10', [verdict], { registry });
    expect(withoutRegistry.charges.month.civil).toBe(1);
    expect(withRegistry.charges.month.civil).toBe(0);
    expect(withRegistry.judicialActs.month.total).toBe(1);
  });
});
