// The one HTTP entry point of the review API and page, shared by the Lambda (API Gateway HTTP API)
// and the local node:http server: routing, authentication, validation, error mapping, headers.
import {
  ConflictError,
  FetchRefusedError,
  ForbiddenError,
  NotFoundError,
  SozwatchError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
} from '../domain/errors';
import { CATEGORY_GROUPS, CATEGORY_IDS, CATEGORY_LABELS } from '../domain/taxonomy';
import { almatyMonth, isMonth } from '../domain/time';
import type { ReportRequests } from '../ports/report-requests';
import type { AppLogger } from '../runtime/logger';
import { approveItem } from '../review/approve-item';
import { bulkReject } from '../review/bulk-reject';
import { editEntry } from '../review/edit-entry';
import { enqueueItem } from '../review/enqueue-item';
import { getItemDetails } from '../review/get-item-details';
import { listQueue } from '../review/list-queue';
import { mergeItems } from '../review/merge-items';
import { rejectItem } from '../review/reject-item';
import { reopenItem } from '../review/reopen-item';
import { canDecide, canRead, type Actor, type ReviewDependencies } from '../review/review-dependencies';
import { searchItems } from '../review/search-items';
import type { WebAssets } from '../web/web-assets';
import type { ApiRequest, ApiResponse } from './api-types';
import {
  approveBodySchema,
  bulkRejectBodySchema,
  editBodySchema,
  enqueueBodySchema,
  importBodySchema,
  itemPathSchema,
  mergeBodySchema,
  parseJsonBody,
  parseWith,
  queueQuerySchema,
  rejectBodySchema,
  reopenBodySchema,
  searchQuerySchema,
} from './request-schemas';
import type { TokenVerifier } from './token-verifier';

export interface ImportRequest {
  url?: string;
  text?: string;
  title?: string;
  lang?: 'ru' | 'kk' | 'en';
  sourceId?: string;
  actor: string;
}

export interface ApiDependencies extends ReviewDependencies {
  logger: Pick<AppLogger, 'error' | 'warn' | 'info'>;
  verifier: TokenVerifier;
  assets: WebAssets;
  /** The ingestion use case behind POST /api/items/import (shared/ingest/import-item.ts). */
  importItem?: (input: ImportRequest) => Promise<unknown>;
  /** Cognito hosted sign-in for the page (code flow with PKCE); absent locally, where tokens are pasted. */
  login?: HostedLogin;
  /** Behind POST /api/reports/{month}: the build-report function in AWS, an in-process build locally. */
  reports?: ReportRequests;
}

export interface HostedLogin {
  /** Base URL of the hosted UI, e.g. https://sozwatch-prod.auth.eu-central-1.amazoncognito.com */
  domain: string;
  clientId: string;
}

/**
 * The page loads only its own files and talks only to its own API (and, with hosted sign-in, to the
 * token endpoint); nothing from a feed can run.
 */
