// Maps AWS SDK failures to the pipeline's error kinds, so callers know whether to retry.
import { RetryableError } from '../../domain/errors';

const RETRYABLE_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
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

/** Rethrows transient storage failures as RetryableError; anything else unchanged. */
export function translateStorageError(error: unknown, operation: string): never {
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (RETRYABLE_NAMES.has(error.name) || (code && RETRYABLE_NAMES.has(code)) || (status !== undefined && status >= 500)) {
      throw new RetryableError(`storage ${operation} failed: ${error.name}: ${error.message}`, undefined, { cause: error });
    }
  }
  throw error;
}
