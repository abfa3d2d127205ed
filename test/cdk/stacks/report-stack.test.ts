// ReportStack: build-report on the 1st at 03:00 Almaty, writing under reports/ only, alarmed when it fails
// or when the daily check finds the month due unpublished, with CloudFront over reports/ only when the
// configuration publishes them.
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { actionsOf, buildStacks, managedPolicies, roleStatements, template } from '../test-app';

describe('ReportStack', { timeout: 300_000 }, () => {
  const t = template(buildStacks().report);
  const id = (type: string, prefix: string) => Object.keys(t.findResources(type)).find((k) => k.startsWith(prefix))!;

  it('runs build-report on Node.js 22 arm64, one at a time, with a dead-letter queue for failed runs', () => {
    t.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'prod-build-report',
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      ReservedConcurrentExecutions: 1,
      DeadLetterConfig: { TargetArn: { 'Fn::GetAtt': [id('AWS::SQS::Queue', 'DeadLetterQueue'), 'Arn'] } },
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'build-report', SOZWATCH_BUCKET: { 'Fn::ImportValue': 'prod-sozwatch-data-reports-bucket-name' } }) },
    });
    t.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 2 });
  });

  it('schedules the monthly run at 03:00 on the 1st in Asia/Almaty with only the execution id as payload (previous month, all languages)', () => {
    t.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 3 1 * ? *)',
      ScheduleExpressionTimezone: 'Asia/Almaty',
      Target: {
        Arn: { 'Fn::GetAtt': [id('AWS::Lambda::Function', 'BuildReportFunction'), 'Arn'] },
        Input: '{"executionId":"<aws.scheduler.execution-id>"}',
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [id('AWS::SQS::Queue', 'DeadLetterQueue'), 'Arn'] } },
        RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 12 * 3600 },
      },
    });
  });

  it('grants Query on the month index, Get/PutObject under reports/, ListBucket for the reports/ prefix and GetObject under settings/, nothing else', () => {
    const statements = roleStatements(t, 'BuildReportFunctionRole');
    expect(managedPolicies(t, 'BuildReportFunctionRole')).toEqual([]);
    expect(actionsOf(statements)).toEqual(['dynamodb:Query', 'logs:CreateLogStream', 'logs:PutLogEvents', 's3:GetObject', 's3:ListBucket', 's3:PutObject', 'sqs:SendMessage']);
    const bucketArn = { 'Fn::ImportValue': 'prod-sozwatch-data-reports-bucket-arn' };
    // The previous build's files are read back only to restore them when a rebuild fails midway.
    expect(statements).toContainEqual(expect.objectContaining({ Action: ['s3:GetObject', 's3:PutObject'], Resource: { 'Fn::Join': ['', [bucketArn, '/reports/*']] } }));
    expect(statements).toContainEqual(
      expect.objectContaining({ Action: 's3:ListBucket', Resource: bucketArn, Condition: { StringLike: { 's3:prefix': ['reports/*'] } } }),
    );
    // The layout setting and the baseline are read, never written, by the build.
    expect(statements).toContainEqual(expect.objectContaining({ Action: 's3:GetObject', Resource: { 'Fn::Join': ['', [bucketArn, '/settings/*']] } }));
    const queries = statements.filter((s) => s.Action === 'dynamodb:Query');
    expect(queries).toHaveLength(2);
    expect(queries[0]!.Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::ImportValue': expect.stringMatching(/Table.*Arn/) }, '/index/gsi2-month']] });
    // The gazetteer's names: the base table, but only its GAZETTEER partition.
    expect(queries[1]).toEqual({
      Effect: 'Allow',
      Action: 'dynamodb:Query',
      Resource: { 'Fn::ImportValue': expect.stringMatching(/Table.*Arn/) },
      Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['GAZETTEER'] } },
    });
  });

  it('runs the report check daily at 08:00 Almaty with {"action":"check"}', () => {
    t.resourceCountIs('AWS::Scheduler::Schedule', 2);
    t.hasResourceProperties('AWS::Scheduler::Schedule', {
      Name: 'prod-build-report-check',
      ScheduleExpression: 'cron(0 8 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Almaty',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [id('AWS::Lambda::Function', 'BuildReportFunction'), 'Arn'] },
        Input: '{"action":"check","executionId":"<aws.scheduler.execution-id>"}',
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [id('AWS::SQS::Queue', 'DeadLetterQueue'), 'Arn'] } },
      }),
    });
  });

  it('alarms on errors, dead letters and a check that found the month due missing', () => {
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'prod-sozwatch-build-report-errors', MetricName: 'Errors', Threshold: 1, EvaluationPeriods: 1 });
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'prod-sozwatch-build-report-dead-letters', MetricName: 'ApproximateNumberOfMessagesVisible' });
    t.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'prod-sozwatch-report-missing',
      Namespace: 'sozwatch',
      MetricName: 'ReportOverdue',
      Dimensions: [{ Name: 'service', Value: 'build-report' }],
      Statistic: 'Maximum',
      Period: 86_400,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'ignore',
      AlarmActions: [Match.anyValue()],
    });
  });

  it('creates no CloudFront distribution while reports are private', () => {
    t.resourceCountIs('AWS::CloudFront::Distribution', 0);
    t.resourceCountIs('AWS::CloudFront::OriginAccessControl', 0);
  });

  it('serves only reports/ through CloudFront with origin access control when reports are public', () => {
    const pub = template(buildStacks({ reports: { public: true } }).report);
    pub.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    pub.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: {
        DefaultRootObject: 'index.html',
        Origins: [
          Match.objectLike({
            OriginPath: '/reports',
            OriginAccessControlId: { 'Fn::GetAtt': [Match.stringLikeRegexp('OriginAccessControl'), 'Id'] },
            DomainName: { 'Fn::Join': ['', Match.arrayWith([{ 'Fn::ImportValue': 'prod-sozwatch-data-reports-bucket-name' }, '.s3.'])] },
          }),
        ],
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'] }),
      },
    });
    pub.hasOutput('ReportsUrl', {});
  });
});
