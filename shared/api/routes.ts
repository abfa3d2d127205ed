// The route table of review-api: method, path, who may call it, and the use case it runs with the
// request's input as its schema outputs it. Authentication, the 405s and error mapping are the
// dispatcher's (handle-api-request.ts). Routes that fetch from the outside world or classify are in
// fetch-routes.ts (the review-fetch function): importing them here would put the classifier, the HTML
// parsers and the HTTP client into this table's bundle.
import type * as z from 'zod/mini';
import { NotFoundError } from '../domain/errors';
import type { StoredItem } from '../domain/item';
import { taxonomyDocument } from '../domain/taxonomy';
import { afterDecision, beforeDecision } from '../review/decision-records';
import { approveItem } from '../review/approve-item';
import { countItems } from '../review/count-items';
import { addNote } from '../review/item-notes';
import { loadGazetteer, setPlaceNames } from '../review/place-names';
import { releaseItem, takeItem } from '../review/take-item';
import { bulkReject } from '../review/bulk-reject';
import { editEntry } from '../review/edit-entry';
import { enqueueItem } from '../review/enqueue-item';
import { getItemDetails } from '../review/get-item-details';
import { listQueue } from '../review/list-queue';
import { mergeItems } from '../review/merge-items';
import { rejectItem } from '../review/reject-item';
import { reopenItem } from '../review/reopen-item';
import { canDecide, type Actor, type ReviewDependencies } from '../review/review-dependencies';
import { searchItems } from '../review/search-items';
import type { ApiDependencies } from './api-dependencies';
import type { ApiRequest } from './api-types';
import { CASE_REPORT_ROUTES, incidentTaxonomy } from './case-report-routes';
import { assertReportableMonth } from './report-month-range';
import { SOURCE_ROUTES } from './source-routes';
import {
  approveBodySchema,
  bulkRejectBodySchema,
  countsQuerySchema,
  gazetteerPathSchema,
  noteBodySchema,
  placeNamesBodySchema,
  takeBodySchema,
  editBodySchema,
  enqueueBodySchema,
  itemPathSchema,
  mergeBodySchema,
  parseJsonBody,
  parseWith,
  QUEUE_SORTS,
  queueQuerySchema,
  rejectBodySchema,
  reopenBodySchema,
  reportPathSchema,
  searchQuerySchema,
} from './request-schemas';

/** `read`: reviewers and viewers; `decide`: reviewers only. */
export type Access = 'read' | 'decide';

export interface RouteContext<D extends ApiDependencies = ApiDependencies> {
  deps: D;
  request: ApiRequest;
  /** The path's captured segments, percent-decoded. */
  params: string[];
  actor: Actor;
}

export interface RouteResult {
  status?: number;
  body: unknown;
  /** A file instead of JSON (a CSV export, a draft's page): its text and type. */
  file?: { body: string; contentType: string; name?: string };
}

export interface Route<D extends ApiDependencies = ApiDependencies> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  pattern: RegExp;
  access: Access;
  run(context: RouteContext<D>): Promise<RouteResult>;
}

/** The JSON body as `schema` outputs it, with the person acting added. */
function bodyWithActor<S extends z.ZodMiniType<object>>(context: RouteContext, schema: S): z.output<S> & { actor: Actor } {
  return Object.assign(parseWith(schema, parseJsonBody(context.request.body)), { actor: context.actor });
}

function itemIdParam(context: RouteContext): string {
  return parseWith(itemPathSchema, { id: context.params[0] }).id;
}

type Decision<S extends z.ZodMiniType<object>> = (deps: ReviewDependencies, input: z.output<S> & { id: string; actor: Actor }) => Promise<StoredItem>;

/** A decision on one item, `/api/items/{id}/{action}`: the body, the item's id and the actor go to `decide`; the answer is `{item}`. */
function itemDecision<S extends z.ZodMiniType<object>>(method: 'POST' | 'PUT', action: string, schema: S, decide: Decision<S>): Route {
  return {
    method,
    pattern: new RegExp(`^/api/items/([^/]+)/${action}$`),
    access: 'decide',
    run: async (context) => {
      const input = Object.assign(bodyWithActor(context, schema), { id: itemIdParam(context) });
      // Evidence archived onto the entry before the write, case records refreshed after it.
      const before = await beforeDecision(context.deps, action, input);
      const item = await decide(context.deps, input);
      await afterDecision(context.deps, before, item);
      return { body: { item } };
    },
  };
}

