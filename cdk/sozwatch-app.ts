// Builds the four stacks into an app; shared by cdk/app.ts (the CLI entry) and the tests.
import { App, type AppProps, Tags } from 'aws-cdk-lib';
import type { DeployConfig } from './config';
import { DataStack } from './stacks/data-stack';
import { IngestionStack } from './stacks/ingestion-stack';
import { ReportStack } from './stacks/report-stack';
import { ReviewStack } from './stacks/review-stack';

/**
 * Feature flags the stacks rely on, set here rather than in cdk.json so tests build the same app:
 * access-log delivery by bucket policy (the log bucket keeps ACLs disabled).
 */
export const FEATURE_FLAGS = {
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  // Exports protect the data stack from losing a resource another stack still uses.
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
} as const;

export function createApp(props: AppProps = {}): App {
  return new App({ ...props, postCliContext: { ...FEATURE_FLAGS, ...props.postCliContext } });
}

export interface SozwatchStacks {
  data: DataStack;
  ingestion: IngestionStack;
  review: ReviewStack;
  report: ReportStack;
}

export function addSozwatchStacks(app: App, config: DeployConfig): SozwatchStacks {
  const env = config.env;
  const name = (part: string) => `${config.stage}-sozwatch-${part}`;
  const data = new DataStack(app, 'Data', { stackName: name('data'), env, config, description: 'sozwatch: table, reports bucket, alarm topic (retained)' });
  const shared = { config, table: data.table, reportsBucket: data.reportsBucket, alarmTopic: data.alarmTopic, env };
  const ingestion = new IngestionStack(app, 'Ingestion', { stackName: name('ingestion'), description: 'sozwatch: scheduled news and court ingestion', ...shared });
  const review = new ReviewStack(app, 'Review', {
    stackName: name('review'),
    description: 'sozwatch: review API, page and staff user pool',
    config,
    env,
    table: data.table,
    reportsBucketExports: data.reportsBucketExports,
    alarmTopic: data.alarmTopic,
  });
  const report = new ReportStack(app, 'Report', {
    stackName: name('report'),
    description: 'sozwatch: monthly report builder and publication',
    config,
    env,
    table: data.table,
    reportsBucketExports: data.reportsBucketExports,
    alarmTopic: data.alarmTopic,
  });
  // The bucket comes in by explicit import, which CDK does not see as a dependency.
  review.addStackDependency(data);
  report.addStackDependency(data);
  Tags.of(app).add('project', 'sozwatch');
  Tags.of(app).add('stage', config.stage);
  return { data, ingestion, review, report };
}
