// The per-source log lines of an ingest run, one per source and run. The ingestion dashboard's Logs
// Insights queries (cdk/constructs/ingest-dashboard.ts) find them by these messages, so both import them.

export const INGEST_LOG = {
  /** Fields: runId and every SourceRunResult field (sourceId, fetched, new, flagged, durationMs, …). */
  sourceIngested: 'source ingested',
  /** Fields: runId, sourceId, errorKind, error, consecutiveFailures. */
  sourceFailed: 'source failed',
} as const;
