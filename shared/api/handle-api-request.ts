// The one HTTP entry point of the review API and page, shared by both Lambdas (API Gateway HTTP API)
// and the local node:http server: the page's files, then routing, authentication and authorisation.
// Each caller passes its route table (routes.ts for review-api, fetch-routes.ts for review-fetch,
// both for the local server); the answers and error mapping are in http-response.ts.
import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from '../domain/errors';
import { canDecide, canRead, VIEWERS_GROUP, type Actor } from '../review/review-dependencies';
import { pageResponse } from '../web/page-response';
import type { ApiDependencies } from './api-dependencies';
import type { ApiRequest, ApiResponse } from './api-types';
import { errorResponse, fileResponse, methodNotAllowed, respond } from './http-response';
import type { Route } from './routes';

function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ValidationError('path: malformed percent-encoding');
  }
}

async function authenticate(deps: ApiDependencies, request: ApiRequest): Promise<Actor> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new UnauthorizedError('no bearer token');
  return deps.verifier.verify(match[1] as string);
}

export async function handleApiRequest<D extends ApiDependencies>(deps: D, routes: readonly Route<D>[], request: ApiRequest): Promise<ApiResponse> {
  try {
    const page = deps.assets && pageResponse(deps.assets, deps.login, request);
    if (page) return page;
    if (!request.path.startsWith('/api/')) throw new NotFoundError(`no page at ${request.path}`);
    const candidates = routes.map((route) => ({ route, match: route.pattern.exec(request.path) })).filter((c) => c.match);
    if (candidates.length === 0) throw new NotFoundError(`no API route ${request.path}`);
    // Who asks is checked before the method, so a wrong method tells nothing to a stranger.
    const actor = await authenticate(deps, request);
    if (!canRead(actor)) throw new ForbiddenError('your account is in neither the reviewers nor the viewers group', { code: 'not-staff' });
    const found = candidates.find((c) => c.route.method === request.method);
    if (!found) return methodNotAllowed([...new Set(candidates.map((c) => c.route.method))]);
    if (found.route.access === 'decide' && !canDecide(actor)) {
      throw new ForbiddenError('only reviewers may change items', { code: actor.groups.includes(VIEWERS_GROUP) ? 'viewer-cannot-decide' : 'reviewers-only' });
    }
    const params = (found.match as RegExpExecArray).slice(1).map(decodePathSegment);
    const result = await found.route.run({ deps, request, params, actor });
    if (result.file) return fileResponse(result.status ?? 200, result.file);
    return respond(result.status ?? 200, result.body);
  } catch (error) {
    return errorResponse(deps.logger, error, request);
  }
}
