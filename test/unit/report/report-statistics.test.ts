import { describe, expect, it } from 'vitest';
import type { LegalCase, ReportEntry, StoredItem } from '../../../shared/domain/item';
import { almatyDate } from '../../../shared/domain/time';
import { computeReportData, reportWindow } from '../../../shared/report/report-statistics';
import { october2021Items } from '../../fixtures/report/october-2021';
import { storedItem } from '../../support/items';

function approved(id: string, entry: Partial<ReportEntry> & { eventDate: string }, legalCase?: LegalCase): StoredItem {
  return storedItem({
    id,
    status: 'approved',
    entry: { category: legalCase?.type ?? 'detention', text: { ru: `Запись ${id}` }, ...entry, ...(legalCase ? { legalCase } : {}) },
  });
}

describe('reportWindow', () => {
  it('reads January of last year through the report month', () => {
    // Prepare / Act
    const window = reportWindow('2021-10');
    // Assess
    expect(window.months[0]).toBe('2020-01');
    expect(window.months.at(-1)).toBe('2021-10');
    expect(window.months).toHaveLength(22);
    expect(window.previousMonth).toBe('2021-09');
    expect(window.sameMonthLastYear).toBe('2020-10');
    expect(window.lastYearToDate).toEqual({ from: '2020-01', to: '2020-10' });
  });
  it('for January, compares with last December', () => {
    const window = reportWindow('2022-01');
    expect(window.previousMonth).toBe('2021-12');
    expect(window.yearToDate).toEqual({ from: '2022-01', to: '2022-01' });
    expect(window.months).toContain('2021-12');
  });
});

describe('computeReportData on the October 2021 fixture', () => {
  const data = computeReportData('2021-10', october2021Items());

  it('gives the figures the October 2021 report printed', () => {
    expect(data.judicialActs.month).toEqual({ total: 4, forDefendants: 3 });
    expect(data.charges.month.civil).toBe(6);
    expect(data.charges.month.civilHonourDignity).toBe(4);
    expect(data.charges.yearToDate).toMatchObject({ criminal: 25, criminalInCourt: 11, civil: 56, civilHonourDignity: 51, administrative: 25 });
    expect(data.damages.yearToDate).toEqual({ claimedKzt: 25_700_000, awardedKzt: 1_290_000 });
  });

  it('prints the four events of the month', () => {
    const ids = data.entries.map((e) => e.id);
    for (const id of ['oct21-court-reporting-bill', 'oct21-hola-news-blocked', 'oct21-hola-news-editors-leave', 'oct21-journalist-support-regulation', 'oct21-social-network-outage']) {
      expect(ids).toContain(id);
    }
    expect(data.categories.find((c) => c.id === 'legislation')?.month).toBe(2);
  });

  it('never prints pending, rejected or duplicate items', () => {
    const ids = data.entries.map((e) => e.id);
    expect(ids).not.toContain('oct21-pending');
    expect(ids).not.toContain('oct21-rejected');
    expect(ids).not.toContain('oct21-duplicate');
    expect(JSON.stringify(data)).not.toContain('MUST NOT APPEAR');
  });

  it('puts the comparison months beside this month', () => {
    expect(data.categories.find((c) => c.id === 'threat')?.previousMonth).toBe(1);
    expect(data.categories.find((c) => c.id === 'detention')?.sameMonthLastYear).toBe(1);
    expect(data.totals.sameMonthLastYear).toBe(3);
    expect(data.groups.reduce((sum, g) => sum + g.month, 0)).toBe(data.totals.month);
    expect(data.totals.month).toBe(data.entries.length);
  });
});