export function contentSecurityPolicy(connectOrigins: string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    ["connect-src 'self'", ...connectOrigins].join(' '),
    "form-action 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

function securityHeaders(csp = CONTENT_SECURITY_POLICY): Record<string, string> {
  return { 'content-security-policy': csp, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' };
}

const SECURITY_HEADERS = securityHeaders();

const LOGIN_META = '<meta name="sozwatch-login" content="">';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page with the hosted sign-in settings in a meta tag (no inline script under the CSP). */
function pageWithLogin(html: string, login: HostedLogin): string {
  return html.replace(LOGIN_META, `<meta name="sozwatch-login" content="${escapeAttribute(JSON.stringify(login))}">`);
}

type Access = 'read' | 'decide';

interface Context {
  deps: ApiDependencies;
  request: ApiRequest;
  params: string[];
  actor: Actor;
}

interface Route {
  method: string;
  pattern: RegExp;
  access: Access;
  run(context: Context): Promise<{ status?: number; body: unknown }>;
}

const id = (context: Context) => parseWith(itemPathSchema, { id: context.params[0] }).id;
const body = (context: Context) => parseJsonBody(context.request.body);

const ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/me$/,
    access: 'read',
    run: async ({ actor }) => ({ body: { id: actor.id, groups: actor.groups, canDecide: canDecide(actor) } }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/taxonomy$/,
    access: 'read',
    run: async () => ({ body: { categories: CATEGORY_IDS.map((c) => ({ id: c, label: CATEGORY_LABELS[c] })), groups: CATEGORY_GROUPS } }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/items$/,
    access: 'read',
    run: async ({ deps, request }) => {
      const q = parseWith(queueQuerySchema, request.query);
      return { body: await listQueue(deps, { ...q, sourceId: q.source, language: q.lang }) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/search$/,
    access: 'read',
    run: async ({ deps, request }) => {
      const q = parseWith(searchQuerySchema, request.query);
      return { body: await searchItems(deps, { q: q.q, sourceId: q.source, statuses: q.status, from: q.from, to: q.to, limit: q.limit, cursor: q.cursor }) };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/items\/bulk-reject$/,
    access: 'decide',
    run: async (context) => {
      const input = parseWith(bulkRejectBodySchema, body(context));
      return { body: { results: await bulkReject(context.deps, { ...input, actor: context.actor }) } };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/items\/import$/,
    access: 'decide',
    run: async (context) => {
      const input = parseWith(importBodySchema, body(context));
      if (!context.deps.importItem) throw new NotFoundError('import is not available in this deployment');
      return { status: 201, body: await context.deps.importItem({ ...input, actor: context.actor.id }) };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/reports\/([^/]+)$/,
    access: 'decide',
    run: async (context) => {
      const month = context.params[0] as string;
      if (!isMonth(month)) throw new ValidationError(`month must be yyyy-mm, got "${month}"`);
      if (month > almatyMonth(context.deps.now())) throw new ValidationError(`${month} has not begun yet`);
      if (!context.deps.reports) throw new NotFoundError('report rebuilds are not available in this deployment');
      const outcome = await context.deps.reports.request(month);
      context.deps.logger.info('report requested', { month, actor: context.actor.id, outcome });
      // Queued: build-report publishes it within a minute or two; built: it is already in the bucket.
      return { status: outcome === 'queued' ? 202 : 200, body: { month, outcome } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/items\/([^/]+)$/,
    access: 'read',
    run: async (context) => ({ body: await getItemDetails(context.deps, id(context)) }),
  },
  {
    method: 'POST',
    pattern: /^\/api\/items\/([^/]+)\/approve$/,
    access: 'decide',
    run: async (context) => {
      const input = parseWith(approveBodySchema, body(context));
      return { body: { item: await approveItem(context.deps, { id: id(context), ...input, actor: context.actor }) } };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/items\/([^/]+)\/reject$/,
    access: 'decide',
    run: async (context) => {
      const input = parseWith(rejectBodySchema, body(context));
      return { body: { item: await rejectItem(context.deps, { id: id(context), ...input, actor: context.actor }) } };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/items\/([^/]+)\/reopen$/,
    access: 'decide',
    run: async (context) => {
      const input = parseWith(reopenBodySchema, body(context));
      return { body: { item: await reopenItem(context.deps, { id: id(context), ...input, actor: context.actor }) } };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/items\/([^/]+)\/enqueue$/,
    access: 'decide',
    run: async (context) => {
      const input = parseWith(enqueueBodySchema, body(context));
      return { body: { item: await enqueueItem(context.deps, { id: id(context), ...input, actor: context.actor }) } };
    },
  },
  {
    method: 'PUT',
    pattern: /^\/api\/items\/([^/]+)\/entry$/,
    access: 'decide',
    run: async (context) => {
      const input = parseWith(editBodySchema, body(context));
      return { body: { item: await editEntry(context.deps, { id: id(context), ...input, actor: context.actor }) } };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/merge$/,
    access: 'decide',
    run: async (context) => {
      const input = parseWith(mergeBodySchema, body(context));
      return { body: await mergeItems(context.deps, { ...input, actor: context.actor }) };
    },
  },
];

function respond(status: number, payload: unknown, extra: Record<string, string> = {}): ApiResponse {
  return {
    status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra },
    body: JSON.stringify(payload),
  };
}

function errorResponse(deps: ApiDependencies, error: unknown, request: ApiRequest): ApiResponse {
  if (error instanceof ValidationError) return respond(400, { error: 'validation', message: error.message, issues: error.issues });
  if (error instanceof UnauthorizedError) {
    return respond(401, { error: 'unauthorized', message: 'a valid bearer token is required' }, { 'www-authenticate': 'Bearer' });
  }
  if (error instanceof ForbiddenError) return respond(403, { error: 'forbidden', message: error.message });
  if (error instanceof NotFoundError) return respond(404, { error: 'not-found', message: error.message });
  if (error instanceof ConflictError) return respond(409, { error: 'conflict', message: error.message, current: error.current ?? null });
  if (error instanceof FetchRefusedError) return respond(400, { error: 'fetch-refused', message: error.message });
  if (error instanceof UpstreamError) {
    return respond(error.timedOut ? 504 : 502, { error: error.timedOut ? 'upstream-timeout' : 'upstream', message: error.message });
  }
  // Storage faults and bugs: the details go to the log once, never to the client.
  deps.logger.error('review API request failed', {
    method: request.method,
    path: request.path,
    reference: request.requestId,
    error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    kind: error instanceof SozwatchError ? error.kind : undefined,
  });
  const reference = request.requestId ? ` (reference ${request.requestId})` : '';
  return respond(500, { error: 'internal', message: `internal error; it has been logged${reference}`, reference: request.requestId ?? null });
}

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

export async function handleApiRequest(deps: ApiDependencies, request: ApiRequest): Promise<ApiResponse> {
  try {
    const asset = deps.assets.get(request.path === '/index.html' ? '/' : request.path);
    if (asset && (request.method === 'GET' || request.method === 'HEAD')) {
      const login = deps.login;
      const isPage = asset.contentType.startsWith('text/html');
      const headers = login ? securityHeaders(contentSecurityPolicy([new URL(login.domain).origin])) : SECURITY_HEADERS;
      const body = login && isPage ? pageWithLogin(asset.body, login) : asset.body;
      return { status: 200, headers: { ...headers, 'content-type': asset.contentType, 'cache-control': 'no-cache' }, body };
    }
    if (!request.path.startsWith('/api/')) throw new NotFoundError(`no page at ${request.path}`);
    const candidates = ROUTES.map((route) => ({ route, match: route.pattern.exec(request.path) })).filter((c) => c.match);
    if (candidates.length === 0) throw new NotFoundError(`no API route ${request.path}`);
    const found = candidates.find((c) => c.route.method === request.method);
    const actor = await authenticate(deps, request);
    if (!canRead(actor)) throw new ForbiddenError('your account is in neither the reviewers nor the viewers group');
    if (!found) {
      const allowed = [...new Set(candidates.map((c) => c.route.method))].join(', ');
      return respond(405, { error: 'method-not-allowed', message: `use ${allowed}` }, { allow: allowed });
    }
    if (found.route.access === 'decide' && !canDecide(actor)) throw new ForbiddenError('only reviewers may change items');
    const result = await found.route.run({ deps, request, params: (found.match as RegExpExecArray).slice(1).map(decodePathSegment), actor });
    return respond(result.status ?? 200, result.body);
  } catch (error) {
    return errorResponse(deps, error, request);
  }
}
