// Report requests as asynchronous invocations of the build-report function: Lambda queues them, and
// the function's reserved concurrency of 1 keeps builds (and their writes to reports/index.html) serial.
import type { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { RetryableError } from '../../domain/errors';
import type { ReportRequestOutcome, ReportRequests } from '../../ports/report-requests';
import { onFirstUse } from '../sdk-loader';

/** The client and its command, loaded together on first use (no SDK import at module top). */
export interface LambdaSdk {
  client: LambdaClient;
  InvokeCommand: typeof InvokeCommand;
}

export class LambdaReportRequests implements ReportRequests {
  private readonly sdk: () => Promise<LambdaSdk>;

  constructor(
    loadLambdaSdk: () => Promise<LambdaSdk>,
    private readonly functionName: string,
  ) {
    this.sdk = onFirstUse(loadLambdaSdk);
  }

  async request(month: string): Promise<ReportRequestOutcome> {
    const { client, InvokeCommand: Invoke } = await this.sdk();
    const payload = new TextEncoder().encode(JSON.stringify({ month }));
    const response = await client.send(new Invoke({ FunctionName: this.functionName, InvocationType: 'Event', Payload: payload }));
    // 202 is Lambda's answer to an accepted asynchronous invocation.
    if (response.StatusCode !== 202) throw new RetryableError(`build-report did not accept the request (status ${String(response.StatusCode)})`);
    return 'queued';
  }
}
