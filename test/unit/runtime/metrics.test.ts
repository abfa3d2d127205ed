// The EMF documents the handlers publish carry the names, namespace and single `service` dimension
// that the CDK alarms watch (cdk/config.ts takes its names from shared/runtime/metrics.ts).
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../cdk/config';
import { runTotals, type SourceRunResult } from '../../../shared/ingest/ingest-sources';
import { createMetrics, METRIC_NAMES, METRIC_NAMESPACE, recordIngestRun, recordReportBuilt } from '../../../shared/runtime/metrics';

type Emf = { _aws: { CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][]; Metrics: Array<{ Name: string }> }> } } & Record<string, unknown>;

describe('handler metrics', () => {
  it('sums one ingest run per service and counts unhealthy and failed sources, with per-source metadata', () => {
    const metrics = createMetrics('ingest-news');
    const sources: SourceRunResult[] = [
      { sourceId: 'tengrinews-ru', kind: 'feed', outcome: 'ok', fetched: 50, notModified: false, new: 7, flagged: 2, durationMs: 10, unhealthy: [] },
      { sourceId: 'vlast-ru', kind: 'feed', outcome: 'error', fetched: 0, notModified: false, new: 0, flagged: 0, durationMs: 10, unhealthy: ['failed 4 times in a row'] },
      { sourceId: 'kursiv-ru', kind: 'feed', outcome: 'not-modified', fetched: 0, notModified: true, new: 0, flagged: 0, durationMs: 10, unhealthy: [] },
    ];
    recordIngestRun(metrics, { sources, totals: runTotals(sources) });
    const emf = metrics.serializeMetrics() as unknown as Emf;
    const [directive] = emf._aws.CloudWatchMetrics;
    expect(directive!.Namespace).toBe('sozwatch');
    expect(directive!.Dimensions).toEqual([['service']]);
    expect(emf.service).toBe('ingest-news');
    expect(emf).toMatchObject({ ItemsFetched: 50, ItemsNew: 7, ItemsFlagged: 2, SourceErrors: 1, SourcesUnhealthy: 1 });
    expect(JSON.parse(emf.sources as string)).toContainEqual({ sourceId: 'vlast-ru', outcome: 'error', fetched: 0, new: 0, flagged: 0, unhealthy: ['failed 4 times in a row'] });
  });

  it('records a built report as ReportBuilt = 1 with its entry count and month', () => {
    const metrics = createMetrics('build-report');
    recordReportBuilt(metrics, { month: '2026-10', entries: 12 });
    const emf = metrics.serializeMetrics() as unknown as Emf;
    expect(emf).toMatchObject({ ReportBuilt: 1, ReportEntries: 12, month: '2026-10', service: 'build-report' });
  });

  it('uses the same namespace and names as the alarms in cdk/config.ts', () => {
    expect(METRICS.namespace).toBe(METRIC_NAMESPACE);
    expect(METRICS.sourcesUnhealthy).toBe(METRIC_NAMES.sourcesUnhealthy);
    expect(METRICS.reportBuilt).toBe(METRIC_NAMES.reportBuilt);
  });
});
