import { describe, expect, it } from 'vitest';
import { canonicalUrl, itemId, normalizeTitle } from '../../../shared/domain/ids';

describe('canonicalUrl', () => {
  it('lower-cases scheme and host, drops default port, fragment, tracking parameters and trailing slash', () => {
    expect(canonicalUrl('HTTPS://Tengrinews.KZ:443/kazakhstan_news/some-story/?utm_source=tg&b=2&a=1#comments')).toBe(
      'https://tengrinews.kz/kazakhstan_news/some-story?a=1&b=2',
    );
  });
  it('keeps the root slash and meaningful parameters', () => {
    expect(canonicalUrl('http://sud.gov.kz/?page=2&fbclid=x')).toBe('http://sud.gov.kz/?page=2');
  });
  it('leaves non-URLs alone', () => {
    expect(canonicalUrl('  urn:uuid:1234 ')).toBe('urn:uuid:1234');
    expect(canonicalUrl('not a url')).toBe('not a url');
  });
});

describe('itemId', () => {
  it('prefers the GUID, scoped to its source', () => {
    const a = itemId({ sourceId: 'tengri-ru', guid: '123', url: 'https://x.kz/a' });
    expect(a).toBe(itemId({ sourceId: 'tengri-ru', guid: '123', url: 'https://x.kz/other' }));
    expect(a).not.toBe(itemId({ sourceId: 'nur-ru', guid: '123' }));
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });
  it('falls back to the canonical URL, so tracking variants are one item', () => {
    expect(itemId({ sourceId: 's', url: 'https://x.kz/a/?utm_medium=rss' })).toBe(itemId({ sourceId: 'other', url: 'https://X.kz/a#top' }));
  });
  it('falls back to normalised title and date', () => {
    expect(itemId({ sourceId: 's', title: 'Журналиста  ЗАДЕРЖАЛИ!', publishedAt: '2024-03-01T10:00:00Z' })).toBe(
      itemId({ sourceId: 's', title: 'журналиста задержали', publishedAt: '2024-03-01T23:00:00Z' }),
    );
    expect(() => itemId({ sourceId: 's' })).toThrow(/GUID, a URL or a title/);
  });
  it('normalises ё and punctuation in titles', () => {
    expect(normalizeTitle('Ещё «раз»: тест')).toBe('еще раз тест');
  });
});
