// ReviewStack: staff-only user pool with MFA and groups, an HTTP API whose every /api route needs the
// Cognito JWT, throttled and access-logged, review-api and review-fetch each with exactly the grants
// it uses, and API Gateway sending the fetching routes to review-fetch, everything else to review-api.
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { REVIEWER_GROUPS } from '../../../cdk/stacks/review-stack';
import { FETCH_ROUTE_KEYS } from '../../../shared/api/fetch-route-keys';
import { actionsOf, buildStacks, managedPolicies, roleStatements, template } from '../test-app';

describe('ReviewStack', { timeout: 300_000 }, () => {
  const t = template(buildStacks().review);
  const id = (type: string, prefix: string) => Object.keys(t.findResources(type)).find((k) => k.startsWith(prefix))!;

  it('has a user pool with no self sign-up, a strong password policy, required TOTP MFA, retained', () => {
    t.hasResource('AWS::Cognito::UserPool', {
      Properties: {
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        DeletionProtection: 'ACTIVE',
        Policies: {
          PasswordPolicy: { MinimumLength: 12, RequireLowercase: true, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true },
        },
      },
      DeletionPolicy: 'Retain',
    });
  });

  it('has exactly the reviewers and viewers groups', () => {
    t.resourceCountIs('AWS::Cognito::UserPoolGroup', 2);
    for (const group of Object.values(REVIEWER_GROUPS)) t.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: group });
  });

  it('has a secretless page client using the code flow, redirecting back to the page on the API', () => {
    const page = { 'Fn::Join': ['', [{ 'Fn::GetAtt': [id('AWS::ApiGatewayV2::Api', 'HttpApi'), 'ApiEndpoint'] }, '/']] };
    t.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      CallbackURLs: [page],
      LogoutURLs: [page],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      // The page renews its one-hour id token with the refresh token for a working day.
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_REFRESH_TOKEN_AUTH']),
      IdTokenValidity: 60,
      RefreshTokenValidity: 720,
      TokenValidityUnits: { IdToken: 'minutes', RefreshToken: 'minutes', AccessToken: 'minutes' },
    });
    t.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'sozwatch-test' });
  });

  it('puts the Cognito JWT authorizer on every route except the static page (GET / and GET /assets/*)', () => {
    const authorizerId = id('AWS::ApiGatewayV2::Authorizer', 'HttpApiCognitoAuthorizer');
    t.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: id('AWS::Cognito::UserPoolClient', 'UserPoolPageClient') }],
        Issuer: { 'Fn::Join': ['', ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/', { Ref: id('AWS::Cognito::UserPool', 'UserPool6') }]] },
      },
    });
    const routes = Object.values(t.findResources('AWS::ApiGatewayV2::Route')) as Array<{
      Properties: { RouteKey: string; AuthorizationType: string; AuthorizerId?: unknown };
    }>;
    expect(routes.map((r) => r.Properties.RouteKey).sort()).toEqual(
      ['ANY /api/{proxy+}', 'GET /', 'GET /assets/{proxy+}', 'POST /api/items/import', 'POST /api/sources/test', 'POST /api/sources/{id}/test'].sort(),
    );
    for (const route of routes) {
      if (route.Properties.RouteKey.startsWith('GET /')) expect(route.Properties.AuthorizationType).toBe('NONE');
      else expect(route.Properties).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
    }
  });

  it('sends exactly the fetching routes to review-fetch and the page and every other route to review-api', () => {
    const functionOf = (integrationId: string): string => {
      const integration = t.findResources('AWS::ApiGatewayV2::Integration')[integrationId] as { Properties: { IntegrationUri: { 'Fn::GetAtt': [string, string] } } };
      const fnId = integration.Properties.IntegrationUri['Fn::GetAtt'][0];
      return (t.findResources('AWS::Lambda::Function')[fnId] as { Properties: { FunctionName: string } }).Properties.FunctionName;
    };
    const routes = Object.values(t.findResources('AWS::ApiGatewayV2::Route')) as Array<{ Properties: { RouteKey: string; Target: { 'Fn::Join': [string, unknown[]] } } }>;
    const target = Object.fromEntries(
      routes.map((r) => {
        const integrationRef = r.Properties.Target['Fn::Join'][1].find((part): part is { Ref: string } => typeof part === 'object' && part !== null && 'Ref' in part)!;
        return [r.Properties.RouteKey, functionOf(integrationRef.Ref)];
      }),
    );
    const fetchKeys = FETCH_ROUTE_KEYS.map(({ method, path }) => `${method} ${path}`);
    expect(fetchKeys.length).toBeGreaterThan(0);
    for (const key of fetchKeys) expect(target[key], key).toBe('prod-review-fetch');
    for (const key of ['ANY /api/{proxy+}', 'GET /', 'GET /assets/{proxy+}']) expect(target[key], key).toBe('prod-review-api');
    expect(Object.keys(target)).toHaveLength(fetchKeys.length + 3);
  });

  it('throttles the default stage and writes JSON access logs to a retained-for-90-days log group', () => {
    t.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [id('AWS::Logs::LogGroup', 'ApiAccessLogs'), 'Arn'] },
        Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId".*"status":"\\$context.status"'),
      },
    });
    t.hasResourceProperties('AWS::Logs::LogGroup', { LogGroupName: '/aws/apigateway/prod-sozwatch-review', RetentionInDays: 90 });
  });

  it('runs review-api on Node.js 22 arm64 with the user pool, client ids and sign-in domain in its environment', () => {
    t.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: 'prod-review-api',
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'review-api',
          SOZWATCH_USER_POOL_ID: { Ref: id('AWS::Cognito::UserPool', 'UserPool6') },
          SOZWATCH_USER_POOL_CLIENT_ID: { Ref: id('AWS::Cognito::UserPoolClient', 'UserPoolPageClient') },
          // The hosted sign-in base URL the page redirects to (shared/config reads it as hostedUiDomain).
          SOZWATCH_AUTH_DOMAIN: { 'Fn::Join': ['', Match.arrayWith(['https://', { Ref: id('AWS::Cognito::UserPoolDomain', 'UserPoolDomain') }])] },
          SOZWATCH_TABLE: Match.anyValue(),
          SOZWATCH_BUCKET: Match.anyValue(),
          // Report rebuilds from the page go to the report stack's function.
          SOZWATCH_REPORT_FUNCTION: 'prod-build-report',
        }),
      },
    });
  });

  describe('review-api grants', () => {
    const statements = roleStatements(t, 'ApiFunctionRole');
    const bucketArn = { 'Fn::ImportValue': 'prod-sozwatch-data-reports-bucket-arn' };
    const objectsUnder = (prefix: string) => ({ 'Fn::Join': ['', [bucketArn, `/${prefix}*`]] });
    const tableArn = { 'Fn::ImportValue': expect.stringMatching(/Table.*Arn/) };
    const s3Statements = statements.filter((s) => String(s.Action).includes('s3:'));

    it('has no managed policy and only the actions its routes use', () => {
      expect(managedPolicies(t, 'ApiFunctionRole')).toEqual([]);
      expect(actionsOf(statements)).toEqual(
        [
          'dynamodb:BatchGetItem',
          'dynamodb:DeleteItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'lambda:InvokeFunction',
          'logs:CreateLogStream',
          'logs:PutLogEvents',
          's3:GetObject',
          's3:ListBucket',
          's3:PutObject',
        ].sort(),
      );
    });

    it('reads and writes items, audit, notes, takes, cases, gazetteer and sources on the base table and the status and source indexes', () => {
      const dynamo = statements.find((s) => Array.isArray(s.Action) && s.Action.includes('dynamodb:PutItem'))!;
      expect(dynamo.Action).toEqual(['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem']);
      expect(dynamo.Condition).toBeUndefined();
      const text = JSON.stringify(dynamo.Resource);
      expect(text).toContain('/index/gsi1-status');
      expect(text).toContain('/index/gsi3-source');
      expect(text).not.toContain('gsi2-month');
      expect(text).not.toContain('*');
    });

    it('queries the month index, and only that index, for the entries CSV', () => {
      const monthQueries = statements.filter((s) => s.Action === 'dynamodb:Query');
      expect(monthQueries).toEqual([{ Effect: 'Allow', Action: 'dynamodb:Query', Resource: { 'Fn::Join': ['', [tableArn, '/index/gsi2-month']] } }]);
    });

    it('deletes only in the case registry partition', () => {
      const deletes = statements.filter((s) => actionsOf([s]).includes('dynamodb:DeleteItem'));
      expect(deletes).toEqual([
        {
          Effect: 'Allow',
          Action: 'dynamodb:DeleteItem',
          Resource: tableArn,
          Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['CASES'] } },
        },
      ]);
    });

    it('reads and lists report drafts and publish records, writing neither', () => {
      expect(statements).toContainEqual(expect.objectContaining({ Action: 's3:GetObject', Resource: objectsUnder('drafts/') }));
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: bucketArn,
        Condition: { StringLike: { 's3:prefix': ['drafts/*'] } },
      });
      expect(statements).toContainEqual(expect.objectContaining({ Action: 's3:GetObject', Resource: objectsUnder('audit/reports/') }));
      expect(statements).toContainEqual({
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: bucketArn,
        Condition: { StringLike: { 's3:prefix': ['audit/reports/*'] } },
      });
    });

    it('reads and writes the editorial settings and baseline under settings/', () => {
      expect(statements).toContainEqual(expect.objectContaining({ Action: ['s3:GetObject', 's3:PutObject'], Resource: objectsUnder('settings/') }));
    });

    it('writes archived evidence under evidence/ without reading it', () => {
      expect(statements).toContainEqual(expect.objectContaining({ Action: 's3:PutObject', Resource: objectsUnder('evidence/') }));
    });

    it('touches objects only under those four prefixes (never reports/); lists key names, so a settings file not saved yet is a 404', () => {
      expect(s3Statements).toHaveLength(7);
      // One unconditioned ListBucket: S3 answers 404 for a missing key only to a role that may list the bucket.
      expect(s3Statements.filter((statement) => statement.Action === 's3:ListBucket' && !statement.Condition)).toHaveLength(1);
      for (const statement of s3Statements) {
        if (statement.Action === 's3:ListBucket') {
          expect(statement.Resource).toEqual(bucketArn);
          continue;
        }
        const resource = statement.Resource as { 'Fn::Join': [string, [unknown, string]] };
        expect(['/drafts/*', '/audit/reports/*', '/settings/*', '/evidence/*']).toContain(resource['Fn::Join'][1][1]);
      }
      expect(actionsOf(s3Statements)).not.toContain('s3:DeleteObject');
    });

    it('invokes build-report, and no other function, for rebuilds, drafts and publishing', () => {
      const invoke = statements.filter((s) => s.Action === 'lambda:InvokeFunction');
      expect(invoke).toHaveLength(1);
      expect(invoke[0]!.Resource).toEqual({
        'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':lambda:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':function:prod-build-report']],
      });
    });

    it('imports the bucket by the data stack\'s named exports', () => {
      t.hasResourceProperties('AWS::Lambda::Function', {
        FunctionName: 'prod-review-api',
        Environment: { Variables: Match.objectLike({ SOZWATCH_BUCKET: { 'Fn::ImportValue': 'prod-sozwatch-data-reports-bucket-name' } }) },
      });
    });
  });

  it('runs review-fetch for 15 s (the import deadline is 10 s) with the pool ids, no page files, no report function', () => {
    const [fn] = Object.values(t.findResources('AWS::Lambda::Function', { Properties: { FunctionName: 'prod-review-fetch' } })) as Array<{
      Properties: { Timeout: number; Runtime: string; Environment: { Variables: Record<string, unknown> } };
    }>;
    expect(fn).toBeDefined();
    expect(fn!.Properties).toMatchObject({ Timeout: 15, Runtime: 'nodejs22.x' });
    expect(fn!.Properties.Environment.Variables).toMatchObject({
      POWERTOOLS_SERVICE_NAME: 'review-fetch',
      SOZWATCH_USER_POOL_ID: { Ref: id('AWS::Cognito::UserPool', 'UserPool6') },
      SOZWATCH_USER_POOL_CLIENT_ID: { Ref: id('AWS::Cognito::UserPoolClient', 'UserPoolPageClient') },
    });
    expect(Object.keys(fn!.Properties.Environment.Variables)).not.toContain('SOZWATCH_REPORT_FUNCTION');
    expect(Object.keys(fn!.Properties.Environment.Variables)).not.toContain('SOZWATCH_AUTH_DOMAIN');
  });

  it('grants review-fetch only Get and Put on the base table: no index, no S3, no delete, no other function', () => {
    const statements = roleStatements(t, 'FetchFunctionRole');
    expect(managedPolicies(t, 'FetchFunctionRole')).toEqual([]);
    expect(actionsOf(statements)).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'logs:CreateLogStream', 'logs:PutLogEvents']);
    const dynamo = statements.filter((s) => String(s.Action).includes('dynamodb'));
    expect(dynamo).toHaveLength(1);
    const text = JSON.stringify(dynamo[0]!.Resource);
    expect(text).not.toContain('/index/');
    expect(text).not.toContain('*');
    // The new routes' grants stay with review-api.
    const all = JSON.stringify(statements);
    for (const prefix of ['drafts/', 'audit/reports/', 'settings/', 'evidence/']) expect(all).not.toContain(prefix);
    expect(all).not.toContain('LeadingKeys');
    expect(all).not.toContain('gsi2-month');
  });

  it('alarms on function errors and API 5xx and outputs the URLs and pool ids', () => {
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'prod-sozwatch-review-api-errors', MetricName: 'Errors' });
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'prod-sozwatch-review-fetch-errors', MetricName: 'Errors' });
    t.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmName: 'prod-sozwatch-review-api-server-errors', MetricName: '5xx', Namespace: 'AWS/ApiGateway' });
    for (const output of ['ApiUrl', 'PageUrl', 'UserPoolId', 'UserPoolClientId', 'SignInUrl']) t.hasOutput(output, {});
  });
});
