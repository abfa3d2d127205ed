// Clock edges through the real path (store → suggested entry → approve → month index → report on
// s3rver): a story at 23:59 Almaty on a month's last day is that month's, one minute later is the next
// month's, whatever UTC says; Almaty's offset change (UTC+6 → UTC+5 on 2024-03-01) and leap days hold;
// an empty month gives a valid, published, empty report; the default month follows Almaty, not UTC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, INDEX_KEY, reportKeys } from '../../shared/report/build-report';
import { approveItem } from '../../shared/review/approve-item';
import { suggestEntry } from '../../shared/review/suggest-entry';
import { storedItem } from '../support/items';
import { startLocalStack, type LocalStack } from '../support/local-stack';

const REVIEWER = { id: 'reviewer@test', groups: ['reviewers'] };

let stack: LocalStack;

/** Stores a flagged story published at `publishedAt` and approves it with the suggested entry. */
async function approvedAt(publishedAt: string): Promise<{ id: string; eventDate: string }> {
  const item = storedItem({ status: 'pending', publishedAt, fetchedAt: publishedAt });
  await stack.deps.items.saveIfNew(item);
  const entry = suggestEntry(item);
  await approveItem(stack.deps, { id: item.id, version: item.version, entry, actor: REVIEWER });
  return { id: item.id, eventDate: entry.eventDate };
}

async function reportIds(month: string): Promise<string[]> {
  const result = await buildReport({ ...stack.deps, now: () => new Date('2030-01-15T00:00:00Z') }, { month, lang: 'ru' });
  return result.data.entries.map((e) => e.id);
}

beforeAll(async () => {
  stack = await startLocalStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('month edges in Asia/Almaty', () => {
  it.each([
    // [published (UTC), Almaty month it belongs to, the UTC month that would be wrong]
    ['2026-10-31T18:59:00.000Z', '2026-10', '23:59 on 31 October (UTC+5)'],
    ['2026-10-31T19:00:00.000Z', '2026-11', '00:00 on 1 November: already the next month'],
    ['2026-11-30T19:30:00.000Z', '2026-12', '00:30 on 1 December while UTC is still 30 November'],
    ['2021-10-31T17:59:00.000Z', '2021-10', '23:59 on 31 October 2021, before the offset change (UTC+6)'],
    ['2021-10-31T18:00:00.000Z', '2021-11', '00:00 on 1 November 2021 (UTC+6)'],
    ['2024-02-29T17:59:00.000Z', '2024-02', '23:59 on leap day 2024, the last day of UTC+6'],
    ['2028-02-29T18:59:00.000Z', '2028-02', '23:59 on leap day 2028 (UTC+5)'],
    ['2026-12-31T18:59:00.000Z', '2026-12', '23:59 on New Year’s Eve'],
    ['2026-12-31T19:00:00.000Z', '2027-01', '00:00 on 1 January: the next year’s report'],
  ])('published %s lands in the %s report (%s)', async (publishedAt, month) => {
    const { id, eventDate } = await approvedAt(publishedAt);

    expect(eventDate.slice(0, 7)).toBe(month);
    expect(await reportIds(month)).toContain(id);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const neighbour = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    expect(await reportIds(neighbour)).not.toContain(id);
  });
});

describe('a month with no entries', () => {
  it('gives a valid empty report: every file written, data.json parses with no entries, the index lists it', async () => {
    const month = '2025-06';
    const result = await buildReport({ ...stack.deps, now: () => new Date('2025-07-01T00:00:00Z') }, { month });

    expect(result.data.entries).toEqual([]);
    expect(result.data.totals.month).toBe(0);
    const keys = reportKeys(month);
    const data = JSON.parse((await stack.deps.objects.get(keys.data))!.body.toString('utf8')) as { data: { month: string; entries: unknown[] }; manifest: { itemIds: string[] } };
    expect(data.data).toMatchObject({ month, entries: [] });
    expect(data.manifest.itemIds).toEqual([]);
    for (const lang of ['ru', 'kk', 'en'] as const) {
      const html = (await stack.deps.objects.get(keys.html(lang)))!.body.toString('utf8');
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain('</html>');
      expect((await stack.deps.objects.get(keys.markdown(lang)))!.body.length).toBeGreaterThan(0);
    }
    expect((await stack.deps.objects.get(INDEX_KEY))!.body.toString('utf8')).toContain(`<strong>${month}</strong>`);
  });

  it('the default month at 00:30 on 1 December in Almaty (still 30 November in UTC) is November', async () => {
    const result = await buildReport({ ...stack.deps, now: () => new Date('2026-11-30T19:30:00Z') }, { lang: 'en' });
    expect(result.month).toBe('2026-11');
  });
});
