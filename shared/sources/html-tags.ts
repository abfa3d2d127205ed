// The tags of an HTML document in one left-to-right pass, for the checks that run before a page is
// parsed (nesting depth) and for flattening hostile markup. Pages are untrusted: a regular expression
// such as `<(script)\b[\s\S]*?<\/script>` or `<[a-z][^>]*>` rescans the rest of the page from every
// `<script ` or `<a` that is never closed, which is quadratic (17 s for one page). Here every search
// starts where the previous one ended, and a construct that cannot be closed ends the scan: with no
// `>` left in the page, no later tag can complete either.

export type HtmlToken =
  | { kind: 'open'; name: string; selfClosing: boolean; start: number; end: number }
  | { kind: 'close'; name: string; start: number; end: number }
  /** An element read whole as raw text (script, style…), from its start tag to after its end tag. */
  | { kind: 'raw'; name: string; start: number; end: number }
  /** A comment, doctype or processing instruction. */
  | { kind: 'other'; start: number; end: number };

const isNameStart = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isNameChar = (code: number) => isNameStart(code) || (code >= 48 && code <= 57) || code === 95 || code === 58 || code === 45;

/**
 * Yields tags in document order. Elements named in `rawText` are skipped to their end tag (as an HTML
 * parser reads script and style); one that is never closed runs to the end of the page.
 */
export function* htmlTags(html: string, rawText: ReadonlySet<string> = new Set(['script', 'style'])): Generator<HtmlToken> {
  let at = html.indexOf('<');
  while (at >= 0 && at < html.length) {
    const next = html.charCodeAt(at + 1);
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4);
      const end = close < 0 ? html.length : close + 3;
      yield { kind: 'other', start: at, end };
      at = html.indexOf('<', end);
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const close = html.indexOf('>', at + 2);
      if (close < 0) return;
      yield { kind: 'other', start: at, end: close + 1 };
      at = html.indexOf('<', close + 1);
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? at + 2 : at + 1;
    if (!isNameStart(html.charCodeAt(nameStart))) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd += 1;
    const close = html.indexOf('>', nameEnd);
    if (close < 0) return;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = close + 1;
    if (closing) {
      yield { kind: 'close', name, start: at, end };
      at = html.indexOf('<', end);
      continue;
    }
    const selfClosing = html.charCodeAt(close - 1) === 47;
    if (!selfClosing && rawText.has(name)) {
      const endTag = new RegExp(`</${name}\\s*>`, 'gi');
      endTag.lastIndex = end;
      const found = endTag.exec(html);
      const rawEnd = found ? found.index + found[0].length : html.length;
      yield { kind: 'raw', name, start: at, end: rawEnd };
      at = html.indexOf('<', rawEnd);
      continue;
    }
    yield { kind: 'open', name, selfClosing, start: at, end };
    at = html.indexOf('<', end);
  }
}
