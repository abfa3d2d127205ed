// Drafts and publishes run in this process (the local stack, `serve`, the demo).
import type { ReportDrafts } from '../ports/report-drafts';
import { buildReportDraft, publishReportDraft, type DraftManifest, type PublishResult, type ReportDraftDeps } from './report-draft';

export class InProcessReportDrafts implements ReportDrafts {
  constructor(private readonly deps: ReportDraftDeps) {}

  build(month: string, actor: string): Promise<DraftManifest> {
    return buildReportDraft(this.deps, { month, actor });
  }

  publish(month: string, actor: string): Promise<PublishResult> {
    return publishReportDraft(this.deps, { month, actor });
  }
}
