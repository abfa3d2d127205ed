// The feed scanner on htmlparser2's tokenizer: Atom link choice, CDATA, entities, the strictness
// htmlparser2 itself lacks (mismatched, stray and unclosed tags, content after the root), deep nesting.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SkipSourceError } from '../../../shared/domain/errors';
import { parseFeed, type FeedContext } from '../../../shared/sources/feeds/feed-parser';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const context = (overrides: Partial<FeedContext> = {}): FeedContext => ({
  sourceId: 'scanner-test',
  baseUrl: 'https://wire.example.kz/atom.xml',
  fetchedAt: '2025-06-03T00:00:00.000Z',
  ...overrides,
});
const rss = (items: string, channelExtra = '') =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title><link>https://news.example.kz/</link>${channelExtra}${items}</channel></rss>`;
const item = (n: number, extra = '') =>
  `<item><title>Story ${n}</title><link>https://news.example.kz/${n}</link><guid>g-${n}</guid><description>Text ${n}.</description>${extra}</item>`;

async function refusal(text: string): Promise<string> {
  const error = await parseFeed(text, context()).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SkipSourceError);
  return (error as Error).message;
}

describe('Atom links, CDATA and entities', () => {
  it('takes rel="alternate" over self and enclosure, then a link without rel, then an id that is a URL', async () => {
    const items = await parseFeed(fixture('atom-links.xml'), context());
    expect(items.map((i) => i.url)).toEqual([
      // Relative href resolved; &amp; in the attribute decoded.
      'https://wire.example.kz/en/2025/06/editor-questioned?ref=atom&lang=en',
      'https://wire.example.kz/en/2025/06/court-upholds-fine',
      'https://wire.example.kz/en/2025/05/podcast-43',
    ]);
  });

  it('reads xhtml content with its block boundaries, type="html" as HTML, untyped Atom text (type="text" by default) as written', async () => {
    const [first, second, third] = await parseFeed(fixture('atom-links.xml'), context());
    expect(first).toMatchObject({
      title: 'Editor questioned over a \u201Cfalse information\u201D post',
      summary: 'Police called the editor in. A lawyer was present.',
      publishedAt: '2025-06-02T08:30:00.000Z',
      guid: 'tag:wire.example.kz,2025:41',
    });
    expect(second).toMatchObject({
      title: 'Court <b>upholds</b> fine & orders removal',
      summary: 'The appeal court kept the fine of 50 MCI & the order.',
      publishedAt: '2025-06-01T08:00:00.000Z',
    });
    expect(third!.summary).toBe('Episode 43: the amendments to the media law, Қазақстан <i>draft</i>.');
  });

  it('decodes the five XML entities and decimal and hex references in RSS text; CDATA keeps its markup for content:encoded', async () => {
    const text = rss(
      `<item><title>Tom &amp; Jerry &quot;quoted&quot; &apos;x&apos; 5 &gt; 3 &#1046;&#x416;</title><link>https://news.example.kz/1</link>` +
        `<description><![CDATA[Short <b>lead</b> & more]]></description>` +
        `<content:encoded><![CDATA[<p>Short lead &amp; more.</p><p>Second paragraph, longer than the lead.</p>]]></content:encoded></item>`,
    );
    const [only] = await parseFeed(text, context({ baseUrl: 'https://news.example.kz/rss' }));
    expect(only).toMatchObject({
      title: `Tom & Jerry "quoted" 'x' 5 > 3 ЖЖ`,
      summary: 'Short lead & more',
      text: 'Short lead & more. Second paragraph, longer than the lead.',
    });
  });

  it('matches element names case-insensitively, prefixes included', async () => {
    const text = `<?xml version="1.0"?><RSS version="2.0"><Channel><DC:Language>kk</DC:Language><Item><Title>Жаңалық</Title><Link>https://kaz.example.kz/1</Link><dc:Date>2024-03-12T10:00:00+05:00</dc:Date></Item></Channel></RSS>`;
    const items = await parseFeed(text, context());
    expect(items.map((i) => [i.title, i.url, i.publishedAt, i.language])).toEqual([['Жаңалық', 'https://kaz.example.kz/1', '2024-03-12T05:00:00.000Z', 'kk']]);
  });

  it('reads the first channel only and items where the format puts them, honours maxItems', async () => {
    const text = `<rss version="2.0"><item><title>outside</title><link>https://news.example.kz/x</link></item><channel>${item(1)}${item(2)}${item(3)}</channel><channel>${item(4)}</channel></rss>`;
    expect((await parseFeed(text, context())).map((i) => i.title)).toEqual(['Story 1', 'Story 2', 'Story 3']);
    expect((await parseFeed(text, context({ maxItems: 2 }))).map((i) => i.title)).toEqual(['Story 1', 'Story 2']);
  });
});

