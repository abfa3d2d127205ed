// Text normalisation for matching: tags and entities removed, NFC, case folded, ё→е, whitespace
// collapsed, Latin- and Arabic-script Kazakh transliterated, with a map from every output char back to the input.

import { detectKazakhScript, kazakhToCyrillic, type KazakhScript } from '../domain/transliteration';
import { wordChars } from './matcher';

export interface NormalizedText {
  /** The normalised text the matcher scans. */
  text: string;
  /** For output char k: the input offset where it starts (inclusive). */
  starts: Int32Array;
  /** For output char k: the input offset where its source ends (exclusive). */
  ends: Int32Array;
  /** Set when the input was Kazakh in Latin or Arabic letters and was transliterated to Cyrillic. */
  transliteratedFrom?: Exclude<KazakhScript, 'cyrillic'>;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”',
  bdquo: '„', lsquo: '‘', rsquo: '’', sbquo: '‚', mdash: '-', ndash: '-', minus: '-', hellip: '…', thinsp: ' ',
  ensp: ' ', emsp: ' ', shy: '', zwnj: '', zwj: '', copy: '©', reg: '®', trade: '™', deg: '°', times: '×', middot: '·',
  numero: '№', euro: '€',
};

/**
 * Lower-case table over UTF-16 code units; ё→е and dashes folded here too. Built on the first
 * normalisation, not at import: handlers that never classify must not pay ~10 ms of cold start.
 */
let LOWER: Uint16Array | undefined;

function buildLowerTable(): Uint16Array {
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      table[c] = c;
      continue;
    }
    const lower = String.fromCharCode(c).toLowerCase();
    // Characters whose lower case is longer (İ → i̇) keep their first unit: close enough for matching.
    table[c] = lower.charCodeAt(0);
  }
  table[0x0451] = 0x0435; // ё → е: news sites write both
  table[0x0401] = 0x0435;
  for (const dash of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]) table[dash] = 0x2d;
  // The Kazakh і is sometimes typed as the Latin i inside Cyrillic words; left alone on purpose: a
  // Latin i is also a real letter in English text.
  return table;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

function isCombining(c: number): boolean {
  return c >= 0x0300 && c <= 0x036f;
}

/** Output chars with their source spans, in typed arrays sized to the input (output is never longer). */
class Builder {
  chars: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.chars = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }
  push(code: number, start: number, end: number): void {
    if (this.length === this.chars.length) this.grow();
    this.chars[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  pushSpace(start: number, end: number): void {
    const n = this.length;
    if (n === 0) return;
    if (this.chars[n - 1] === 0x20) {
      this.ends[n - 1] = end;
      return;
    }
    this.push(0x20, start, end);
  }
  private grow(): void {
    const size = Math.max(16, this.chars.length * 2);
    const chars = new Uint16Array(size);
    chars.set(this.chars);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.chars = chars;
    this.starts = starts;
    this.ends = ends;
  }
}

function decodeEntity(input: string, at: number): { value: string; end: number } | undefined {
  const semi = input.indexOf(';', at + 1);
  if (semi < 0 || semi - at > 10) return undefined;
  const body = input.slice(at + 1, semi);
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return undefined;
    return { value: String.fromCodePoint(code), end: semi + 1 };
  }
  const named = NAMED_ENTITIES[body.toLowerCase()];
  return named === undefined ? undefined : { value: named, end: semi + 1 };
}

function tagEnd(input: string, at: number): number {
  const next = input.charCodeAt(at + 1);
  const startsTag = (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x2f || next === 0x21 || next === 0x3f;
  if (!startsTag) return -1;
  const close = input.indexOf('>', at + 1);
  return close < 0 ? -1 : close + 1;
}

function emit(out: Builder, code: number, start: number, end: number): void {
  if (isSpace(code)) {
    out.pushSpace(start, end);
    return;
  }
  if (isInvisible(code)) return;
  if (isCombining(code)) {
    // NFC for the common decomposed forms (й = и + U+0306, ё = е + U+0308) without re-scanning.
    const n = out.length;
    if (n > 0) {
      const composed = (String.fromCharCode(out.chars[n - 1]!) + String.fromCharCode(code)).normalize('NFC');
      if (composed.length === 1) {
        out.chars[n - 1] = LOWER![composed.charCodeAt(0)]!;
        out.ends[n - 1] = end;
      }
    }
    return;
  }
  out.push(LOWER![code]!, start, end);
}

function stripAndFold(input: string): Builder {
  LOWER ??= buildLowerTable();
  const out = new Builder(input.length);
  let i = 0;
  const n = input.length;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c === 0x3c) {
      const end = tagEnd(input, i);
      if (end > 0) {
        out.pushSpace(i, end);
        i = end;
        continue;
      }
    } else if (c === 0x26) {
      const entity = decodeEntity(input, i);
      if (entity) {
        for (let k = 0; k < entity.value.length; k++) emit(out, entity.value.charCodeAt(k), i, entity.end);
        i = entity.end;
        continue;
      }
    }
    emit(out, c, i, i + 1);
    i++;
  }
  // Trim a trailing space so the text never ends with a separator.
  if (out.length > 0 && out.chars[out.length - 1] === 0x20) out.length--;
  foldHomoglyphs(out);
  return out;
}

