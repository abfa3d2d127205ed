// The ingestion dashboard: figures per source from the ingest logs (Logs Insights), run totals and
// health per function from the metrics, and the state of the ingestion alarms. Per-source numbers come
// from the logs because a per-source metric dimension would bill every source × metric each month.
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type { Construct } from 'constructs';
import { INGEST_LOG } from '../../shared/ingest/ingest-log';
import type { SourceRunResult } from '../../shared/ingest/ingest-sources';
import { METRIC_NAMES } from '../../shared/runtime/metrics';
import { METRICS } from '../config';
import type { SozwatchFunction } from './sozwatch-function';

/** A log field, checked against what ingest logs, quoted for Logs Insights (`new` is a keyword there). */
const field = (name: keyof SourceRunResult | 'errorKind' | 'error' | 'consecutiveFailures') => `\`${name}\``;

/** Per source: runs, items fetched, new and flagged over the dashboard's time range. */
export const PER_SOURCE_QUERY = [
  `filter message = "${INGEST_LOG.sourceIngested}"`,
  `stats count(*) as runs, sum(${field('fetched')}) as fetched, sum(${field('new')}) as newItems, sum(${field('flagged')}) as flagged, max(${field('durationMs')}) as slowestMs by ${field('sourceId')}`,
  'sort flagged desc',
  'limit 200',
];

/** Per source and kind of error: how often it failed, the latest message and the failures in a row. */
export const FAILURES_QUERY = [
  `filter message = "${INGEST_LOG.sourceFailed}"`,
  `stats count(*) as failures, latest(${field('error')}) as lastError, max(${field('consecutiveFailures')}) as inARow by ${field('sourceId')}, ${field('errorKind')}`,
  'sort failures desc',
  'limit 200',
];

export interface IngestDashboardProps {
  stage: string;
  functions: readonly SozwatchFunction[];
  alarms: readonly cloudwatch.IAlarm[];
}

export function createIngestDashboard(scope: Construct, props: IngestDashboardProps): cloudwatch.Dashboard {
  const logGroupNames = props.functions.map((fn) => fn.logGroup.logGroupName);
  const metric = (name: string, service: string, statistic: string) =>
    new cloudwatch.Metric({
      namespace: METRICS.namespace,
      metricName: name,
      dimensionsMap: { [METRICS.serviceDimension]: service },
      statistic,
      period: Duration.hours(1),
      label: `${service} ${name}`,
    });
  const services = props.functions.map((fn) => fn.serviceName);
  const dashboard = new cloudwatch.Dashboard(scope, 'IngestDashboard', {
    dashboardName: `${props.stage}-sozwatch-ingestion`,
    defaultInterval: Duration.days(1),
  });
  dashboard.addWidgets(
    new cloudwatch.AlarmStatusWidget({ title: 'Ingestion alarms', alarms: [...props.alarms], width: 24, height: 3 }),
  );
  dashboard.addWidgets(
    new cloudwatch.GraphWidget({
      title: 'Items per hour (fetched, new, flagged)',
      left: services.flatMap((service) =>
        [METRIC_NAMES.itemsFetched, METRIC_NAMES.itemsNew, METRIC_NAMES.itemsFlagged].map((name) => metric(name, service, 'Sum')),
      ),
      width: 12,
    }),
    new cloudwatch.GraphWidget({
      title: 'Unhealthy sources (worst batch) and source errors per hour',
      left: services.map((service) => metric(METRIC_NAMES.sourcesUnhealthy, service, 'Maximum')),
      right: services.map((service) => metric(METRIC_NAMES.sourceErrors, service, 'Sum')),
      width: 12,
    }),
  );
  dashboard.addWidgets(
    new cloudwatch.LogQueryWidget({ title: 'Per source: runs, fetched, new, flagged', logGroupNames, queryLines: PER_SOURCE_QUERY, width: 24, height: 8 }),
  );
  dashboard.addWidgets(
    new cloudwatch.LogQueryWidget({ title: 'Failing sources: failures, last error, failures in a row', logGroupNames, queryLines: FAILURES_QUERY, width: 24, height: 6 }),
  );
  return dashboard;
}
