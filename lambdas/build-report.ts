// Lambda for the monthly schedule (1st of the month, 03:00 Asia/Almaty), on-demand rebuilds and the
// daily check behind the report-missing alarm. Events:
//   {"month"?: "yyyy-mm", "lang"?: "ru"|"kk"|"en"}  build (all three languages by default)
//   {"action": "check"}                             is the month due published? (metric ReportOverdue)
import type { Context } from 'aws-lambda';
import { loadConfig } from '../shared/config/config';
import { ValidationError } from '../shared/domain/errors';
import type { Language } from '../shared/domain/taxonomy';
import { buildReport } from '../shared/report/build-report';
import { checkReportPublished, type ReportCheck } from '../shared/report/check-report';
import { buildBaseDependencies, type BaseDependencies } from '../shared/runtime/base-dependencies';
import { beginInvocation } from '../shared/runtime/logger';
import { createMetrics, recordReportBuilt, recordReportCheck } from '../shared/runtime/metrics';

export interface BuildReportEvent {
  action?: 'build';
  month?: string;
  lang?: Language;
  /** The Scheduler execution id (schedule input), the correlation id of the run's logs. */
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

export async function handler(event: CheckReportEvent, context?: Context): Promise<ReportCheck>;
export async function handler(event: BuildReportEvent | null | undefined, context?: Context): Promise<BuiltReport>;
export async function handler(event: BuildReportEvent | CheckReportEvent | null | undefined, context?: Context): Promise<BuiltReport | ReportCheck> {
  const deps = dependencies();
  beginInvocation(deps.logger, context, event?.executionId);
  try {
    const action: string = event?.action ?? 'build';
    if (action === 'check') {
      const check = await checkReportPublished(deps);
      if (check.overdue) deps.logger.warn('the report due is not published', { ...check });
      recordReportCheck(metrics, check);
      metrics.publishStoredMetrics();
      return check;
    }
    if (action !== 'build') throw new ValidationError(`action must be "build" or "check", got "${String(action)}"`);
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
