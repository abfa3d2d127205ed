// The sources sozwatch polls, as data (see SOURCES.md in the shared docs for where each URL came from).
// Every entry is `verified: false` until someone runs `sources check` on a connected machine.
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
export type SourceGroup = 'national' | 'business' | 'international' | 'state' | 'regional' | 'monitor' | 'courts';

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
  note: string,
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
  note,
  ...extra,
});

const court = (id: string, name: string, url: string, language: Language, parser: string, note: string): SourceDefinition => ({
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
  note,
  maxPages: 2,
  fetchDetails: true,
});

export const CATALOG: readonly SourceDefinition[] = [
  feed('tengrinews-ru', 'Tengrinews', 'https://tengrinews.kz/news.rss', 'ru', 'national', 'RSS 2.0, widely used; `/rss/` answered 500 in one probe', { pollMinutes: 10, maxSilenceHours: 6 }),
  feed('tengrinews-kk', 'Tengrinews (қаз.)', 'https://kaz.tengrinews.kz/news.rss', 'kk', 'national', 'Kazakh edition; path assumed to mirror the Russian one', { maxSilenceHours: 12 }),
  feed('nur-ru', 'NUR.KZ', 'https://www.nur.kz/rss/all.rss', 'ru', 'national', 'RSS, 50 items; worked in a probe', { pollMinutes: 10, maxSilenceHours: 6 }),
  feed('nur-kk', 'NUR.KZ (қаз.)', 'https://kaz.nur.kz/rss/all.rss', 'kk', 'national', 'Kazakh edition, same layout as nur.kz', { maxSilenceHours: 12 }),
  feed('inform-ru', 'Kazinform', 'https://www.inform.kz/rss/rus.xml', 'ru', 'state', 'state agency', { pollMinutes: 10, maxSilenceHours: 6 }),
  feed('inform-kk', 'Kazinform (қаз.)', 'https://kaz.inform.kz/rss/kz.xml', 'kk', 'state', 'kk feed had 200 items in a probe', { maxSilenceHours: 12 }),
  feed('inform-en', 'Kazinform (English)', 'https://www.inform.kz/rss/eng.xml', 'en', 'state', 'English edition'),
  feed('kursiv-ru', 'Kursiv', 'https://kz.kursiv.media/feed/', 'ru', 'business', 'WordPress, full text in the feed; worked'),
  feed('astanatimes-en', 'The Astana Times', 'https://astanatimes.com/feed/', 'en', 'national', 'WordPress; worked', { pollMinutes: 30 }),
  feed('orda-ru', 'Orda.kz', 'https://orda.kz/feed/', 'ru', 'national', 'WordPress; opens'),
  feed('orda-en', 'Orda.kz (English)', 'https://en.orda.kz/feed/', 'en', 'national', 'WordPress; English edition', { pollMinutes: 60, maxSilenceHours: 72 }),
  feed('egemen-kk', 'Egemen Qazaqstan', 'https://egemen.kz/rss', 'kk', 'state', '50 items; opens'),
  feed('azattyq-ru', 'Azattyq (RFE/RL, рус.)', 'https://rus.azattyq.org/api/zrqomeuuo_', 'ru', 'international', 'RFE/RL coded per-section feed path; the section code needs checking'),
  feed('azattyq-kk', 'Azattyq (RFE/RL, қаз.)', 'https://www.azattyq.org/api/zrqomeuuo_', 'kk', 'international', 'RFE/RL coded path copied from the Russian service: almost certainly a different code; check'),
  feed('24kz-ru', '24.kz', 'https://24.kz/ru/news?format=feed&type=rss', 'ru', 'state', 'Joomla syndication'),
  feed('vlast-ru', 'Vlast.kz', 'https://vlast.kz/rss', 'ru', 'national', '`/rss` gave 404 in a probe: unverified, may need an HTML list parser', { pollMinutes: 30, maxSilenceHours: 72 }),
  feed('informburo-ru', 'Informburo', 'https://informburo.kz/rss', 'ru', 'national', 'answered 403 to scripts in a probe: polite UA may help, maybe HTML'),
  feed('zakon-ru', 'Zakon.kz', 'https://www.zakon.kz/rss/news.xml', 'ru', 'national', '`/rss` gave 404 in a probe; `/rss/news.xml` variant unverified'),
  feed('ratel-ru', 'Ratel.kz', 'https://ratel.kz/feed', 'ru', 'national', 'path guessed (WordPress-style); unverified', { pollMinutes: 60, maxSilenceHours: 96 }),
  feed('exclusive-ru', 'Exclusive.kz', 'https://exclusive.kz/feed/', 'ru', 'national', 'path guessed (WordPress-style); unverified', { pollMinutes: 60, maxSilenceHours: 96 }),
  feed('lada-ru', 'Lada.kz', 'https://www.lada.kz/rss.xml', 'ru', 'regional', 'seen in other configurations; unverified', { pollMinutes: 30, maxSilenceHours: 48 }),
  feed('kaztag-ru', 'KazTAG', 'https://kaztag.kz/rss', 'ru', 'national', 'seen in other configurations; unverified'),
  feed('ulysmedia-ru', 'Ulys Media', 'https://ulysmedia.kz/rss/', 'ru', 'national', 'seen in other configurations; unverified', { pollMinutes: 60, maxSilenceHours: 96 }),
  feed('adilsoz-ru', 'Adil Soz (the monitoring organisation)', 'https://adilsoz.kz/feed', 'ru', 'monitor', "the organisation's own site; feed path guessed, check", {
    pollMinutes: 60,
    expectsItems: false,
    maxSilenceHours: 24 * 14,
  }),
  court('sud-gov-kz-ru', 'Supreme Court: press centre (рус.)', 'https://sud.gov.kz/rus/news', 'ru', 'sud-gov-kz-news', 'Drupal Views list; markup reconstructed, not seen live'),
  court('sud-gov-kz-kk', 'Supreme Court: press centre (қаз.)', 'https://sud.gov.kz/kaz/news', 'kk', 'sud-gov-kz-news', 'Kazakh mirror of /rus/news'),
  court('kst-sud-kz-ru', 'Kostanay regional courts: news', 'https://kst.sud.kz/rus/news', 'ru', 'regional-sud-kz-news', 'regional *.sud.kz pattern; path assumed'),
];

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
