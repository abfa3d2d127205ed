// Which sources a scheduled tick polls: each source keeps its own interval (`pollMinutes`), while the
// schedule ticks at a fixed rate per lane. Pure, so the rule is tested without a table or a clock.
import type { SourceState } from '../ports/item-repository';

/**
 * The schedule's own jitter: a tick may fire a little early or late, so a source polled at the
 * previous tick must not miss this one by a few seconds and wait a whole further interval.
 */
export const POLL_SLACK_MINUTES = 2;

const MINUTE_MS = 60_000;

/**
 * A source is due when it was never attempted, or its last attempt (success or failure alike: a
 * failing site is not hammered faster than its interval) is at least `pollMinutes` minus the slack
 * ago. An unreadable attempt time counts as never attempted, so a damaged state cannot silence a source.
 */
export function isPollDue(input: { pollMinutes: number; state?: Pick<SourceState, 'lastAttemptAt'>; now: Date; slackMinutes?: number }): boolean {
  const lastAttempt = input.state?.lastAttemptAt ? Date.parse(input.state.lastAttemptAt) : Number.NaN;
  if (Number.isNaN(lastAttempt)) return true;
  const slack = input.slackMinutes ?? POLL_SLACK_MINUTES;
  return input.now.getTime() - lastAttempt >= (input.pollMinutes - slack) * MINUTE_MS;
}

/** Splits sources into those due now and those skipped until their interval has passed. */
export function partitionDue<T extends { id: string; pollMinutes: number }>(
  sources: readonly T[],
  states: readonly SourceState[],
  now: Date,
): { due: T[]; notDue: T[] } {
  const stateById = new Map(states.map((state) => [state.sourceId, state]));
  const due: T[] = [];
  const notDue: T[] = [];
  for (const source of sources) {
    (isPollDue({ pollMinutes: source.pollMinutes, state: stateById.get(source.id), now }) ? due : notDue).push(source);
  }
  return { due, notDue };
}
