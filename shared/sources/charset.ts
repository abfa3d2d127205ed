// Turns fetched bytes into text before any parser sees them: HTTP header, then BOM, then the XML
// declaration or <meta charset>, then sniffing. Node's TextDecoder (full ICU) decodes every WHATWG
// encoding; the two it lacks, the Kazakh KZ-1048 (rk1048) and UTF-32, are decoded here from a table
// and by arithmetic, so no code page library goes into the Lambda bundles.

export type CharsetSource = 'header' | 'bom' | 'declaration' | 'meta' | 'sniff' | 'default';

export interface Decoded {
  text: string;
  charset: string;
  from: CharsetSource;
}

const ALIASES: Record<string, string> = {
  'kz-1048': 'rk1048',
  'kz1048': 'rk1048',
  'strk1048-2002': 'rk1048',
  'strk10482002': 'rk1048',
  'x-kazakh': 'rk1048',
  'x-cp1251': 'windows-1251',
  'win-1251': 'windows-1251',
  'cp-1251': 'windows-1251',
  'iso-8859-1': 'latin1',
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16': 'utf-16',
  'utf-32': 'utf-32',
  utf32: 'utf-32',
  'ucs-4': 'utf-32',
  ucs4: 'utf-32',
  utf32le: 'utf-32le',
  utf32be: 'utf-32be',
  ucs4le: 'utf-32le',
  ucs4be: 'utf-32be',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  koi8r: 'koi8-r',
  koi8u: 'koi8-u',
  maccyrillic: 'x-mac-cyrillic',
};

/** Charsets decoded here because TextDecoder does not know them. */
const OWN_DECODERS = new Set(['rk1048', 'utf-32', 'utf-32le', 'utf-32be']);

/** `windows1251`, `win1251`, `cp1251`-style spellings of the Windows code pages that feeds declare. */
const WINDOWS_CODE_PAGE = /^(?:windows|win|cp)-?(125\d)$/;

function knownToTextDecoder(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** The name a declared charset is decoded by, or undefined if nobody knows it. */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const cleaned = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!cleaned) return undefined;
  const name = ALIASES[cleaned] ?? cleaned;
  if (OWN_DECODERS.has(name) || knownToTextDecoder(name)) return name;
  const windows = WINDOWS_CODE_PAGE.exec(name);
  return windows ? `windows-${windows[1]}` : undefined;
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType ? /charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType) : null;
  return match ? normalizeCharset(match[2]) : undefined;
}

export function charsetFromBom(bytes: Uint8Array): { charset: string; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { charset: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { charset: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16/32 without a BOM still shows its shape in the first ASCII characters (`<` padded with zeros). */
function sniffWideEncoding(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4) return undefined;
  const [a, b, c, d] = bytes;
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0 && c !== 0) return 'utf-16le';
  if (a === 0 && b === 0x3c) return 'utf-16be';
  return undefined;
}

/** The XML declaration's encoding or an HTML <meta charset>, read from the ASCII-compatible head. */
export function charsetFromMarkup(bytes: Uint8Array): { charset: string; from: 'declaration' | 'meta' } | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const declaration = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (declaration) {
    const charset = normalizeCharset(declaration[1]);
    if (charset) return { charset, from: 'declaration' };
  }
  const meta =
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head) ?? /<meta[^>]+http-equiv\s*=\s*["']?content-type["']?[^>]*content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  if (meta) {
    const charset = normalizeCharset(meta[1]);
    if (charset) return { charset, from: 'meta' };
  }
  return undefined;
}

/**
 * KZ-1048 (STRK 1048-2002) bytes 0x80–0xFF: windows-1251 with the Kazakh letters in place of the
 * Serbian, Macedonian and Belarusian ones. 0x98 is unassigned.
 */
const KZ1048_HIGH =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊҚҺЏ' +
  'ђ‘’“”•–—\uFFFD™љ›њқһџ' +
  '\u00A0ҰұӘ¤Ө¦§Ё©Ғ«¬\u00AD®Ү' +
  '°±Ііөµ¶·ё№ғ»әҢңү' +
  'АБВГДЕЖЗИЙКЛМНОП' +
  'РСТУФХЦЧШЩЪЫЬЭЮЯ' +
  'абвгдежзийклмноп' +
  'рстуфхцчшщъыьэюя';

