// Urgent notices through an SNS topic with e-mail subscriptions. The SNS client is the Lambda
// runtime's own SDK package (bundles keep @aws-sdk/* external), loaded on the first notice: most
// ingest runs announce nothing and never pay for it.
import { RetryableError } from '../../domain/errors';
import type { UrgentAlert, UrgentNotifier } from '../../ports/urgent-notifier';
import { loadSdk, onFirstUse } from '../sdk-loader';

/** The part of @aws-sdk/client-sns this adapter uses. */
export interface SnsSdk {
  client: { send(command: unknown): Promise<{ MessageId?: string }> };
  PublishCommand: new (input: { TopicArn: string; Subject: string; Message: string }) => unknown;
}

export function loadSnsSdk(region: string): SnsSdk {
  const sdk = loadSdk<{ SNSClient: new (config: { region: string; maxAttempts: number }) => SnsSdk['client']; PublishCommand: SnsSdk['PublishCommand'] }>('@aws-sdk/client-sns');
  return { client: new sdk.SNSClient({ region, maxAttempts: 4 }), PublishCommand: sdk.PublishCommand };
}

/** The e-mail subject: SNS allows 100 printable ASCII characters, so the title goes in the body. */
export function urgentSubject(alert: UrgentAlert): string {
  return `sozwatch: urgent ${alert.urgentCategory} (score ${alert.score.toFixed(2)})`.slice(0, 100);
}

export function urgentMessage(alert: UrgentAlert): string {
  return [
    alert.title,
    '',
    `Category: ${alert.categories.join(', ')} (score ${alert.score.toFixed(2)})`,
    `Published: ${alert.publishedAt} (${alert.sourceId}, ${alert.language})`,
    `Link: ${alert.url}`,
    `Item: ${alert.itemId}`,
  ].join('\n');
}

export class SnsUrgentNotifier implements UrgentNotifier {
  private readonly connect: () => Promise<SnsSdk>;

  constructor(
    sdk: () => SnsSdk,
    private readonly topicArn: string,
  ) {
    this.connect = onFirstUse(async () => sdk());
  }

  async notify(alert: UrgentAlert): Promise<void> {
    const { client, PublishCommand } = await this.connect();
    try {
      await client.send(new PublishCommand({ TopicArn: this.topicArn, Subject: urgentSubject(alert), Message: urgentMessage(alert) }));
    } catch (error) {
      throw new RetryableError(`urgent notice for ${alert.itemId} not published: ${error instanceof Error ? error.message : String(error)}`, undefined, { cause: error });
    }
  }
}
