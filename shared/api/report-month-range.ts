// Which months a report may be requested for: from the first month that holds an approved entry up
// to the current month in Almaty. Outside that range the report could only be empty, and publishing
// it would put a junk month (1900-01) into the public index of reports.
import { ValidationError } from '../domain/errors';
import { almatyMonth } from '../domain/time';
import type { ItemRepository } from '../ports/item-repository';

export interface ReportMonthDependencies {
  items: Pick<ItemRepository, 'listByStatus'>;
  now: () => Date;
}

/** Throws a ValidationError naming the allowed range when `month` (a valid yyyy-mm) is outside it. */
export async function assertReportableMonth(deps: ReportMonthDependencies, month: string): Promise<void> {
  const current = almatyMonth(deps.now());
  if (month > current) {
    throw new ValidationError(`month: ${month} has not begun yet (it is ${current} in Almaty)`, undefined, { code: 'month-out-of-range', params: { month, last: current } });
  }
  const first = await firstApprovedMonth(deps.items, month);
  if (first === undefined) throw new ValidationError('month: no entry is approved yet, so there is no report to build', undefined, { code: 'no-approved-entry' });
  if (month < first) {
    throw new ValidationError(`month: reports begin with ${first}, the first month with an approved entry`, undefined, {
      code: 'month-out-of-range',
      params: { month, first, last: current },
    });
  }
}

/**
 * The earliest event month among approved entries or, as soon as one at or before `atMost` is seen,
 * that one. It walks the approved items through the status index, oldest publication first: for a
 * month in the range the first page nearly always answers, and only a month before every entry
 * reads them all (only what staff approved). The month index, partitioned by month, cannot tell
 * which is the first month without guessing partitions.
 */
async function firstApprovedMonth(items: ReportMonthDependencies['items'], atMost: string): Promise<string | undefined> {
  let earliest: string | undefined;
  let cursor: string | undefined;
  do {
    const page = await items.listByStatus({ status: 'approved', order: 'oldest', limit: 200, cursor });
    for (const item of page.items) {
      const month = item.entry?.eventDate.slice(0, 7);
      if (month === undefined) continue;
      if (month <= atMost) return month;
      if (earliest === undefined || month < earliest) earliest = month;
    }
    cursor = page.cursor;
  } while (cursor);
  return earliest;
}
