// The SNS adapter with a stand-in for the runtime's SNS client: one Publish on the configured topic
// with an ASCII subject, the title and link in the body; a failure is retryable. And which items are urgent.
import { describe, expect, it } from 'vitest';
import { SnsUrgentNotifier, urgentMessage, urgentSubject, type SnsSdk } from '../../../shared/adapters/sns/sns-urgent-notifier';
import { RetryableError } from '../../../shared/domain/errors';
import { urgentCategory } from '../../../shared/ingest/announce-urgent';
import type { UrgentAlert } from '../../../shared/ports/urgent-notifier';
import { classification, storedItem } from '../../support/items';

const alert: UrgentAlert = {
  itemId: 'abc',
  title: 'Журналиста задержали в Уральске',
  url: 'https://news.example.kz/1',
  language: 'ru',
  sourceId: 'demo-news-ru',
  publishedAt: '2026-10-28T21:40:00.000Z',
  score: 0.84,
  categories: ['administrative', 'detention'],
  urgentCategory: 'detention',
  at: '2026-10-28T21:45:00.000Z',
};

function standIn(fail = false): { sdk: SnsSdk; sent: unknown[] } {
  const sent: unknown[] = [];
  class PublishCommand {
    constructor(readonly input: unknown) {}
  }
  return {
    sent,
    sdk: {
      client: {
        send: async (command: unknown) => {
          if (fail) throw new Error('Throttling');
          sent.push((command as PublishCommand).input);
          return { MessageId: '1' };
        },
      },
      PublishCommand,
    },
  };
}

describe('SNS urgent notifier', () => {
  it('publishes once to its topic with an ASCII subject and the title and link in the message', async () => {
    const { sdk, sent } = standIn();
    await new SnsUrgentNotifier(() => sdk, 'arn:aws:sns:eu-central-1:123456789012:prod-sozwatch-urgent').notify(alert);
    expect(sent).toEqual([{ TopicArn: 'arn:aws:sns:eu-central-1:123456789012:prod-sozwatch-urgent', Subject: urgentSubject(alert), Message: urgentMessage(alert) }]);
    expect(urgentSubject(alert)).toMatch(/^[\x20-\x7e]{1,100}$/);
    expect(urgentMessage(alert)).toContain('Журналиста задержали в Уральске');
    expect(urgentMessage(alert)).toContain('https://news.example.kz/1');
  });

  it('a failed publish is a retryable error', async () => {
    await expect(new SnsUrgentNotifier(() => standIn(true).sdk, 'arn:x').notify(alert)).rejects.toBeInstanceOf(RetryableError);
  });
});

describe('which items are urgent', () => {
  it('a pending attack, detention or threat at score 0.6 or more; not a low score, another category or a decided item', () => {
    expect(urgentCategory(storedItem({ classification: classification({ score: 0.84, categories: ['administrative', 'detention'] }) }))).toBe('detention');
    expect(urgentCategory(storedItem({ classification: classification({ score: 0.6, categories: ['threat'] }) }))).toBe('threat');
    expect(urgentCategory(storedItem({ classification: classification({ score: 0.59, categories: ['attack'] }) }))).toBeUndefined();
    expect(urgentCategory(storedItem({ classification: classification({ score: 0.9, categories: ['civil'] }) }))).toBeUndefined();
    expect(urgentCategory(storedItem({ status: 'ignored', classification: classification({ flagged: false, score: 0.9, categories: ['attack'] }) }))).toBeUndefined();
  });
});
