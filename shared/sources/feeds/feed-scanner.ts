// One streaming pass of htmlparser2's XML tokenizer over a feed, collecting the raw fields of the
// channel and its entries. No DOM and an explicit stack: 100,000 nested elements cost no recursion.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { SkipSourceError } from '../../domain/errors';

export type FeedFormat = 'rss' | 'rdf' | 'atom';

export interface RawLink {
  /** The element's text (RSS) or, when it has none, its href attribute (Atom). */
  href: string;
  rel?: string;
}

export interface RawElementGroup {
  /** Text of the first child element of each captured name (lower-case, prefix kept: 'dc:date'). */
  fields: Map<string, string>;
  /** The attributes of each captured field's element (type="html", mode="base64", a search result's <source url>). */
  fieldAttributes: Map<string, Record<string, string>>;
  links: RawLink[];
}

export interface RawFeed extends RawElementGroup {
  format: FeedFormat;
  entries: RawElementGroup[];
  /**
   * The document ended with elements still open (a feed cut short in transfer): `entries` holds the
   * entries completed before the cut, the unfinished one is dropped.
   */
  truncated: boolean;
}

/** Child elements worth reading; everything else is only checked for well-formedness. */
const ENTRY_FIELDS = new Set([
  'title', 'dc:title', 'link', 'guid', 'id', 'description', 'summary', 'content', 'content:encoded',
  'pubdate', 'dc:date', 'published', 'updated', 'issued', 'modified', 'source',
]);
const FEED_FIELDS = new Set(['link', 'language', 'dc:language']);
/**
 * Fields read as HTML later (plainText): nested elements (Atom type="xhtml", unescaped markup) keep
 * their tags so block boundaries still separate words. In links, ids and dates a stray element is
 * noise, and only its text counts.
 */
const MARKUP_FIELDS = new Set(['title', 'dc:title', 'description', 'summary', 'content', 'content:encoded']);

/**
 * Atom says what its text constructs hold: `type="text"` (the default) and Atom 0.3's `text/plain`
 * are plain text, where a decoded `&lt;blink&gt;` is text to keep, so no nested tag is recorded;
 * base64 content is opaque until decoded. RSS gives no type: its markup is decided by the parser.
 */
function holdsMarkup(format: FeedFormat | undefined, attributes: Record<string, string>): boolean {
  if (format !== 'atom') return true;
  const type = attributes.type?.trim().toLowerCase();
  const mode = attributes.mode?.trim().toLowerCase();
  if (mode === 'base64') return false;
  return type === 'html' || type === 'xhtml' || type === 'text/html' || type === 'application/xhtml+xml' || mode === 'escaped' || mode === 'xml';
}

const FORMAT_OF_ROOT = new Map<string, FeedFormat>([['rss', 'rss'], ['rdf:rdf', 'rdf'], ['rdf', 'rdf'], ['feed', 'atom']]);

const malformed = (reason: string) => new SkipSourceError(`malformed feed: ${reason}`);
/** Names come from hostile input: a 40,000-character tag name must not become the log line. */
const shown = (name: string) => (name.length > 60 ? `${name.slice(0, 60)}…` : name);

function charOf(codePoint: number): string {
  // The entities decoder already maps &#0; and surrogates to U+FFFD; this guards what is left.
  return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '\uFFFD';
}

/**
 * Tokenizer callbacks that keep their own stack. htmlparser2's Parser closes mismatched and unclosed
 * tags silently (HTML habits); a feed with an unclosed <item> must be refused, not half-read, so the
 * strictness lives here. Throws SkipSourceError at the first structural fault. The one fault forgiven
 * is a document that simply ends with elements open (a transfer cut short): the entries completed
 * before the end are kept and the feed is marked truncated.
 */
class FeedScanner implements TokenizerCallbacks {
  private readonly stack: string[] = [];
  private format: FeedFormat | undefined;
  private rootClosed = false;
  private channelSeen = false;
  /** Depth (stack length) of the element whose children are feed-level fields, while it is open. */
  private feedDepth = -1;
  private entry: RawElementGroup | undefined;
  private entryDepth = -1;
  /** The field being captured: its name, depth, attributes and collected text (with nested markup). */
  private capture: { name: string; depth: number; markup: boolean; attributes: Record<string, string>; parts: string[] } | undefined;
  private tagName = '';
  private attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  private attributeName = '';
  private attributeValue = '';
  readonly feed: RawFeed = { format: 'rss', fields: new Map(), fieldAttributes: new Map(), links: [], entries: [], truncated: false };

  constructor(
    private readonly text: string,
    private readonly maxEntries: number,
  ) {}

  result(): RawFeed {
    if (!this.format) throw malformed('no root element');
    if (this.format !== 'atom' && !this.channelSeen) throw malformed(`<${this.format === 'rss' ? 'rss' : 'rdf:RDF'}> has no <channel>`);
    this.feed.format = this.format;
    return this.feed;
  }

  private name(start: number, end: number): string {
    return this.text.slice(start, end).toLowerCase();
  }

  private addText(value: string): void {
    if (this.capture) {
      this.capture.parts.push(value);
      return;
    }
    if ((this.rootClosed || !this.format) && value.trim()) {
      throw malformed(this.rootClosed ? 'text after the root element' : 'text before the root element');
    }
  }

