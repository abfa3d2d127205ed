// Maps AWS SDK failures (DynamoDB, S3, SQS, Lambda) to the pipeline's error kinds, so callers know
// whether to retry. One list of what is transient, whichever service failed.
import { RetryableError } from '../domain/errors';

/** Error names and network codes that a later attempt may not meet. */
const RETRYABLE_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'Throttling',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'SlowDown',
  'RequestTimeout',
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'TimeoutError',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
]);

export function isConditionalCheckFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** True for throttling, 5xx answers and dropped connections. */
export function isRetryableAwsError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return RETRYABLE_NAMES.has(error.name) || (code !== undefined && RETRYABLE_NAMES.has(code)) || (status !== undefined && (status >= 500 || status === 429));
}

/** Rethrows a transient failure as RetryableError naming the operation (e.g. "storage get"); anything else unchanged. */
export function translateAwsError(error: unknown, operation: string): never {
  if (error instanceof Error && isRetryableAwsError(error)) {
    throw new RetryableError(`${operation} failed: ${error.name}: ${error.message}`, undefined, { cause: error });
  }
  throw error;
}
