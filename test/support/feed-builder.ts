// Synthetic RSS 2.0 feeds for fault tests and benchmarks: deterministic, every few items a story the
// rules flag, the rest ordinary news, so a run stores both `pending` and `ignored` items.
import type { SourceDefinition } from '../../shared/sources/catalog';

export interface FeedOptions {
  /** Distinguishes the stories of one feed from another's (ids hash the GUID with the source). */
  feedKey: string;
  items: number;
  /** Every n-th item is a flagged story (0: none). */
  flagEvery?: number;
  /** Base instant of the newest item; older ones step back a minute each. */
  newest?: Date;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function feedItems(options: FeedOptions): Array<{ guid: string; title: string; description: string; link: string; pubDate: string }> {
  const newest = (options.newest ?? new Date(Date.UTC(2026, 10, 1, 12, 0, 0))).getTime();
  const flagEvery = options.flagEvery ?? 5;
  return Array.from({ length: options.items }, (_, i) => {
    const flagged = flagEvery > 0 && i % flagEvery === 0;
    return {
      guid: `${options.feedKey}-${i}`,
      title: flagged ? `Журналиста задержали после публикации ${options.feedKey} №${i}` : `В городе открылся новый парк ${options.feedKey} №${i}`,
      description: flagged
        ? `Журналиста задержали после публикации о закупках акимата, сообщает редакция (${i}).`
        : `Горожане довольны новым парком и сквером, сообщает акимат (${i}).`,
      link: `https://news.example.kz/${options.feedKey}/${i}`,
      pubDate: new Date(newest - i * 60_000).toUTCString(),
    };
  });
}

export function rssFeed(options: FeedOptions): string {
  const entries = feedItems(options)
    .map(
      (item) =>
        `<item><title>${escapeXml(item.title)}</title><link>${item.link}</link><guid isPermaLink="false">${item.guid}</guid>` +
        `<pubDate>${item.pubDate}</pubDate><description>${escapeXml(item.description)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${options.feedKey}</title><link>https://news.example.kz/</link><language>ru</language>\n${entries}\n</channel></rss>\n`;
}

/** A catalog entry for a feed served by a local fixture server. */
export function fixtureSource(id: string, url: string, extra: Partial<SourceDefinition> = {}): SourceDefinition {
  return {
    id,
    name: id,
    kind: 'feed',
    url,
    language: 'ru',
    group: 'national',
    parser: 'rss',
    pollMinutes: 15,
    expectsItems: true,
    maxSilenceHours: 24 * 365 * 10,
    verified: true,
    note: 'local fixture',
    ...extra,
  };
}
