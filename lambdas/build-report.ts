// Lambda for the monthly schedule (1st of the month, 03:00 Asia/Almaty) and on-demand rebuilds:
// Scheduler event {"month"?: "yyyy-mm", "lang"?: "ru"|"kk"|"en"}; all three languages by default.
import { loadConfig } from '../shared/config/config';
import { ValidationError } from '../shared/domain/errors';
import type { Language } from '../shared/domain/taxonomy';
import { buildReport } from '../shared/report/build-report';
import { buildDependencies, type Dependencies } from '../shared/runtime/dependencies';
import { createMetrics, recordReportBuilt } from '../shared/runtime/metrics';

export interface BuildReportEvent {
  month?: string;
  lang?: Language;
}

let memoised: Dependencies | undefined;
// The metric contract with the CDK report stack (cdk/config.ts METRICS): `ReportBuilt` = 1 once every
// object of a run was written; its absence on the 1st raises the ReportMissing alarm.
const metrics = createMetrics('build-report');

function dependencies(): Dependencies {
  memoised ??= buildDependencies(loadConfig(), { serviceName: 'build-report' });
  return memoised;
}

export async function handler(event: BuildReportEvent | null | undefined): Promise<{ month: string; keys: string[] }> {
  const deps = dependencies();
  try {
    const result = await buildReport(deps, { month: event?.month || undefined, lang: event?.lang || undefined });
    recordReportBuilt(metrics, { month: result.month, entries: result.data.entries.length });
    metrics.publishStoredMetrics();
    return { month: result.month, keys: [...result.files.map((f) => f.key), result.index.key] };
  } catch (error) {
    // A bad month or language in the schedule's payload will not fix itself: log it once and fail the
    // invocation without retries hiding it; everything else propagates so the Scheduler retries.
    if (error instanceof ValidationError) deps.logger.error('invalid build-report event', { event, error: error.message });
    else deps.logger.error('report build failed', { event, error });
    throw error;
  }
}
