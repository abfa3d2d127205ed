// The kind → parser table on its example pages: every html-list entry of the catalog has a page in its
// site's structure that its selectors read into the golden output; the Telegram preview and the news
// search have theirs. Goldens are rewritten only with UPDATE_GOLDEN=1 (then read the diff).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG, SOURCE_TYPES } from '../../../shared/sources/catalog';
import { decodeBody } from '../../../shared/sources/charset';
import { blockText } from '../../../shared/sources/courts/court-parser';
import { loadPage } from '../../../shared/sources/courts/scrape-court';
import { parseFeedDocument } from '../../../shared/sources/feeds/feed-parser';
import { htmlListKind, parseHtmlList } from '../../../shared/sources/kinds/html-list';
import { searchResults } from '../../../shared/sources/kinds/search';
import { sourceSettings } from '../../../shared/sources/kinds/source-kind';
import { SOURCE_KIND_MODULES } from '../../../shared/sources/kinds/source-kinds';
import { parseTelegramPage } from '../../../shared/sources/kinds/telegram';

const fixtures = new URL('../../fixtures/sources/', import.meta.url);
const update = process.env.UPDATE_GOLDEN === '1';

function golden(dir: URL, actual: unknown): void {
  const path = new URL('expected.json', dir);
  if (update) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  expect(existsSync(path), `${path.pathname} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

const page = (dir: URL, name: string) => decodeBody(readFileSync(new URL(name, dir))).text;

it('the table has one module per kind, each named for its kind', () => {
  expect(Object.keys(SOURCE_KIND_MODULES).sort()).toEqual([...SOURCE_TYPES].sort());
  for (const [kind, module] of Object.entries(SOURCE_KIND_MODULES)) expect(module.kind).toBe(kind);
});

const htmlLists = CATALOG.filter((s) => s.kind === 'html-list');

describe.each(htmlLists.map((s) => [s.id, s] as const))('html-list %s', (id, source) => {
  const dir = new URL(`html-list/${id}/`, fixtures);
  const meta = () => JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')) as { url: string; now: string; articleUrl?: string };

  it('has an example page that says it is a reconstruction, and meta', () => {
    expect(existsSync(new URL('list.html', dir)), `${id}/list.html`).toBe(true);
    expect(page(dir, 'list.html')).toMatch(/Reconstruction/);
    expect(meta().url).toBe(source.url);
  });

  it('its selectors read the example page into the golden output', () => {
    const settings = sourceSettings(htmlListKind, source);
    const { url, now, articleUrl } = meta();
    const list = parseHtmlList(loadPage(page(dir, 'list.html'), id), settings, url, new Date(now));
    const article = settings.articleText && articleUrl ? blockText(loadPage(page(dir, 'article.html'), id), [settings.articleText]) : null;
    golden(dir, { list, article });
    expect(list.entries.length).toBeGreaterThan(1);
    expect(list.entries.every((e) => e.url.startsWith('https://') && e.title.length > 0)).toBe(true);
    // Every printed date is read by the stored format.
    expect(list.entries.filter((e) => e.dateText && !e.publishedAt)).toEqual([]);
    if (settings.articleText) expect(article?.length).toBeGreaterThan(50);
  });
});

describe('telegram preview', () => {
  const dir = new URL('telegram/', fixtures);
  it('reads messages, previews, dates and the way back into the golden output', () => {
    const newest = parseTelegramPage(loadPage(page(dir, 'vlastkz.html'), 'telegram'), 'https://t.me/s/vlastkz');
    const older = parseTelegramPage(loadPage(page(dir, 'vlastkz-before-4817.html'), 'telegram'), 'https://t.me/s/vlastkz?before=4817');
    golden(dir, { newest, older });
    expect(newest.messages.map((m) => m.number)).toEqual([4817, 4818, 4821]);
    expect(newest.before).toBe(4817);
    // The reply's own text, not the quoted one; the preview link's doubled &amp; undone.
    expect(newest.messages[2]!.text).toBe('Обновление: суд назначил повторное заседание на 12 декабря.');
    expect(newest.messages[1]!.preview?.url).toBe('https://vlast.kz/novosti/61230-zhurnalista-vyzvali.html?utm_source=tg&ref=channel');
    expect(newest.messages[0]!.text.split('\n')).toHaveLength(2);
  });

  it('the channel card (no public preview) has no messages', () => {
    expect(parseTelegramPage(loadPage(page(dir, 'channel-card.html'), 'telegram'), 'https://t.me/closed_channel').messages).toEqual([]);
  });
});

describe('news search', () => {
  const dir = new URL('search/', fixtures);
  it('results lose the engine suffix and get one id per outlet, title and day', async () => {
    const { url, now } = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8')) as { url: string; now: string };
    const parsed = await parseFeedDocument(page(dir, 'results.xml'), { sourceId: 'search-journalists-ru', sourceKind: 'search', baseUrl: url, language: 'ru', fetchedAt: now });
    const results = searchResults(parsed);
    golden(dir, results);
    expect(results.map((r) => r.item.title)).toEqual([
      'Журналиста задержали в Шымкенте во время съёмки',
      'Блогера оштрафовали за распространение ложной информации',
      'Тенге укрепился к доллару',
    ]);
    expect(results[1]!.outlet).toEqual({ name: 'Уральская неделя', url: 'https://www.uralskweek.kz' });
  });
});
