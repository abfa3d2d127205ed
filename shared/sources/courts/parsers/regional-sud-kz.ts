// Regional court sites `*.sud.kz` (e.g. kst.sud.kz, Kostanay region): the «Новости» / «Жаңалықтар» list.
// Site history (newest first):
// - 2026-11-28: written from stored descriptions: the regional sites share the Supreme Court portal's
//   Drupal platform but render news as a teaser list (div.news-list > div.news-item with span.news-date,
//   a.news-title and div.news-teaser) with a numbered pager (ul.pagination, li.next). NOT verified live
//   (no network on this machine): run `sources check` on a connected machine and record the result here.
import type { CheerioAPI } from 'cheerio/slim';
import { parseDate } from '../../dates';
import { absoluteUrl } from '../../urls';
import { blockText, squash, type CourtDetail, type CourtListEntry, type CourtListPage, type CourtParser } from '../court-parser';

const ITEM = '.news-list .news-item';

export const regionalSudKzParser: CourtParser = {
  id: 'regional-sud-kz-news',
  name: 'regional *.sud.kz news list',
  matches($: CheerioAPI) {
    return $(ITEM).length > 0 && $(`${ITEM} a.news-title, ${ITEM} .news-title a`).length > 0;
  },
  parseList($: CheerioAPI, pageUrl: string, now: Date): CourtListPage {
    const entries: CourtListEntry[] = [];
    $(ITEM).each((_, element) => {
      const $item = $(element);
      const link = $item.find('a.news-title, .news-title a').first();
      const url = absoluteUrl(link.attr('href'), pageUrl);
      const title = squash(link.text());
      if (!url || !title) return;
      const dateText = squash($item.find('.news-date').first().text()) || undefined;
      const entry: CourtListEntry = { url, title, summary: squash($item.find('.news-teaser').first().text()) };
      if (dateText) {
        entry.dateText = dateText;
        const publishedAt = parseDate(dateText, now);
        if (publishedAt) entry.publishedAt = publishedAt;
      }
      entries.push(entry);
    });
    const next = absoluteUrl($('.pagination li.next a, .pagination a[rel="next"]').first().attr('href'), pageUrl);
    return next ? { entries, nextPageUrl: next } : { entries };
  },
  parseDetail($: CheerioAPI, _url: string, now: Date): CourtDetail {
    const title = squash($('.news-full h1, h1').first().text()) || undefined;
    const text = blockText($, ['.news-full .news-body', '.news-full', 'article', '#content']);
    const dateText = squash($('.news-full .news-date, .news-date').first().text()) || undefined;
    const detail: CourtDetail = { text };
    if (title) detail.title = title;
    if (dateText) {
      detail.dateText = dateText;
      const publishedAt = parseDate(dateText, now);
      if (publishedAt) detail.publishedAt = publishedAt;
    }
    return detail;
  },
};
