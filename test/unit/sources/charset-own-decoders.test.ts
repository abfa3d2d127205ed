import { describe, expect, it } from 'vitest';
import { decodeBody, normalizeCharset } from '../../../shared/sources/charset';

// Each Kazakh letter's KZ-1048 byte, written from the standard's table (not produced by any decoder).
const KAZAKH_BYTES: Array<[letter: string, byte: number]> = [
  ['Ә', 0xa3], ['ә', 0xbc],
  ['Ғ', 0xaa], ['ғ', 0xba],
  ['Қ', 0x8d], ['қ', 0x9d],
  ['Ң', 0xbd], ['ң', 0xbe],
  ['Ө', 0xa5], ['ө', 0xb4],
  ['Ұ', 0xa1], ['ұ', 0xa2],
  ['Ү', 0xaf], ['ү', 0xbf],
  ['Һ', 0x8e], ['һ', 0x9e],
  ['І', 0xb2], ['і', 0xb3],
];

const kz1048 = (bytes: number[]) => decodeBody(Uint8Array.from(bytes), 'text/plain; charset=KZ-1048');

describe('KZ-1048 (rk1048)', () => {
  it.each(KAZAKH_BYTES)('byte for %s decodes to that letter', (letter, byte) => {
    const { text, charset, from } = kz1048([0x3c, byte, 0x3e]);
    expect(charset).toBe('rk1048');
    expect(from).toBe('header');
    expect(text).toBe(`<${letter}>`);
  });

  it('decodes Kazakh words written byte by byte', () => {
    // Қазақстан
    expect(kz1048([0x8d, 0xe0, 0xe7, 0xe0, 0x9d, 0xf1, 0xf2, 0xe0, 0xed]).text).toBe('Қазақстан');
    // сөз бостандығы
    expect(kz1048([0xf1, 0xb4, 0xe7, 0x20, 0xe1, 0xee, 0xf1, 0xf2, 0xe0, 0xed, 0xe4, 0xfb, 0xba, 0xfb]).text).toBe('сөз бостандығы');
    // Өңірлік соттың үкімі: Ө ң і р л і к / с о т т ы ң / ү к і м і
    const bytes = [0xa5, 0xbe, 0xb3, 0xf0, 0xeb, 0xb3, 0xea, 0x20, 0xf1, 0xee, 0xf2, 0xf2, 0xfb, 0xbe, 0x20, 0xbf, 0xea, 0xb3, 0xec, 0xb3];
    expect(kz1048(bytes).text).toBe('Өңірлік соттың үкімі');
  });

  it('keeps the windows-1251 characters the standard shares and marks the unassigned byte', () => {
    expect(kz1048([0xa8, 0xb8, 0xb9, 0x96, 0x88]).text).toBe('Ёё№–€');
    expect(kz1048([0x41, 0x98, 0x42]).text).toBe('A\uFFFDB');
  });

  it('is what the sniffer picks for undeclared Kazakh bytes', () => {
    const body = [0x3c, 0x70, 0x3e, 0x8d, 0xe0, 0xe7, 0xe0, 0x9d, 0xf1, 0xf2, 0xe0, 0xed, 0x20, 0xf1, 0xb4, 0xe7, 0x20, 0xe1, 0xee, 0xf1, 0xf2, 0xe0, 0xed, 0xe4, 0xfb, 0xba, 0xfb];
    const decoded = decodeBody(Uint8Array.from(body));
    expect(decoded).toEqual({ text: '<p>Қазақстан сөз бостандығы', charset: 'rk1048', from: 'sniff' });
  });
});

function utf32(codePoints: number[], littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(codePoints.length * 4);
  const view = new DataView(bytes.buffer);
  codePoints.forEach((codePoint, index) => view.setUint32(index * 4, codePoint, littleEndian));
  return bytes;
}

const SAMPLE = '<p>Сөз 😀</p>';
const samplePoints = [...SAMPLE].map((character) => character.codePointAt(0)!);

