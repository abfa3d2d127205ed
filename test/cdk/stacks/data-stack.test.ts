// DataStack: the table matches the shared schema and is protected; the buckets are private, TLS-only,
// versioned and logged; the alarm topic is TLS-only with the configured e-mail subscription.
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_DEFINITIONS, INDEXES, KEY, TTL_ATTRIBUTE } from '../../../shared/adapters/dynamodb/table-schema';
import { buildStacks, template } from '../test-app';

describe('DataStack', { timeout: 300_000 }, () => {
  const t = template(buildStacks().data);

  it('builds the single table from the shared schema: keys, the three GSIs with full projection, TTL on expiresAt', () => {
    t.resourceCountIs('AWS::DynamoDB::Table', 1);
    t.hasResourceProperties('AWS::DynamoDB::Table', {
      TableName: 'prod-sozwatch',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: KEY.pk, KeyType: 'HASH' },
        { AttributeName: KEY.sk, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: INDEXES.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
    });
    const [table] = Object.values(t.findResources('AWS::DynamoDB::Table')) as Array<{ Properties: { AttributeDefinitions: unknown[] } }>;
    const byName = (a: { AttributeName: string }, b: { AttributeName: string }) => a.AttributeName.localeCompare(b.AttributeName);
    expect([...(table!.Properties.AttributeDefinitions as Array<{ AttributeName: string }>)].sort(byName)).toEqual([...ATTRIBUTE_DEFINITIONS].sort(byName));
    expect(TTL_ATTRIBUTE).toBe('expiresAt');
  });

  it('protects the table: point-in-time recovery, deletion protection, retained on stack deletion', () => {
    t.hasResource('AWS::DynamoDB::Table', {
      Properties: {
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('keeps the reports bucket versioned, encrypted, private, retained and logged to the log bucket', () => {
    t.resourceCountIs('AWS::S3::Bucket', 2);
    const logBucketId = Object.keys(t.findResources('AWS::S3::Bucket')).find((id) => id.startsWith('AccessLogBucket'))!;
    t.hasResource('AWS::S3::Bucket', {
      Properties: {
        VersioningConfiguration: { Status: 'Enabled' },
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        LoggingConfiguration: { DestinationBucketName: { Ref: logBucketId }, LogFilePrefix: 'reports-bucket/' },
      },
      DeletionPolicy: 'Retain',
    });
  });

  it('keeps the log bucket private and encrypted with SSE-S3 (the only encryption S3 log delivery supports)', () => {
    t.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 365, Status: 'Enabled' })] },
    });
    t.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject' }),
        ]),
      },
    });
  });

  it('denies every non-TLS request on both buckets', () => {
    const policies = Object.values(t.findResources('AWS::S3::BucketPolicy'));
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy).toMatchObject({
        Properties: {
          PolicyDocument: {
            Statement: expect.arrayContaining([
              expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
            ]),
          },
        },
      });
    }
  });

  it('grants CloudFront nothing while reports are private', () => {
    expect(JSON.stringify(t.findResources('AWS::S3::BucketPolicy'))).not.toContain('cloudfront.amazonaws.com');
  });

  it('lets only this account\'s CloudFront distributions read reports/* when reports are public', () => {
    const pub = template(buildStacks({ reports: { public: true } }).data);
    pub.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Sid: 'CloudFrontReadsPublishedReports',
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            Resource: { 'Fn::Join': ['', [Match.objectLike({ 'Fn::GetAtt': [Match.stringLikeRegexp('^ReportsBucket'), 'Arn'] }), '/reports/*']] },
            Condition: {
              StringEquals: { 'AWS:SourceAccount': { Ref: 'AWS::AccountId' } },
              ArnLike: { 'AWS:SourceArn': Match.anyValue() },
            },
          }),
        ]),
      },
    });
  });

  it('exports the reports bucket under stable names for the report stack', () => {
    t.hasOutput('ReportsBucketArn', { Export: { Name: 'prod-sozwatch-data-reports-bucket-arn' } });
    t.hasOutput('ReportsBucketName', { Export: { Name: 'prod-sozwatch-data-reports-bucket-name' } });
  });

  it('has a TLS-only alarm topic without subscriptions unless an e-mail is configured', () => {
    t.hasResourceProperties('AWS::SNS::Topic', { TopicName: 'prod-sozwatch-alarms' });
    t.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
    t.resourceCountIs('AWS::SNS::Subscription', 0);
    const withMail = template(buildStacks({ alarmEmail: 'ops@example.org' }).data);
    withMail.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.org' });
  });
});
