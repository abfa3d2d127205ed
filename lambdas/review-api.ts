// Lambda behind API Gateway (HTTP API, payload v2): the review JSON API under /api/… and the page at /.
// The routes that fetch from the outside world or classify are review-fetch's (lambdas/review-fetch.ts):
// this function is built on the storage dependencies alone and makes no outbound request.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { fromApiGatewayEvent, toApiGatewayResult } from '../shared/api/api-gateway-event';
import { buildApiDependencies, type ApiDependencies } from '../shared/api/api-dependencies';
import { handleApiRequest } from '../shared/api/handle-api-request';
import { ROUTES } from '../shared/api/routes';
import { ConfigError, loadConfig } from '../shared/config/config';
import { buildBaseDependencies, type BaseDependencies } from '../shared/runtime/base-dependencies';
import { beginInvocation } from '../shared/runtime/logger';
import { CATALOG } from '../shared/sources/catalog';
import { loadWebAssets } from '../shared/web/web-assets';

let memoised: { base: BaseDependencies; api: ApiDependencies } | undefined;

function dependencies(): { base: BaseDependencies; api: ApiDependencies } {
  if (!memoised) {
    const config = loadConfig();
    // Without an issuer every request would be refused: fail the cold start loudly instead.
    if (!config.auth) throw new ConfigError(['SOZWATCH_USER_POOL_ID', 'SOZWATCH_USER_POOL_CLIENT_ID']);
    const base = buildBaseDependencies(config, { serviceName: 'review-api' });
    memoised = { base, api: buildApiDependencies(base, config.auth, { assets: loadWebAssets(), catalog: CATALOG }) };
  }
  return memoised;
}

export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  const { base, api } = dependencies();
  // API Gateway's request id is also in the access log: one id finds both sides of a request.
  beginInvocation(base.logger, context, event.requestContext?.requestId);
  return toApiGatewayResult(await handleApiRequest(api, ROUTES, fromApiGatewayEvent(event)));
}