  private open(name: string, attributes: Record<string, string>): void {
    if (this.rootClosed) throw malformed(`<${shown(name)}> after the root element`);
    const depth = this.stack.length + 1;
    this.stack.push(name);
    if (this.capture) {
      if (this.capture.markup) this.capture.parts.push(`<${name}>`);
      return;
    }
    if (depth === 1) {
      this.format = FORMAT_OF_ROOT.get(name);
      if (!this.format) throw malformed(`root element <${shown(name)}> is not a feed`);
      if (this.format === 'atom') this.feedDepth = 1;
      return;
    }
    const parent = this.stack[depth - 2];
    if (this.format !== 'atom' && depth === 2 && name === 'channel') {
      // rss-parser read the first <channel> only; a second one is ignored the same way.
      if (!this.channelSeen) this.feedDepth = depth;
      this.channelSeen = true;
      return;
    }
    const isEntry =
      !this.entry &&
      ((this.format === 'atom' && depth === 2 && name === 'entry') ||
        (this.format === 'rdf' && depth === 2 && name === 'item') ||
        (this.format === 'rss' && depth === 3 && name === 'item' && this.feedDepth === 2 && parent === 'channel'));
    if (isEntry) {
      this.entry = { fields: new Map(), fieldAttributes: new Map(), links: [] };
      this.entryDepth = depth;
      return;
    }
    const wanted =
      (this.entry && depth === this.entryDepth + 1 && ENTRY_FIELDS.has(name)) ||
      (!this.entry && depth === this.feedDepth + 1 && FEED_FIELDS.has(name));
    if (wanted) this.capture = { name, depth, markup: MARKUP_FIELDS.has(name) && holdsMarkup(this.format, attributes), attributes, parts: [] };
  }

  private close(name: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) throw malformed(`</${shown(name)}> has no start tag`);
    if (top !== name) {
      throw malformed(
        this.stack.includes(name) ? `<${shown(top)}> is not closed (found </${shown(name)}>)` : `</${shown(name)}> does not match <${shown(top)}>`,
      );
    }
    const depth = this.stack.length;
    this.stack.pop();
    if (this.capture) {
      if (depth > this.capture.depth) {
        if (this.capture.markup) this.capture.parts.push(`</${name}>`);
        return;
      }
      this.finishCapture(this.capture);
      this.capture = undefined;
      return;
    }
    if (depth === this.entryDepth && this.entry) {
      if (this.feed.entries.length < this.maxEntries) this.feed.entries.push(this.entry);
      this.entry = undefined;
      this.entryDepth = -1;
    } else if (depth === this.feedDepth) {
      this.feedDepth = -1;
    }
    if (depth === 1) this.rootClosed = true;
  }

  private finishCapture({ name, attributes, parts }: NonNullable<FeedScanner['capture']>): void {
    const group = this.entry ?? this.feed;
    const value = parts.join('');
    if (name === 'link') {
      const href = value.trim() || attributes.href?.trim();
      if (href) group.links.push(attributes.rel === undefined ? { href } : { href, rel: attributes.rel.trim().toLowerCase() });
    }
    // The first occurrence wins, as with rss-parser (xml2js arrays, element [0]).
    if (!group.fields.has(name)) {
      group.fields.set(name, value);
      group.fieldAttributes.set(name, attributes);
    }
  }

  // TokenizerCallbacks: indices point into `text`, which is written in one piece.
  ontext(start: number, end: number): void {
    this.addText(this.text.slice(start, end));
  }
  ontextentity(codePoint: number): void {
    this.addText(charOf(codePoint));
  }
  oncdata(start: number, end: number, endOffset: number): void {
    this.addText(this.text.slice(start, end - endOffset));
  }
  onopentagname(start: number, end: number): void {
    this.tagName = this.name(start, end);
    // No prototype: an attribute named "constructor" or "__proto__" is just an attribute.
    this.attributes = Object.create(null) as Record<string, string>;
  }
  onattribname(start: number, end: number): void {
    this.attributeName = this.name(start, end);
    this.attributeValue = '';
  }
  onattribdata(start: number, end: number): void {
    this.attributeValue += this.text.slice(start, end);
  }
  onattribentity(codePoint: number): void {
    this.attributeValue += charOf(codePoint);
  }
  onattribend(): void {
    if (!(this.attributeName in this.attributes)) this.attributes[this.attributeName] = this.attributeValue;
    this.attributeValue = '';
  }
  onopentagend(): void {
    this.open(this.tagName, this.attributes);
  }
  onselfclosingtag(): void {
    this.open(this.tagName, this.attributes);
    this.close(this.tagName);
  }
  onclosetag(start: number, end: number): void {
    this.close(this.name(start, end));
  }
  onend(): void {
    const top = this.stack[this.stack.length - 1];
    if (top === undefined) return;
    // Cut short: what closed before the cut is whole and is kept; an entry still open is not.
    if (this.feed.entries.length === 0) throw malformed(`<${shown(top)}> is not closed at the end of the document`);
    this.feed.truncated = true;
  }
  // Comments, processing instructions and declarations carry nothing a feed item needs.
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
}

/** Reads a safety-checked feed text; throws SkipSourceError('malformed feed: ...') on a structural fault. */
export function scanFeed(text: string, maxEntries: number): RawFeed {
  const scanner = new FeedScanner(text, maxEntries);
  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: true }, scanner);
  tokenizer.write(text);
  tokenizer.end();
  return scanner.result();
}
