import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SkipSourceError } from '../../../shared/domain/errors';
import { itemId } from '../../../shared/domain/ids';
import { checkFeedDocument, parseFeed, type FeedContext } from '../../../shared/sources/feeds/feed-parser';
import { plainText } from '../../../shared/sources/plain-text';

const dir = new URL('../../fixtures/feeds/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const context = (overrides: Partial<FeedContext> = {}): FeedContext => ({
  sourceId: 'test-feed',
  baseUrl: 'https://news.example.kz/rss/all.rss',
  fetchedAt: '2024-03-12T12:00:00.000Z',
  ...overrides,
});

describe('parseFeed: RSS 2.0', () => {
  it('normalises entries: absolute links, GUID, plain text, Russian dates, duplicates dropped', async () => {
    const items = await parseFeed(text('rss2-ru.xml'), context({ language: 'ru' }));
    expect(items).toHaveLength(3);
    const [first, second, third] = items;
    expect(first).toMatchObject({
      id: itemId({ sourceId: 'test-feed', guid: 'news-123' }),
      guid: 'news-123',
      url: 'https://news.example.kz/kazakhstan/zaderzhali-zhurnalista-123/?utm_source=rss',
      title: 'В Алматы задержали журналиста "Радио Азаттык"',
      summary: 'Журналиста задержали у здания акимата — сообщают очевидцы.',
      language: 'ru',
      publishedAt: '2024-03-12T09:30:00.000Z',
      fetchedAt: '2024-03-12T12:00:00.000Z',
      sourceKind: 'feed',
      sourceId: 'test-feed',
    });
    expect(first!.text).toBe('Журналиста задержали у здания акимата — сообщают очевидцы. Полиция пока не прокомментировала задержание, которое произошло во время съёмки митинга.');
    expect(second!.publishedAt).toBe('2024-03-12T04:15:00.000Z');
    // No date: the fetch time stands in; no GUID: the id comes from the canonical URL.
    expect(third).toMatchObject({ url: 'https://news.example.kz/rss/other/125.html', publishedAt: '2024-03-12T12:00:00.000Z' });
    expect(third!.guid).toBeUndefined();
    expect(third!.id).toBe(itemId({ sourceId: 'x', url: 'https://news.example.kz/rss/other/125.html' }));
  });

  it('takes the language from the feed when the catalog gives none', async () => {
    const items = await parseFeed(text('rss2-ru.xml'), context());
    expect(items.every((i) => i.language === 'ru')).toBe(true);
  });

  it('reads RSS 0.91 with the Netscape DOCTYPE (external, declares nothing)', async () => {
    const items = await parseFeed(text('rss091.xml'), context());
    expect(items.map((i) => [i.title, i.url])).toEqual([['Старая лента работает', 'http://old.example.kz/news/77']]);
  });

  it('an empty feed is zero items, not an error', async () => {
    expect(await parseFeed(text('empty.xml'), context())).toEqual([]);
  });
});

describe('parseFeed: RSS 1.0 (RDF) and Atom', () => {
  it('reads RDF with dc:date and dc:language, Kazakh month names', async () => {
    const items = await parseFeed(text('rdf-kk.xml'), context({ baseUrl: 'https://kaz.example.kz/rss' }));
    expect(items.map((i) => [i.title, i.url, i.publishedAt, i.language])).toEqual([
      ['Сот журналистің ісін қарады', 'https://kaz.example.kz/news/1', '2024-03-12T05:00:00.000Z', 'kk'],
      ['Әкімдік ақпарат беруден бас тартты', 'https://kaz.example.kz/news/2', '2024-03-12T06:20:00.000Z', 'kk'],
    ]);
  });

  it('reads Atom: alternate link resolved, id as GUID, HTML title and summary as text, published date', async () => {
    const items = await parseFeed(text('atom-en.xml'), context({ baseUrl: 'https://times.example.kz/feed/atom/' }));
    expect(items[0]).toMatchObject({
      guid: 'tag:times.example.kz,2024:post-9001',
      url: 'https://times.example.kz/2024/03/court-fines-journalist/',
      title: 'Court fines journalist over post',
      summary: 'A court in Astana fined a journalist & blogger.',
      publishedAt: '2024-03-11T03:00:00.000Z',
      language: 'en',
    });
    expect(items[1]).toMatchObject({ url: 'https://times.example.kz/2024/03/media-law/', publishedAt: '2024-03-10T12:00:00.000Z' });
  });
});

describe('parseFeed: unusable documents are a SkipSourceError with a one-line reason', () => {
  it.each([
    ['billion-laughs.xml', /declares XML entities/],
    ['malformed.xml', /^malformed feed: /],
    ['html-page.html', /an HTML page instead of a feed/],
    ['captcha-page.html', /a CAPTCHA page instead of a feed/],
  ])('%s', async (file, message) => {
    const error = await parseFeed(text(file), context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SkipSourceError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses a DOCTYPE internal subset even without entities, an oversized document, a non-feed root, empty text', () => {
    expect(() => checkFeedDocument('<?xml version="1.0"?><!DOCTYPE rss [ <!ELEMENT rss ANY> ]><rss/>')).toThrow(/internal subset/);
    expect(() => checkFeedDocument(`<rss>${'x'.repeat(200)}</rss>`, 100)).toThrow(/exceeds the cap of 100/);
    expect(() => checkFeedDocument('<?xml version="1.0"?><opml version="2.0"/>')).toThrow(/not a feed \(root element <opml>\)/);
    expect(() => checkFeedDocument('   ')).toThrow(/empty document/);
  });

  it('a billion-laughs document is refused fast, before any expansion', async () => {
    // The document is tiny; the refusal never touches the parser, so memory stays flat.
    const before = process.memoryUsage().heapUsed;
    await expect(parseFeed(text('billion-laughs.xml'), context())).rejects.toThrow(SkipSourceError);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('plainText', () => {
  it('strips tags and scripts, decodes entities (also double-escaped ones), collapses space', () => {
    expect(plainText('<p>Суд &laquo;оправдал&raquo; <b>журналиста</b></p><p>Второй&amp;nbsp;абзац &amp;quot;цитата&amp;quot;</p><script>x()</script>')).toBe(
      'Суд «оправдал» журналиста Второй абзац "цитата"',
    );
    expect(plainText('a < b and c > d')).toBe('a < b and c > d');
    expect(plainText(undefined)).toBe('');
  });
  it('flattens hostile nesting without a tree, also when it arrives entity-encoded', () => {
    const deep = `${'<b>'.repeat(5_000)}Журналиста <i>задержали</i><script>x()</script>`;
    expect(plainText(deep)).toBe('Журналиста задержали');
    expect(plainText(`${'&lt;div&gt;'.repeat(5_000)}текст`)).toBe('текст');
    // Ordinary nesting still goes through the DOM path (block elements keep words apart).
    expect(plainText(`${'<div>'.repeat(150)}а</div><div>б${'</div>'.repeat(149)}`)).toBe('а б');
  });
});
