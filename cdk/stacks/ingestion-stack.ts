// ingest-news and ingest-courts: a schedule in Almaty time asks each function to dispatch, the function
// enqueues one SQS message per source, and the same function consumes them in small batches.
import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { type DeployConfig, SERVICES } from '../config';
import { AlarmFactory } from '../constructs/alarm-factory';
import { createIngestDashboard } from '../constructs/ingest-dashboard';
import { SozwatchFunction } from '../constructs/sozwatch-function';

export interface IngestionStackProps extends StackProps {
  config: DeployConfig;
  table: ITable;
  reportsBucket: IBucket;
  alarmTopic: sns.ITopic;
}

/** One source run fetches with timeouts and a crawl delay; a batch of a few sources fits well within this. */
export const INGEST_TIMEOUT = Duration.minutes(3);

export interface IngestPipeline {
  fn: SozwatchFunction;
  queue: sqs.Queue;
  deadLetterQueue: sqs.Queue;
  schedule: scheduler.Schedule;
}

export class IngestionStack extends Stack {
  readonly news: IngestPipeline;
  readonly courts: IngestPipeline;
  readonly dashboard: cloudwatch.Dashboard;
  /** New attacks, detentions and threats with a high score, announced to staff by e-mail at once. */
  readonly urgentTopic: sns.Topic;

  constructor(scope: Construct, id: string, props: IngestionStackProps) {
    super(scope, id, props);
    const { config } = props;
    const alarms = new AlarmFactory(this, props.alarmTopic, config.stage);

    this.urgentTopic = new sns.Topic(this, 'UrgentTopic', {
      topicName: `${config.stage}-sozwatch-urgent`,
      displayName: `sozwatch ${config.stage} urgent`,
      enforceSSL: true,
      // Notices carry titles naming people: encrypted at rest with the AWS managed key (no key to run).
      masterKey: kms.Alias.fromAliasName(this, 'UrgentTopicKey', 'alias/aws/sns'),
    });
    for (const email of config.urgentEmails) this.urgentTopic.addSubscription(new subscriptions.EmailSubscription(email));
    new CfnOutput(this, 'UrgentTopicArn', { value: this.urgentTopic.topicArn, description: 'Subscribe staff to urgent items here (-c urgentEmails=a@x,b@y)' });

    this.news = this.pipeline('News', SERVICES.ingestNews, config.schedules.news, props);
    this.courts = this.pipeline('Courts', SERVICES.ingestCourts, config.schedules.courts, props);

    const ingestAlarms: cloudwatch.IAlarm[] = [];
    for (const [name, pipeline, window, missing] of [
      // News runs around the clock: no datapoint means no unhealthy source was reported.
      ['News', this.news, config.alarms.unhealthySource.news, cloudwatch.TreatMissingData.NOT_BREACHING],
      // Courts do not run at night: keep the alarm's state through the gap.
      ['Courts', this.courts, config.alarms.unhealthySource.courts, cloudwatch.TreatMissingData.IGNORE],
    ] as const) {
      ingestAlarms.push(
        alarms.deadLetterQueue(`Ingest${name}DeadLetters`, pipeline.deadLetterQueue, `${pipeline.fn.serviceName} gave up on sources`),
        // Two periods: one transient runtime error (an SDK timeout) is retried by SQS and not worth a page.
        alarms.functionErrors(`Ingest${name}Errors`, pipeline.fn, 2),
        alarms.sourceUnhealthy(`Ingest${name}SourceUnhealthy`, pipeline.fn.serviceName, window, missing),
      );
    }
    // News runs around the clock, so an hour without an invocation means the pipeline stopped.
    ingestAlarms.push(alarms.notInvoked('IngestNewsNotInvoked', this.news.fn, Duration.hours(1)));
    this.dashboard = createIngestDashboard(this, { stage: config.stage, functions: [this.news.fn, this.courts.fn], alarms: ingestAlarms });
  }

  private pipeline(name: string, service: string, expression: string, props: IngestionStackProps): IngestPipeline {
    const { config } = props;
    const deadLetterQueue = new sqs.Queue(this, `${name}DeadLetterQueue`, {
      queueName: `${config.stage}-${service}-dlq`,
      retentionPeriod: Duration.days(14),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    Validations.of(deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the source queue; its depth is alarmed.',
    });
    const queue = new sqs.Queue(this, `${name}Queue`, {
      queueName: `${config.stage}-${service}`,
      // AWS guidance for Lambda consumers: at least six times the function timeout, so a retried
      // batch is not handed to a second invocation while the first still runs.
      visibilityTimeout: Duration.seconds(INGEST_TIMEOUT.toSeconds() * 6),
      retentionPeriod: Duration.days(1),
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: config.ingestion.maxReceiveCount },
    });

    const fn = new SozwatchFunction(this, `${name}Function`, {
      handler: service,
      stage: config.stage,
      memorySize: 1024,
      timeout: INGEST_TIMEOUT,
      reservedConcurrency: config.ingestion.reservedConcurrency,
      logRetention: config.logRetention,
    });
    // shared/ingest: source state get/put, known ids by BatchGet, conditional Put of new items, their
    // audit records and urgent-notice markers, an item's audit records by Query on its partition; no index.
    // The dispatch also lists the source records (Query on their partition) and seeds the ones the
    // built-in catalog has and the table lacks (conditional Put): that is how a deploy seeds the table, on its first tick.
    fn.bindTable(props.table, { actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem'] }).bindBucket(props.reportsBucket, 'none').bindIngestQueue(queue).bindUrgentTopic(this.urgentTopic);
    fn.addEventSource(
      new SqsEventSource(queue, {
        batchSize: config.ingestion.batchSize,
        reportBatchItemFailures: true,
        // One reserved slot stays free for the scheduled dispatch, so a backlog cannot starve it.
        maxConcurrency: Math.max(2, config.ingestion.reservedConcurrency - 1),
      }),
    );

    const schedule = new scheduler.Schedule(this, `${name}Schedule`, {
      scheduleName: `${config.stage}-${service}-dispatch`,
      description: `Asks ${service} to enqueue one message per source`,
      schedule: scheduler.ScheduleExpression.expression(expression, config.schedules.timeZone),
      target: new targets.LambdaInvoke(fn, {
        input: scheduler.ScheduleTargetInput.fromObject({ action: 'dispatch', executionId: scheduler.ContextAttribute.executionId }),
        // A dispatch older than one period is superseded by the next tick; retrying it only doubles work.
        maxEventAge: Duration.minutes(10),
        retryAttempts: 2,
      }),
    });
    fn.acknowledgeSchedulerInvoke(this);
    return { fn, queue, deadLetterQueue, schedule };
  }
}
