// Powertools metrics (CloudWatch EMF) for the handlers, and the metric names the CDK alarms watch.
// One dimension, `service` (the function name): per-source figures travel as metadata, because every
// distinct dimension value is a separately billed metric.
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export const METRIC_NAMESPACE = 'sozwatch';

export const METRIC_NAMES = {
  itemsFetched: 'ItemsFetched',
  itemsNew: 'ItemsNew',
  itemsFlagged: 'ItemsFlagged',
  sourceErrors: 'SourceErrors',
  /** Sources of this run that ingest judges unhealthy (repeated failures, silence): alarmed when it stays >= 1. */
  sourcesUnhealthy: 'SourcesUnhealthy',
  /** 1 after every object of a monthly report was written. */
  reportBuilt: 'ReportBuilt',
  reportEntries: 'ReportEntries',
  /** The daily report check: 1 while the month due is missing from the bucket, else 0 (alarmed at 1). */
  reportOverdue: 'ReportOverdue',
  /** The monthly run built a draft that waits for the editor (1; 0 when it published it unattended): tells the staff. */
  reportDraftReady: 'ReportDraftReady',
  /** The daily report check: 1 from the 10th while the month due has a draft nobody published (alarmed at 1). */
  reportUnpublished: 'ReportUnpublished',
} as const;

export function createMetrics(serviceName: string): Metrics {
  return new Metrics({ namespace: METRIC_NAMESPACE, serviceName });
}

/** What recordIngestRun reads from an ingest summary (shared/ingest's IngestSummary has these fields). */
export interface IngestRunFigures {
  /** Summed once, by the ingest run itself. */
  totals: { fetched: number; new: number; flagged: number; errors: number; unhealthy: number };
  sources: ReadonlyArray<{
    sourceId: string;
    outcome: string;
    fetched: number;
    new: number;
    flagged: number;
    unhealthy: readonly string[];
  }>;
}

/** Adds one run's totals (and the per-source breakdown as metadata); the caller publishes. */
export function recordIngestRun(metrics: Metrics, run: IngestRunFigures): void {
  metrics.addMetric(METRIC_NAMES.itemsFetched, MetricUnit.Count, run.totals.fetched);
  metrics.addMetric(METRIC_NAMES.itemsNew, MetricUnit.Count, run.totals.new);
  metrics.addMetric(METRIC_NAMES.itemsFlagged, MetricUnit.Count, run.totals.flagged);
  metrics.addMetric(METRIC_NAMES.sourceErrors, MetricUnit.Count, run.totals.errors);
  metrics.addMetric(METRIC_NAMES.sourcesUnhealthy, MetricUnit.Count, run.totals.unhealthy);
  // Logs Insights finds the culprit: filter SourcesUnhealthy > 0 | fields sources
  metrics.addMetadata(
    'sources',
    JSON.stringify(run.sources.map((s) => ({ sourceId: s.sourceId, outcome: s.outcome, fetched: s.fetched, new: s.new, flagged: s.flagged, unhealthy: s.unhealthy }))),
  );
}

export function recordReportBuilt(metrics: Metrics, report: { month: string; entries: number }): void {
  metrics.addMetric(METRIC_NAMES.reportBuilt, MetricUnit.Count, 1);
  metrics.addMetric(METRIC_NAMES.reportEntries, MetricUnit.Count, report.entries);
  metrics.addMetadata('month', report.month);
}

/** The monthly run's draft: 1 when it awaits the editor, 0 when autoPublish published it. */
export function recordReportDraft(metrics: Metrics, draft: { month: string; awaitingReview: boolean; problems: number }): void {
  metrics.addMetric(METRIC_NAMES.reportDraftReady, MetricUnit.Count, draft.awaitingReview ? 1 : 0);
  metrics.addMetadata('draftMonth', draft.month);
  metrics.addMetadata('draftProblems', String(draft.problems));
}

export function recordReportCheck(metrics: Metrics, check: { monthDue: string; latestPublished?: string; overdue: boolean; unpublished?: boolean }): void {
  metrics.addMetric(METRIC_NAMES.reportOverdue, MetricUnit.Count, check.overdue ? 1 : 0);
  metrics.addMetric(METRIC_NAMES.reportUnpublished, MetricUnit.Count, check.unpublished ? 1 : 0);
  metrics.addMetadata('monthDue', check.monthDue);
  metrics.addMetadata('latestPublished', check.latestPublished ?? 'none');
}
