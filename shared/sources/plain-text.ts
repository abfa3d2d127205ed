// Title and summary as plain text: markup stripped, entities decoded (twice-escaped ones too, as
// some feeds send `&amp;quot;`), whitespace collapsed.
import { load } from 'cheerio/slim';

const BLOCK = 'p, div, br, li, h1, h2, h3, h4, h5, h6, tr, blockquote, section, article';
/** Deeper markup is hostile or broken (seen in fuzzing: 5,000 unclosed <b> overflow cheerio's recursive text()). */
const MAX_NESTING = 200;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** True when open tags nest deeper than MAX_NESTING (a single pass over the tags, no DOM). */
function nestsTooDeep(html: string): boolean {
  let depth = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !VOID_ELEMENTS.has(name!.toLowerCase())) depth += 1;
    if (depth > MAX_NESTING) return true;
  }
  return false;
}

/** Flattens markup without building a tree: scripts and styles dropped, every tag becomes a space. */
function flattenTags(html: string): string {
  return html.replace(/<(script|style|noscript|iframe|object|template)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
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
