// The sources sozwatch polls, as data: each entry says in `evidence` what it rests on. Every entry is
// `verified: false` until someone runs `sources check` on a connected machine.
import type { Language } from '../domain/taxonomy';

/** How a source is read; each kind is one module in kinds/ (the kind → parser table is kinds/source-kinds.ts). */
export const SOURCE_TYPES = ['feed', 'court', 'html-list', 'telegram', 'search'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
/**
 * The two schedules: news (every kind that reads outlets, polled often) and courts (court press
 * centres, polled in the daytime). Each lane has its own Lambda and queue.
 */
export type SourceLane = 'news' | 'courts';

export function laneOf(kind: SourceType): SourceLane {
  return kind === 'court' ? 'courts' : 'news';
}

/** A source matches a kind filter when the filter names its kind or its lane. */
export function matchesKind(kind: SourceType, filter: SourceType | SourceLane): boolean {
  return filter === 'news' || filter === 'courts' ? laneOf(kind) === filter : kind === filter;
}
export type SourceGroup = 'national' | 'business' | 'international' | 'state' | 'regional' | 'monitor' | 'courts' | 'search';

export interface SourceDefinition {
  id: string;
  name: string;
  kind: SourceType;
  url: string;
  language: Language;
  group: SourceGroup;
  /** `rss` for feeds (RSS/RDF/Atom are told apart by content); a court parser id for court pages; the kind's name otherwise. */
  parser: string;
  pollMinutes: number;
  /** Whether a run should normally find items; a silent source that should not be silent is unhealthy. */
  expectsItems: boolean;
  /** Hours without a new item after which the source is reported unhealthy. */
  maxSilenceHours: number;
  verified: boolean;
  note: string;
  /** What the entry rests on: where its URL and structure were seen, and how sure that is. */
  evidence?: string;
  /** Court lists: pages to walk and whether to fetch each new entry's detail page. */
  maxPages?: number;
  fetchDetails?: boolean;
  /**
   * The kind's own settings (html-list selectors, a Telegram page budget, …): plain JSON, so a source
   * record in the table can carry them; checked against the kind's schema before every fetch.
   */
  settings?: Record<string, unknown>;
}

const feed = (
  id: string,
  name: string,
  url: string,
  language: Language,
  group: SourceGroup,
  evidence: string,
  extra: Partial<SourceDefinition> = {},
): SourceDefinition => ({
  id,
  name,
  kind: 'feed',
  url,
  language,
  group,
  parser: 'rss',
  pollMinutes: 15,
  expectsItems: true,
  maxSilenceHours: 24,
  verified: false,
  note: 'RSS/Atom feed',
  evidence,
  ...extra,
});

/**
 * An outlet without a feed, read from its news list with CSS selectors. No stored copy of these pages
 * exists: each example page under test/fixtures/sources/html-list/ is a reconstruction of the site's
 * structure, so the selectors are unverified until `sources check` runs on a connected machine.
 */
const htmlList = (
  id: string,
  name: string,
  url: string,
  language: Language,
  group: SourceGroup,
  evidence: string,
  settings: Record<string, unknown>,
  extra: Partial<SourceDefinition> = {},
): SourceDefinition => ({
  id,
  name,
  kind: 'html-list',
  url,
  language,
  group,
  parser: 'html-list',
  pollMinutes: 30,
  expectsItems: true,
  maxSilenceHours: 48,
  verified: false,
  note: 'no feed: news list page read with CSS selectors (example page reconstructed, selectors unverified)',
  evidence,
  settings,
  ...extra,
});

/** A public Telegram channel through its web preview; first reports of pressure on journalists often appear here. */
const telegram = (id: string, name: string, channel: string, language: Language, group: SourceGroup, evidence: string, extra: Partial<SourceDefinition> = {}): SourceDefinition => ({
  id,
  name,
  kind: 'telegram',
  url: `https://t.me/s/${channel}`,
  language,
  group,
  parser: 'telegram',
  pollMinutes: 15,
  expectsItems: true,
  maxSilenceHours: 48,
  verified: false,
  note: 'public channel preview (t.me/s/); structure from a captured page and two open-source scrapers',
  evidence,
  settings: { maxPages: 3 },
  ...extra,
});

/** A news-search RSS query with the country and language set; catches outlets outside the catalog. */
const search = (id: string, name: string, query: string, language: 'ru' | 'kk', evidence: string): SourceDefinition => ({
  id,
  name,
  kind: 'search',
  url: `https://news.google.com/rss/search?${new URLSearchParams({ q: query, hl: language, gl: 'KZ', ceid: `KZ:${language}` }).toString()}`,
  language,
  group: 'search',
  parser: 'search',
  pollMinutes: 60,
  // A narrow query can be quiet for days: silence is not a fault.
  expectsItems: false,
  maxSilenceHours: 24 * 7,
  verified: false,
  note: 'news-search RSS; links are opaque redirects, results are deduplicated against stored items of the last 3 days',
  evidence,
  settings: { maxFollows: 5 },
});

const court = (id: string, name: string, url: string, language: Language, parser: string, evidence: string): SourceDefinition => ({
  id,
  name,
  kind: 'court',
  url,
  language,
  group: 'courts',
  parser,
  pollMinutes: 120,
  // Court press centres publish a few items a week; a week of silence is worth a look.
  expectsItems: true,
  maxSilenceHours: 24 * 7,
  verified: false,
  note: 'court news list; example page reconstructed, not seen live',
  evidence,
  maxPages: 2,
  fetchDetails: true,
});

const PROBED = 'feed URL seen in stored configurations and probes (2026)';
const TESTED = 'listed among the tested feeds missing from the catalog (stored evidence, December 2026)';
const NO_FEED = 'no feed found anywhere in the stored evidence (December 2026)';
const CHANNEL = 'channel name seen in other monitoring configurations';

// Built by one call marked pure, so a bundle that never reads the catalog (review-fetch) leaves it out.
export const CATALOG: readonly SourceDefinition[] = /* @__PURE__ */ (() => [
  // Feeds.
  feed('tengrinews-ru', 'Tengrinews', 'https://tengrinews.kz/news.rss', 'ru', 'national', `${PROBED}: RSS 2.0, widely used; /rss/ answered 500 in one probe`, { pollMinutes: 10, maxSilenceHours: 6 }),
  feed('tengrinews-kk', 'Tengrinews (қаз.)', 'https://kaz.tengrinews.kz/news.rss', 'kk', 'national', `${PROBED}: Kazakh edition`, { maxSilenceHours: 12 }),
  feed('nur-ru', 'NUR.KZ', 'https://www.nur.kz/rss/all.rss', 'ru', 'national', `${PROBED}: RSS, 50 items; worked in a probe`, { pollMinutes: 10, maxSilenceHours: 6 }),
  feed('nur-kk', 'NUR.KZ (қаз.)', 'https://kaz.nur.kz/rss/all.rss', 'kk', 'national', `${PROBED}: Kazakh edition, same layout as nur.kz`, { maxSilenceHours: 12 }),
  feed('inform-ru', 'Kazinform', 'https://www.inform.kz/rss/rus.xml', 'ru', 'state', `${PROBED}: state agency`, { pollMinutes: 10, maxSilenceHours: 6 }),
  feed('inform-kk', 'Kazinform (қаз.)', 'https://kaz.inform.kz/rss/kz.xml', 'kk', 'state', `${PROBED}: the kk feed had 200 items in a probe`, { maxSilenceHours: 12 }),
  feed('inform-en', 'Kazinform (English)', 'https://www.inform.kz/rss/eng.xml', 'en', 'state', `${PROBED}: English edition`),
  feed('kursiv-ru', 'Kursiv', 'https://kz.kursiv.media/feed/', 'ru', 'business', `${PROBED}: WordPress, full text in the feed; worked`),
  feed('astanatimes-en', 'The Astana Times', 'https://astanatimes.com/feed/', 'en', 'national', `${PROBED}: WordPress; worked`, { pollMinutes: 30 }),
  feed('orda-ru', 'Orda.kz', 'https://orda.kz/feed/', 'ru', 'national', `${PROBED}: WordPress; opens`),
  feed('orda-en', 'Orda.kz (English)', 'https://en.orda.kz/feed/', 'en', 'national', `${PROBED}: WordPress; English edition`, { pollMinutes: 60, maxSilenceHours: 72 }),
  feed('egemen-kk', 'Egemen Qazaqstan', 'https://egemen.kz/rss', 'kk', 'state', `${PROBED}: 50 items; opens`),
  feed('azattyq-ru', 'Azattyq (RFE/RL, рус.)', 'https://rus.azattyq.org/api/zgroqe_uoq', 'ru', 'international',
    'public RFE/RL code mapping: zgroqe_uoq is the Kazakhstan section (zrqomeuuo_, used before, is World); blocked inside Kazakhstan, so polled from a region outside'),
  feed('azattyq-kk', 'Azattyq (RFE/RL, қаз.)', 'https://www.azattyq.org/api/', 'kk', 'international',
    'the bare /api/ path gives all news (stored evidence); the Kazakh site uses other section codes than the Russian one, none of them known; blocked inside Kazakhstan'),
  feed('24kz-ru', '24.kz', 'https://24.kz/ru/news?format=feed&type=rss', 'ru', 'state', `${PROBED}: Joomla syndication`),
  feed('24kz-kk', '24.kz (қаз.)', 'https://24.kz/kz/news?format=feed&type=rss', 'kk', 'state', 'Joomla syndication of the ru edition seen in probes; the kz path is assumed to mirror it'),
  feed('informburo-ru', 'Informburo', 'https://informburo.kz/rss/pubsubhubbub-feed.xml', 'ru', 'national',
    'low confidence: /rss answered 403 to scripts in a probe; /rss/pubsubhubbub-feed.xml seen in stored evidence'),
  feed('exclusive-ru', 'Exclusive.kz', 'https://exclusive.kz/feed/', 'ru', 'national', 'path guessed (WordPress-style), no stored evidence either way', { pollMinutes: 60, maxSilenceHours: 96 }),
  feed('lada-ru', 'Lada.kz', 'https://www.lada.kz/rss.xml', 'ru', 'regional', `${PROBED}: seen in other configurations`, { pollMinutes: 30, maxSilenceHours: 48 }),
  feed('kapital-ru', 'Kapital.kz', 'https://kapital.kz/feed', 'ru', 'business', TESTED),
  feed('inbusiness-ru', 'inbusiness.kz', 'https://inbusiness.kz/ru/rss', 'ru', 'business', TESTED),
  feed('inbusiness-kk', 'inbusiness.kz (қаз.)', 'https://inbusiness.kz/kz/rss', 'kk', 'business', `${TESTED}; Kazakh-language`, { maxSilenceHours: 48 }),
  feed('time-ru', 'Время (time.kz)', 'https://time.kz/rss', 'ru', 'national', TESTED, { pollMinutes: 30, maxSilenceHours: 48 }),
  feed('profit-ru', 'Profit.kz', 'https://profit.kz/rss/', 'ru', 'business', TESTED, { pollMinutes: 60, maxSilenceHours: 72 }),
  feed('lsm-ru', 'LSM.kz', 'https://lsm.kz/rss', 'ru', 'business', TESTED, { pollMinutes: 30, maxSilenceHours: 48 }),
  feed('jasqazaq-kk', 'Jas Qazaq', 'https://jasqazaq.kz/feed/', 'kk', 'national', `${TESTED}; Kazakh-language`, { pollMinutes: 30, maxSilenceHours: 48 }),
  feed('total-ru', 'Total.kz', 'https://total.kz/rss', 'ru', 'national', TESTED, { pollMinutes: 30, maxSilenceHours: 48 }),
  feed('almatytv-ru', 'Алматы ТВ', 'https://almaty.tv/news-ru.rss', 'ru', 'regional', TESTED, { pollMinutes: 30, maxSilenceHours: 48 }),
  feed('spik-ru', 'SPIK.kz', 'https://spik.kz/rss.xml', 'ru', 'national', TESTED, { pollMinutes: 30, maxSilenceHours: 48 }),

  // Outlets without a feed: their news lists.
  htmlList('vlast-ru', 'Vlast.kz', 'https://vlast.kz/novosti/', 'ru', 'national', `${NO_FEED}: /rss answered 404`, {
    item: '.news-list .news-list__item',
    title: 'a.news-list__title',
    date: { selector: '.news-list__date', format: 'd MMMM yyyy, HH:mm' },
    summary: '.news-list__lead',
    nextPage: '.pagination a.pagination__next',
    maxPages: 2,
    articleText: '.article__body',
    maxArticles: 10,
  }),
  htmlList('zakon-ru', 'Zakon.kz', 'https://www.zakon.kz/news/', 'ru', 'national', `${NO_FEED}: /rss answered 404, only an old st.zakon.kz/rss/rss_all.xml`, {
    item: '.newscard',
    title: '.newscard__title',
    link: 'a.newscard__link',
    date: { selector: '.newscard__date', format: 'd MMMM, HH:mm' },
    maxPages: 1,
  }, { pollMinutes: 15, maxSilenceHours: 12 }),
  htmlList('zakon-kk', 'Zakon.kz (қаз.)', 'https://www.zakon.kz/kk/news/', 'kk', 'national',
    `${NO_FEED}; the outlet publishes in ru and kk, the /kk/ list path is assumed to mirror the Russian one`, {
    item: '.newscard',
    title: '.newscard__title',
    link: 'a.newscard__link',
    date: { selector: '.newscard__date', format: 'd MMMM, HH:mm' },
    maxPages: 1,
  }),
  htmlList('ratel-ru', 'Ratel.kz', 'https://ratel.kz/', 'ru', 'national', `${NO_FEED}: dates as text in div.post_news__date`, {
    item: '.post_news',
    title: '.post_news__title a',
    date: { selector: '.post_news__date', format: 'd MMMM yyyy' },
    summary: '.post_news__text',
    maxPages: 1,
    articleText: '.post_content',
    maxArticles: 5,
  }, { pollMinutes: 60, maxSilenceHours: 96 }),
  htmlList('kaztag-ru', 'KazTAG', 'https://kaztag.kz/ru/news/', 'ru', 'national', `${NO_FEED}: list /ru/news/?PAGEN_1=N, articles behind Cloudflare (so no article fetch)`, {
    item: '.news-list .news-item',
    title: 'a.news-item__title',
    date: { selector: '.news-item__date', format: 'dd.MM.yyyy HH:mm' },
    nextPage: '.bx-pagination a.bx-pag-next',
    maxPages: 2,
  }, { pollMinutes: 15, maxSilenceHours: 24 }),
  htmlList('ulysmedia-ru', 'Ulys Media', 'https://ulysmedia.kz/news/', 'ru', 'national', `${NO_FEED}: /rss/ answered 404 or redirected`, {
    item: 'article.post-card',
    title: '.post-card__title a',
    date: { selector: 'time', attribute: 'datetime', format: 'auto' },
    summary: '.post-card__excerpt',
    maxPages: 1,
  }, { pollMinutes: 60, maxSilenceHours: 96 }),
  htmlList('adilsoz-kk', 'Әділ сөз (жаңалықтар)', 'https://adilsoz.kz/kk/news/', 'kk', 'monitor', `${NO_FEED}: lists /kk/news/page/N`, {
    item: 'article.post',
    title: 'h2.entry-title a',
    date: { selector: '.entry-date', format: "yyyy 'жылғы' d MMMM" },
    summary: '.entry-summary',
    nextPage: 'a.next.page-numbers',
    maxPages: 2,
    articleText: '.entry-content',
    maxArticles: 5,
  }, { pollMinutes: 60, expectsItems: false, maxSilenceHours: 24 * 14 }),
  htmlList('adilsoz-en', 'Adil Soz: violations', 'https://adilsoz.kz/en/262-violations/', 'en', 'monitor', `${NO_FEED}: list /en/262-violations/`, {
    item: '.violations-list .violation',
    title: '.violation__title a',
    date: { selector: '.violation__date', format: 'auto' },
    summary: '.violation__summary',
    maxPages: 1,
  }, { pollMinutes: 120, expectsItems: false, maxSilenceHours: 24 * 30 }),

  // Public Telegram channels.
  telegram('tg-orda', 'Orda.kz (Telegram)', 'orda_kz', 'ru', 'national', CHANNEL),
  telegram('tg-vlast', 'Vlast.kz (Telegram)', 'vlastkz', 'ru', 'national', `${CHANNEL}; the outlet has no feed`),
  telegram('tg-zakon', 'Zakon.kz (Telegram)', 'zakonkz', 'ru', 'national', `${CHANNEL}; the outlet has no feed`),
  telegram('tg-tengrinews', 'Tengrinews (Telegram)', 'tengrinews', 'ru', 'national', CHANNEL, { maxSilenceHours: 12 }),
  telegram('tg-kazinform', 'Kazinform (Telegram)', 'kazakh_inform', 'kk', 'state', `${CHANNEL}; language assumed from the name, check`),
  telegram('tg-kapital', 'Kapital.kz (Telegram)', 'kapital_news', 'ru', 'business', CHANNEL),
  telegram('tg-khabar24', 'Хабар 24 (Telegram)', 'khabar24', 'ru', 'state', CHANNEL),
  telegram('tg-akorda', 'Ақорда (Telegram)', 'aqorda_resmi', 'kk', 'state', `${CHANNEL}; the President's office, official announcements`, { maxSilenceHours: 96 }),

  // News searches (not outlets: they find the outlets the catalog lacks).
  search('search-journalists-ru', 'News search: journalists detained or sued (ru)', 'журналист (задержан OR задержали OR иск OR суд OR обыск) Казахстан', 'ru',
    'the news-search RSS form with country and language (…/rss/search?q=…&hl=ru&gl=KZ&ceid=KZ:ru) used by other monitoring configs'),
  search('search-media-ru', 'News search: editors and media under pressure (ru)', '(редакция OR СМИ OR блогер) (иск OR "ложной информации" OR блокировка) Казахстан', 'ru',
    'the same news-search RSS form; query written for this catalog'),
  search('search-journalists-kk', 'News search: journalists detained or sued (kk)', 'журналист (ұсталды OR сот OR талап OR тінту)', 'kk',
    'the same news-search RSS form with hl=kk; whether the engine serves Kazakh is unverified'),

  // Courts.
  court('sud-gov-kz-ru', 'Supreme Court: press centre (рус.)', 'https://sud.gov.kz/rus/news', 'ru', 'sud-gov-kz-news', 'Drupal 7 platform per stored evidence; Views list markup reconstructed'),
  court('sud-gov-kz-kk', 'Supreme Court: press centre (қаз.)', 'https://sud.gov.kz/kaz/news', 'kk', 'sud-gov-kz-news', 'Kazakh mirror of /rus/news (/kaz/… paths per stored evidence)'),
  court('kst-sud-kz-ru', 'Kostanay regional courts: news', 'https://kst.sud.kz/rus/news', 'ru', 'regional-sud-kz-news', 'regional *.sud.kz sites share the platform; path assumed'),
])();

export interface SourceFilter {
  sourceIds?: string[];
  /** A kind, or a lane (`news`, `courts`) for every kind it schedules. */
  kind?: SourceType | SourceLane;
  group?: string;
}

/** Sources matching every given criterion; unknown ids are returned separately so callers can report them. */
export function selectSources(filter: SourceFilter, catalog: readonly SourceDefinition[] = CATALOG): { sources: SourceDefinition[]; unknown: string[] } {
  const unknown = (filter.sourceIds ?? []).filter((id) => !catalog.some((s) => s.id === id));
  const sources = catalog.filter(
    (s) =>
      (!filter.sourceIds?.length || filter.sourceIds.includes(s.id)) &&
      (!filter.kind || matchesKind(s.kind, filter.kind)) &&
      (!filter.group || s.group === filter.group),
  );
  return { sources, unknown };
}
