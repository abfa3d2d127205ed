// Report requests served in this process (the local stack, `serve`, the demo): the build runs now and
// the request answers when the report is published.
import type { ReportRequestOutcome, ReportRequests } from '../ports/report-requests';
import { buildReport, type BuildReportDeps } from './build-report';

export class InProcessReportRequests implements ReportRequests {
  constructor(private readonly deps: BuildReportDeps) {}

  async request(month: string): Promise<ReportRequestOutcome> {
    await buildReport(this.deps, { month });
    return 'built';
  }
}
