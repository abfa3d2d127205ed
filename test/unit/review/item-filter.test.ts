import { describe, expect, it } from 'vitest';
import { itemMatches, lowerBound, upperBound } from '../../../shared/review/item-filter';
import { storedItem } from '../../support/items';

describe('date bounds are Almaty days', () => {
  it('start at Almaty midnight (UTC+5 since March 2024, UTC+6 before)', () => {
    expect(lowerBound('2025-01-10')).toBe('2025-01-09T19:00:00.000Z');
    expect(upperBound('2025-01-10')).toBe('2025-01-10T18:59:59.999Z');
    expect(lowerBound('2023-06-01')).toBe('2023-05-31T18:00:00.000Z');
    expect(lowerBound('2025-01-10T05:00:00Z')).toBe('2025-01-10T05:00:00Z');
  });

  it('include a story published at 02:00 Almaty time on the day asked for', () => {
    const item = storedItem({ publishedAt: '2025-01-09T21:00:00.000Z' });
    expect(itemMatches(item, { from: '2025-01-10', to: '2025-01-10' })).toBe(true);
    expect(itemMatches(item, { to: '2025-01-09' })).toBe(false);
  });
});

describe('word search', () => {
  it('matches word starts, ignoring case, ё and punctuation, and needs every word', () => {
    const item = storedItem({ title: 'Журналиста «Ёлки-палки» задержали', summary: 'В Алматы.' });
    expect(itemMatches(item, { q: 'журналист елки' })).toBe(true);
    expect(itemMatches(item, { q: 'алматы задерж' })).toBe(true);
    expect(itemMatches(item, { q: 'налист' })).toBe(false);
    expect(itemMatches(item, { q: 'журналист астана' })).toBe(false);
  });
});