export const ROUTES: readonly Route[] = [
  ...CASE_REPORT_ROUTES,
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
    // The domain's closed lists and the queue's sort orders: every choice the page offers.
    run: async () => ({ body: { ...taxonomyDocument(), ...incidentTaxonomy(), queueSorts: QUEUE_SORTS } }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/items$/,
    access: 'read',
    run: async ({ deps, request }) => ({ body: await listQueue(deps, parseWith(queueQuerySchema, request.query)) }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/items\/counts$/,
    access: 'read',
    run: async ({ deps, request }) => ({ body: await countItems(deps, parseWith(countsQuerySchema, request.query)) }),
  },
  {
    method: 'POST',
    pattern: /^\/api\/items\/([^/]+)\/notes$/,
    // Any staff member may note something on an item; notes never change it.
    access: 'read',
    run: async (context) => ({ status: 201, body: await addNote(context.deps, { ...bodyWithActor(context, noteBodySchema), id: itemIdParam(context) }) }),
  },
  {
    method: 'PUT',
    pattern: /^\/api\/items\/([^/]+)\/take$/,
    access: 'decide',
    run: async (context) => {
      const { force } = parseWith(takeBodySchema, context.request.body ? parseJsonBody(context.request.body) : {});
      return { body: await takeItem(context.deps, { id: itemIdParam(context), actor: context.actor, force }) };
    },
  },
  {
    method: 'DELETE',
    pattern: /^\/api\/items\/([^/]+)\/take$/,
    access: 'decide',
    run: async (context) => {
      await releaseItem(context.deps, { id: itemIdParam(context), actor: context.actor });
      return { body: { takenBy: null } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/gazetteer$/,
    access: 'read',
    run: async ({ deps }) => ({ body: await loadGazetteer(deps) }),
  },
  {
    method: 'PUT',
    pattern: /^\/api\/gazetteer\/([^/]+)\/([^/]+)$/,
    access: 'decide',
    run: async (context) => {
      const { kind, id } = parseWith(gazetteerPathSchema, { kind: context.params[0], id: context.params[1] });
      const { names } = bodyWithActor(context, placeNamesBodySchema);
      return { body: await setPlaceNames(context.deps, { kind, id, names, actor: context.actor }) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/search$/,
    access: 'read',
    run: async ({ deps, request }) => ({ body: await searchItems(deps, parseWith(searchQuerySchema, request.query)) }),
  },
  {
    method: 'POST',
    pattern: /^\/api\/items\/bulk-reject$/,
    access: 'decide',
    run: async (context) => ({ body: { results: await bulkReject(context.deps, bodyWithActor(context, bulkRejectBodySchema)) } }),
  },
  {
    method: 'POST',
    pattern: /^\/api\/reports\/([^/]+)$/,
    access: 'decide',
    run: async ({ deps, params, actor }) => {
      const { month } = parseWith(reportPathSchema, { month: params[0] });
      if (!deps.reports) throw new NotFoundError('report rebuilds are not available in this deployment');
      await assertReportableMonth(deps, month);
      const outcome = await deps.reports.request(month);
      deps.logger.info('report requested', { month, actor: actor.id, outcome });
      // Queued: build-report publishes it within a minute or two; built: it is already in the bucket.
      return { status: outcome === 'queued' ? 202 : 200, body: { month, outcome } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/items\/([^/]+)$/,
    access: 'read',
    run: async (context) => ({ body: await getItemDetails(context.deps, itemIdParam(context)) }),
  },
  itemDecision('POST', 'approve', approveBodySchema, approveItem),
  itemDecision('POST', 'reject', rejectBodySchema, rejectItem),
  itemDecision('POST', 'reopen', reopenBodySchema, reopenItem),
  itemDecision('POST', 'enqueue', enqueueBodySchema, enqueueItem),
  itemDecision('PUT', 'entry', editBodySchema, editEntry),
  {
    method: 'POST',
    pattern: /^\/api\/merge$/,
    access: 'decide',
    run: async (context) => ({ body: await mergeItems(context.deps, bodyWithActor(context, mergeBodySchema)) }),
  },
  ...SOURCE_ROUTES,
];
