// Drafts and publishes as synchronous invocations of the build-report function, so the editor gets the
// draft's checklist (or the refusal of a stale draft) in the answer, while build-report's reserved
// concurrency of 1 keeps every write to reports/ and its index serial.
import { ConflictError, NotFoundError, RetryableError, ValidationError } from '../../domain/errors';
import type { ReportDrafts } from '../../ports/report-drafts';
import type { DraftManifest, PublishResult } from '../../report/report-draft';
import { onFirstUse } from '../sdk-loader';
import type { LambdaSdk } from './lambda-report-requests';

/** The errors build-report raises on purpose, by the name Lambda reports as `errorType`. */
const KNOWN_ERRORS: Record<string, (message: string) => Error> = {
  ConflictError: (message) => new ConflictError(message),
  NotFoundError: (message) => new NotFoundError(message),
  ValidationError: (message) => new ValidationError(message),
};

export class LambdaReportDrafts implements ReportDrafts {
  private readonly sdk: () => Promise<LambdaSdk>;

  constructor(
    loadLambdaSdk: () => Promise<LambdaSdk>,
    private readonly functionName: string,
  ) {
    this.sdk = onFirstUse(loadLambdaSdk);
  }

  private async invoke<T>(event: { action: 'draft' | 'publish'; month: string; actor: string }): Promise<T> {
    const { client, InvokeCommand: Invoke } = await this.sdk();
    const response = await client.send(
      new Invoke({ FunctionName: this.functionName, InvocationType: 'RequestResponse', Payload: new TextEncoder().encode(JSON.stringify(event)) }),
    );
    const text = response.Payload ? new TextDecoder().decode(response.Payload) : '';
    let payload: unknown;
    try {
      payload = text ? JSON.parse(text) : undefined;
    } catch {
      throw new RetryableError(`build-report answered the ${event.action} of ${event.month} with a payload that is not JSON`);
    }
    if (response.FunctionError) {
      const failure = (payload ?? {}) as { errorType?: string; errorMessage?: string };
      const known = failure.errorType ? KNOWN_ERRORS[failure.errorType] : undefined;
      if (known) throw known(failure.errorMessage ?? `${event.action} of ${event.month} refused`);
      throw new RetryableError(`build-report failed the ${event.action} of ${event.month}: ${failure.errorMessage ?? 'no message'}`);
    }
    return payload as T;
  }

  build(month: string, actor: string): Promise<DraftManifest> {
    return this.invoke<DraftManifest>({ action: 'draft', month, actor });
  }

  publish(month: string, actor: string): Promise<PublishResult> {
    return this.invoke<PublishResult>({ action: 'publish', month, actor });
  }
}
