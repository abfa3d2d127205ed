// Lambda behind API Gateway (HTTP API, payload v2): the review JSON API under /api/… and the page at /.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { fromApiGatewayEvent, toApiGatewayResult } from '../shared/api/api-gateway-event';
import { buildApiDependencies } from '../shared/api/api-dependencies';
import { handleApiRequest, type ApiDependencies } from '../shared/api/handle-api-request';
import { ConfigError, loadConfig } from '../shared/config/config';
import { buildDependencies } from '../shared/runtime/dependencies';

let memoised: ApiDependencies | undefined;

function dependencies(): ApiDependencies {
  if (!memoised) {
    const config = loadConfig();
    // Without an issuer every request would be refused: fail the cold start loudly instead.
    if (!config.auth) throw new ConfigError(['SOZWATCH_USER_POOL_ID', 'SOZWATCH_USER_POOL_CLIENT_ID']);
    memoised = buildApiDependencies(buildDependencies(config, { serviceName: 'review-api' }), config.auth);
  }
  return memoised;
}

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  return toApiGatewayResult(await handleApiRequest(dependencies(), fromApiGatewayEvent(event)));
}
