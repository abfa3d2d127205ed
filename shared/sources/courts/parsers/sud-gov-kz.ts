// sud.gov.kz, the Supreme Court portal: the press-centre news list (`/rus/news`, `/kaz/news`).
// Site history (newest first):
// - 2026-11-28: written from stored descriptions of the portal (Drupal paths /rus/news, /rus/content/<slug>,
//   /sites/default/files/…) and Drupal 7 Views markup (.view-content > .views-row, .views-field-*,
//   ul.pager with li.pager-next). NOT verified live: this machine has no network. Run `sources check`
//   on a connected machine and record the result here.
import type { CheerioAPI } from 'cheerio/slim';
import { parseDate } from '../../dates';
import { absoluteUrl } from '../../urls';
import { blockText, squash, type CourtDetail, type CourtListEntry, type CourtListPage, type CourtParser } from '../court-parser';

const ROW = '.view-content .views-row';

export const sudGovKzParser: CourtParser = {
  id: 'sud-gov-kz-news',
  name: 'sud.gov.kz press-centre news list (Drupal Views)',
  matches($: CheerioAPI) {
    return $(ROW).length > 0 && $(`${ROW} .views-field-title a`).length > 0;
  },
  parseList($: CheerioAPI, pageUrl: string, now: Date): CourtListPage {
    const entries: CourtListEntry[] = [];
    $(ROW).each((_, row) => {
      const $row = $(row);
      const link = $row.find('.views-field-title a').first();
      const url = absoluteUrl(link.attr('href'), pageUrl);
      const title = squash(link.text());
      if (!url || !title) return;
      // The created date is either a plain field or Drupal's date module span.
      const dateText = squash($row.find('.views-field-created .field-content, .date-display-single').first().text()) || undefined;
      const summary = squash($row.find('.views-field-body .field-content, .views-field-body-value').first().text());
      const entry: CourtListEntry = { url, title, summary };
      if (dateText) {
        entry.dateText = dateText;
        const publishedAt = parseDate(dateText, now);
        if (publishedAt) entry.publishedAt = publishedAt;
      }
      entries.push(entry);
    });
    const next = absoluteUrl($('.pager .pager-next a, .pager__item--next a').first().attr('href'), pageUrl);
    return next ? { entries, nextPageUrl: next } : { entries };
  },
  parseDetail($: CheerioAPI, _url: string, now: Date): CourtDetail {
    const title = squash($('h1.page-header, h1.title, h1').first().text()) || undefined;
    const text = blockText($, ['.node .field-name-body', '.node .content', 'article', '#content']);
    const dateText = squash($('.node .submitted, .date-display-single, .node .field-name-post-date').first().text()) || undefined;
    const detail: CourtDetail = { text };
    if (title) detail.title = title;
    if (dateText) {
      detail.dateText = dateText;
      const publishedAt = parseDate(dateText.replace(/^\D*/, ''), now);
      if (publishedAt) detail.publishedAt = publishedAt;
    }
    return detail;
  },
};
