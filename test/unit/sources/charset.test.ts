import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBody, detectCharset, normalizeCharset } from '../../../shared/sources/charset';
import { parseFeed } from '../../../shared/sources/feeds/feed-parser';

const dir = new URL('../../fixtures/feeds/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir));
const expected = JSON.parse(readFileSync(new URL('encodings.expected.json', dir), 'utf8')) as Record<string, { title: string; summary: string }>;

async function firstItem(name: string, contentType?: string) {
  const { text, charset, from } = decodeBody(fixture(name), contentType);
  const [item] = await parseFeed(text, { sourceId: 'enc', baseUrl: 'https://news.example.kz/rss', fetchedAt: '2024-03-12T10:00:00.000Z' });
  return { item: item!, charset, from };
}

describe('decodeBody on fixtures encoded by an independent encoder (Python codecs)', () => {
  const cases: Array<[file: string, contentType: string | undefined, charset: string, from: string, text: string]> = [
    ['rss2-windows-1251.xml', undefined, 'windows-1251', 'declaration', 'ru'],
    ['rss2-windows-1251.xml', 'application/rss+xml; charset=windows-1251', 'windows-1251', 'header', 'ru'],
    ['rss2-windows-1251-nodecl.xml', 'text/xml', 'windows-1251', 'sniff', 'ru'],
    ['rss2-windows-1251-nodecl.xml', 'text/xml; charset="cp1251"', 'cp1251', 'header', 'ru'],
    ['rss2-koi8-r.xml', undefined, 'koi8-r', 'declaration', 'koi8'],
    ['rss2-koi8-r-nodecl.xml', undefined, 'koi8-r', 'sniff', 'koi8'],
    ['rss2-koi8-r-nodecl.xml', 'text/xml; charset=KOI8-R', 'koi8-r', 'header', 'koi8'],
    ['rss2-rk1048.xml', undefined, 'rk1048', 'declaration', 'kk'],
    ['rss2-rk1048-nodecl.xml', undefined, 'rk1048', 'sniff', 'kk'],
    ['rss2-rk1048-nodecl.xml', 'text/xml; charset=KZ-1048', 'rk1048', 'header', 'kk'],
    ['rss2-utf16le-bom.xml', undefined, 'utf-16le', 'bom', 'kk'],
    ['rss2-utf16le-bom.xml', 'text/xml; charset=utf-16', 'utf-16le', 'header', 'kk'],
    ['rss2-utf16be-nobom.xml', undefined, 'utf-16be', 'sniff', 'ru'],
    ['rss2-utf32le-bom.xml', undefined, 'utf-32le', 'bom', 'kk'],
    ['rss2-utf8-bom.xml', undefined, 'utf-8', 'bom', 'ru'],
    ['rss2-latin1.xml', undefined, 'latin1', 'declaration', 'latin1'],
  ];
  it.each(cases)('%s with Content-Type %s decodes as %s (from %s), text exact', async (file, contentType, charset, from, key) => {
    const { item, charset: used, from: source } = await firstItem(file, contentType);
    expect(used).toBe(charset);
    expect(source).toBe(from);
    expect(item.title).toBe(expected[key]!.title);
    expect(item.summary).toBe(expected[key]!.summary);
  });

  it('drops the BOM from the text so the XML parser sees `<?xml` first', () => {
    const { text } = decodeBody(fixture('rss2-utf8-bom.xml'));
    expect(text.startsWith('<?xml')).toBe(true);
  });

  it('reads <meta charset> and the http-equiv form in HTML', () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>'), Buffer.from([0xd1, 0xf3, 0xe4]), Buffer.from('</body></html>')]);
    expect(detectCharset(page)).toEqual({ charset: 'windows-1251', from: 'meta' });
    expect(decodeBody(page).text).toContain('Суд');
    expect(detectCharset(Buffer.from('<meta charset="koi8-r"><p>x</p>'))).toEqual({ charset: 'koi8-r', from: 'meta' });
  });

  it('ignores an unknown header charset and falls through to the document', () => {
    expect(detectCharset(fixture('rss2-koi8-r.xml'), 'text/xml; charset=x-made-up')).toEqual({ charset: 'koi8-r', from: 'declaration' });
  });

  it('knows the Kazakh code page aliases', () => {
    expect(normalizeCharset('KZ-1048')).toBe('rk1048');
    expect(normalizeCharset('STRK1048-2002')).toBe('rk1048');
    expect(normalizeCharset('nonsense')).toBeUndefined();
  });
});
