// `sources check`: fetch each catalogued source once and say whether its feed still parses, its list
// selectors or court parser still match, its Telegram channel still has a public preview. Meant for a
// connected machine; the result goes into the catalog's verified/note/evidence and the parser headers by hand.
import { SozwatchError } from '../domain/errors';
import type { SourceDefinition } from './catalog';
import { fetchSource } from './fetch-source';
import type { HttpFetcher } from './http/http-client';

export interface SourceCheck {
  sourceId: string;
  kind: SourceDefinition['kind'];
  parser: string;
  url: string;
  ok: boolean;
  items: number;
  newestAt?: string;
  error?: string;
  errorKind?: string;
}

/** The source reduced to one look: its first page only, following no article, detail or search-result link. */
export function onePageOnly(source: SourceDefinition): SourceDefinition {
  const settings = { ...(source.settings ?? {}) };
  if (source.kind === 'html-list') {
    settings.maxPages = 1;
    delete settings.articleText;
  }
  if (source.kind === 'telegram') settings.maxPages = 1;
  if (source.kind === 'search') settings.maxFollows = 0;
  return { ...source, maxPages: 1, fetchDetails: false, settings };
}

export async function checkSources(
  http: HttpFetcher,
  sources: readonly SourceDefinition[],
  now: Date,
  onCheck?: (check: SourceCheck) => void,
): Promise<SourceCheck[]> {
  // Sequential on purpose: a check is a rare manual action and should look like one polite visitor.
  const checks: SourceCheck[] = [];
  for (const source of sources) {
    const base = { sourceId: source.id, kind: source.kind, parser: source.parser, url: source.url };
    let check: SourceCheck;
    try {
      const result = await fetchSource(http, onePageOnly(source), { now });
      const items = result.kind === 'ok' ? result.items : [];
      const newestAt = items.map((i) => i.publishedAt).sort().at(-1);
      check = { ...base, ok: items.length > 0 || !source.expectsItems, items: items.length, ...(newestAt ? { newestAt } : {}) };
      if (!check.ok) check.error = 'no items found';
    } catch (error) {
      check = {
        ...base,
        ok: false,
        items: 0,
        error: error instanceof Error ? error.message.split('\n')[0] : String(error),
        errorKind: error instanceof SozwatchError ? error.kind : 'unknown',
      };
    }
    checks.push(check);
    onCheck?.(check);
  }
  return checks;
}
