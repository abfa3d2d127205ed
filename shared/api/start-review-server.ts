// Runs the review API and page on loopback over given dependencies: with the configured issuer when
// the Config names one, else with a fresh development issuer and printed tokens (`serve`, tests, bench).
// One process serves both route tables, review-api's and review-fetch's, as API Gateway does in AWS.
import { InProcessReportDrafts } from '../report/in-process-report-drafts';
import { InProcessReportRequests } from '../report/in-process-report-requests';
import type { Dependencies } from '../runtime/dependencies';
import { buildApiDependencies, type ApiExtras } from './api-dependencies';
import { startDevIssuer, type DevIssuer } from './dev-issuer';
import { withFetchRoutes, type FetchApiDependencies, type FetchApiExtras } from './fetch-api-dependencies';
import { FETCH_ROUTES } from './fetch-routes';
import { startApiServer } from './local-api-server';
import { ROUTES, type Route } from './routes';
import { CATALOG } from '../sources/catalog';
import { loadWebAssets } from '../web/web-assets';

/** Both Lambdas' tables, as one server answers them. */
export const REVIEW_AND_FETCH_ROUTES: readonly Route<FetchApiDependencies>[] = [...ROUTES, ...FETCH_ROUTES];

export interface ReviewServer {
  url: string;
  api: FetchApiDependencies;
  /** The development issuer, when this server made one (no issuer configured). */
  issuer?: DevIssuer;
  /** Development tokens: `reviewer` decides, `viewer` only reads. */
  tokens?: { reviewer: string; viewer: string };
  close(): Promise<void>;
}

export interface ReviewServerOptions extends ApiExtras, FetchApiExtras {
  port?: number;
  host?: string;
}

export async function startReviewServer(deps: Dependencies, options: ReviewServerOptions = {}): Promise<ReviewServer> {
  const host = options.host ?? '127.0.0.1';
  const issuer = deps.config.auth ? undefined : await startDevIssuer(host);
  const auth = deps.config.auth ?? (issuer as DevIssuer).auth;
  // Without a build-report function to invoke (the local stack), a rebuild runs here and answers when published.
  const reviewApi = buildApiDependencies(deps, auth, {
    reports: deps.reportRequests ?? new InProcessReportRequests(deps),
    reportDrafts: deps.reportDrafts ?? new InProcessReportDrafts(deps),
    assets: loadWebAssets(),
    catalog: CATALOG,
    ...options,
  });
  const api = withFetchRoutes(reviewApi, deps, options);
  let server;
  try {
    server = await startApiServer(api, REVIEW_AND_FETCH_ROUTES, { port: options.port, host });
  } catch (error) {
    await issuer?.close();
    throw error;
  }
  const tokens = issuer ? { reviewer: await issuer.sign('reviewer@local', ['reviewers']), viewer: await issuer.sign('viewer@local', ['viewers']) } : undefined;
  return {
    url: server.url,
    api,
    ...(issuer ? { issuer } : {}),
    ...(tokens ? { tokens } : {}),
    async close() {
      await server.close();
      await issuer?.close();
    },
  };
}
