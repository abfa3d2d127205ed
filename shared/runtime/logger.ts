// The one logger factory: Powertools JSON lines, context passed as keys (sourceId, runId, itemId).
import { Console } from 'node:console';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import type { LogLevel } from '../config/config';

export type AppLogger = Logger;

export interface LoggerOptions {
  level?: LogLevel;
  context?: Record<string, unknown>;
  /**
   * The CLI writes data to stdout (other tools parse it), so its logs must all go to stderr.
   * Powertools writes INFO to stdout and offers no option, hence the replaced console.
   */
  toStderr?: boolean;
}

export function createLogger(serviceName: string, options: LoggerOptions = {}): AppLogger {
  const logger = new Logger({ serviceName, logLevel: options.level ?? 'INFO', persistentKeys: options.context ?? {} });
  if (options.toStderr) {
    (logger as unknown as { console: Console }).console = new Console({ stdout: process.stderr, stderr: process.stderr });
  }
  return logger;
}

/**
 * Opens one Lambda invocation's log context: the Lambda context (request id, cold start, function)
 * on every line, and `correlation_id`, which follows one piece of work across services: API Gateway's
 * request id (also in the access log), or the Scheduler execution id that a dispatch passes on to
 * every ingest message it sends. Keys from the previous invocation of a warm process are dropped.
 */
export function beginInvocation(logger: AppLogger, context: Context | undefined, correlationId: string | undefined): void {
  logger.resetKeys();
  if (context) logger.addContext(context);
  logger.setCorrelationId(correlationId ?? context?.awsRequestId);
}
