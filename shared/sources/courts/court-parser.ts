// What a court-site parser is: pure functions from a loaded page to list entries and detail text.
// One file per site under parsers/, registered in court-parsers.ts; each has an example page and golden.
import type { CheerioAPI } from 'cheerio/slim';

export interface CourtListEntry {
  url: string;
  title: string;
  summary: string;
  /** The date as printed, kept for the golden and for diagnosing a site change. */
  dateText?: string;
  /** ISO instant parsed from dateText (Almaty local time when the page gives no zone). */
  publishedAt?: string;
}

export interface CourtListPage {
  entries: CourtListEntry[];
  nextPageUrl?: string;
}

export interface CourtDetail {
  title?: string;
  text: string;
  dateText?: string;
  publishedAt?: string;
}

export interface CourtParser {
  id: string;
  name: string;
  /** True when the page still has the structure this parser reads (used by `sources check`). */
  matches($: CheerioAPI): boolean;
  parseList($: CheerioAPI, pageUrl: string, now: Date): CourtListPage;
  parseDetail?($: CheerioAPI, url: string, now: Date): CourtDetail;
}

export function squash(text: string | undefined): string {
  return (text ?? '').replace(/[\u00a0\s]+/g, ' ').trim();
}

/**
 * Block-aware text of the first element found by the first selector that finds one (so a specific
 * body selector wins over a catch-all container): paragraphs become lines, scripts are dropped.
 */
export function blockText($: CheerioAPI, selectors: string[]): string {
  const found = selectors.map((s) => $(s).first()).find((el) => el.length > 0);
  if (!found) return '';
  const root = found.clone();
  root.find('script, style, noscript, iframe, form, nav').remove();
  root.find('p, div, br, li, h1, h2, h3, h4, tr').each((_, el) => {
    $(el).append('\n');
  });
  return root
    .text()
    .split('\n')
    .map((line) => squash(line))
    .filter(Boolean)
    .join('\n');
}
