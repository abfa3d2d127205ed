// The pure half of the news-search kind: which site an address belongs to, which catalog sources
// publish what a result's outlet publishes, and which results are stories already stored.
import { describe, expect, it } from 'vitest';
import type { NormalizedItem } from '../../../shared/domain/item';
import { dropStoredStories, outletSourceIds, resultTitle, siteKey, type SearchResult } from '../../../shared/sources/kinds/search';
import { fixtureSource } from '../../support/feed-builder';

describe('siteKey', () => {
  it.each([
    ['https://www.tengrinews.kz/kazakhstan_news/', 'tengrinews.kz'],
    ['https://kaz.tengrinews.kz/', 'tengrinews.kz'],
    ['https://kz.kursiv.media', 'kursiv.media'],
    ['https://rus.azattyq.org/api/zgroqe_uoq', 'azattyq.org'],
    ['https://sud.gov.kz/rus/news', 'sud.gov.kz'],
    ['https://kst.sud.gov.kz/', 'sud.gov.kz'],
    ['http://127.0.0.1:8080/x', '127.0.0.1:8080'],
    ['not a url', undefined],
  ])('%s → %s', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });
});

describe('resultTitle', () => {
  it('removes the engine\'s " - <outlet>" suffix and nothing else', () => {
    expect(resultTitle('Суд оштрафовал редакцию - Tengrinews', { name: 'Tengrinews' })).toBe('Суд оштрафовал редакцию');
    expect(resultTitle('Суд оштрафовал редакцию — Курсив', { name: 'Курсив' })).toBe('Суд оштрафовал редакцию');
    expect(resultTitle('Tengrinews', { name: 'Tengrinews' })).toBe('Tengrinews');
    expect(resultTitle('Итоги года - часть 2', { name: 'Tengrinews' })).toBe('Итоги года - часть 2');
    expect(resultTitle('Итоги года - часть 2', undefined)).toBe('Итоги года - часть 2');
  });
});

const catalog = [
  fixtureSource('tengri-ru', 'https://tengrinews.kz/news.rss', { name: 'Tengrinews' }),
  fixtureSource('tengri-kk', 'https://kaz.tengrinews.kz/news.rss', { name: 'Tengrinews (қаз.)' }),
  fixtureSource('tg-tengri', 'https://t.me/s/tengrinews', { name: 'Tengrinews (Telegram)', kind: 'telegram' }),
  fixtureSource('kursiv', 'https://kz.kursiv.media/feed/', { name: 'Kursiv' }),
  fixtureSource('search-x', 'https://news.example/rss/search?q=x', { name: 'Tengrinews', kind: 'search' }),
];

function result(title: string, publishedAt: string, outlet?: { name: string; url?: string }): SearchResult {
  const item: NormalizedItem = { id: title, sourceId: 'search-x', sourceKind: 'search', url: 'https://news.example/r', title, summary: '', language: 'ru', publishedAt, fetchedAt: publishedAt };
  return outlet ? { item, outlet } : { item };
}

describe('outletSourceIds', () => {
  it('matches by site (any subdomain) or by name; never Telegram channels, searches or courts by site', () => {
    expect(outletSourceIds({ name: 'Tengrinews', url: 'https://tengrinews.kz' }, catalog)).toEqual(['tengri-ru', 'tengri-kk']);
    expect(outletSourceIds({ name: 'Курсив', url: 'https://kz.kursiv.media' }, catalog)).toEqual(['kursiv']);
    expect(outletSourceIds({ name: 'Kursiv' }, catalog)).toEqual(['kursiv']);
    expect(outletSourceIds({ name: 'Уральская неделя', url: 'https://www.uralskweek.kz' }, catalog)).toEqual([]);
  });
});

describe('dropStoredStories', () => {
  const stored = [
    { sourceId: 'tengri-ru', title: 'Журналиста задержали в Шымкенте во время съёмки!', publishedAt: '2026-12-04T10:02:00.000Z' },
    { sourceId: 'kursiv', title: 'Тенге укрепился', publishedAt: '2026-12-01T06:00:00.000Z' },
  ];
  const tengri = { name: 'Tengrinews', url: 'https://tengrinews.kz' };

  it('drops a result whose outlet stored the same normalised title within 36 hours', () => {
    const kept = dropStoredStories([result('Журналиста задержали в Шымкенте во время съёмки', '2026-12-04T12:00:00.000Z', tengri)], stored, catalog);
    expect(kept).toEqual([]);
  });

  it('keeps the same title from another outlet, or from the same outlet days apart', () => {
    const other = result('Журналиста задержали в Шымкенте во время съёмки', '2026-12-04T12:00:00.000Z', { name: 'Уральская неделя', url: 'https://www.uralskweek.kz' });
    const later = result('Журналиста задержали в Шымкенте во время съёмки', '2026-12-06T12:00:00.000Z', tengri);
    expect(dropStoredStories([other, later], stored, catalog)).toEqual([other, later]);
  });

  it('keeps a different title and any result when nothing is stored', () => {
    const different = result('Тенге ослаб', '2026-12-01T06:00:00.000Z', { name: 'Kursiv' });
    expect(dropStoredStories([different], stored, catalog)).toEqual([different]);
    expect(dropStoredStories([different], [], catalog)).toEqual([different]);
  });
});
