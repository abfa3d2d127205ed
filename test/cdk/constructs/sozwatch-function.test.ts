// SozwatchFunction: the Lambda defaults in one place, and bind* setting the env var together with
// exactly the grant asked for (none for a bucket the function only needs the name of).
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { describe, expect, it } from 'vitest';
import { SozwatchFunction } from '../../../cdk/constructs/sozwatch-function';
import { actionsOf, roleStatements } from '../test-app';

function harness(bind: (fn: SozwatchFunction, table: dynamodb.Table, bucket: s3.Bucket) => void): Template {
  const stack = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'Harness');
  const table = new dynamodb.Table(stack, 'T', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
  const bucket = new s3.Bucket(stack, 'B');
  const fn = new SozwatchFunction(stack, 'Fn', { handler: 'build-report', stage: 'test', logRetention: RetentionDays.ONE_MONTH });
  bind(fn, table, bucket);
  return Template.fromStack(stack);
}

describe('SozwatchFunction', { timeout: 300_000 }, () => {
  it('applies the defaults: Node.js 22, arm64, own log group with retention, Powertools env, no managed policy', () => {
    const t = harness(() => {});
    t.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'test-build-report',
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: 30,
      Environment: {
        Variables: {
          POWERTOOLS_SERVICE_NAME: 'build-report',
          POWERTOOLS_LOG_LEVEL: 'INFO',
          POWERTOOLS_METRICS_NAMESPACE: 'sozwatch',
          SOZWATCH_LOG_LEVEL: 'INFO',
          NODE_OPTIONS: '--enable-source-maps',
        },
      },
    });
    t.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: '/aws/lambda/test-build-report', RetentionInDays: 30 });
    t.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    expect(actionsOf(roleStatements(t, 'FnRole'))).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
  });

  it('binds a table: env var plus only the listed actions on the listed resources', () => {
    const t = harness((fn, table) => fn.bindTable(table, { actions: ['dynamodb:Query'], indexes: ['by-month'], baseTable: false }));
    const statements = roleStatements(t, 'FnRole').filter((s) => String(s.Action).startsWith('dynamodb'));
    expect(statements).toEqual([
      { Action: 'dynamodb:Query', Effect: 'Allow', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^T/), 'Arn'] }, '/index/by-month']] } },
    ]);
    t.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ SOZWATCH_TABLE: { Ref: Match.stringLikeRegexp('^T') } }) } });
  });

  it('binds a bucket by name only with no grant, or with object actions under one prefix', () => {
    const nameOnly = harness((fn, _table, bucket) => fn.bindBucket(bucket, 'none'));
    expect(actionsOf(roleStatements(nameOnly, 'FnRole')).filter((a) => a.startsWith('s3:'))).toEqual([]);
    nameOnly.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ SOZWATCH_BUCKET: Match.anyValue() }) } });

    const granted = harness((fn, _table, bucket) => fn.bindBucket(bucket, { prefix: 'reports/', read: true, write: true }));
    const s3Statements = roleStatements(granted, 'FnRole').filter((s) => String(s.Action).includes('s3:'));
    expect(s3Statements).toEqual([
      {
        Action: ['s3:GetObject', 's3:PutObject'],
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^B/), 'Arn'] }, '/reports/*']] },
      },
    ]);
  });
});
