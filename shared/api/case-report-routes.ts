// Routes of the case registry and of the editor's month: cases for the approve form's picker and the
// case page, the entries CSV, the report draft with its checklist, publishing the reviewed draft, the
// editorial settings and the baseline of figures from before the system.
import { NotFoundError } from '../domain/errors';
import { GENDER_LABELS, PERPETRATOR_KINDS, PERPETRATOR_LABELS, SUBCATEGORIES, TARGET_GENDERS, TARGET_KINDS, TARGET_LABELS } from '../domain/incident';
import { exportEntriesCsv } from '../report/build-report';
import { CSV_CONTENT_TYPE } from '../report/export-entries-csv';
import type { ReportDrafts } from '../ports/report-drafts';
import { InProcessReportDrafts } from '../report/in-process-report-drafts';
import { draftPrefix, listPublishAudit, loadReportDraft, readDraftFile, type DraftManifest } from '../report/report-draft';
import { importBaseline, loadBaseline, loadReportSettings, saveReportSettings, type ReportSettings } from '../report/report-settings';
import { findCases, getCase } from '../review/case-registry';
import type { ApiDependencies } from './api-dependencies';
import { baselineBodySchema, caseQuerySchema, casePathSchema, entriesPeriodSchema, reportMonthSchema, settingsBodySchema } from './case-report-schemas';
import { assertReportableMonth } from './report-month-range';
import { parseJsonBody, parseWith } from './request-schemas';
import type { Route, RouteContext } from './routes';
import * as z from 'zod/mini';

function registry(deps: ApiDependencies) {
  if (!deps.cases) throw new NotFoundError('the case registry is not available in this deployment');
  return { items: deps.items, cases: deps.cases, logger: deps.logger };
}

function reportStore(deps: ApiDependencies) {
  if (!deps.objects) throw new NotFoundError('report drafts are not available in this deployment');
  return { items: deps.items, objects: deps.objects, now: deps.now, logger: deps.logger };
}

/** The build-report function in AWS; in process where none is configured. */
function drafts(deps: ApiDependencies): ReportDrafts {
  return deps.reportDrafts ?? new InProcessReportDrafts(reportStore(deps));
}

function monthParam(context: RouteContext): string {
  return parseWith(z.object({ month: reportMonthSchema }), { month: context.params[0] }).month;
}

/** The manifest as the page sees it: each file with the API path that serves it. */
function draftView(manifest: DraftManifest) {
  const prefix = draftPrefix(manifest.month);
  return {
    ...manifest,
    files: manifest.files.map((file) => {
      const name = file.key.slice(prefix.length);
      return { ...file, name, link: `/api/reports/${manifest.month}/draft/${name}` };
    }),
  };
}

/** The incident vocabulary the entry form offers, with labels: what `entry.incident` accepts. */
export function incidentTaxonomy() {
  return {
    perpetratorKinds: PERPETRATOR_KINDS.map((id) => ({ id, label: PERPETRATOR_LABELS[id] })),
    targetKinds: TARGET_KINDS.map((id) => ({ id, label: TARGET_LABELS[id] })),
    targetGenders: TARGET_GENDERS.map((id) => ({ id, label: GENDER_LABELS[id] })),
    subcategories: SUBCATEGORIES.map(({ id, parent, label }) => ({ id, parent, label })),
  };
}

export const CASE_REPORT_ROUTES: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/cases$/,
    access: 'read',
    run: async ({ deps, request }) => ({ body: await findCases(registry(deps), parseWith(caseQuerySchema, request.query)) }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/cases\/([^/]+)$/,
    access: 'read',
    run: async ({ deps, params }) => ({ body: await getCase(registry(deps), parseWith(casePathSchema, { key: params[0] }).key) }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/reports\/([^/]+)\/entries\.csv$/,
    access: 'read',
    run: async ({ deps, params }) => {
      const { period } = parseWith(entriesPeriodSchema, { period: params[0] });
      const csv = await exportEntriesCsv(deps, period);
      return { body: null, file: { body: csv, contentType: CSV_CONTENT_TYPE, name: `entries-${period}.csv` } };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/reports\/([^/]+)\/draft$/,
    access: 'decide',
    run: async (context) => {
      const month = monthParam(context);
      await assertReportableMonth(context.deps, month);
      const manifest = await drafts(context.deps).build(month, context.actor.id);
      return { body: { draft: draftView(manifest) } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/reports\/([^/]+)\/draft$/,
    access: 'read',
    run: async (context) => {
      const month = monthParam(context);
      const store = reportStore(context.deps);
      const manifest = await loadReportDraft(store, month);
      if (!manifest) throw new NotFoundError(`no draft of ${month}: build one first`);
      return { body: { draft: draftView(manifest), publishes: await listPublishAudit(store, month) } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/reports\/([^/]+)\/draft\/([A-Za-z0-9._-]+)$/,
    access: 'read',
    run: async (context) => {
      const month = monthParam(context);
      const file = await readDraftFile(reportStore(context.deps), month, context.params[1] as string);
      return { body: null, file: { body: file.body.toString('utf8'), contentType: file.contentType } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/settings\/report$/,
    access: 'read',
    run: async ({ deps }) => ({ body: { settings: await loadReportSettings(reportStore(deps).objects) } }),
  },
  {
    method: 'PUT',
    pattern: /^\/api\/settings\/report$/,
    access: 'decide',
    run: async ({ deps, request, actor }) => {
      const settings = await saveReportSettings(reportStore(deps).objects, parseWith(settingsBodySchema, parseJsonBody(request.body)) as Partial<ReportSettings>);
      deps.logger.info('report settings saved', { actor: actor.id, layout: settings.layout, autoPublish: settings.autoPublish });
      return { body: { settings } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/baseline$/,
    access: 'read',
    run: async ({ deps }) => {
      const baseline = await loadBaseline(reportStore(deps).objects);
      return { body: { months: baseline?.months.map((m) => m.month) ?? [], cases: baseline?.cases.length ?? 0 } };
    },
  },
  {
    method: 'PUT',
    pattern: /^\/api\/baseline$/,
    access: 'decide',
    run: async ({ deps, request, actor }) => {
      const { csv } = parseWith(baselineBodySchema, parseJsonBody(request.body));
      const summary = await importBaseline(reportStore(deps).objects, csv);
      deps.logger.info('baseline imported', { actor: actor.id, months: summary.months, cases: summary.cases });
      return { body: summary };
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/reports\/([^/]+)\/publish$/,
    access: 'decide',
    run: async (context) => {
      const month = monthParam(context);
      return { body: await drafts(context.deps).publish(month, context.actor.id) };
    },
  },
];
