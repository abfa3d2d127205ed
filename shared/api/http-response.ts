// What every answer of the review API and page carries, and how an error becomes an answer: one
// place for the status codes of docs/api.md, so the Lambda and the local server answer alike.
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
import type { AppLogger } from '../runtime/logger';
import type { ApiRequest, ApiResponse } from './api-types';

/**
 * The page loads only its own files and talks only to its own API (and, with hosted sign-in, to the
 * token endpoint); nothing from a feed can run. JSON answers carry it too, so no answer is looser.
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

export function securityHeaders(csp = CONTENT_SECURITY_POLICY): Record<string, string> {
  return { 'content-security-policy': csp, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' };
}

const SECURITY_HEADERS = securityHeaders();

/** A JSON answer; never cached, since it is one person's view of changing data. */
export function respond(status: number, payload: unknown, extra: Record<string, string> = {}): ApiResponse {
  return {
    status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra },
    body: JSON.stringify(payload),
  };
}

export function methodNotAllowed(allowed: string[]): ApiResponse {
  const list = allowed.join(', ');
  return respond(405, { error: 'method-not-allowed', code: 'method-not-allowed', message: `use ${list}`, params: { allowed: list } }, { allow: list });
}

/** `error`, the machine `code` the page words in ru/kk/en, the English message, and `params` when the wording needs values. */
function errorBody(kind: string, error: SozwatchError, fallbackCode: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { error: kind, code: error.code ?? fallbackCode, message: error.message, ...(error.params ? { params: error.params } : {}), ...extra, ...error.extra };
}

export function errorResponse(logger: Pick<AppLogger, 'error'>, error: unknown, request: ApiRequest): ApiResponse {
  if (error instanceof ValidationError) return respond(400, errorBody('validation', error, 'validation', { issues: error.issues }));
  if (error instanceof UnauthorizedError) {
    return respond(401, { error: 'unauthorized', code: 'unauthorized', message: 'a valid bearer token is required' }, { 'www-authenticate': 'Bearer' });
  }
  if (error instanceof ForbiddenError) return respond(403, errorBody('forbidden', error, 'forbidden'));
  if (error instanceof NotFoundError) return respond(404, errorBody('not-found', error, 'not-found'));
  if (error instanceof ConflictError) return respond(409, errorBody('conflict', error, 'conflict', { current: error.current ?? null }));
  if (error instanceof FetchRefusedError) return respond(400, errorBody('fetch-refused', error, 'fetch-refused'));
  if (error instanceof UpstreamError) {
    const kind = error.timedOut ? 'upstream-timeout' : 'upstream';
    return respond(error.timedOut ? 504 : 502, errorBody(kind, error, kind));
  }
  // Storage faults and bugs: the details go to the log once, never to the client.
  logger.error('review API request failed', {
    method: request.method,
    path: request.path,
    reference: request.requestId,
    error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    kind: error instanceof SozwatchError ? error.kind : undefined,
  });
  const reference = request.requestId ? ` (reference ${request.requestId})` : '';
  return respond(500, { error: 'internal', code: 'internal', message: `internal error; it has been logged${reference}`, reference: request.requestId ?? null });
}
