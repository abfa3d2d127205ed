// Stateful resources, kept in their own stack so the others can be destroyed and redeployed freely:
// the single table (from the shared schema), the reports bucket, its access-log bucket, the alarm topic.
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { INDEXES, KEY, TTL_ATTRIBUTE } from '../../shared/adapters/dynamodb/table-schema';
import { REPORTS_PREFIX } from '../../shared/report/build-report';
import type { DeployConfig } from '../config';

/** Reports are written under this prefix; the only prefix CloudFront may read and build-report may write. */
export { REPORTS_PREFIX };

export interface DataStackProps extends StackProps {
  config: DeployConfig;
}

export class DataStack extends Stack {
  readonly table: dynamodb.Table;
  readonly reportsBucket: s3.Bucket;
  readonly logBucket: s3.Bucket;
  readonly alarmTopic: sns.Topic;
  /**
   * Export names of the reports bucket, imported explicitly by the report stack: its prefix-scoped
   * grant must name the bucket the same way at construction and in the template (see acknowledge-wildcard).
   */
  readonly reportsBucketExports: { arn: string; name: string };

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { config } = props;

    this.table = new dynamodb.Table(this, 'Table', {
      tableName: `${config.stage}-sozwatch`,
      partitionKey: { name: KEY.pk, type: dynamodb.AttributeType.STRING },
      sortKey: { name: KEY.sk, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: TTL_ATTRIBUTE,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of INDEXES) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }

    this.logBucket = new s3.Bucket(this, 'AccessLogBucket', {
      // S3 server access logging cannot deliver to a bucket encrypted with SSE-KMS.
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log target of the reports bucket; logging it into itself would loop, and its writes come only from the S3 logging service.',
    });

    this.reportsBucket = new s3.Bucket(this, 'ReportsBucket', {
      versioned: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'reports-bucket/',
      // A rebuilt report replaces the previous bytes; keep the old versions a year for audit, then drop them.
      lifecycleRules: [{ id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (config.reports.public) {
      // CloudFront (report stack) reads with origin access control. The distribution lives in another
      // stack, so its ARN cannot appear here without a dependency cycle: the condition admits this
      // account's distributions, and only objects under reports/, which are public by decision
      // (docs/decisions.md, Security: why this account-wide grant stays and what limits it).
      this.reportsBucket.addToResourcePolicy(
        new iam.PolicyStatement({
          sid: 'CloudFrontReadsPublishedReports',
          principals: [new iam.ServicePrincipal('cloudfront.amazonaws.com')],
          actions: ['s3:GetObject'],
          resources: [this.reportsBucket.arnForObjects(`${REPORTS_PREFIX}*`)],
          conditions: {
            StringEquals: { 'AWS:SourceAccount': this.account },
            ArnLike: { 'AWS:SourceArn': `arn:${this.partition}:cloudfront::${this.account}:distribution/*` },
          },
        }),
      );
    }

    this.reportsBucketExports = { arn: `${this.stackName}-reports-bucket-arn`, name: `${this.stackName}-reports-bucket-name` };
    new CfnOutput(this, 'ReportsBucketArn', { value: this.reportsBucket.bucketArn, exportName: this.reportsBucketExports.arn });
    new CfnOutput(this, 'ReportsBucketName', {
      value: this.reportsBucket.bucketName,
      exportName: this.reportsBucketExports.name,
      description: `Reports are written under s3://<bucket>/${REPORTS_PREFIX}`,
    });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });

    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      topicName: `${config.stage}-sozwatch-alarms`,
      displayName: `sozwatch ${config.stage} alarms`,
      enforceSSL: true,
    });
    Validations.of(this.alarmTopic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Messages are CloudWatch alarm state changes (alarm name, metric, threshold), no personal or report data. CloudWatch cannot publish to a topic under the AWS managed SNS key, and a customer managed key would be the only KMS cost of the deployment.',
    });
    if (config.alarmEmail) {
      this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(config.alarmEmail));
    }
  }
}
