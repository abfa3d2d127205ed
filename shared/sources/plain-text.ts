// Title and summary as plain text: markup stripped, entities decoded (twice-escaped ones too, as
// some feeds send `&amp;quot;`), whitespace collapsed.
import { load } from 'cheerio/slim';

const BLOCK = 'p, div, br, li, h1, h2, h3, h4, h5, h6, tr, blockquote, section, article';

export function plainText(input: string | undefined, maxLength = 20_000): string {
  if (!input) return '';
  let text = input;
  for (let pass = 0; pass < 2 && /[<&]/.test(text); pass += 1) {
    const $ = load(text, null, false);
    $('script, style, noscript, iframe, object, template').remove();
    $(BLOCK).each((_, el) => {
      $(el).append(' ');
    });
    text = $.root().text();
  }
  text = text.replace(/[\u00a0\s]+/g, ' ').trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
