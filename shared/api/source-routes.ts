// The sources routes of the review API: the list with health, one source with its history, add, edit,
// pause, resume, apply the catalog's definition. Part of the route table (routes.ts); "test now"
// fetches from the source's site, so it is in fetch-routes.ts.
import { NotFoundError } from '../domain/errors';
import { LANGUAGE_NAMES, LANGUAGES } from '../domain/taxonomy';
import { COURT_PARSERS } from '../sources/courts/court-parsers';
import { applyCatalogDefinition, createSource, editSource, loadSource, readSources, setSourceEnabled } from '../sources/manage-sources';
import { sourceViews } from '../sources/source-health';
import { SOURCE_GROUPS, SOURCE_KINDS } from '../sources/source-record';
import type { SourceAdministration } from './api-dependencies';
import { parseJsonBody, parseWith } from './request-schemas';
import type { Route, RouteContext } from './routes';
import { createSourceBodySchema, editSourceBodySchema, sourcePathId, sourceVersionBodySchema } from './source-schemas';

function administration(context: RouteContext): SourceAdministration {
  if (!context.deps.sourceAdmin) throw new NotFoundError('source administration is not available in this deployment');
  return context.deps.sourceAdmin;
}

/** The page's choices for the add and edit form: what the API accepts. */
const SOURCE_CHOICES = { kinds: SOURCE_KINDS, groups: SOURCE_GROUPS, languages: LANGUAGES, languageNames: LANGUAGE_NAMES, courtParsers: COURT_PARSERS.map((parser) => parser.id) };

async function viewOf(admin: SourceAdministration, id: string) {
  const record = await loadSource(admin, id);
  const state = await admin.sourceStates.get(id);
  return sourceViews([record], state ? [state] : [], admin.catalog, admin.now())[0]!;
}

function versionAction(action: 'pause' | 'resume' | 'apply-catalog'): Route {
  return {
    method: 'POST',
    pattern: new RegExp(`^/api/sources/([^/]+)/${action}$`),
    access: 'decide',
    run: async (context) => {
      const admin = administration(context);
      const id = sourcePathId(context.params[0]);
      const { version, note } = parseWith(sourceVersionBodySchema, parseJsonBody(context.request.body));
      const actor = context.actor.id;
      if (action === 'apply-catalog') await applyCatalogDefinition(admin, { id, version, actor, catalog: admin.catalog });
      else await setSourceEnabled(admin, { id, version, actor, enabled: action === 'resume', note });
      return { body: { source: await viewOf(admin, id) } };
    },
  };
}

export const SOURCE_ROUTES: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/sources$/,
    access: 'read',
    // Two Queries whatever the volume: the records' partition and the states' partition; the 7-day
    // counts come from the per-day counters the ingest run keeps on each state. A fresh table is
    // seeded from the built-in catalog first, so the page is never empty before the first dispatch.
    run: async (context) => {
      const admin = administration(context);
      const records = await readSources(admin, { seed: 'if-empty', catalog: admin.catalog });
      const states = await admin.sourceStates.list();
      return { body: { sources: sourceViews(records, states, admin.catalog, admin.now()), choices: SOURCE_CHOICES } };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/sources$/,
    access: 'decide',
    run: async (context) => {
      const admin = administration(context);
      const { enabled, ...definition } = parseWith(createSourceBodySchema, parseJsonBody(context.request.body));
      const record = await createSource(admin, { definition, actor: context.actor.id, enabled });
      return { status: 201, body: { source: await viewOf(admin, record.id) } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/sources\/([^/]+)$/,
    access: 'read',
    run: async (context) => {
      const admin = administration(context);
      const id = sourcePathId(context.params[0]);
      const source = await viewOf(admin, id);
      const audit = (await admin.sources.listAudit(id)).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
      return { body: { source, audit } };
    },
  },
  {
    method: 'PUT',
    pattern: /^\/api\/sources\/([^/]+)$/,
    access: 'decide',
    run: async (context) => {
      const admin = administration(context);
      const id = sourcePathId(context.params[0]);
      const { version, definition } = parseWith(editSourceBodySchema, parseJsonBody(context.request.body));
      await editSource(admin, { id, version, actor: context.actor.id, definition });
      return { body: { source: await viewOf(admin, id) } };
    },
  },
  versionAction('pause'),
  versionAction('resume'),
  versionAction('apply-catalog'),
];
