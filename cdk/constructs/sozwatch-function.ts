// Every sozwatch Lambda: one place for runtime, architecture, bundling, logging and Powertools defaults,
// and bind* methods that set a resource's env var together with exactly the IAM actions the code uses.
import { fileURLToPath } from 'node:url';
import { ArnFormat, type CfnElement, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct, IConstruct } from 'constructs';
import { METRICS } from '../config';
import { acknowledgeWildcardResource } from './acknowledge-wildcard';
import {
  BUNDLE_BANNER,
  BUNDLE_CHARSET,
  BUNDLE_DEFINE,
  BUNDLE_EXTERNALS,
  BUNDLE_FORMAT,
  BUNDLE_MAIN_FIELDS,
  BUNDLE_PACKAGE_JSON,
  BUNDLE_TARGET,
  LAMBDA_NODE_OPTIONS,
} from './bundling';

/** Repository root, resolved from this file so synth works from any working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The DynamoDB actions the adapters in shared/adapters/dynamodb issue. Updates are conditional Puts
 * (optimistic locking on `version`), so no function is granted UpdateItem or Scan; the one delete (a
 * case registry record, review-api) is granted apart, limited to that partition.
 */
export type TableAction = 'dynamodb:GetItem' | 'dynamodb:BatchGetItem' | 'dynamodb:Query' | 'dynamodb:PutItem';

export interface TableGrant {
  actions: readonly TableAction[];
  /** GSIs the function queries (by name); each becomes one resource ARN, never `index/*`. */
  indexes?: readonly string[];
  /** False when the function only queries indexes (build-report): then the base table is not a resource. */
  baseTable?: boolean;
}

export interface BucketAccess {
  /** Key prefix the function may touch, e.g. `reports/`; nothing outside it. */
  prefix: string;
  read?: boolean;
  write?: boolean;
  list?: boolean;
  /**
   * A read of a key that does not exist yet (a settings file before anyone saved it) must answer 404,
   * not 403. S3 answers 404 only to a role that may list the bucket, and it checks that permission
   * without a prefix, so a prefix-limited ListBucket does not count: this grants ListBucket on the
   * bucket unconditioned. It reveals key names, never contents.
   */
  absentIs404?: boolean;
}

export interface SozwatchFunctionProps {
  /** File name under lambdas/ without extension; also the Powertools service name. */
  handler: string;
  /** Physical name prefix: `<stage>-<handler>`. */
  stage: string;
  memorySize?: number;
  timeout?: Duration;
  reservedConcurrency?: number;
  logRetention: logs.RetentionDays;
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
  deadLetterQueue?: lambda.FunctionProps['deadLetterQueue'];
  retryAttempts?: number;
  environment?: Record<string, string>;
  /** Project-relative files copied next to the bundled entry (e.g. the review page's static files). */
  copyFiles?: readonly string[];
}

/** Every function's physical name; other stacks use it to refer to a function deployed after them. */
export function functionNameOf(stage: string, handler: string): string {
  return `${stage}-${handler}`;
}

export class SozwatchFunction extends NodejsFunction {
  readonly serviceName: string;

