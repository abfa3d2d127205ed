// Lambda behind the same HTTP API, authorizer and role checks as review-api, for the routes that reach
// the outside world or classify (shared/api/fetch-routes.ts): import by URL or pasted text, and the
// sources' "test now". It is the only API function that makes outbound requests, and it serves no page.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { fromApiGatewayEvent, toApiGatewayResult } from '../shared/api/api-gateway-event';
import { buildApiDependencies } from '../shared/api/api-dependencies';
import { withFetchRoutes, type FetchApiDependencies } from '../shared/api/fetch-api-dependencies';
import { FETCH_ROUTES } from '../shared/api/fetch-routes';
import { handleApiRequest } from '../shared/api/handle-api-request';
import { ConfigError, loadConfig } from '../shared/config/config';
import { buildDependencies, type Dependencies } from '../shared/runtime/dependencies';
import { beginInvocation } from '../shared/runtime/logger';

let memoised: { base: Dependencies; api: FetchApiDependencies } | undefined;

function dependencies(): { base: Dependencies; api: FetchApiDependencies } {
  if (!memoised) {
    const config = loadConfig();
    // Without an issuer every request would be refused: fail the cold start loudly instead.
    if (!config.auth) throw new ConfigError(['SOZWATCH_USER_POOL_ID', 'SOZWATCH_USER_POOL_CLIENT_ID']);
    const base = buildDependencies(config, { serviceName: 'review-fetch' });
    memoised = { base, api: withFetchRoutes(buildApiDependencies(base, config.auth), base) };
  }
  return memoised;
}

export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  const { base, api } = dependencies();
  // API Gateway's request id is also in the access log: one id finds both sides of a request.
  beginInvocation(base.logger, context, event.requestContext?.requestId);
  return toApiGatewayResult(await handleApiRequest(api, FETCH_ROUTES, fromApiGatewayEvent(event)));
}
