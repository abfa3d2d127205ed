// Talking to the API as the signed-in person: the bearer token (pasted, or from the hosted sign-in's
// authorization-code flow with PKCE), its renewal from the refresh token, and the login screen.
import { $ } from './review-dom.js';
import { t } from './review-i18n.js';
import { state } from './review-state.js';

/** A JSON request to the API; throws an Error with `status` (and the answer as `data`) unless 2xx. */
export async function api(method, path, body, renewed) {
  const response = await fetch(path, {
    method,
    headers: Object.assign({ authorization: 'Bearer ' + state.token }, body ? { 'content-type': 'application/json' } : {}),
    body: body ? JSON.stringify(body) : undefined,
  });
  let data = null;
  try {
    data = await response.json();
  } catch (e) {
    data = null;
  }
  if (response.status === 401) {
    // The id token lasts an hour: renew it once from the hosted sign-in's refresh token, then retry.
    if (!renewed && (await renewSession())) return api(method, path, body, true);
    showLogin(t('loginFailed'));
    throw Object.assign(new Error('unauthorized'), { status: 401 });
  }
  if (!response.ok) throw Object.assign(new Error((data && data.message) || response.statusText), { status: response.status, data });
  return data;
}

export function showLogin(message) {
  $('app').hidden = true;
  $('logout').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message || '';
  $('token').focus();
}

/** The hosted sign-in's settings from the page's meta tag; null when tokens are pasted (locally). */
export function loginConfig() {
  const meta = document.querySelector('meta[name="sozwatch-login"]');
  try {
    const config = JSON.parse(meta && meta.content ? meta.content : 'null');
    return config && config.domain && config.clientId ? config : null;
  } catch (e) {
    return null;
  }
}

function base64url(bytes) {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function beginHostedLogin(config) {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  const nonce = base64url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem('sozwatch.pkce', JSON.stringify({ verifier, state: nonce }));
  const params = new URLSearchParams({
    response_type: 'code', client_id: config.clientId, redirect_uri: location.origin + '/', scope: 'openid email profile',
    state: nonce, code_challenge: challenge, code_challenge_method: 'S256',
  });
  location.assign(config.domain.replace(/\/$/, '') + '/oauth2/authorize?' + params.toString());
}

/** Back from the hosted UI with ?code=…: exchange it for tokens; the id token carries the groups. */
export async function finishHostedLogin(config) {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  if (!code) return;
  const saved = JSON.parse(sessionStorage.getItem('sozwatch.pkce') || 'null');
  sessionStorage.removeItem('sozwatch.pkce');
  history.replaceState(null, '', '/');
  if (!saved || saved.state !== params.get('state')) return;
  keepTokens(await requestTokens(config, { grant_type: 'authorization_code', code, redirect_uri: location.origin + '/', code_verifier: saved.verifier }));
}

/** POSTs a grant to the hosted UI's token endpoint; its tokens, or null when it refuses or fails. */
async function requestTokens(config, grant) {
  const response = await fetch(config.domain.replace(/\/$/, '') + '/oauth2/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(Object.assign({ client_id: config.clientId }, grant)).toString(),
  }).catch(() => null);
  return response && response.ok ? response.json().catch(() => null) : null;
}

/** Keeps the id token (the API reads its groups) and any refresh token; false without an id token. */
function keepTokens(tokens) {
  if (!tokens) return false;
  if (typeof tokens.refresh_token === 'string') sessionStorage.setItem('sozwatch.refresh', tokens.refresh_token);
  if (typeof tokens.id_token !== 'string') return false;
  state.token = tokens.id_token;
  sessionStorage.setItem('sozwatch.token', state.token);
  return true;
}

let renewing = null;

/** A new id token from the refresh token (valid for the user pool's refresh period); false if none. */
function renewSession() {
  // Requests failing together share one renewal.
  renewing = renewing || exchangeRefreshToken().finally(() => (renewing = null));
  return renewing;
}

async function exchangeRefreshToken() {
  const config = loginConfig();
  const refreshToken = sessionStorage.getItem('sozwatch.refresh');
  if (!config || !refreshToken) return false;
  if (keepTokens(await requestTokens(config, { grant_type: 'refresh_token', refresh_token: refreshToken }))) return true;
  // Expired or revoked: the next sign-in starts a new session.
  sessionStorage.removeItem('sozwatch.refresh');
  return false;
}

/** Signing in with a pasted token, and signing out (which forgets the refresh token too). */
export function usePastedToken(token) {
  state.token = token;
  sessionStorage.setItem('sozwatch.token', state.token);
}

export function signOut() {
  sessionStorage.removeItem('sozwatch.token');
  sessionStorage.removeItem('sozwatch.refresh');
  state.token = '';
  showLogin('');
}
