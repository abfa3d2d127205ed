// The pure "is due" rule of the scheduled dispatch: a source is polled when its own interval (less the
// schedule's slack) has passed since its last attempt, whatever that attempt's outcome.
import { describe, expect, it } from 'vitest';
import { isPollDue, partitionDue, POLL_SLACK_MINUTES } from '../../../shared/ingest/poll-due';

const now = new Date('2026-03-01T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

describe('isPollDue', () => {
  it('a source with no stored state, or no attempt in it, is due', () => {
    expect(isPollDue({ pollMinutes: 60, now })).toBe(true);
    expect(isPollDue({ pollMinutes: 60, state: {}, now })).toBe(true);
  });

  it('a source just polled is not due', () => {
    expect(isPollDue({ pollMinutes: 60, state: { lastAttemptAt: minutesAgo(0) }, now })).toBe(false);
    expect(isPollDue({ pollMinutes: 60, state: { lastAttemptAt: minutesAgo(20) }, now })).toBe(false);
  });

  it('a source is due at its interval and after it', () => {
    expect(isPollDue({ pollMinutes: 60, state: { lastAttemptAt: minutesAgo(60) }, now })).toBe(true);
    expect(isPollDue({ pollMinutes: 60, state: { lastAttemptAt: minutesAgo(61) }, now })).toBe(true);
  });

  it('the slack lets a tick that fires a little early still poll it, and no earlier', () => {
    expect(POLL_SLACK_MINUTES).toBe(2);
    expect(isPollDue({ pollMinutes: 15, state: { lastAttemptAt: minutesAgo(13) }, now })).toBe(true);
    expect(isPollDue({ pollMinutes: 15, state: { lastAttemptAt: new Date(now.getTime() - 13 * 60_000 + 1).toISOString() }, now })).toBe(false);
    expect(isPollDue({ pollMinutes: 15, state: { lastAttemptAt: minutesAgo(13) }, now, slackMinutes: 0 })).toBe(false);
  });

  it('a failed last attempt counts like a successful one: a failing site is not polled faster', () => {
    const failed = { lastAttemptAt: minutesAgo(10), lastSuccessAt: minutesAgo(300), lastError: 'HTTP 503', consecutiveFailures: 2 };
    expect(isPollDue({ pollMinutes: 30, state: failed, now })).toBe(false);
    expect(isPollDue({ pollMinutes: 30, state: { ...failed, lastAttemptAt: minutesAgo(29) }, now })).toBe(true);
  });

  it('an unreadable attempt time does not silence the source', () => {
    expect(isPollDue({ pollMinutes: 60, state: { lastAttemptAt: 'not a date' }, now })).toBe(true);
  });
});

describe('partitionDue', () => {
  it('matches states to sources by id and keeps the sources in order', () => {
    const sources = [
      { id: 'hourly-recent', pollMinutes: 60 },
      { id: 'hourly-old', pollMinutes: 60 },
      { id: 'never', pollMinutes: 1440 },
    ];
    const states = [
      { sourceId: 'hourly-recent', consecutiveFailures: 0, lastAttemptAt: minutesAgo(20) },
      { sourceId: 'hourly-old', consecutiveFailures: 0, lastAttemptAt: minutesAgo(61) },
      { sourceId: 'not-a-source', consecutiveFailures: 0, lastAttemptAt: minutesAgo(1) },
    ];
    const { due, notDue } = partitionDue(sources, states, now);
    expect(due.map((s) => s.id)).toEqual(['hourly-old', 'never']);
    expect(notDue.map((s) => s.id)).toEqual(['hourly-recent']);
  });
});