/** Text from UTF-16 code units, decoded in one pass by the runtime's own UTF-16 decoder. */
function fromCodeUnits(units: Uint16Array, length: number): string {
  const view = new DataView(units.buffer, units.byteOffset, length * 2);
  // Code units were stored in platform order; the decoder reads little-endian.
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) for (let i = 0; i < length; i++) view.setUint16(i * 2, units[i]!, true);
  return new TextDecoder('utf-16le').decode(view);
}

function decodeKz1048(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    units[i] = byte < 0x80 ? byte : KZ1048_HIGH.charCodeAt(byte - 0x80);
  }
  return fromCodeUnits(units, bytes.length);
}

/** UTF-32 in the given byte order; surrogates, code points past U+10FFFF and trailing partial units become U+FFFD. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const whole = bytes.length - (bytes.length % 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const units = new Uint16Array((whole / 4) * 2 + 1);
  let length = 0;
  for (let i = 0; i < whole; i += 4) {
    const codePoint = view.getUint32(i, littleEndian);
    if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      units[length++] = 0xfffd;
    } else if (codePoint > 0xffff) {
      const offset = codePoint - 0x10000;
      units[length++] = 0xd800 + (offset >> 10);
      units[length++] = 0xdc00 + (offset & 0x3ff);
    } else {
      units[length++] = codePoint;
    }
  }
  if (whole < bytes.length) units[length++] = 0xfffd;
  return fromCodeUnits(units, length);
}

/** Decodes with a name normalizeCharset returned (utf-16/utf-32 already resolved to one byte order). */
function decodeAs(bytes: Uint8Array, charset: string): string {
  if (charset === 'rk1048') return decodeKz1048(bytes);
  if (charset === 'utf-32le' || charset === 'utf-32') return decodeUtf32(bytes, true);
  if (charset === 'utf-32be') return decodeUtf32(bytes, false);
  return new TextDecoder(charset).decode(bytes);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
// What Kazakh bytes look like when read as windows-1251 (Serbian/Macedonian letters): never in Kazakh or Russian text.
const FOREIGN_CYRILLIC = /[ђѓќћџљњЂЃЌЋЏЉЊ]/g;
const LOWER_CYRILLIC = /[а-яё]/g;
const UPPER_CYRILLIC = /[А-ЯЁ]/g;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Picks among the 8-bit Cyrillic code pages by how natural the decoded text looks: KOI8-R read as
 * windows-1251 comes out mostly upper case, Kazakh rk1048 read as windows-1251 shows Serbian letters.
 */
export function sniffCyrillic(bytes: Uint8Array): string {
  let best = 'windows-1251';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const charset of ['windows-1251', 'rk1048', 'koi8-r']) {
    const text = decodeAs(bytes, charset);
    const score = count(text, LOWER_CYRILLIC) - count(text, UPPER_CYRILLIC) + 3 * count(text, KAZAKH_LETTERS) - 5 * count(text, FOREIGN_CYRILLIC);
    if (score > bestScore) {
      best = charset;
      bestScore = score;
    }
  }
  return best;
}

export function detectCharset(bytes: Uint8Array, contentType?: string): { charset: string; from: CharsetSource } {
  const header = charsetFromContentType(contentType);
  if (header) return { charset: header, from: 'header' };
  const bom = charsetFromBom(bytes);
  if (bom) return { charset: bom.charset, from: 'bom' };
  const wide = sniffWideEncoding(bytes);
  if (wide) return { charset: wide, from: 'sniff' };
  const markup = charsetFromMarkup(bytes);
  if (markup) return markup;
  if (isValidUtf8(bytes)) return { charset: 'utf-8', from: 'sniff' };
  return { charset: sniffCyrillic(bytes), from: 'sniff' };
}

/** Decodes a fetched body; a BOM is dropped from the text whatever decided the charset. */
export function decodeBody(bytes: Uint8Array, contentType?: string): Decoded {
  const { charset, from } = detectCharset(bytes, contentType);
  const bom = charsetFromBom(bytes);
  // A header saying utf-16 without endianness: the BOM (if any) tells which.
  const effective = charset === 'utf-16' ? (bom?.charset.startsWith('utf-16') ? bom.charset : sniffWideEncoding(bytes) ?? 'utf-16le') : charset === 'utf-32' ? (bom?.charset.startsWith('utf-32') ? bom.charset : sniffWideEncoding(bytes) ?? 'utf-32le') : charset;
  const body = bom && bom.charset === effective ? bytes.subarray(bom.length) : bytes;
  let text = decodeAs(body, effective);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, charset: effective, from };
}
