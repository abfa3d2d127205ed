// Deployment configuration in code: stage, schedules, alarm e-mail, reviewers' URLs, report publication.
// No secrets live here; the alarm e-mail and URLs are not secret, and Cognito holds the passwords.
import { TimeZone } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { METRIC_NAMES, METRIC_NAMESPACE } from '../shared/runtime/metrics';

export interface DeployConfig {
  /** Prefix of every stack name and physical name, so two stages can share one account. */
  stage: string;
  /** Region and account; undefined means the CLI's current profile decides (env-agnostic synth). */
  env?: { account?: string; region?: string };
  schedules: {
    /** EventBridge Scheduler expressions, evaluated in `timeZone`. */
    news: string;
    courts: string;
    /** 03:00 on the 1st: the previous month is closed in Almaty and staff have had the evening. */
    report: string;
    /** The daily check that the month due is published (the report-missing alarm watches its metric). */
    reportCheck: string;
    timeZone: TimeZone;
  };
  /** Receives every alarm; SNS sends a confirmation mail that must be accepted once. */
  alarmEmail?: string;
  /** Staff who receive urgent items (attacks, detentions, threats) by e-mail at once; each confirms once. */
  urgentEmails: string[];
  reviewers: {
    /** Origins allowed to call the API from a browser (CORS) besides the API's own origin. */
    allowedOrigins: string[];
    /** Cognito hosted-UI domain prefix (unique in the region) and redirect targets for the page. */
    cognitoDomainPrefix: string;
    callbackUrls: string[];
    logoutUrls: string[];
  };
  reports: {
    /** When true, `reports/` is served publicly through CloudFront with origin access control. */
    public: boolean;
  };
  ingestion: {
    /** Upper bound on concurrent ingest runs per function: a flood of messages cannot run away. */
    reservedConcurrency: number;
    /** Sources per SQS batch handed to one invocation. */
    batchSize: number;
    /** Receives before a source message goes to the dead-letter queue. */
    maxReceiveCount: number;
  };
  api: { throttleRateLimit: number; throttleBurstLimit: number };
  logRetention: RetentionDays;
  alarms: {
    /**
     * A source counts as unhealthy by shared/ingest's own judgement (3 failed runs in a row, or silence);
     * the alarm fires when some source stays unhealthy for `periods` whole periods of `periodHours`.
     */
    unhealthySource: Record<'news' | 'courts', { periodHours: number; periods: number }>;
  };
}

/**
 * Metric contract with the handlers, defined in shared/runtime/metrics.ts (Powertools EMF). Each metric
 * carries the single dimension `service` = the function's POWERTOOLS_SERVICE_NAME; source ids travel
 * as metadata, so an alarm on the service-level Maximum covers every source of that kind.
 */
export const METRICS = {
  namespace: METRIC_NAMESPACE,
  sourcesUnhealthy: METRIC_NAMES.sourcesUnhealthy,
  reportBuilt: METRIC_NAMES.reportBuilt,
  reportOverdue: METRIC_NAMES.reportOverdue,
  reportDraftReady: METRIC_NAMES.reportDraftReady,
  reportUnpublished: METRIC_NAMES.reportUnpublished,
  serviceDimension: 'service',
} as const;

/** Function names double as POWERTOOLS_SERVICE_NAME, the `service` metric dimension. */
export const SERVICES = {
  ingestNews: 'ingest-news',
  ingestCourts: 'ingest-courts',
  reviewApi: 'review-api',
  reviewFetch: 'review-fetch',
  buildReport: 'build-report',
} as const;

export const defaultConfig: DeployConfig = {
  stage: 'prod',
  schedules: {
    news: 'rate(15 minutes)',
    // Court news pages change a few times a day and their robots.txt asks for a crawl delay.
    courts: 'cron(0 7-21/2 ? * MON-SAT *)',
    report: 'cron(0 3 1 * ? *)',
    // Before the working day: an overdue report is in the mailbox when staff arrive.
    reportCheck: 'cron(0 8 * * ? *)',
    // Staff work and sources publish in Almaty time (UTC+5 all year since 2024-03-01).
    timeZone: TimeZone.ASIA_ALMATY,
  },
  alarmEmail: undefined,
  urgentEmails: [],
  reviewers: {
    allowedOrigins: [],
    cognitoDomainPrefix: 'sozwatch-reviewers',
    callbackUrls: [],
    logoutUrls: [],
  },
  reports: { public: false },
  ingestion: { reservedConcurrency: 3, batchSize: 5, maxReceiveCount: 3 },
  api: { throttleRateLimit: 20, throttleBurstLimit: 40 },
  logRetention: RetentionDays.THREE_MONTHS,
  alarms: {
    // News runs every 15 minutes: two hours of an unhealthy source is eight failed polls on top of
    // the three that made it unhealthy. Courts run every 2 hours in the daytime only.
    unhealthySource: { news: { periodHours: 1, periods: 2 }, courts: { periodHours: 2, periods: 2 } },
  },
};

/**
 * Context overrides for the values a deployer changes per account without editing code:
 * `cdk deploy -c stage=dev -c alarmEmail=ops@example.org -c reportsPublic=true`.
 */
export function configFromContext(get: (key: string) => unknown, base: DeployConfig = defaultConfig): DeployConfig {
  const text = (key: string): string | undefined => {
    const value = get(key);
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const list = (key: string): string[] | undefined => text(key)?.split(',').map((s) => s.trim()).filter(Boolean);
  const stage = text('stage') ?? base.stage;
  if (!/^[a-z][a-z0-9-]{0,15}$/.test(stage)) throw new Error(`stage must be lower-case letters, digits and dashes (max 16), got "${stage}"`);
  const alarmEmail = text('alarmEmail') ?? base.alarmEmail;
  if (alarmEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(alarmEmail)) throw new Error(`alarmEmail is not an e-mail address: "${alarmEmail}"`);
  const urgentEmails = list('urgentEmails') ?? base.urgentEmails;
  for (const email of urgentEmails) {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`urgentEmails: not an e-mail address: "${email}"`);
  }
  const reportsPublic = get('reportsPublic');
  return {
    ...base,
    stage,
    alarmEmail,
    urgentEmails,
    reviewers: {
      ...base.reviewers,
      cognitoDomainPrefix: text('cognitoDomainPrefix') ?? `${base.reviewers.cognitoDomainPrefix}-${stage}`,
      callbackUrls: list('callbackUrls') ?? base.reviewers.callbackUrls,
      logoutUrls: list('logoutUrls') ?? base.reviewers.logoutUrls,
      allowedOrigins: list('allowedOrigins') ?? base.reviewers.allowedOrigins,
    },
    reports: { public: reportsPublic === undefined ? base.reports.public : reportsPublic === true || reportsPublic === 'true' },
  };
}
