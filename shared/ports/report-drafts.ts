// Building a month's draft and publishing it. In AWS the build-report function does both (it alone
// writes reports/, one run at a time); locally they run in process.
import type { DraftManifest, PublishResult } from '../report/report-draft';

export interface ReportDrafts {
  build(month: string, actor: string): Promise<DraftManifest>;
  /** ConflictError when the month's data changed since the draft was built; NotFoundError without a draft. */
  publish(month: string, actor: string): Promise<PublishResult>;
}
