// The one logger factory: Powertools JSON lines, context passed as keys (sourceId, runId, itemId).
import { Console } from 'node:console';
import { Logger } from '@aws-lambda-powertools/logger';
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
