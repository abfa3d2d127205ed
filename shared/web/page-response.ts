// The review page and its files as HTTP answers: static, unauthenticated (they carry no data), under
// the strict CSP; with hosted sign-in the page gets its settings in a meta tag (no inline script
// under the CSP) and the CSP lets the page reach the sign-in's token endpoint.
import type { ApiRequest, ApiResponse } from '../api/api-types';
import { contentSecurityPolicy, securityHeaders } from '../api/http-response';
import type { WebAssets } from './web-assets';

export interface HostedLogin {
  /** Base URL of the hosted UI, e.g. https://sozwatch-prod.auth.eu-central-1.amazoncognito.com */
  domain: string;
  clientId: string;
}

const LOGIN_META = '<meta name="sozwatch-login" content="">';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function pageWithLogin(html: string, login: HostedLogin): string {
  return html.replace(LOGIN_META, `<meta name="sozwatch-login" content="${escapeAttribute(JSON.stringify(login))}">`);
}

/** The page or one of its files when the request asks for one; undefined for everything else. */
export function pageResponse(assets: WebAssets, login: HostedLogin | undefined, request: ApiRequest): ApiResponse | undefined {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const asset = assets.get(request.path === '/index.html' ? '/' : request.path);
  if (!asset) return undefined;
  const isPage = asset.contentType.startsWith('text/html');
  const headers = securityHeaders(login ? contentSecurityPolicy([new URL(login.domain).origin]) : undefined);
  const body = login && isPage ? pageWithLogin(asset.body, login) : asset.body;
  return { status: 200, headers: { ...headers, 'content-type': asset.contentType, 'cache-control': 'no-cache' }, body };
}
