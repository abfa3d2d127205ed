import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../../shared/sources/urls';

describe('absoluteUrl', () => {
  it('resolves relative links against the page and keeps absolute http(s) ones', () => {
    expect(absoluteUrl('/rus/news/1', 'https://sud.gov.kz/rus/news')).toBe('https://sud.gov.kz/rus/news/1');
    expect(absoluteUrl('  item?id=2 ', 'http://example.kz/feed/')).toBe('http://example.kz/feed/item?id=2');
    expect(absoluteUrl('https://other.kz/a', 'http://example.kz/')).toBe('https://other.kz/a');
  });
  it('gives nothing for empty, unparsable or non-http(s) links', () => {
    for (const href of [undefined, '', '   ', 'javascript:alert(1)', 'mailto:a@b.kz', 'file:///etc/passwd', 'http://[bad']) {
      expect(absoluteUrl(href, 'https://example.kz/'), String(href)).toBeUndefined();
    }
  });
});
