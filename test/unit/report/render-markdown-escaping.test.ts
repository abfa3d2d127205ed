// Feed and staff text in the Markdown report: no autolinks, no broken entry lines, no bidi tricks.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderReportMarkdown } from '../../../shared/report/render-markdown';
import { computeReportData } from '../../../shared/report/report-statistics';
import { storedItem } from '../../support/items';

const hostile = storedItem({
  id: 'hostile-md',
  status: 'approved',
  url: 'https://example.org/article',
  title: 'Заголовок https://evil.example/phish и www.evil.example\nи почта editor@evil.example',
  entry: {
    category: 'threat',
    eventDate: '2021-10-05',
    outlet: 'Outlet\n# Fake heading\n- fake item',
    region: 'Алматы\u202eexe.gpj\u0000',
    text: { ru: 'Смотрите http://evil.example/x и WWW.Evil.example.\nВторая строка\r\n1) не список\n\nАбзац два с ftp://files.example' },
  },
});
const md = renderReportMarkdown(computeReportData('2021-10', [hostile]), 'ru');
const entryBlock = md.slice(md.indexOf('**05'), md.indexOf('[', md.indexOf('**05') + 4) + 200);

describe('Markdown escaping of interpolated fields', () => {
  it('bare URLs, www names and e-mail addresses are not autolinked', () => {
    expect(md).not.toMatch(/(^|[^\\]):\/\/evil/m);
    expect(md).not.toMatch(/(^|[^\\]):\/\/files/m);
    expect(md).toContain('https\\://evil.example/phish');
    expect(md).toContain('www\\.evil.example');
    expect(md).toContain('WWW\\.Evil.example');
    expect(md).toContain('editor\\@evil.example');
    // The entry's own link is still a link.
    expect(md).toContain('(<https://example.org/article>)');
  });

  it('a line break in an outlet, region or title cannot end the entry line or start a heading or list', () => {
    const metaLine = entryBlock.split('\n')[0]!;
    expect(metaLine).toMatch(/^\*\*05\.10\.2021 · Outlet \\# Fake heading - fake item · Алматы/);
    expect(metaLine.endsWith('**')).toBe(true);
    expect(md).not.toMatch(/^# Fake heading/m);
    expect(md).not.toMatch(/^- fake item/m);
    expect(md).toContain('Смотрите http\\://evil.example/x и WWW\\.Evil.example. Вторая строка 1) не список');
  });

  it('bidi controls and NUL are dropped', () => {
    expect(md).not.toMatch(/[\u0000\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(md).toContain('Алматыexe.gpj');
  });

  it('line-start markers are escaped, and escaping is linear on hostile fields', () => {
    expect(escapeMarkdown('1) one')).toBe('1\\) one');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('a\n\n\n  b')).toBe('a b');
    // Long runs of white space and newlines: the old `\s*\n\s*` pattern rescanned them from every position.
    expect(escapeMarkdown(`${' '.repeat(200_000)}x`)).toHaveLength(200_001);
    expect(escapeMarkdown(`a${' \n'.repeat(200_000)}b`)).toBe('a b');
  });
});