/** Latin letters that look like Cyrillic ones (lower case, after folding), and the Cyrillic letter meant. */
const HOMOGLYPH = new Uint16Array(128);
for (const [latin, cyrillic] of Object.entries({ a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в' })) {
  HOMOGLYPH[latin.charCodeAt(0)] = cyrillic.charCodeAt(0);
}

function isCyrillic(c: number): boolean {
  return c >= 0x430 && c <= 0x4ff;
}

/**
 * Cyrillic words typed with Latin look-alikes («тiлшi» with a Latin i, «журналиcт» with a Latin c) are
 * read as Cyrillic: in a word with Cyrillic letters whose every Latin letter has a Cyrillic twin. One
 * pass, char for char, so the offset map is unchanged.
 */
function foldHomoglyphs(out: Builder): void {
  const isWordChar = wordChars();
  const chars = out.chars;
  let start = 0;
  while (start < out.length) {
    while (start < out.length && !isWordChar[chars[start]!]) start++;
    let end = start;
    let cyrillic = 0;
    let latin = 0;
    let lookalikes = 0;
    while (end < out.length && isWordChar[chars[end]!]) {
      const c = chars[end]!;
      if (isCyrillic(c)) cyrillic++;
      else if (c < 128 && ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) {
        latin++;
        if (HOMOGLYPH[c]) lookalikes++;
      }
      end++;
    }
    if (cyrillic > 0 && latin > 0 && latin === lookalikes) {
      for (let k = start; k < end; k++) if (chars[k]! < 128 && HOMOGLYPH[chars[k]!]) chars[k] = HOMOGLYPH[chars[k]!]!;
    }
    start = end;
  }
}

/** Latin- and Arabic-script Kazakh read as Cyrillic, each output char keeping its source span. */
function toCyrillic(src: Builder, script: KazakhScript): Builder {
  const converted = kazakhToCyrillic(UTF16.decode(src.chars.subarray(0, src.length)), script);
  const out = new Builder(converted.text.length);
  for (let k = 0; k < converted.text.length; k++) {
    out.push(converted.text.charCodeAt(k), src.starts[converted.starts[k]!]!, src.ends[converted.ends[k]! - 1]!);
  }
  return out;
}

const UTF16 = new TextDecoder('utf-16le');

function toResult(b: Builder): NormalizedText {
  const text = UTF16.decode(b.chars.subarray(0, b.length));
  return { text, starts: b.starts.slice(0, b.length), ends: b.ends.slice(0, b.length) };
}

export interface NormalizeOptions {
  /** Transliterate Latin- and Arabic-script Kazakh to Cyrillic when the text looks like it (default true). */
  latinKazakh?: boolean;
  /** The text is known to be Kazakh (the item's language): a short Latin text is read as Kazakh too. */
  kazakh?: boolean;
}

export function normalizeText(input: string, options: NormalizeOptions = {}): NormalizedText {
  const built = stripAndFold(input);
  if (options.latinKazakh !== false) {
    const script = detectKazakhScript(UTF16.decode(built.chars.subarray(0, Math.min(built.length, 4000))), { kazakh: options.kazakh === true });
    if (script !== undefined && script !== 'cyrillic') return { ...toResult(toCyrillic(built, script)), transliteratedFrom: script };
  }
  return toResult(built);
}

/**
 * Letters that Latin- and Arabic-script Kazakh does not tell apart once transliterated (informal Latin has
 * no ә ө ұ ү ғ ң; the official alphabets disagree on і/ы/и/й; the Arabic script leaves ә/а, ө/о, ү/ұ/у to
 * harmony), each folded onto one letter. Char for char, so offsets are unchanged.
 */
const KAZAKH_FOLD: Record<string, string> = {
  ә: 'а', ө: 'о', ұ: 'у', ү: 'у', ғ: 'г', қ: 'к', ң: 'н', һ: 'х', і: 'и', ы: 'и', й: 'и', э: 'е', щ: 'ш',
};
const KAZAKH_FOLD_CODES = new Map(Object.entries(KAZAKH_FOLD).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));

/** Folds a transliterated text (same length) for matching against folded terms. */
export function foldKazakhLetters(text: string): string {
  let changed = false;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const folded = KAZAKH_FOLD_CODES.get(c);
    codes[i] = folded ?? c;
    if (folded !== undefined) changed = true;
  }
  return changed ? UTF16.decode(codes) : text;
}

/**
 * A normalised term as Latin-script Kazakh would spell it, folded like `foldKazakhLetters`: soft and hard
 * signs dropped, ц as ts or s, and я ю both as the transliteration reads ya/yu (я, ю) and as it reads
 * ia/iu (іа, іу), with the и before them written once or twice.
 */
export function foldKazakhTerm(term: string): string[] {
  const variants = new Set<string>();
  // ц comes back as ts, or as s where Kazakh pronunciation drops the t (redaksiya, politsiya/polisiya).
  for (const c of ['тс', 'с']) {
    const base = foldKazakhLetters(term.replace(/[ьъ]/g, '').replace(/ц/g, c));
    variants.add(base);
    variants.add(base.replace(/я/g, 'иа').replace(/ю/g, 'иу'));
    // и before я or ю is often written once: polisia, aqparattandyru komissiasy (полиция, комиссиясы).
    if (/и[яю]/.test(base)) variants.add(base.replace(/и?я/g, 'иа').replace(/и?ю/g, 'иу'));
  }
  return [...variants];
}

/** Normalises a rule term the same way as text (no markup, no transliteration). */
export function normalizeTerm(term: string): string {
  return normalizeText(term, { latinKazakh: false }).text;
}

/** Maps a [start, end) span of the normalised text back to the original input. */
export function originalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (norm.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), norm.text.length - 1);
  return { start: norm.starts[s]!, end: norm.ends[e]! };
}
