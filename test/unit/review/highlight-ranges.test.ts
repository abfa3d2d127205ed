import { describe, expect, it } from 'vitest';
import type { TermMatch } from '../../../shared/domain/classification';
import { highlightRanges, matchSnippets } from '../../../shared/review/highlight-ranges';

const match = (start: number, end: number, term = 't', field: TermMatch['field'] = 'text'): TermMatch => ({ term, category: 'detention', field, start, end });

describe('highlightRanges', () => {
  it('splits text into plain and matched segments that rebuild the text', () => {
    const text = 'Журналиста задержали в Алматы';
    const segments = highlightRanges(text, [match(0, 10, 'журналист*'), match(11, 20, 'задерж*')], 'text');
    expect(segments).toEqual([
      { text: 'Журналиста', terms: ['журналист*'] },
      { text: ' ' },
      { text: 'задержали', terms: ['задерж*'] },
      { text: ' в Алматы' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('merges overlapping and touching matches and keeps every term once', () => {
    const segments = highlightRanges('abcdefghij', [match(2, 6, 'a'), match(4, 8, 'b'), match(8, 9, 'c'), match(3, 5, 'a')], 'text');
    expect(segments).toEqual([{ text: 'ab' }, { text: 'cdefghi', terms: ['a', 'b', 'c'] }, { text: 'j' }]);
  });

  it('ignores matches of the other field and clips offsets beyond the text', () => {
    const segments = highlightRanges('short', [match(0, 2, 'x', 'title'), match(3, 50, 'y'), match(90, 99, 'z')], 'text');
    expect(segments).toEqual([{ text: 'sho' }, { text: 'rt', terms: ['y'] }]);
  });

  it('returns the whole text as one plain segment without matches', () => {
    expect(highlightRanges('<img src=x onerror=alert(1)>', [], 'text')).toEqual([{ text: '<img src=x onerror=alert(1)>' }]);
  });
});

describe('matchSnippets', () => {
  it('cuts a window around each match with ellipses where the text goes on', () => {
    const text = `${'a'.repeat(100)}MATCH${'b'.repeat(100)}`;
    const [snippet] = matchSnippets(text, [match(100, 105, 'm')], 'text', 10);
    expect(snippet).toEqual([{ text: '…' }, { text: 'a'.repeat(10) }, { text: 'MATCH', terms: ['m'] }, { text: 'b'.repeat(10) }, { text: '…' }]);
  });
});
