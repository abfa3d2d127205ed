// Guards against quadratic scanning of untrusted markup. Each hostile page below made the old
// regular-expression scanners rescan the rest of the page from every unclosed construct: at these
// sizes that is 10^10–10^11 steps (hours), so these tests can only pass when the scans are linear.
// Speed itself is the bench's business.
import { describe, expect, it } from 'vitest';
import { SkipSourceError } from '../../../shared/domain/errors';
import { loadPage, nestingDepth } from '../../../shared/sources/courts/scrape-court';
import { checkFeedDocument, parseFeed, rootElementName } from '../../../shared/sources/feeds/feed-parser';
import { htmlTags } from '../../../shared/sources/html-tags';
import { extractPageText } from '../../../shared/sources/page-text';
import { plainText } from '../../../shared/sources/plain-text';

const RUNS = 200_000;
const HOSTILE: Array<[string, string]> = [
  ['`<script ` × 200,000', '<script '.repeat(RUNS)],
  ['`<style>` × 200,000', '<style>'.repeat(RUNS)],
  ['`<!--` × 200,000', '<!--'.repeat(RUNS)],
  ['`<a` + 1,600,000 letters and no `>`', `<a${'b'.repeat(8 * RUNS)}`],
  ['`<ab` × 200,000', '<ab'.repeat(RUNS)],
  ['`<!DOCTYPE ` × 200,000', '<!DOCTYPE '.repeat(RUNS)],
  ['`<script>` then `</script ` × 200,000', `<script>${'</script '.repeat(RUNS)}`],
  ['`<` × 800,000', '<'.repeat(4 * RUNS)],
];

async function settle(run: () => unknown): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SkipSourceError) return error;
    throw error;
  }
}

describe('HTML and feed scanners on hostile markup', () => {
  it.each(HOSTILE)('%s: nesting check, plain text, page text and feed checks return', async (_name, markup) => {
    expect(nestingDepth(markup)).toBeGreaterThanOrEqual(0);
    expect(typeof plainText(markup)).toBe('string');
    await settle(() => extractPageText(markup));
    await settle(() => loadPage(markup, 'hostile'));
    await settle(() => checkFeedDocument(`<rss>${markup}`));
    await settle(() => parseFeed(`<rss><channel><item><title>x</title><description>${markup}</description></item></channel></rss>`, { sourceId: 'hostile', baseUrl: 'https://example.org/', fetchedAt: '2024-03-12T10:00:00Z' }));
    expect(['undefined', 'string']).toContain(typeof rootElementName(markup));
  });

  it('a DOCTYPE prolog with 64 KB of white space and no `>` is read at once', () => {
    expect(rootElementName(`<!DOCTYPE${' '.repeat(70_000)}`)).toBeUndefined();
    expect(rootElementName(`<!DOCTYPE rss [${' ]'.repeat(30_000)}`)).toBeUndefined();
    expect(rootElementName('<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE rss PUBLIC "-//Netscape" "x.dtd">\n<rss version="0.91">')).toBe('rss');
    expect(rootElementName('<!DOCTYPE x [ <!ELEMENT a (#PCDATA)> ] >\n<feed>')).toBe('feed');
  });

  it('an unterminated DOCTYPE after the root is refused, not rescanned', () => {
    expect(() => checkFeedDocument(`<rss>${'<!DOCTYPE '.repeat(RUNS)}`)).toThrow(/unterminated DOCTYPE/);
    expect(checkFeedDocument('<!DOCTYPE rss PUBLIC "-//Netscape" "x.dtd"><rss/>')).toBe('<rss/>');
  });
});

describe('htmlTags', () => {
  const kinds = (html: string, rawText?: ReadonlySet<string>) =>
    [...htmlTags(html, rawText)].map((t) => (t.kind === 'other' ? 'other' : `${t.kind}:${t.name}${t.kind === 'open' && t.selfClosing ? '/' : ''}`));

  it('reads tags, skips comments, declarations and raw-text elements to their end', () => {
    expect(kinds('<!DOCTYPE html><div class="a"><br/><!-- <p> --><script>if (a<b) x("</div>")</SCRIPT ><p>x</p></div>')).toEqual([
      'other',
      'open:div',
      'open:br/',
      'other',
      'raw:script',
      'open:p',
      'close:p',
      'close:div',
    ]);
  });

  it('stops where nothing can close: an unclosed comment, a tag with no `>` left, an unclosed script', () => {
    expect(kinds('<b>x<!-- <i>never</i>')).toEqual(['open:b', 'other']);
    expect(kinds('<b>x<a href="y" <i>')).toEqual(['open:b', 'open:a']);
    expect(kinds('<b>x<a href="y"')).toEqual(['open:b']);
    expect(kinds('<script><b><i>')).toEqual(['raw:script']);
    expect(kinds('a < b and 3<4 <b>')).toEqual(['open:b']);
  });

  it('nesting depth and plain text keep their results', () => {
    expect(nestingDepth('<div><div><p>a<p>b</div><!-- <div><div><div> --></div>')).toBe(2);
    expect(nestingDepth(`${'<div>'.repeat(500)}x`, 400)).toBe(401);
    expect(plainText('<p>Суд <b>оштрафовал</b></p><script>var a = "<p>no</p>";</script><p>редактора &amp; автора</p>')).toBe('Суд оштрафовал редактора & автора');
    expect(plainText(`${'<b>'.repeat(5_000)}глубоко<script>x</script>`)).toBe('глубоко');
  });
});
