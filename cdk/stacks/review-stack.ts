// The review API and page: an HTTP API in front of two functions, a Cognito user pool for the monitoring
// staff (reviewers decide, viewers read), a JWT authorizer on every /api route. review-fetch answers
// the routes that reach the outside world or classify (FETCH_ROUTE_KEYS); review-api answers the page
// and every other route; its one outbound request is the evidence archive's fetch of an approved
// entry's page (no IAM grant involved: the functions run outside any VPC).
import { CfnOutput, Duration, Fn, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { keys, MONTH_INDEX, SOURCE_INDEX, STATUS_INDEX } from '../../shared/adapters/dynamodb/table-schema';
import { FETCH_ROUTE_KEYS } from '../../shared/api/fetch-route-keys';
import { type DeployConfig, SERVICES } from '../config';
import { AlarmFactory } from '../constructs/alarm-factory';
import { functionNameOf, SozwatchFunction } from '../constructs/sozwatch-function';
import { DRAFTS_PREFIX, PUBLISH_AUDIT_PREFIX } from '../../shared/report/report-draft';
import { SETTINGS_PREFIX } from '../../shared/report/report-settings';
import { EVIDENCE_PREFIX } from '../../shared/review/evidence-archive';
import { WEB_FILES } from '../../shared/web/web-assets';

/** Cognito groups; review-api reads them from the token's `cognito:groups` claim. */
export const REVIEWER_GROUPS = { reviewers: 'reviewers', viewers: 'viewers' } as const;

export interface ReviewStackProps extends StackProps {
  config: DeployConfig;
  table: ITable;
  /**
   * Export names from the data stack (DataStack.reportsBucketExports). The bucket comes in by explicit
   * import, as in the report stack: prefix-scoped object ARNs built from an automatic cross-stack
   * reference would add a data-stack export, and cdk-nag could not match their acknowledgement.
   */
  reportsBucketExports: { arn: string; name: string };
  alarmTopic: ITopic;
}

export class ReviewStack extends Stack {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  readonly api: apigw.HttpApi;
  readonly fn: SozwatchFunction;
  /** The routes that fetch from the outside world or classify: import, "test now". */
  readonly fetchFn: SozwatchFunction;

  constructor(scope: Construct, id: string, props: ReviewStackProps) {
    super(scope, id, props);
    const { config } = props;
    const reportsBucket = s3.Bucket.fromBucketAttributes(this, 'ReportsBucket', {
      bucketArn: Fn.importValue(props.reportsBucketExports.arn),
      bucketName: Fn.importValue(props.reportsBucketExports.name),
    });

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `${config.stage}-sozwatch-reviewers`,
      // Staff are invited by an administrator (docs/deploy.md); nobody can enrol themselves.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Reviewers see unpublished material about journalists and their cases: a password alone is not enough.
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // Plus costs cents for a handful of staff and adds compromised-credential and risk-based checks.
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const group of Object.values(REVIEWER_GROUPS)) {
      this.userPool.addGroup(`${group}Group`, {
        groupName: group,
        description: group === 'reviewers' ? 'May approve, reject, merge and edit entries' : 'May read the queue and items',
      });
    }
    const domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: config.reviewers.cognitoDomainPrefix } });

    this.fn = new SozwatchFunction(this, 'ApiFunction', {
      handler: SERVICES.reviewApi,
      stage: config.stage,
      memorySize: 512,
      timeout: Duration.seconds(15),
      logRetention: config.logRetention,
      // The page's files are read from beside the bundled entry (shared/web/web-assets.ts).
      copyFiles: Object.values(WEB_FILES).map(({ file }) => `shared/web/${file}`),
    });
    // shared/review: queue by status and search by source (GSIs), item and audit reads (Get, BatchGet,
    // Query on the item partition), decisions, notes and takes as conditional Puts; the case registry
    // and the gazetteer by Get, Query and Put on their partitions. The sources page: source records
    // and states by Query on their partitions, conditional Puts of source records and their audit.
    // A report rebuild, a draft build and a publish ask build-report, which alone writes reports/ and
    // drafts/ (one build at a time).
    this.fn
      .bindTable(props.table, {
        actions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
        indexes: [STATUS_INDEX.name, SOURCE_INDEX.name],
      })
      // The entries CSV reads a month's or a year's approved entries from the month index.
      .bindTable(props.table, { actions: ['dynamodb:Query'], indexes: [MONTH_INDEX.name], baseTable: false })
      // The draft page reads the draft's manifest and files, never writes them. ListBucket under the
      // prefix lets S3 tell a month with no draft yet (404) from a refusal (403).
      .bindBucket(reportsBucket, { prefix: DRAFTS_PREFIX, read: true, list: true })
      // ...and lists and reads the month's publish records.
      .bindBucket(reportsBucket, { prefix: PUBLISH_AUDIT_PREFIX, read: true, list: true })
      // The editorial settings and the baseline are read and replaced from the settings page.
      .bindBucket(reportsBucket, { prefix: SETTINGS_PREFIX, read: true, write: true, absentIs404: true })
      // Approving an entry archives its source page; the archive is written once, never read back here.
      .bindBucket(reportsBucket, { prefix: EVIDENCE_PREFIX, write: true })
      .bindReportFunction(functionNameOf(config.stage, SERVICES.buildReport));
    // A decision that leaves a case with no approved entry removes its registry record: DeleteItem only
    // in the case registry's partition, never on items, audit, notes or holds (holds expire by TTL).
    this.fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:DeleteItem'],
        resources: [props.table.tableArn],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [keys.casesPartition] } },
      }),
    );

    this.fetchFn = new SozwatchFunction(this, 'FetchFunction', {
      handler: SERVICES.reviewFetch,
      stage: config.stage,
      memorySize: 512,
      // The import's own deadline is 10 s (shared/ingest/import-item.ts), a source test's too: 15 s
      // leaves room for the stored write after a slow site, and stays under API Gateway's 30 s.
      timeout: Duration.seconds(15),
      logRetention: config.logRetention,
    });
    // The import: the item by id (Get), a new item or the re-queue of an ignored one as conditional
    // Puts, the audit record (Put). "Test now" of a stored source reads its record (Get). No index, no
    // bucket access, no other function; the pages it fetches come over the internet (outside any VPC).
    this.fetchFn.bindTable(props.table, { actions: ['dynamodb:GetItem', 'dynamodb:PutItem'] }).bindBucket(reportsBucket, 'none');

    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', {
      logGroupName: `/aws/apigateway/${config.stage}-sozwatch-review`,
      retention: config.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.api = new apigw.HttpApi(this, 'HttpApi', {
      apiName: `${config.stage}-sozwatch-review`,
      description: 'sozwatch review page and JSON API',
      createDefaultStage: false,
      corsPreflight: config.reviewers.allowedOrigins.length
        ? {
            allowOrigins: config.reviewers.allowedOrigins,
            allowHeaders: ['authorization', 'content-type'],
            allowMethods: [apigw.CorsHttpMethod.ANY],
            maxAge: Duration.hours(1),
          }
        : undefined,
    });
    new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: config.api.throttleRateLimit, burstLimit: config.api.throttleBurstLimit },
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            time: '$context.requestTime',
            ip: '$context.identity.sourceIp',
            method: '$context.httpMethod',
            route: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            latencyMs: '$context.responseLatency',
            user: '$context.authorizer.claims.sub',
            authError: '$context.authorizer.error',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });

    const pageUrl = `${this.api.apiEndpoint}/`;
    this.client = this.userPool.addClient('PageClient', {
      userPoolClientName: `${config.stage}-sozwatch-review-page`,
      // A browser page cannot keep a secret; the code flow with PKCE protects the exchange instead.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
        callbackUrls: [pageUrl, ...config.reviewers.callbackUrls],
        logoutUrls: [pageUrl, ...config.reviewers.logoutUrls],
      },
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      enableTokenRevocation: true,
    });
    for (const fn of [this.fn, this.fetchFn]) {
      fn.addEnvironment('SOZWATCH_USER_POOL_ID', this.userPool.userPoolId);
      fn.addEnvironment('SOZWATCH_USER_POOL_CLIENT_ID', this.client.userPoolClientId);
    }
    // The page needs the hosted sign-in URL to send a user without a token there.
    this.fn.addEnvironment('SOZWATCH_AUTH_DOMAIN', domain.baseUrl());

    const integration = new HttpLambdaIntegration('ApiIntegration', this.fn, {
      payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
    });
    const authorizer = new HttpUserPoolAuthorizer('CognitoAuthorizer', this.userPool, {
      userPoolClients: [this.client],
      authorizerName: 'cognito-jwt',
    });
    // Every JSON route requires a valid token from this pool and client; the function then checks the group.
    this.api.addRoutes({ path: '/api/{proxy+}', methods: [apigw.HttpMethod.ANY], integration, authorizer });
    // A route with a literal path wins over the greedy one, so exactly these go to review-fetch.
    const fetchIntegration = new HttpLambdaIntegration('FetchIntegration', this.fetchFn, {
      payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
    });
    for (const { method, path } of FETCH_ROUTE_KEYS) {
      this.api.addRoutes({ path, methods: [apigw.HttpMethod[method]], integration: fetchIntegration, authorizer });
    }
    // The page (GET / and its files under /assets/) is static HTML, script and styles with no data in
    // it; it has to load before the user has a token to send.
    const pageRoutes = [
      ...this.api.addRoutes({ path: '/', methods: [apigw.HttpMethod.GET], integration }),
      ...this.api.addRoutes({ path: '/assets/{proxy+}', methods: [apigw.HttpMethod.GET], integration }),
    ];
    for (const route of pageRoutes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'GET / and GET /assets/* return the static review page and its files (no data, no secrets); they must load unauthenticated so the user can supply a token. Every /api route carries the Cognito JWT authorizer.',
      });
    }

    const alarms = new AlarmFactory(this, props.alarmTopic, config.stage);
    alarms.functionErrors('ReviewApiErrors', this.fn);
    alarms.functionErrors('ReviewFetchErrors', this.fetchFn);
    alarms.add('ReviewApiServerErrors', {
      alarmDescription: 'The review API answered with 5xx errors. See the access log group and the function log group.',
      metric: this.api.metricServerError({ period: Duration.minutes(15), statistic: 'Sum' }),
      threshold: 3,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.apiEndpoint, description: 'Review JSON API base (append /api/...)' });
    new CfnOutput(this, 'PageUrl', { value: pageUrl, description: 'Review page' });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.client.userPoolClientId });
    new CfnOutput(this, 'SignInUrl', { value: domain.baseUrl(), description: 'Cognito hosted sign-in' });
  }
}
