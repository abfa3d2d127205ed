import { describe, expect, it } from 'vitest';
import { isConditionalCheckFailure, isRetryableAwsError, translateAwsError } from '../../../shared/adapters/aws-errors';
import { RetryableError } from '../../../shared/domain/errors';

const awsError = (name: string, status?: number, code?: string) =>
  Object.assign(new Error(`${name} happened`), { name, ...(code ? { code } : {}), ...(status ? { $metadata: { httpStatusCode: status } } : {}) });

describe('AWS error translation (one list for DynamoDB, S3, SQS and Lambda)', () => {
  it('retries throttling, 5xx, 429 and dropped connections of any service', () => {
    for (const error of [
      awsError('ThrottlingException', 400),
      awsError('ProvisionedThroughputExceededException', 400),
      awsError('SlowDown', 503),
      awsError('InternalError', 500),
      awsError('TooManyRequestsException', 429),
      awsError('Whatever', 502),
      awsError('Error', undefined, 'ECONNRESET'),
      awsError('TimeoutError'),
    ]) {
      expect(isRetryableAwsError(error), error.name).toBe(true);
      expect(() => translateAwsError(error, 'storage get')).toThrow(RetryableError);
    }
    expect(() => translateAwsError(awsError('SlowDown', 503), 'object store put x')).toThrow(/^object store put x failed: SlowDown: SlowDown happened$/);
  });

  it('passes other failures through unchanged', () => {
    const denied = awsError('AccessDeniedException', 400);
    expect(isRetryableAwsError(denied)).toBe(false);
    expect(() => translateAwsError(denied, 'storage get')).toThrow(denied);
    expect(isRetryableAwsError('not an error')).toBe(false);
    expect(isConditionalCheckFailure(awsError('ConditionalCheckFailedException', 400))).toBe(true);
    expect(isConditionalCheckFailure(denied)).toBe(false);
  });
});
