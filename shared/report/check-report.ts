// The daily "is last month's report published?" check behind the report-missing alarm. It looks at
// what staff and readers see (the month's files in the bucket), not at a metric of the build itself.
import { addMonths, almatyDate, almatyMonth } from '../domain/time';
import type { ObjectStore } from '../ports/object-store';
import { REPORTS_PREFIX } from './build-report';
import { publishedMonths } from './render-index';
import { draftManifestKey, draftPrefix } from './report-draft';

/**
 * The newest month whose report must be out at `now`: the previous Almaty month from the 2nd on; on
 * the 1st, while the 03:00 run and its retries may still be at work, the month before that.
 */
export function reportMonthDue(now: Date): string {
  const day = Number(almatyDate(now).slice(8, 10));
  return addMonths(almatyMonth(now), day >= 2 ? -1 : -2);
}

/** From this Almaty day of the month on, a draft of the month due that is still unpublished is alarmed. */
export const PUBLISH_DEADLINE_DAY = 10;

export interface ReportCheck {
  /** The month that must be published by now. */
  monthDue: string;
  /** The newest complete month in the bucket (its data.json, written last, is there). */
  latestPublished?: string;
  /**
   * True when `monthDue` is missing from a bucket that already holds reports. A bucket with none is
   * a new installation whose first monthly run is still ahead: nothing is overdue there yet. A built
   * draft of the month due counts as the run having happened: it awaits the editor, not a rerun.
   */
  overdue: boolean;
  /** The month due has a draft (drafts/…/draft.json, written last). */
  draftBuilt: boolean;
  /** From the 10th on: the month due has a draft that nobody published. */
  unpublished: boolean;
}

export async function checkReportPublished(deps: { objects: Pick<ObjectStore, 'list'>; now: () => Date }): Promise<ReportCheck> {
  const now = deps.now();
  const monthDue = reportMonthDue(now);
  const [reportKeys, draftKeys] = await Promise.all([deps.objects.list(REPORTS_PREFIX), deps.objects.list(draftPrefix(monthDue))]);
  const months = publishedMonths(reportKeys);
  const latestPublished = months[0]?.month;
  const published = months.some((m) => m.month === monthDue);
  const draftBuilt = draftKeys.includes(draftManifestKey(monthDue));
  const overdue = latestPublished !== undefined && !published && !draftBuilt;
  const unpublished = draftBuilt && !published && Number(almatyDate(now).slice(8, 10)) >= PUBLISH_DEADLINE_DAY;
  return { monthDue, ...(latestPublished === undefined ? {} : { latestPublished }), overdue, draftBuilt, unpublished };
}