describe('well-formedness: htmlparser2 is lenient, the scanner is not', () => {
  it.each([
    ['a mismatched close tag', rss(`<item><title>Story</link></item>`), 'malformed feed: </link> does not match <title>'],
    ['an item closed by its channel', rss(`<item><title>Story</title>`), 'malformed feed: <item> is not closed (found </channel>)'],
    ['a close tag nothing opened', rss(`${item(1)}</guid>`), 'malformed feed: </guid> does not match <channel>'],
    ['a feed cut before its first item was complete', rss('').replace('</channel></rss>', '<item><title>cut'), 'malformed feed: <title> is not closed at the end of the document'],
    ['text after the root', `${rss(item(1))}\n<!-- ok -->\ntrailing words`, 'malformed feed: text after the root element'],
    ['an element after the root', `${rss(item(1))}<rss version="2.0"/>`, 'malformed feed: <rss> after the root element'],
    ['a close tag after the root', `${rss(item(1))}</rss>`, 'malformed feed: </rss> has no start tag'],
    ['an RSS root without a channel', `<rss version="2.0">${item(1)}</rss>`, 'malformed feed: <rss> has no <channel>'],
  ])('%s is a SkipSourceError saying what is wrong', async (_case, text, message) => {
    expect(await refusal(text)).toBe(message);
  });

  it('a hostile 5,000-character tag name is cut in the reason', async () => {
    const message = await refusal(rss(`${item(1)}<${'n'.repeat(5_000)}>`));
    expect(message).toBe(`malformed feed: <${'n'.repeat(60)}…> is not closed (found </channel>)`);
  });

  it('the fixture with an unclosed element names it', async () => {
    expect(await refusal(fixture('malformed.xml'))).toBe('malformed feed: <title> is not closed (found </channel>)');
  });

  it('comments, processing instructions and whitespace around the root are fine', async () => {
    const text = `\n<?xml version="1.0"?>\n<!-- generator -->\n<?xml-stylesheet href="rss.xsl"?>\n${rss(item(1))}\n<!-- cached -->\n`;
    expect(await parseFeed(text, context())).toHaveLength(1);
  });
});

describe('deep nesting costs no recursion', () => {
  const depth = 100_000;

  it('100,000 nested elements between two items: both items, no stack overflow', async () => {
    const text = rss(`${item(1)}${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}${item(2)}`);
    expect((await parseFeed(text, context())).map((i) => i.title)).toEqual(['Story 1', 'Story 2']);
  });

  it('100,000 nested elements inside a description: the item with its text', async () => {
    const text = rss(`<item><title>Deep</title><link>https://news.example.kz/d</link><description>${'<b>'.repeat(depth)}word${'</b>'.repeat(depth)}</description></item>`);
    const [only] = await parseFeed(text, context());
    expect(only).toMatchObject({ title: 'Deep', summary: 'word' });
  });

  it('100,000 unclosed elements: a SkipSourceError', async () => {
    expect(await refusal(rss(`${item(1)}${'<x>'.repeat(depth)}`))).toBe('malformed feed: <x> is not closed (found </channel>)');
  });
});
