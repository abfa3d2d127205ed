// What the review API's handler needs on top of the composition root's storage dependencies (the token
// verifier for the configured issuer, the page's files, report rebuilds, the sources page), and how
// they are built. Nothing here fetches from the outside world or classifies: that is
// fetch-api-dependencies.ts, for the routes of fetch-routes.ts.
import type { AuthConfig } from '../config/config';
import type { CaseRepository } from '../ports/case-repository';
import type { ObjectStore } from '../ports/object-store';
import type { EvidenceDependencies } from '../review/evidence-archive';
import type { SourceStateRepository } from '../ports/item-repository';
import type { ReportDrafts } from '../ports/report-drafts';
import type { ReportRequests } from '../ports/report-requests';
import type { SourceRepository } from '../ports/source-repository';
import type { SourceDefinition } from '../sources/catalog';
import type { ReviewDependencies } from '../review/review-dependencies';
import type { BaseDependencies } from '../runtime/base-dependencies';
import { outboundClient } from '../runtime/outbound-client';
import type { HttpFetcher } from '../sources/http/http-client';
import type { AppLogger } from '../runtime/logger';
import type { HostedLogin } from '../web/page-response';
import type { WebAssets } from '../web/web-assets';
import { createTokenVerifier, type TokenVerifier } from './token-verifier';

/** Behind the sources routes: the stored sources, their states, the built-in catalog. */
export interface SourceAdministration {
  sources: SourceRepository;
  sourceStates: SourceStateRepository;
  now: () => Date;
  catalog: readonly SourceDefinition[];
}

export interface ApiDependencies extends ReviewDependencies {
  logger: Pick<AppLogger, 'error' | 'warn' | 'info'>;
  verifier: TokenVerifier;
  /** The page's files; absent where no page is served (review-fetch: the page comes from review-api only). */
  assets?: WebAssets;
  /** Cognito hosted sign-in for the page (code flow with PKCE); absent locally, where tokens are pasted. */
  login?: HostedLogin;
  /** Behind POST /api/reports/{month}: the build-report function in AWS, an in-process build locally. */
  reports?: ReportRequests;
  /** Report drafts and publishing: the build-report function in AWS, in process locally. */
  reportDrafts?: ReportDrafts;
  /** The case registry's records (GET /api/cases…), refreshed on every decision. */
  cases?: CaseRepository;
  /** The bucket: report drafts, publishing, settings, entries CSV and archived evidence. */
  objects?: ObjectStore;
  /** Archiving an approved entry's source (the HTTP client under the outbound-fetch policy, the bucket). */
  evidence?: EvidenceDependencies;
  /** The sources page's routes (shared/api/source-routes.ts). */
  sourceAdmin?: SourceAdministration;
}

export interface ApiExtras {
  /** The page's files (`loadWebAssets()`); without them no page is served, as in review-fetch. */
  assets?: WebAssets;
  /** Hosted sign-in for the page; by default the Cognito pool's when SOZWATCH_AUTH_DOMAIN is set. */
  login?: HostedLogin;
  /** Report rebuilds; by default the build-report function's when SOZWATCH_REPORT_FUNCTION is set. */
  reports?: ReportRequests;
  /** Report drafts and publishing; by default the build-report function's when SOZWATCH_REPORT_FUNCTION is set. */
  reportDrafts?: ReportDrafts;
  /**
   * The built-in catalog, behind the sources page's routes; without it they are not served, as in
   * review-fetch, whose bundle then carries no catalog.
   */
  catalog?: readonly SourceDefinition[];
}

export function buildApiDependencies(base: BaseDependencies & { http?: HttpFetcher }, auth: AuthConfig, extras: ApiExtras = {}): ApiDependencies {
  const login = extras.login ?? (auth.kind === 'cognito' && auth.hostedUiDomain ? { domain: auth.hostedUiDomain, clientId: auth.clientId } : undefined);
  const reports = extras.reports ?? base.reportRequests;
  const { assets, catalog } = extras;
  return {
    items: base.items,
    now: base.now,
    reviewRecords: base.reviewRecords,
    gazetteer: base.gazetteer,
    logger: base.logger,
    verifier: createTokenVerifier(auth),
    ...(assets ? { assets } : {}),
    ...(login ? { login } : {}),
    ...(reports ? { reports } : {}),
    ...(extras.reportDrafts ?? base.reportDrafts ? { reportDrafts: extras.reportDrafts ?? base.reportDrafts } : {}),
    cases: base.cases,
    objects: base.objects,
    // Approving an item archives its page: the one outbound request the review function makes.
    evidence: { http: base.http ?? outboundClient(base.config), objects: base.objects, now: base.now },
    ...(catalog ? { sourceAdmin: { sources: base.sources, sourceStates: base.sourceStates, now: base.now, catalog } } : {}),
  };
}
