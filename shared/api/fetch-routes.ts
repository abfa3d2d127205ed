// The route table of review-fetch: the routes that reach the outside world or classify, i.e. the
// manual import (fetch a URL or take pasted text, extract, classify) and the sources' "test now".
// They run through the same dispatcher as routes.ts (authentication, roles, error mapping); API
// Gateway sends exactly FETCH_ROUTE_KEYS (fetch-route-keys.ts) here, and the local server serves both
// tables in one process.
import { loadSource } from '../sources/manage-sources';
import { testSource } from '../sources/test-source';
import type { FetchApiDependencies } from './fetch-api-dependencies';
import { importBodySchema } from './import-schema';
import { parseJsonBody, parseWithDetail as parseWith } from './parse-request';
import type { Route } from './routes';
import { sourcePathId, testSourceBodySchema } from './source-schemas';

export const FETCH_ROUTES: readonly Route<FetchApiDependencies>[] = [
  {
    method: 'POST',
    pattern: /^\/api\/items\/import$/,
    access: 'decide',
    run: async ({ deps, request, actor }) => {
      const input = parseWith(importBodySchema, parseJsonBody(request.body));
      // The import's audit trail records who by id, like the CLI's import does.
      return { status: 201, body: await deps.importItem({ ...input, actor: actor.id }) };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/sources\/test$/,
    access: 'decide',
    run: async ({ deps, request }) => ({ body: await testSource(deps, parseWith(testSourceBodySchema, parseJsonBody(request.body))) }),
  },
  {
    method: 'POST',
    pattern: /^\/api\/sources\/([^/]+)\/test$/,
    access: 'decide',
    // The stored source as it is now, e.g. after a run recorded an error.
    run: async (context) => {
      const source = await loadSource(context.deps, sourcePathId(context.params[0]));
      return { body: await testSource(context.deps, source) };
    },
  },
];
