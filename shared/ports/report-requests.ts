// Asking for a month's report to be (re)built, e.g. after late approvals. In AWS the build-report
// function does it (one build at a time); locally the report is built in process.

export type ReportRequestOutcome = 'queued' | 'built';

export interface ReportRequests {
  /** Starts a build of `month` (yyyy-mm); 'queued' when another process will do it, 'built' when done. */
  request(month: string): Promise<ReportRequestOutcome>;
}
