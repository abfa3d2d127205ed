// Builds what the API handler needs on top of the composition root's dependencies: the token
// verifier for the configured issuer, the page's files and the ingestion's manual import.
import type { AuthConfig } from '../config/config';
import type { ReportRequests } from '../ports/report-requests';
import { importItem } from '../ingest/import-item';
import type { Dependencies } from '../runtime/dependencies';
import { loadWebAssets, type WebAssets } from '../web/web-assets';
import type { ApiDependencies, HostedLogin, ImportRequest } from './handle-api-request';
import { createTokenVerifier } from './token-verifier';

export interface ApiExtras {
  assets?: WebAssets;
  importItem?: (input: ImportRequest) => Promise<unknown>;
  /** Hosted sign-in for the page; by default the Cognito pool's when SOZWATCH_AUTH_DOMAIN is set. */
  login?: HostedLogin;
  /** Report rebuilds; by default the build-report function's when SOZWATCH_REPORT_FUNCTION is set. */
  reports?: ReportRequests;
}

export function buildApiDependencies(base: Dependencies, auth: AuthConfig, extras: ApiExtras = {}): ApiDependencies {
  const login = extras.login ?? (auth.kind === 'cognito' && auth.hostedUiDomain ? { domain: auth.hostedUiDomain, clientId: auth.clientId } : undefined);
  const reports = extras.reports ?? base.reportRequests;
  return {
    items: base.items,
    now: base.now,
    logger: base.logger,
    verifier: createTokenVerifier(auth),
    assets: extras.assets ?? loadWebAssets(),
    importItem: extras.importItem ?? ((input) => importItem(base, input)),
    ...(login ? { login } : {}),
    ...(reports ? { reports } : {}),
  };
}
