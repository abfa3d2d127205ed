// IngestionStack: two arm64 Node.js 22 functions, each dispatching from an Almaty-time schedule to its own
// SQS queue (DLQ, partial batch failures) with exactly the IAM actions the ingest code uses, and alarms.
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { INGEST_TIMEOUT } from '../../../cdk/stacks/ingestion-stack';
import { actionsOf, buildStacks, managedPolicies, roleStatements, template } from '../test-app';

const KINDS = [
  { name: 'News', service: 'ingest-news', schedule: 'rate(15 minutes)', unhealthy: { period: 3600, periods: 2, missing: 'notBreaching' } },
  { name: 'Courts', service: 'ingest-courts', schedule: 'cron(0 7-21/2 ? * MON-SAT *)', unhealthy: { period: 7200, periods: 2, missing: 'ignore' } },
] as const;

describe('IngestionStack', { timeout: 300_000 }, () => {
  const t = template(buildStacks().ingestion);
  const logicalId = (type: string, prefix: string) => {
    const ids = Object.keys(t.findResources(type)).filter((id) => id.startsWith(prefix));
    expect(ids).toHaveLength(1);
    return ids[0]!;
  };

  it('has exactly the two ingest functions on Node.js 22, arm64, with reserved concurrency and Powertools env', () => {
    t.resourceCountIs('AWS::Lambda::Function', 2);
    for (const kind of KINDS) {
      t.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: `prod-${kind.service}`,
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        MemorySize: 1024,
        Timeout: INGEST_TIMEOUT.toSeconds(),
        ReservedConcurrentExecutions: 3,
        LoggingConfig: { LogGroup: { Ref: logicalId('AWS::Logs::LogGroup', `${kind.name}FunctionLogGroup`) } },
        Environment: {
          Variables: Match.objectLike({
            POWERTOOLS_SERVICE_NAME: kind.service,
            POWERTOOLS_LOG_LEVEL: 'INFO',
            POWERTOOLS_METRICS_NAMESPACE: 'sozwatch',
            SOZWATCH_TABLE: Match.anyValue(),
            SOZWATCH_BUCKET: Match.anyValue(),
            SOZWATCH_INGEST_QUEUE_URL: { Ref: logicalId('AWS::SQS::Queue', `${kind.name}Queue`) },
          }),
        },
      });
      t.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: `/aws/lambda/prod-${kind.service}`, RetentionInDays: 90 });
    }
  });

  it('gives each function its own queue with a dead-letter queue and a visibility timeout of six function timeouts', () => {
    t.resourceCountIs('AWS::SQS::Queue', 4);
    for (const kind of KINDS) {
      t.hasResourceProperties('AWS::SQS::Queue', {
        QueueName: `prod-${kind.service}`,
        VisibilityTimeout: INGEST_TIMEOUT.toSeconds() * 6,
        SqsManagedSseEnabled: true,
        RedrivePolicy: {
          deadLetterTargetArn: { 'Fn::GetAtt': [logicalId('AWS::SQS::Queue', `${kind.name}DeadLetterQueue`), 'Arn'] },
          maxReceiveCount: 3,
        },
      });
      t.hasResourceProperties('AWS::SQS::Queue', { QueueName: `prod-${kind.service}-dlq`, MessageRetentionPeriod: 14 * 24 * 3600 });
    }
    const policies = Object.values(t.findResources('AWS::SQS::QueuePolicy'));
    expect(policies).toHaveLength(4);
    for (const policy of policies) {
      expect(JSON.stringify(policy)).toContain('"aws:SecureTransport":"false"');
    }
  });

  it('consumes each queue with the same function, in small batches, reporting partial batch failures', () => {
    t.resourceCountIs('AWS::Lambda::EventSourceMapping', 2);
    for (const kind of KINDS) {
      t.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: logicalId('AWS::Lambda::Function', `${kind.name}Function`) },
        EventSourceArn: { 'Fn::GetAtt': [logicalId('AWS::SQS::Queue', `${kind.name}Queue`), 'Arn'] },
        BatchSize: 5,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        // One reserved slot is left for the scheduled dispatch.
        ScalingConfig: { MaximumConcurrency: 2 },
      });
    }
  });

  it('schedules each dispatch with EventBridge Scheduler in Asia/Almaty, sending {"action":"dispatch"}', () => {
    t.resourceCountIs('AWS::Scheduler::Schedule', 2);
    for (const kind of KINDS) {
      t.hasResourceProperties('AWS::Scheduler::Schedule', {
        Name: `prod-${kind.service}-dispatch`,
        ScheduleExpression: kind.schedule,
        ScheduleExpressionTimezone: 'Asia/Almaty',
        State: 'ENABLED',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: {
          Arn: { 'Fn::GetAtt': [logicalId('AWS::Lambda::Function', `${kind.name}Function`), 'Arn'] },
          Input: JSON.stringify({ action: 'dispatch', executionId: '<aws.scheduler.execution-id>' }),
          RetryPolicy: { MaximumEventAgeInSeconds: 600, MaximumRetryAttempts: 2 },
        },
      });
    }
  });

  it('grants each function exactly its log group, Get/BatchGet/Query/Put on the base table, its own queue and publishing urgent notices', () => {
    for (const kind of KINDS) {
      const statements = roleStatements(t, `${kind.name}FunctionRole`);
      expect(managedPolicies(t, `${kind.name}FunctionRole`)).toEqual([]);
      expect(actionsOf(statements)).toEqual(
        [
          'dynamodb:BatchGetItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'logs:CreateLogStream',
          'logs:PutLogEvents',
          'sns:Publish',
          'sqs:ChangeMessageVisibility',
          'sqs:DeleteMessage',
          'sqs:GetQueueAttributes',
          'sqs:GetQueueUrl',
          'sqs:ReceiveMessage',
          'sqs:SendMessage',
        ].sort(),
      );
      const dynamo = statements.find((s) => String(s.Action).includes('dynamodb'))!;
      // The base table only, no index and no wildcard.
      expect(dynamo.Resource).toEqual({ 'Fn::ImportValue': expect.stringMatching(/ExportsOutputFnGetAttTable.*Arn/) });
      const queueArn = { 'Fn::GetAtt': [logicalId('AWS::SQS::Queue', `${kind.name}Queue`), 'Arn'] };
      for (const s of statements.filter((s) => String(s.Action).includes('sqs:'))) expect(s.Resource).toEqual(queueArn);
      // Publishing on the urgent topic only (cdk/stacks/ingestion-stack.ts).
      expect(statements.filter((s) => String(s.Action).includes('sns:'))).toEqual([
        { Effect: 'Allow', Action: 'sns:Publish', Resource: { Ref: logicalId('AWS::SNS::Topic', 'UrgentTopic') } },
      ]);
      const logs = statements.find((s) => String(s.Action).includes('logs:'))!;
      expect(logs.Resource).toEqual({ 'Fn::GetAtt': [logicalId('AWS::Logs::LogGroup', `${kind.name}FunctionLogGroup`), 'Arn'] });
      expect(JSON.stringify(statements)).not.toMatch(/"\*"|s3:/);
    }
  });

  it('alarms on dead letters, repeated errors, an unhealthy source and a silent news schedule, all to the alarm topic', () => {
    const topic = { 'Fn::ImportValue': Match.stringLikeRegexp('AlarmTopic') };
    for (const kind of KINDS) {
      t.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: `prod-sozwatch-ingest-${kind.name.toLowerCase()}-dead-letters`,
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId('AWS::SQS::Queue', `${kind.name}DeadLetterQueue`), 'QueueName'] } }],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [topic],
      });
      t.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: `prod-sozwatch-ingest-${kind.name.toLowerCase()}-errors`,
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId('AWS::Lambda::Function', `${kind.name}Function`) } }],
        EvaluationPeriods: 2,
        DatapointsToAlarm: 2,
        AlarmActions: [topic],
      });
      t.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: `prod-sozwatch-ingest-${kind.name.toLowerCase()}-source-unhealthy`,
        Namespace: 'sozwatch',
        MetricName: 'SourcesUnhealthy',
        Dimensions: [{ Name: 'service', Value: kind.service }],
        Statistic: 'Maximum',
        Period: kind.unhealthy.period,
        EvaluationPeriods: kind.unhealthy.periods,
        DatapointsToAlarm: kind.unhealthy.periods,
        Threshold: 1,
        TreatMissingData: kind.unhealthy.missing,
        AlarmActions: [topic],
      });
    }
    t.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'prod-sozwatch-ingest-news-not-invoked',
      MetricName: 'Invocations',
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
      Period: 3600,
    });
    t.resourceCountIs('AWS::CloudWatch::Alarm', 7);
  });

  it('has a dashboard: per-source figures from both ingest log groups, the run metrics and every ingestion alarm', () => {
    const dashboards = Object.values(t.findResources('AWS::CloudWatch::Dashboard'));
    expect(dashboards).toHaveLength(1);
    const properties = dashboards[0]!.Properties as { DashboardName: string; DashboardBody: unknown };
    expect(properties.DashboardName).toBe('prod-sozwatch-ingestion');
    const body = JSON.stringify(properties.DashboardBody);
    for (const kind of KINDS) {
      expect(body).toContain(logicalId('AWS::Logs::LogGroup', `${kind.name}FunctionLogGroup`));
      for (const metric of ['ItemsFetched', 'ItemsNew', 'ItemsFlagged', 'SourcesUnhealthy', 'SourceErrors']) {
        expect(body).toContain(`[\\"sozwatch\\",\\"${metric}\\",\\"service\\",\\"${kind.service}\\"`);
      }
    }
    // The queries read the very lines and fields ingest logs (shared/ingest/ingest-log.ts, SourceRunResult).
    expect(body).toContain('filter message = \\\\\\"source ingested\\\\\\"');
    expect(body).toContain('sum(`new`) as newItems');
    expect(body).toContain('filter message = \\\\\\"source failed\\\\\\"');
    for (const alarm of Object.keys(t.findResources('AWS::CloudWatch::Alarm'))) expect(body).toContain(alarm);
  });
});
