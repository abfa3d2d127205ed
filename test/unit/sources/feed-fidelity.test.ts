// Text fidelity of the feed parser: escaped markup stays text where the feed says the field is text,
// markup is stripped where it is HTML, base64 content is decoded, and a feed cut short keeps the
// items completed before the cut (marked as recovered) instead of losing them all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SkipSourceError } from '../../../shared/domain/errors';
import { parseFeedDocument, type FeedContext } from '../../../shared/sources/feeds/feed-parser';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const context = (overrides: Partial<FeedContext> = {}): FeedContext => ({
  sourceId: 'fidelity-test',
  baseUrl: 'https://markup.example.kz/feed.xml',
  fetchedAt: '2026-12-01T00:00:00.000Z',
  ...overrides,
});

describe('escaped markup in Atom text constructs', () => {
  it('type="text" keeps escaped tags as text; type="html" strips them; untyped is text', async () => {
    const { items, recovered } = await parseFeedDocument(fixture('atom-escaped-markup.xml'), context());
    expect(recovered).toBe(false);
    expect(items.map((i) => [i.title, i.summary])).toEqual([
      ['History of the <blink> tag', 'Why <marquee> & <blink> were dropped; 5 < 7 &amp; stays.'],
      ['History of the tag, again', 'Markup in an html summary is stripped: AT&T & Kazakhtelecom.'],
      ['Untyped title <script>alert(1)</script> is text too', 'Atom text constructs default to type="text": <i>kept</i>.'],
    ]);
  });
});

describe('escaped markup in RSS, which does not type its fields', () => {
  it('a title is text unless it looks like HTML; descriptions are HTML', async () => {
    const { items } = await parseFeedDocument(fixture('rss-escaped-markup.xml'), context());
    expect(items.map((i) => [i.title, i.summary])).toEqual([
      ['История тега <blink> и суд над блогером', 'Описание в HTML: разметка удаляется.'],
      ['Суд оштрафовал редакцию "Уральской недели"', 'Редакция обжалует решение & требует пересмотра.'],
      ['Формула 5 < 7 в заголовке', 'Знак «меньше» в тексте.'],
    ]);
  });
});

describe('Atom 0.3 content modes', () => {
  it('decodes base64 titles and content by their type, reads escaped mode as HTML, and the 0.3 date names', async () => {
    const { items } = await parseFeedDocument(fixture('atom03-base64.xml'), context({ baseUrl: 'https://b64.example.kz/atom.xml' }));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      title: 'Редактор: «Мы обжалуем <решение>»',
      summary: 'Суд в Алматы оштрафовал редакцию за публикацию о <закупках> акимата.',
      url: 'https://b64.example.kz/1',
      publishedAt: '2026-11-30T08:00:00.000Z',
      language: 'ru',
    });
    expect(items[1]).toMatchObject({ title: 'Редакция получила иск', summary: 'Сумма иска <10 млн тенге>.', publishedAt: '2026-11-29T08:00:00.000Z' });
  });
});

describe('a feed cut short', () => {
  it('yields the items complete before the cut and says it was recovered', async () => {
    const { items, recovered } = await parseFeedDocument(fixture('rss-cut-mid-item.xml'), context({ baseUrl: 'https://cut.example.kz/rss' }));
    expect(recovered).toBe(true);
    expect(items.map((i) => i.guid)).toEqual(['cut-1', 'cut-2', 'cut-3']);
    expect(items[2]).toMatchObject({ title: 'Суд принял иск к редакции', summary: 'Истец требует опровержения.' });
  });

  it('cut inside a tag, an entity or CDATA: the same complete items', async () => {
    const whole = fixture('rss-cut-mid-item.xml');
    const upToThird = whole.slice(0, whole.indexOf('</item>', whole.indexOf('cut-3')) + '</item>'.length);
    for (const tail of ['\n    <ite', '\n    <item><title>Ab &am', '\n    <item><description><![CDATA[<p>half', '\n    </ite']) {
      const { items, recovered } = await parseFeedDocument(upToThird + tail, context());
      expect(recovered, JSON.stringify(tail)).toBe(true);
      expect(items.map((i) => i.guid)).toEqual(['cut-1', 'cut-2', 'cut-3']);
    }
  });

  it('a whole feed is not recovered, and one cut before any complete item is still refused', async () => {
    const whole = fixture('rss-cut-mid-item.xml');
    const firstItem = whole.indexOf('<item>');
    await expect(parseFeedDocument(whole.slice(0, firstItem + 40), context())).rejects.toBeInstanceOf(SkipSourceError);
    const closed = `${whole.slice(0, whole.lastIndexOf('<item>'))}</channel></rss>`;
    expect(await parseFeedDocument(closed, context())).toMatchObject({ recovered: false });
  });
});
