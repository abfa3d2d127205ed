// Generic extraction of an article or judicial act from any HTML page (manual import by URL): the
// title and the main text, without menus, scripts and footers.
import type { CheerioAPI } from 'cheerio/slim';
import { blockText, squash } from './courts/court-parser';
import { loadPage } from './courts/scrape-court';

export interface PageText {
  title: string;
  text: string;
  lang?: string;
}

// Specific containers first (Drupal body field, WordPress entry, court sites), generic ones last.
const MAIN = ['.field-name-body', '.news-full .news-body', '.entry-content', '.article-body', '.article__body', '.post-content', 'article', 'main', '[role=main]', '#content', '.content', 'body'];

export function extractPageText(html: string, what = 'page'): PageText {
  const $: CheerioAPI = loadPage(html, what);
  $('script, style, noscript, iframe, nav, header, footer, aside, form, .breadcrumb, .menu, .share, .social, .comments').remove();
  const title =
    squash($('meta[property="og:title"]').attr('content')) || squash($('h1').first().text()) || squash($('title').first().text()).replace(/\s*[|–—-]\s*[^|–—-]*$/, '');
  let text = '';
  for (const selector of MAIN) {
    const candidate = blockText($, [selector]);
    // A container with a few words is a teaser or a widget, not the body: keep looking.
    if (candidate.length >= 200 || (selector === 'body' && candidate)) {
      text = candidate;
      break;
    }
    if (candidate.length > text.length) text = candidate;
  }
  const lang = $('html').attr('lang')?.trim() || undefined;
  return lang ? { title, text, lang } : { title, text };
}