  constructor(scope: Construct, id: string, props: SozwatchFunctionProps) {
    const logGroup = new logs.LogGroup(scope, `${id}LogGroup`, {
      logGroupName: `/aws/lambda/${props.stage}-${props.handler}`,
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An own role instead of AWSLambdaBasicExecutionRole: that managed policy may write to any log group.
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `${props.stage}-${props.handler}: writes its own log group and what its bind* calls grant`,
    });
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    super(scope, id, {
      functionName: functionNameOf(props.stage, props.handler),
      entry: `${PROJECT_ROOT}lambdas/${props.handler}.ts`,
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: `${PROJECT_ROOT}package-lock.json`,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      reservedConcurrentExecutions: props.reservedConcurrency,
      role,
      logGroup,
      deadLetterQueue: props.deadLetterQueue,
      retryAttempts: props.retryAttempts,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.handler,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        POWERTOOLS_METRICS_NAMESPACE: METRICS.namespace,
        SOZWATCH_LOG_LEVEL: props.logLevel ?? 'INFO',
        NODE_OPTIONS: LAMBDA_NODE_OPTIONS,
        ...props.environment,
      },
      bundling: {
        // bundling.ts holds the esbuild strings (the bench loads it without the CDK); the enum is those strings.
        format: BUNDLE_FORMAT as OutputFormat,
        define: BUNDLE_DEFINE,
        target: BUNDLE_TARGET,
        minify: true,
        sourceMap: true,
        // Stack traces map to file and line; the sources themselves would double the package.
        sourcesContent: false,
        externalModules: BUNDLE_EXTERNALS,
        mainFields: BUNDLE_MAIN_FIELDS,
        banner: BUNDLE_BANNER,
        // The `charset` bundling prop never reaches esbuild (aws-cdk-lib 2.276 builds no --charset
        // argument from it); the raw argument does. scripts/check-synth-bundles.mjs checks the result.
        esbuildArgs: { '--charset': BUNDLE_CHARSET },
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: (inputDir: string, outputDir: string) => [
            `echo '${BUNDLE_PACKAGE_JSON}' > "${outputDir}/package.json"`,
            ...(props.copyFiles ?? []).map((file) => `cp "${inputDir}/${file}" "${outputDir}/"`),
          ],
        },
      },
    });
    this.serviceName = props.handler;
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to Node.js 22 (LTS until 2027-04) on purpose: the bundle targets node22 and was measured on it; moving to the next runtime is a tested change, not an automatic one.',
    });
  }

  /** Lets an EventBridge Scheduler role invoke this function; CDK grants the function ARN and `<arn>:*` (versions). */
  acknowledgeSchedulerInvoke(scheduleScope: IConstruct): void {
    const logicalId = Stack.of(this).getLogicalId(this.node.defaultChild as CfnElement);
    Validations.of(scheduleScope).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>:*]`,
      reason: `Generated by the scheduler target: lambda:InvokeFunction on ${this.serviceName} and its versions/aliases only.`,
    });
  }

  /** Sets SOZWATCH_TABLE and grants exactly `grant.actions` on the base table and the named indexes. */
  bindTable(table: ITable, grant: TableGrant): this {
    this.addEnvironment('SOZWATCH_TABLE', table.tableName);
    const resources = [
      ...(grant.baseTable === false ? [] : [table.tableArn]),
      ...(grant.indexes ?? []).map((name) => `${table.tableArn}/index/${name}`),
    ];
    this.addToRolePolicy(new iam.PolicyStatement({ actions: [...grant.actions], resources }));
    return this;
  }

  /**
   * Sets SOZWATCH_BUCKET and grants object actions under one prefix. `shared/config` requires the bucket
   * name in every function, so a function that never touches S3 binds with no access and gets no grant.
   */
  bindBucket(bucket: IBucket, access: BucketAccess | 'none'): this {
    this.addEnvironment('SOZWATCH_BUCKET', bucket.bucketName);
    if (access === 'none') return this;
    const objectActions = [...(access.read ? ['s3:GetObject'] : []), ...(access.write ? ['s3:PutObject'] : [])];
    if (objectActions.length) {
      const objects = bucket.arnForObjects(`${access.prefix}*`);
      this.addToRolePolicy(new iam.PolicyStatement({ actions: objectActions, resources: [objects] }));
      acknowledgeWildcardResource(
        this.role!,
        objects,
        `The wildcard is the key prefix ${access.prefix}: ${objectActions.join(' and ')} on objects under it (one key per month, language and format), nothing else in the bucket.`,
      );
    }
    if (access.absentIs404) {
      this.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
    }
    if (access.list) {
      this.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': [`${access.prefix}*`] } },
        }),
      );
    }
    return this;
  }

  /**
   * Sets SOZWATCH_REPORT_FUNCTION and grants lambda:InvokeFunction on that one function, by name: the
   * report stack deploys after this one, so its function cannot be referenced here.
   */
  bindReportFunction(functionName: string): this {
    this.addEnvironment('SOZWATCH_REPORT_FUNCTION', functionName);
    const stack = Stack.of(this);
    this.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: [stack.formatArn({ service: 'lambda', resource: 'function', resourceName: functionName, arnFormat: ArnFormat.COLON_RESOURCE_NAME })],
      }),
    );
    return this;
  }

  /** Sets SOZWATCH_URGENT_TOPIC_ARN and grants sns:Publish on that one topic, nothing else. */
  bindUrgentTopic(topic: ITopic): this {
    this.addEnvironment('SOZWATCH_URGENT_TOPIC_ARN', topic.topicArn);
    this.addToRolePolicy(new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [topic.topicArn] }));
    return this;
  }

  /** Sets SOZWATCH_INGEST_QUEUE_URL and grants SendMessage (the SQS event source grants the consuming side). */
  bindIngestQueue(queue: IQueue): this {
    this.addEnvironment('SOZWATCH_INGEST_QUEUE_URL', queue.queueUrl);
    queue.grantSendMessages(this);
    return this;
  }
}
