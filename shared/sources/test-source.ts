// "Test now": fetch a source as a reviewer typed it, through the same HTTP client and parser a run
// uses, and say what came out, before anything is saved. One page only, no detail pages, nothing
// stored (a search source follows no result link). A URL the outbound-fetch policy refuses is the typist's mistake and propagates (a 400); any
// other failure is the answer: the error as the source's health would record it.
import { FetchRefusedError, SozwatchError } from '../domain/errors';
import type { NormalizedItem } from '../domain/item';
import type { SourceDefinition } from './catalog';
import { onePageOnly } from './check-sources';
import { fetchSource } from './fetch-source';
import { assertUsableSource } from './source-validation';
import { RedirectRefusedError, type HttpFetcher } from './http/http-client';

/** Enough to judge the parse on the page; the count says how many there were. */
export const TEST_ITEMS_SHOWN = 20;
/** A person is waiting, and the review function has 15 s: one polite fetch, retries included, within this. */
export const TEST_DEADLINE_MS = 10_000;

export type SourceTestResult =
  | { ok: true; count: number; items: Array<Pick<NormalizedItem, 'title' | 'url' | 'publishedAt' | 'summary' | 'language'>> }
  | { ok: false; error: string; errorKind: string };

export async function testSource(deps: { http: HttpFetcher; now: () => Date }, source: SourceDefinition, deadlineMs = TEST_DEADLINE_MS): Promise<SourceTestResult> {
  assertUsableSource(source);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deadlineMs);
  try {
    const result = await fetchSource(deps.http, onePageOnly(source), { now: deps.now(), signal: controller.signal });
    const items = result.kind === 'ok' ? result.items : [];
    return {
      ok: true,
      count: items.length,
      items: items.slice(0, TEST_ITEMS_SHOWN).map((item) => ({ title: item.title, url: item.url, publishedAt: item.publishedAt, summary: item.summary.slice(0, 300), language: item.language })),
    };
  } catch (error) {
    // A redirect to a refused address is the site's doing, not the typist's: it is the test's answer.
    if (error instanceof FetchRefusedError && !(error instanceof RedirectRefusedError)) throw error;
    if (controller.signal.aborted) return { ok: false, error: `no answer within ${deadlineMs / 1000} s`, errorKind: 'retryable' };
    return { ok: false, error: error instanceof Error ? error.message.split('\n')[0]! : String(error), errorKind: error instanceof SozwatchError ? error.kind : 'unknown' };
  } finally {
    clearTimeout(timer);
  }
}
