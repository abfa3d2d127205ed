// build-report on the 1st of the month (Asia/Almaty): the month's draft under drafts/ for the editor
// (published to reports/ at once with autoPublish), with alarms for a failed, missing or unpublished
// report and, when configured, public reading of reports/ through CloudFront.
import { Annotations, CfnOutput, Duration, Fn, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { keys, MONTH_INDEX } from '../../shared/adapters/dynamodb/table-schema';
import { type DeployConfig, METRICS, SERVICES } from '../config';
import { AlarmFactory } from '../constructs/alarm-factory';
import { SozwatchFunction } from '../constructs/sozwatch-function';
import { DRAFTS_PREFIX, PUBLISH_AUDIT_PREFIX } from '../../shared/report/report-draft';
import { SETTINGS_PREFIX } from '../../shared/report/report-settings';
import { REPORTS_PREFIX } from './data-stack';

export interface ReportStackProps extends StackProps {
  config: DeployConfig;
  table: ITable;
  /** Export names from the data stack (DataStack.reportsBucketExports). */
  reportsBucketExports: { arn: string; name: string };
  alarmTopic: ITopic;
}

export class ReportStack extends Stack {
  readonly fn: SozwatchFunction;
  readonly deadLetterQueue: sqs.Queue;
  readonly schedule: scheduler.Schedule;
  readonly checkSchedule: scheduler.Schedule;
  readonly distribution?: cloudfront.Distribution;

  constructor(scope: Construct, id: string, props: ReportStackProps) {
    super(scope, id, props);
    const { config } = props;
    const reportsBucket = s3.Bucket.fromBucketAttributes(this, 'ReportsBucket', {
      bucketArn: Fn.importValue(props.reportsBucketExports.arn),
      bucketName: Fn.importValue(props.reportsBucketExports.name),
    });

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      queueName: `${config.stage}-${SERVICES.buildReport}-dlq`,
      retentionPeriod: Duration.days(14),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is the dead-letter queue of build-report (failed asynchronous invocations and undeliverable schedules); its depth is alarmed.',
    });

    this.fn = new SozwatchFunction(this, 'BuildReportFunction', {
      handler: SERVICES.buildReport,
      stage: config.stage,
      memorySize: 1024,
      timeout: Duration.minutes(5),
      logRetention: config.logRetention,
      deadLetterQueue: this.deadLetterQueue,
      retryAttempts: 2,
      // Two overlapping runs would race on reports/index.html; the monthly run needs only one.
      reservedConcurrency: 1,
    });
    // shared/report: approved items by month from the month GSI, the case registry's records; writes the month files, then
    // lists reports/ to rebuild reports/index.html. It reads a published month's files back only to
    // restore them when a rebuild fails midway. It reads the deployment's report settings and baseline
    // (settings/, never public) and writes nothing there.
    this.fn
      .bindTable(props.table, { actions: ['dynamodb:Query'], indexes: [MONTH_INDEX.name], baseTable: false })
      .bindBucket(reportsBucket, { prefix: REPORTS_PREFIX, read: true, write: true, list: true })
      .bindBucket(reportsBucket, { prefix: SETTINGS_PREFIX, read: true, absentIs404: true })
      // The monthly run builds the draft under drafts/ (never public) and, with autoPublish, copies it to
      // reports/ and records the publish under audit/reports/.
      .bindBucket(reportsBucket, { prefix: DRAFTS_PREFIX, read: true, write: true, list: true })
      .bindBucket(reportsBucket, { prefix: PUBLISH_AUDIT_PREFIX, write: true });
    // Each language prints outlet and region names from the gazetteer, and a case filed before the
    // window is known from the case registry: Query on those two partitions of the base table, no
    // other partition (items, audit, notes) readable.
    this.fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: [props.table.tableArn],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [keys.gazetteerPartition, keys.casesPartition] } },
      }),
    );

    this.schedule = new scheduler.Schedule(this, 'MonthlySchedule', {
      scheduleName: `${config.stage}-${SERVICES.buildReport}-monthly`,
      description: "Builds the previous Almaty month's report draft for the editor (published at once with the autoPublish setting)",
      schedule: scheduler.ScheduleExpression.expression(config.schedules.report, config.schedules.timeZone),
      target: new targets.LambdaInvoke(this.fn, {
        // The execution id stays the same across the Scheduler's retries: the correlation id of the run's logs.
        input: scheduler.ScheduleTargetInput.fromObject({ action: 'monthly', executionId: scheduler.ContextAttribute.executionId }),
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts: 10,
        maxEventAge: Duration.hours(12),
      }),
    });
    this.fn.acknowledgeSchedulerInvoke(this);

    const alarms = new AlarmFactory(this, props.alarmTopic, config.stage);
    alarms.functionErrors('BuildReportErrors', this.fn);
    alarms.deadLetterQueue('BuildReportDeadLetters', this.deadLetterQueue, 'build-report gave up on a run');
    // The daily check (shared/report/check-report.ts) publishes ReportOverdue = 1 while the month due is
    // missing from the bucket (from the 2nd of the month on), 0 otherwise. A plain alarm on that datapoint
    // needs no metric math over a metric that exists once a month.
    this.checkSchedule = new scheduler.Schedule(this, 'DailyReportCheck', {
      scheduleName: `${config.stage}-${SERVICES.buildReport}-check`,
      description: 'Checks that the report due (the previous month, from the 2nd) is published; feeds the report-missing alarm',
      schedule: scheduler.ScheduleExpression.expression(config.schedules.reportCheck, config.schedules.timeZone),
      target: new targets.LambdaInvoke(this.fn, {
        input: scheduler.ScheduleTargetInput.fromObject({ action: 'check', executionId: scheduler.ContextAttribute.executionId }),
        deadLetterQueue: this.deadLetterQueue,
        retryAttempts: 3,
        maxEventAge: Duration.hours(1),
      }),
    });
    alarms.add('ReportMissing', {
      alarmDescription:
        "The daily check found last month's report missing from the reports bucket (checked from the 2nd of the month). Run build-report by hand (docs/deploy.md).",
      metric: new cloudwatch.Metric({
        namespace: METRICS.namespace,
        metricName: METRICS.reportOverdue,
        dimensionsMap: { [METRICS.serviceDimension]: SERVICES.buildReport },
        statistic: 'Maximum',
        period: Duration.days(1),
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // A day without a check keeps the last verdict; a failed check raises build-report's errors alarm.
      treatMissingData: cloudwatch.TreatMissingData.IGNORE,
    });

    const reportMetric = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: METRICS.namespace,
        metricName,
        dimensionsMap: { [METRICS.serviceDimension]: SERVICES.buildReport },
        statistic: 'Maximum',
        period: Duration.days(1),
      });
    // Tells the staff through the alarm topic that the month's draft waits for review (the monthly run
    // publishes ReportDraftReady = 1; 0 when autoPublish published it). It returns to OK the next day.
    alarms.add('ReportDraftReady', {
      alarmDescription: "The monthly run built last month's report draft: review its checklist and publish it on the review page.",
      metric: reportMetric(METRICS.reportDraftReady),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    // The daily check publishes ReportUnpublished = 1 from the 10th while the month due has a draft
    // that nobody published.
    alarms.add('ReportUnpublished', {
      alarmDescription: "Last month's report draft is still unpublished on the 10th: review and publish it on the review page (docs/report.md).",
      metric: reportMetric(METRICS.reportUnpublished),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.IGNORE,
    });

    if (config.reports.public) {
      // The bucket is imported, so CDK cannot add the OAC statement here: the data stack holds it
      // (a policy change from this stack would make the two stacks depend on each other).
      const origin = reportsBucket;
      this.distribution = new cloudfront.Distribution(this, 'ReportsDistribution', {
        comment: `${config.stage} sozwatch public reports`,
        defaultRootObject: 'index.html',
        defaultBehavior: {
          // originPath keeps every other prefix of the bucket unreachable through the distribution.
          origin: S3BucketOrigin.withOriginAccessControl(origin, { originPath: `/${REPORTS_PREFIX.replace(/\/$/, '')}` }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: cloudfront.ResponseHeadersPolicy.SECURITY_HEADERS,
        },
        httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      });
      Annotations.of(this.distribution).acknowledgeWarning(
        '@aws-cdk/aws-cloudfront-origins:updateImportedBucketPolicyOac',
        'The data stack grants cloudfront.amazonaws.com s3:GetObject on reports/* when reports are public.',
      );
      for (const [rule, reason] of [
        ['AwsSolutions-CFR1', 'The reports are published for readers everywhere, including inside Kazakhstan; a geo restriction would defeat their purpose.'],
        ['AwsSolutions-CFR2', 'Static, cached, read-only public documents behind origin access control: no application logic for WAF to protect, and WAF would multiply the monthly cost.'],
        ['AwsSolutions-CFR3', "Deliberate: per-reader access logs would record the IP addresses of people reading about press-freedom cases; the organisation chooses not to hold them. CloudFront's aggregate metrics cover traffic."],
        ['AwsSolutions-CFR4', 'The distribution uses the default *.cloudfront.net certificate, for which CloudFront fixes the viewer TLS policy; adding a custom domain should come with minimumProtocolVersion TLSv1.2_2021.'],
      ] as const) {
        Validations.of(this.distribution).acknowledge({ id: rule, reason });
      }
      new CfnOutput(this, 'ReportsUrl', { value: `https://${this.distribution.distributionDomainName}/`, description: 'Public reports' });
    }
  }
}