describe('counting rules', () => {
  it('counts a case once, in the month of its earliest approved entry', () => {
    // Prepare: filed in March, in court in June, decided in October.
    const caseKey = 'case-a';
    const items = [
      approved('a1', { eventDate: '2021-03-10' }, { caseKey, type: 'criminal', stage: 'filed' }),
      approved('a2', { eventDate: '2021-06-10' }, { caseKey, type: 'criminal', stage: 'in_court', inCourt: true }),
      approved('a3', { eventDate: '2021-10-10' }, { caseKey, type: 'criminal', stage: 'decided', judicialAct: true, outcome: 'for_claimant' }),
    ];
    // Act
    const october = computeReportData('2021-10', items);
    const march = computeReportData('2021-03', items);
    // Assess
    expect(october.charges.month.total).toBe(0);
    expect(october.charges.yearToDate).toMatchObject({ criminal: 1, criminalInCourt: 1, total: 1 });
    expect(october.judicialActs.month).toEqual({ total: 1, forDefendants: 0 });
    expect(march.charges.month).toMatchObject({ criminal: 1, criminalInCourt: 0 });
    // The entries themselves are still printed in their own months.
    expect(october.entries.map((e) => e.id)).toEqual(['a3']);
  });

  it('does not count again this year a case that began last year', () => {
    const caseKey = 'case-b';
    const items = [
      approved('b1', { eventDate: '2020-11-30' }, { caseKey, type: 'civil', honourDignity: true, stage: 'filed', amountClaimedKzt: 5_000_000 }),
      approved('b2', { eventDate: '2021-02-01' }, { caseKey, type: 'civil', honourDignity: true, stage: 'in_court' }),
    ];
    const data = computeReportData('2021-02', items);
    expect(data.charges.yearToDate.total).toBe(0);
    expect(data.damages.yearToDate.claimedKzt).toBe(0);
    expect(data.categories.find((c) => c.id === 'civil')?.month).toBe(1);
  });

  it('counts one verdict reported by two outlets once, and a first instance and its appeal as two acts', () => {
    const caseKey = 'case-c';
    const items = [
      approved('c1', { eventDate: '2021-05-03' }, { caseKey, type: 'civil', stage: 'decided', judicialAct: true, outcome: 'for_claimant', amountAwardedKzt: 800_000 }),
      approved('c2', { eventDate: '2021-05-04', outlet: 'other' }, { caseKey, type: 'civil', stage: 'decided', judicialAct: true, outcome: 'for_claimant', amountAwardedKzt: 800_000 }),
      approved('c3', { eventDate: '2021-07-20' }, { caseKey, type: 'civil', stage: 'appeal', judicialAct: true, outcome: 'for_defendant', amountAwardedKzt: 0 }),
    ];
    expect(computeReportData('2021-05', items).judicialActs.month).toEqual({ total: 1, forDefendants: 0 });
    const july = computeReportData('2021-07', items);
    expect(july.judicialActs.yearToDate).toEqual({ total: 2, forDefendants: 1 });
    // The award overturned on appeal counts at its final value.
    expect(july.damages.yearToDate.awardedKzt).toBe(0);
    expect(computeReportData('2021-05', items).damages.month.awardedKzt).toBe(800_000);
  });

  it('takes the latest claimed sum of an amended claim', () => {
    const caseKey = 'case-d';
    const items = [
      approved('d1', { eventDate: '2021-01-05' }, { caseKey, type: 'civil', stage: 'filed', amountClaimedKzt: 10_000_000 }),
      approved('d2', { eventDate: '2021-04-05' }, { caseKey, type: 'civil', stage: 'in_court', amountClaimedKzt: 2_000_000 }),
    ];
    expect(computeReportData('2021-01', items).damages.month.claimedKzt).toBe(10_000_000);
    expect(computeReportData('2021-04', items).damages.yearToDate.claimedKzt).toBe(2_000_000);
  });

  it('counts legal-action entries without case facts as entries, not charges, and says how many', () => {
    const items = [approved('e1', { eventDate: '2021-04-05', category: 'criminal' })];
    const data = computeReportData('2021-04', items);
    expect(data.entries).toHaveLength(1);
    expect(data.charges.month.total).toBe(0);
    expect(data.entriesWithoutCaseFacts).toBe(1);
  });

  it('places an entry at 23:59 Almaty on the last day in that month, and one a minute later in the next', () => {
    // Almaty was UTC+6 in 2021: 23:59 on 31 October is 17:59 UTC.
    const last = approved('late', { eventDate: almatyDate('2021-10-31T17:59:00Z') });
    const next = approved('next', { eventDate: almatyDate('2021-10-31T18:00:00Z') });
    expect(computeReportData('2021-10', [last, next]).entries.map((e) => e.id)).toEqual(['late']);
    expect(computeReportData('2021-11', [last, next]).entries.map((e) => e.id)).toEqual(['next']);
  });

  it('gives a valid empty report for a month with no entries', () => {
    const data = computeReportData('2022-02', []);
    expect(data.entries).toEqual([]);
    expect(data.categories).toHaveLength(12);
    expect(data.totals).toEqual({ month: 0, previousMonth: 0, sameMonthLastYear: 0, yearToDate: 0, lastYearToDate: 0 });
    expect(data.charges.yearToDate.total).toBe(0);
    expect(data.lawArticles).toEqual([]);
  });

  it('ignores items outside the window, unapproved items and items without an entry', () => {
    const items = [
      approved('old', { eventDate: '2019-12-31' }),
      storedItem({ id: 'no-entry', status: 'approved' }),
      { ...approved('reopened', { eventDate: '2021-06-01' }), status: 'pending' as const },
      approved('ok', { eventDate: '2021-06-02' }),
    ];
    expect(computeReportData('2021-06', items).entries.map((e) => e.id)).toEqual(['ok']);
  });

  it('leaves out and names approved items whose entry is malformed, instead of failing the report', () => {
    const bad = approved('bad-category', { eventDate: '2021-06-03' });
    (bad.entry as unknown as { category: string }).category = 'gossip';
    const badDate = approved('bad-date', { eventDate: '3 June 2021' });
    const data = computeReportData('2021-06', [bad, badDate, approved('fine', { eventDate: '2021-06-04' })]);
    expect(data.entries.map((e) => e.id)).toEqual(['fine']);
    expect(data.invalidEntryIds).toEqual(['bad-category', 'bad-date']);
  });

  it('does not depend on the order items arrive in', () => {
    const items = october2021Items();
    const reversed = [...items].reverse();
    expect(JSON.stringify(computeReportData('2021-10', reversed))).toBe(JSON.stringify(computeReportData('2021-10', items)));
  });
});
