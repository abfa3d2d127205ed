// The daily "is last month's report published?" check behind the report-missing alarm. It looks at
// what staff and readers see (the month's files in the bucket), not at a metric of the build itself.
import { addMonths, almatyDate, almatyMonth } from '../domain/time';
import type { ObjectStore } from '../ports/object-store';
import { REPORTS_PREFIX } from './build-report';
import { publishedMonths } from './render-index';

/**
 * The newest month whose report must be out at `now`: the previous Almaty month from the 2nd on; on
 * the 1st, while the 03:00 run and its retries may still be at work, the month before that.
 */
export function reportMonthDue(now: Date): string {
  const day = Number(almatyDate(now).slice(8, 10));
  return addMonths(almatyMonth(now), day >= 2 ? -1 : -2);
}

export interface ReportCheck {
  /** The month that must be published by now. */
  monthDue: string;
  /** The newest complete month in the bucket (its data.json, written last, is there). */
  latestPublished?: string;
  /**
   * True when `monthDue` is missing from a bucket that already holds reports. A bucket with none is
   * a new installation whose first monthly run is still ahead: nothing is overdue there yet.
   */
  overdue: boolean;
}

export async function checkReportPublished(deps: { objects: Pick<ObjectStore, 'list'>; now: () => Date }): Promise<ReportCheck> {
  const monthDue = reportMonthDue(deps.now());
  const months = publishedMonths(await deps.objects.list(REPORTS_PREFIX));
  const latestPublished = months[0]?.month;
  const overdue = latestPublished !== undefined && !months.some((m) => m.month === monthDue);
  return latestPublished === undefined ? { monthDue, overdue } : { monthDue, latestPublished, overdue };
}
