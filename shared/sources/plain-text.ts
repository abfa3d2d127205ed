// Title and summary as plain text: markup stripped, entities decoded (twice-escaped ones too, as
// some feeds send `&amp;quot;`), whitespace collapsed.
import { load } from 'cheerio/slim';
import { htmlTags } from './html-tags';

const BLOCK = 'p, div, br, li, h1, h2, h3, h4, h5, h6, tr, blockquote, section, article';
/** Deeper markup is hostile or broken (seen in fuzzing: 5,000 unclosed <b> overflow cheerio's recursive text()). */
const MAX_NESTING = 200;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is never text for a reader. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'iframe', 'object', 'template']);

/** True when open tags nest deeper than MAX_NESTING (one linear pass over the tags, no DOM). */
function nestsTooDeep(html: string): boolean {
  let depth = 0;
  for (const tag of htmlTags(html)) {
    if (tag.kind === 'close') depth = Math.max(0, depth - 1);
    else if (tag.kind === 'open' && !tag.selfClosing && !VOID_ELEMENTS.has(tag.name)) depth += 1;
    if (depth > MAX_NESTING) return true;
  }
  return false;
}

/** Flattens markup without building a tree: hidden elements, comments and declarations dropped, every tag becomes a space. */
function flattenTags(html: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (const tag of htmlTags(html, HIDDEN)) {
    parts.push(html.slice(copied, tag.start), ' ');
    copied = tag.end;
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

export function plainText(input: string | undefined, maxLength = 20_000): string {
  if (!input) return '';
  let text = input;
  for (let pass = 0; pass < 2 && /[<&]/.test(text); pass += 1) {
    // Checked on every pass: the first one may decode `&lt;b&gt;`×5000 into real tags.
    if (nestsTooDeep(text)) text = flattenTags(text);
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
