// Whether a source needs a look, judged from its stored state: shared by the ingest run (metrics and
// alarms) and the sources page. Its own module, without the fetching code, so the review API's bundle
// can show health without carrying the source kinds' parsers and the HTTP client.
import type { SourceState } from '../ports/item-repository';
import type { SourceDefinition } from '../sources/catalog';

export const FAILURES_BEFORE_UNHEALTHY = 3;

/** Why a source needs a look: repeated failures, HTML or CAPTCHA instead of content, or silence. */
export function assessHealth(source: SourceDefinition, state: SourceState, now: Date): string[] {
  const reasons: string[] = [];
  if (state.consecutiveFailures >= FAILURES_BEFORE_UNHEALTHY) reasons.push(`failed ${state.consecutiveFailures} times in a row`);
  if (state.lastError && /CAPTCHA/i.test(state.lastError)) reasons.push('returns a CAPTCHA page');
  else if (state.lastError && /HTML page instead/i.test(state.lastError)) reasons.push('returns an HTML page instead of a feed');
  else if (state.lastError && /selectors found nothing/i.test(state.lastError)) reasons.push('list markup changed: selectors found nothing');
  else if (state.lastError && /no public preview/i.test(state.lastError)) reasons.push('the Telegram channel has no public preview');
  if (source.expectsItems && state.lastSuccessAt) {
    const newest = state.newestItemAt ? Date.parse(state.newestItemAt) : undefined;
    const silentHours = newest === undefined ? undefined : (now.getTime() - newest) / 3_600_000;
    if (state.lastItemCount === 0) reasons.push('last fetch had no items');
    else if (silentHours !== undefined && silentHours > source.maxSilenceHours) reasons.push(`no new item for ${Math.floor(silentHours)} h (expected within ${source.maxSilenceHours} h)`);
  }
  return reasons;
}
