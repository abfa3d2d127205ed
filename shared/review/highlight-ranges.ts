// Splits a field's text into plain and matched segments for display, from the classifier's offsets.
import type { MatchField, TermMatch } from '../domain/classification';

export interface Segment {
  text: string;
  /** The rule terms that matched this stretch; absent for plain text. */
  terms?: string[];
}

/**
 * Overlapping and touching matches are merged into one highlighted segment (the classifier reports
 * every overlapping stem, e.g. `журналист*` and `журналист* NEAR задерж*` on the same word).
 * Offsets outside the text (a re-fetched, shorter text) are clipped rather than trusted.
 */
export function highlightRanges(text: string, matches: readonly TermMatch[], field: MatchField): Segment[] {
  const ranges = matches
    .filter((m) => m.field === field)
    .map((m) => ({ start: Math.max(0, Math.min(m.start, text.length)), end: Math.max(0, Math.min(m.end, text.length)), term: m.term }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; terms: string[] }[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
      if (!last.terms.includes(range.term)) last.terms.push(range.term);
    } else {
      merged.push({ start: range.start, end: range.end, terms: [range.term] });
    }
  }
  const segments: Segment[] = [];
  let position = 0;
  for (const range of merged) {
    if (range.start > position) segments.push({ text: text.slice(position, range.start) });
    segments.push({ text: text.slice(range.start, range.end), terms: range.terms });
    position = range.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position) });
  return segments;
}

/** A window of context around each match, for the queue's one-line previews. */
export function matchSnippets(text: string, matches: readonly TermMatch[], field: MatchField, radius = 60, max = 3): Segment[][] {
  const segments = highlightRanges(text, matches, field);
  const snippets: Segment[][] = [];
  let offset = 0;
  const bounds: { start: number; end: number }[] = [];
  for (const segment of segments) {
    if (segment.terms) bounds.push({ start: offset, end: offset + segment.text.length });
    offset += segment.text.length;
  }
  for (const bound of bounds.slice(0, max)) {
    const start = Math.max(0, bound.start - radius);
    const end = Math.min(text.length, bound.end + radius);
    const window = highlightRanges(
      text.slice(start, end),
      matches.filter((m) => m.field === field && m.start < end && m.end > start).map((m) => ({ ...m, start: m.start - start, end: m.end - start })),
      field,
    );
    if (start > 0) window.unshift({ text: '…' });
    if (end < text.length) window.push({ text: '…' });
    snippets.push(window);
  }
  return snippets;
}
