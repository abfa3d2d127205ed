import { describe, expect, it } from 'vitest';
import { checkReportPublished, reportMonthDue } from '../../../shared/report/check-report';

describe('reportMonthDue', () => {
  it.each([
    // Almaty is UTC+5: 2026-11-01 00:00 Almaty is 2026-10-31 19:00 UTC.
    ['2026-10-31T18:59:59Z', '2026-09', 'the 31st of October in Almaty: September is due'],
    ['2026-10-31T19:00:00Z', '2026-09', 'the 1st in Almaty, the run may still be retrying: still September'],
    ['2026-11-01T18:59:59Z', '2026-09', 'the last second of the 1st'],
    ['2026-11-01T19:00:00Z', '2026-10', 'the 2nd in Almaty: October is due'],
    ['2026-11-29T04:00:00Z', '2026-10', 'later in the month'],
    ['2027-01-01T03:00:00Z', '2026-11', 'the 1st of January: November'],
    ['2027-01-02T03:00:00Z', '2026-12', 'the 2nd of January: December of last year'],
    ['2024-03-01T19:00:00Z', '2024-02', 'UTC+5 since March 2024: 2024-03-02 00:00 Almaty'],
    ['2024-02-01T18:30:00Z', '2024-01', 'UTC+6 before: 2024-02-02 00:30 Almaty'],
    ['2024-02-01T17:30:00Z', '2023-12', 'UTC+6 before: 2024-02-01 23:30 Almaty, still the 1st'],
  ])('%s → %s (%s)', (now, due) => {
    expect(reportMonthDue(new Date(now))).toBe(due);
  });
});

describe('checkReportPublished', () => {
  const month = (m: string, files = ['report.ru.html', 'report.ru.md', 'data.json']) => files.map((f) => `reports/${m.replace('-', '/')}/${f}`);
  const check = (keys: string[], now = '2026-11-10T04:00:00Z') =>
    checkReportPublished({ objects: { list: async (prefix) => keys.filter((k) => k.startsWith(prefix)) }, now: () => new Date(now) });

  it('the month due is published: not overdue', async () => {
    expect(await check([...month('2026-09'), ...month('2026-10'), 'reports/index.html'])).toEqual({ monthDue: '2026-10', latestPublished: '2026-10', overdue: false, draftBuilt: false, unpublished: false });
  });

  it('only earlier months are published: overdue', async () => {
    expect(await check([...month('2026-08'), ...month('2026-09'), 'reports/index.html'])).toEqual({ monthDue: '2026-10', latestPublished: '2026-09', overdue: true, draftBuilt: false, unpublished: false });
  });

  it('a run that stopped before data.json (written last) does not count as published', async () => {
    expect(await check([...month('2026-09'), ...month('2026-10', ['report.ru.html', 'report.kk.html'])])).toMatchObject({ latestPublished: '2026-09', overdue: true });
  });

  it('a month rebuilt by hand later does not stand in for the month due', async () => {
    expect(await check([...month('2026-09'), ...month('2026-11')])).toMatchObject({ latestPublished: '2026-11', overdue: true });
  });

  it('a new installation with no report yet has nothing overdue', async () => {
    expect(await check(['reports/index.html'])).toEqual({ monthDue: '2026-10', overdue: false, draftBuilt: false, unpublished: false });
    expect(await check([])).toEqual({ monthDue: '2026-10', overdue: false, draftBuilt: false, unpublished: false });
  });

  it('a built draft of the month due is not missing; unpublished from the 10th (Almaty) on, not before', async () => {
    const draft = 'drafts/2026/10/draft.json';
    expect(await check([...month('2026-09'), draft], '2026-11-09T04:00:00Z')).toEqual({ monthDue: '2026-10', latestPublished: '2026-09', overdue: false, draftBuilt: true, unpublished: false });
    // 2026-11-09 19:00 UTC is the 10th in Almaty.
    expect(await check([...month('2026-09'), draft], '2026-11-09T19:00:00Z')).toMatchObject({ overdue: false, draftBuilt: true, unpublished: true });
    expect(await check([...month('2026-09'), ...month('2026-10'), draft], '2026-11-20T04:00:00Z')).toMatchObject({ overdue: false, unpublished: false });
    // A new installation's first draft is alarmed too when nobody publishes it.
    expect(await check([draft], '2026-11-12T04:00:00Z')).toEqual({ monthDue: '2026-10', overdue: false, draftBuilt: true, unpublished: true });
  });
});
