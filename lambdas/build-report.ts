// Lambda for the monthly schedule (1st of the month, 03:00 Asia/Almaty), on-demand rebuilds and the
// daily check behind the report-missing alarm. Events:
//   {"month"?: "yyyy-mm", "lang"?: "ru"|"kk"|"en"}  build (all three languages by default)
//   {"action": "monthly"}                           the schedule: the previous month's draft for the editor
//                                                   (metric ReportDraftReady), published at once with autoPublish
//   {"action": "draft"|"publish", "month", "actor"} the review API's draft and publish (synchronous)
//   {"action": "check"}                             is the month due published or drafted? (ReportOverdue,
//                                                   and ReportUnpublished from the 10th)
import type { Context } from 'aws-lambda';
import { loadConfig } from '../shared/config/config';
import { ValidationError } from '../shared/domain/errors';
import type { Language } from '../shared/domain/taxonomy';
import { buildReport } from '../shared/report/build-report';
import { checkReportPublished, type ReportCheck } from '../shared/report/check-report';
import { buildReportDraft, publishReportDraft, type DraftManifest, type PublishResult } from '../shared/report/report-draft';
import { loadReportSettings } from '../shared/report/report-settings';
import { previousAlmatyMonth } from '../shared/domain/time';
import { buildBaseDependencies, type BaseDependencies } from '../shared/runtime/base-dependencies';
import { beginInvocation } from '../shared/runtime/logger';
import { createMetrics, recordReportBuilt, recordReportCheck, recordReportDraft } from '../shared/runtime/metrics';

export interface BuildReportEvent {
  action?: 'build';
  month?: string;
  lang?: Language;
  /** The Scheduler execution id (schedule input), the correlation id of the run's logs. */
  executionId?: string;
}

export interface MonthlyReportEvent {
  action: 'monthly';
  month?: string;
  executionId?: string;
}

export interface MonthlyReport {
  month: string;
  draftKeys: string[];
  /** Present when autoPublish published the draft. */
  publishedKeys?: string[];
  checklist: number;
}

/** From the review API (synchronous): build the month's draft, or publish it, as `actor`. */
export interface DraftReportEvent {
  action: 'draft' | 'publish';
  month: string;
  actor: string;
  executionId?: string;
}

export interface CheckReportEvent {
  action: 'check';
  executionId?: string;
}

export interface BuiltReport {
  month: string;
  keys: string[];
}

let memoised: BaseDependencies | undefined;
// The metric contract with the CDK report stack (cdk/config.ts METRICS): `ReportBuilt` = 1 once every
// object of a run was written; `ReportOverdue` = 1 from a check that found the month due missing.
const metrics = createMetrics('build-report');

function dependencies(): BaseDependencies {
  memoised ??= buildBaseDependencies(loadConfig(), { serviceName: 'build-report' });
  return memoised;
}

/**
 * The monthly schedule: builds the draft for the editor and says so (ReportDraftReady, alarmed to the
 * staff's topic); with the autoPublish setting it publishes the draft at once, unattended.
 */
async function runMonthlyReport(deps: BaseDependencies, month: string | undefined): Promise<MonthlyReport> {
  const settings = await loadReportSettings(deps.objects);
  const draft = await buildReportDraft(deps, { month: month ?? previousAlmatyMonth(deps.now()), actor: 'schedule' });
  recordReportDraft(metrics, { month: draft.month, awaitingReview: !settings.autoPublish, problems: draft.checklist.length });
  const result: MonthlyReport = { month: draft.month, draftKeys: draft.files.map((f) => f.key), checklist: draft.checklist.length };
  if (!settings.autoPublish) {
    deps.logger.info('report draft awaits review', { month: draft.month, problems: draft.checklist.length });
    return result;
  }
  const published = await publishReportDraft(deps, { month: draft.month, actor: 'schedule', mode: 'auto' });
  recordReportBuilt(metrics, { month: draft.month, entries: draft.entries });
  return { ...result, publishedKeys: [...published.keys, published.index] };
}

export async function handler(event: CheckReportEvent, context?: Context): Promise<ReportCheck>;
export async function handler(event: MonthlyReportEvent, context?: Context): Promise<MonthlyReport>;
export async function handler(event: DraftReportEvent, context?: Context): Promise<DraftManifest | PublishResult>;
export async function handler(event: BuildReportEvent | null | undefined, context?: Context): Promise<BuiltReport>;
export async function handler(
  event: BuildReportEvent | CheckReportEvent | MonthlyReportEvent | DraftReportEvent | null | undefined,
  context?: Context,
): Promise<BuiltReport | ReportCheck | MonthlyReport | DraftManifest | PublishResult> {
  const deps = dependencies();
  beginInvocation(deps.logger, context, event?.executionId);
  try {
    const action: string = event?.action ?? 'build';
    if (action === 'check') {
      const check = await checkReportPublished(deps);
      if (check.overdue) deps.logger.warn('the report due is not published', { ...check });
      if (check.unpublished) deps.logger.warn('the draft of the report due is still unpublished', { ...check });
      recordReportCheck(metrics, check);
      metrics.publishStoredMetrics();
      return check;
    }
    if (action === 'monthly') {
      const monthly = await runMonthlyReport(deps, (event as MonthlyReportEvent).month || undefined);
      metrics.publishStoredMetrics();
      return monthly;
    }
    if (action === 'draft' || action === 'publish') {
      const { month, actor } = event as DraftReportEvent;
      if (typeof month !== 'string' || typeof actor !== 'string' || !actor) throw new ValidationError(`${action} needs the month and the actor`);
      if (action === 'draft') return await buildReportDraft(deps, { month, actor });
      const published = await publishReportDraft(deps, { month, actor });
      recordReportBuilt(metrics, { month: published.month, entries: published.entries });
      metrics.publishStoredMetrics();
      return published;
    }
    if (action !== 'build') throw new ValidationError(`action must be "build", "monthly", "draft", "publish" or "check", got "${String(action)}"`);
    const build = (event ?? {}) as BuildReportEvent;
    const result = await buildReport(deps, { month: build.month || undefined, lang: build.lang || undefined });
    recordReportBuilt(metrics, { month: result.month, entries: result.data.entries.length });
    metrics.publishStoredMetrics();
    return { month: result.month, keys: [...result.files.map((f) => f.key), result.index.key] };
  } catch (error) {
    // A bad month or language in the schedule's payload will not fix itself: log it once and fail the
    // invocation without retries hiding it; everything else propagates so the Scheduler retries.
    if (error instanceof ValidationError) deps.logger.error('invalid build-report event', { event, error: error.message });
    else deps.logger.error('report run failed', { event, error });
    throw error;
  }
}