describe('UTF-32', () => {
  it('decodes both byte orders named by the header', () => {
    expect(decodeBody(utf32(samplePoints, true), 'text/html; charset=utf-32le')).toEqual({ text: SAMPLE, charset: 'utf-32le', from: 'header' });
    expect(decodeBody(utf32(samplePoints, false), 'text/html; charset=UTF-32BE')).toEqual({ text: SAMPLE, charset: 'utf-32be', from: 'header' });
  });

  it('takes the byte order from the BOM, which does not reach the text', () => {
    expect(decodeBody(utf32([0xfeff, ...samplePoints], false))).toEqual({ text: SAMPLE, charset: 'utf-32be', from: 'bom' });
    expect(decodeBody(utf32([0xfeff, ...samplePoints], true), 'text/html; charset=utf-32')).toEqual({ text: SAMPLE, charset: 'utf-32le', from: 'header' });
  });

  it('recognises BOM-less UTF-32 by the zero-padded `<`', () => {
    expect(decodeBody(utf32(samplePoints, false))).toEqual({ text: SAMPLE, charset: 'utf-32be', from: 'sniff' });
  });

  it('turns surrogates, code points past U+10FFFF and a trailing partial unit into U+FFFD', () => {
    const bytes = utf32([0x41, 0xd800, 0x42, 0x110000, 0xffffffff, 0x10ffff], true);
    expect(decodeBody(bytes, 'text/plain; charset=utf-32le').text).toBe('A\uFFFDB\uFFFD\uFFFD\u{10FFFF}');
    const truncated = Uint8Array.from([...utf32([0x43], true), 0x44, 0x00]);
    expect(decodeBody(truncated, 'text/plain; charset=utf-32le').text).toBe('C\uFFFD');
  });
});

describe('charset labels', () => {
  it('accepts the Kazakh and UTF-32 names TextDecoder does not know', () => {
    for (const label of ['rk1048', 'RK1048', 'kz1048', 'x-kazakh', 'STRK1048-2002']) expect(normalizeCharset(label)).toBe('rk1048');
    expect(normalizeCharset('UTF-32')).toBe('utf-32');
    expect(normalizeCharset('utf-32le')).toBe('utf-32le');
    expect(normalizeCharset('UCS-4')).toBe('utf-32');
  });

  it('accepts WHATWG labels and the usual spellings of the Cyrillic code pages', () => {
    expect(normalizeCharset('"windows-1251"')).toBe('windows-1251');
    expect(normalizeCharset('Windows1251')).toBe('windows-1251');
    expect(normalizeCharset('win1251')).toBe('windows-1251');
    expect(normalizeCharset('koi8r')).toBe('koi8-r');
    expect(normalizeCharset('KOI8-U')).toBe('koi8-u');
    expect(normalizeCharset('ibm866')).toBe('ibm866');
    expect(normalizeCharset('iso-8859-5')).toBe('iso-8859-5');
    expect(normalizeCharset('x-mac-cyrillic')).toBe('x-mac-cyrillic');
    expect(normalizeCharset('gbk')).toBe('gbk');
  });

  it('leaves an unknown label unknown, and the body is read by what else it shows', () => {
    expect(normalizeCharset('x-made-up')).toBeUndefined();
    expect(normalizeCharset('utf-7')).toBeUndefined();
    expect(normalizeCharset('replacement')).toBeUndefined();
    expect(normalizeCharset('  ')).toBeUndefined();
    const body = Uint8Array.from([0x3c, 0x70, 0x3e, 0xd1, 0xf3, 0xe4, 0x20, 0xe8, 0x20, 0xef, 0xf0, 0xe0, 0xe2, 0xee]);
    expect(decodeBody(body, 'text/html; charset=x-made-up')).toEqual({ text: '<p>Суд и право', charset: 'windows-1251', from: 'sniff' });
  });

  it('decodes the other Cyrillic code pages through TextDecoder', () => {
    // "Суд" in KOI8-R, IBM866 and ISO-8859-5.
    expect(decodeBody(Uint8Array.from([0xf3, 0xd5, 0xc4]), 'text/plain; charset=koi8-r').text).toBe('Суд');
    expect(decodeBody(Uint8Array.from([0x91, 0xe3, 0xa4]), 'text/plain; charset=cp866').text).toBe('Суд');
    expect(decodeBody(Uint8Array.from([0xc1, 0xe3, 0xd4]), 'text/plain; charset=iso-8859-5').text).toBe('Суд');
  });
});
