import { describe, expect, it } from 'vitest';
import { compileMatcher, parseTerm } from '../../../shared/classify/matcher';

function matchAll(terms: string[], text: string): Array<[string, number, number]> {
  const matcher = compileMatcher(terms.map(parseTerm));
  const out: Array<[string, number, number]> = [];
  matcher.scan(text, (term, start, end) => out.push([terms[term]!, start, end]));
  return out;
}

describe('compileMatcher', () => {
  it('parses the rule notation', () => {
    expect(parseTerm('журналист*')).toEqual({ text: 'журналист', boundaryStart: true, boundaryEnd: false });
    expect(parseTerm('суд')).toEqual({ text: 'суд', boundaryStart: true, boundaryEnd: true });
    expect(parseTerm('*медиа*')).toEqual({ text: 'медиа', boundaryStart: false, boundaryEnd: false });
    expect(() => parseTerm('*')).toThrow(/empty/);
  });

  it('reports overlapping matches, the stem and the longer stem at the same place', () => {
    const found = matchAll(['журналист*', 'журналистер*', 'тер*'], 'журналистерді ұстады');
    expect(found).toEqual([
      ['журналист*', 0, 9],
      ['журналистер*', 0, 11],
    ]);
  });

  it('requires a word start for stems and both boundaries for whole words', () => {
    expect(matchAll(['суд'], 'суд судья в суде (суд)')).toEqual([
      ['суд', 0, 3],
      ['суд', 18, 21],
    ]);
    expect(matchAll(['атак*'], 'кибератака и атака')).toEqual([['атак*', 13, 17]]);
    expect(matchAll(['*атак*'], 'кибератака')).toEqual([['*атак*', 5, 9]]);
  });

  it('handles Kazakh suffixes through stems', () => {
    const text = 'тілшілерге шабуыл жасалды, тілшіні ұстады';
    expect(matchAll(['тілші*', 'шабуыл*'], text).map(([t]) => t)).toEqual(['тілші*', 'шабуыл*', 'тілші*']);
  });

  it('matches phrases across a single space and finds every occurrence', () => {
    const found = matchAll(['заведомо ложн*', 'ложн*'], 'заведомо ложной информации, ложные сведения');
    expect(found).toEqual([
      ['заведомо ложн*', 0, 13],
      ['ложн*', 9, 13],
      ['ложн*', 28, 32],
    ]);
  });

  it('finds suffix terms inside longer ones (failure links)', () => {
    expect(matchAll(['*she*', '*he*', '*hers*'], 'ushers')).toEqual([
      ['*she*', 1, 4],
      ['*he*', 2, 4],
      ['*hers*', 2, 6],
    ]);
  });

  it('returns the count without a callback and ignores chars no term uses', () => {
    const matcher = compileMatcher(['сми', 'бақ'].map(parseTerm));
    expect(matcher.scan('СМИ? сми! бақ-қа ✓ 😀 сми')).toBe(3);
    expect(matcher.scan('')).toBe(0);
  });

  it('shares the states of common prefixes', () => {
    const few = compileMatcher(['журналист*'].map(parseTerm));
    const shared = compileMatcher(['журналист*', 'журналиста', 'журналистка*'].map(parseTerm));
    expect(shared.stateCount).toBe(few.stateCount + 3);
  });

  it('agrees with a brute-force search on random text, short and long', () => {
    let seed = 7;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const letters = 'аб вгд';
    const word = (): string => Array.from({ length: 1 + Math.floor(rand() * 4) }, () => letters[Math.floor(rand() * 3)]).join('');
    const notations = Array.from({ length: 40 }, (_, i) => {
      const w = word();
      return i % 3 === 0 ? `${w}*` : i % 3 === 1 ? w : `*${w}*`;
    });
    const unique = [...new Set(notations)];
    const terms = unique.map(parseTerm);
    const matcher = compileMatcher(terms);
    const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    const brute = (text: string): string[] => {
      const out: string[] = [];
      terms.forEach((t, index) => {
        for (let at = text.indexOf(t.text); at >= 0; at = text.indexOf(t.text, at + 1)) {
          const end = at + t.text.length;
          if (t.boundaryStart && isWord(text[at - 1])) continue;
          if (t.boundaryEnd && isWord(text[end])) continue;
          out.push(`${end}:${index}:${at}`);
        }
      });
      return out.sort();
    };
    for (const length of [500, 70_000]) {
      const text = Array.from({ length }, () => letters[Math.floor(rand() * letters.length)]).join('');
      const found: string[] = [];
      let lastEnd = 0;
      const count = matcher.scan(text, (term, start, end) => {
        expect(end).toBeGreaterThanOrEqual(lastEnd);
        lastEnd = end;
        found.push(`${end}:${term}:${start}`);
      });
      expect(found.sort()).toEqual(brute(text));
      expect(count).toBe(found.length);
      expect(matcher.scan(text)).toBe(count);
    }
  });
});
