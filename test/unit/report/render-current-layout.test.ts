import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_GAZETTEER } from '../../../shared/domain/gazetteer-names';
import { LANGUAGES } from '../../../shared/domain/taxonomy';
import { localizePlaces } from '../../../shared/report/place-names-in-report';
import { parseBaselineCsv } from '../../../shared/report/baseline';
import { renderReportFiles } from '../../../shared/report/build-report';
import { renderCurrentReportHtml } from '../../../shared/report/render-current-html';
import { renderCurrentReportMarkdown } from '../../../shared/report/render-current-markdown';
import { escapeMarkdown } from '../../../shared/report/render-markdown';
import { computeReportData } from '../../../shared/report/report-statistics';
import { october2021Items } from '../../fixtures/report/october-2021';
import { storedItem } from '../../support/items';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/report');
const GOLDEN_DIR = join(FIXTURES, 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `golden file ${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden report for October 2021 in the current layout', () => {
  // The same data as the 2021-layout golden: October's entries, and everything earlier from the baseline file.
  const baseline = parseBaselineCsv(readFileSync(join(FIXTURES, 'baseline-2020-10-to-2021-09.csv'), 'utf8'));
  const data = computeReportData('2021-10', october2021Items().filter((item) => item.entry?.eventDate.startsWith('2021-10')), { baseline });
  // As buildReport renders them: each language with its own outlet and region names from the gazetteer.
  const inLanguage = (lang: (typeof LANGUAGES)[number]) => localizePlaces(data, lang, SEED_GAZETTEER).data;
  for (const lang of LANGUAGES) {
    it(`renders the ${lang} HTML as the golden file`, () => expectGolden(`2021-10.current.report.${lang}.html`, renderCurrentReportHtml(inLanguage(lang), lang)));
    it(`renders the ${lang} Markdown as the golden file`, () => expectGolden(`2021-10.current.report.${lang}.md`, renderCurrentReportMarkdown(inLanguage(lang), lang)));
  }

  it('puts the counts first, then the comparison, the events in the country, the categories and the legal totals', () => {
    const html = renderCurrentReportHtml(data, 'en');
    const order = ['id="counts"', 'id="comparison"', 'id="events"', 'id="categories"', 'id="legal"', 'id="sources"'].map((id) => html.indexOf(id));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('of which: Summons by law enforcement');
    expect(html).toContain('25 million 700 thousand tenge');
    expect(html).toContain('25,700,000');
    expect(html).toContain('The figures for October 2020 – September 2021 come from the statistics');
  });

  it('is chosen by the layout passed to renderReportFiles', () => {
    const files = renderReportFiles(data, ['kk'], 'current');
    expect(files.map((f) => f.key)).toEqual(['reports/2021/10/report.kk.html', 'reports/2021/10/report.kk.md', 'reports/2021/10/data.json']);
    expect(files[0]!.body).toBe(renderCurrentReportHtml(data, 'kk'));
  });
});

describe('current layout: context entries and subcategories', () => {
  const threat = storedItem({
    id: 'threat-insult',
    status: 'approved',
    url: 'https://news.example.kz/insult',
    entry: {
      category: 'threat',
      eventDate: '2024-05-06',
      outlet: 'Жайық Пресс',
      text: { ru: 'Журналистку оскорбили в комментариях акима.' },
      incident: { subcategory: 'insult', perpetrator: 'state', targetKind: 'journalist', targetGender: 'female', city: 'Уральск', sourceLinks: ['https://news.example.kz/insult', 'https://other.example.kz/x'] },
    },
  });
  const context = storedItem({
    id: 'context-law',
    status: 'approved',
    entry: { category: 'legislation', eventDate: '2024-05-10', context: true, text: { en: 'Parliament began reading a new media law.' } },
  });
  const data = computeReportData('2024-05', [threat, context]);

  it('counts the subcategory within its category, and never counts a context entry', () => {
    expect(data.categories.find((c) => c.id === 'threat')!.month).toBe(1);
    expect(data.subcategories.find((s) => s.id === 'insult')!.month).toBe(1);
    expect(data.categories.find((c) => c.id === 'legislation')!.month).toBe(0);
    expect(data.totals.month).toBe(1);
    expect(data.contextEntries.map((e) => e.id)).toEqual(['context-law']);
    expect(data.entries.map((e) => e.id)).toEqual(['threat-insult']);
  });

  it('prints the context entry under the events in the country, and each source link', () => {
    const html = renderCurrentReportHtml(data, 'en');
    const events = html.slice(html.indexOf('id="events"'), html.indexOf('id="categories"'));
    expect(events).toContain('Parliament began reading a new media law.');
    const categories = html.slice(html.indexOf('id="categories"'), html.indexOf('id="legal"'));
    expect(categories).toContain('Insults · Жайық Пресс · Уральск');
    expect(categories).toContain('href="https://other.example.kz/x"');
    expect(renderCurrentReportMarkdown(data, 'ru')).toContain('Оскорбления · Жайық Пресс · Уральск');
  });

  it('keeps hostile text literal', () => {
    const hostile = storedItem({
      id: 'hostile',
      status: 'approved',
      url: 'javascript:alert(1)',
      title: '<img src=x onerror=alert(1)> [x](javascript:y)',
      entry: { category: 'attack', eventDate: '2024-05-02', text: { en: '<script>alert(1)</script>\n- list\n1. item' }, incident: { sourceLinks: ['javascript:alert(2)'] } },
    });
    const hostileData = computeReportData('2024-05', [hostile]);
    const html = renderCurrentReportHtml(hostileData, 'en');
    expect(html).not.toMatch(/<script|<img|href="javascript/);
    const markdown = renderCurrentReportMarkdown(hostileData, 'en');
    // Every bracket of the hostile text is escaped, so no tag opens and no link forms.
    expect(markdown).not.toMatch(/(?<!\\)<(script|img)|(?<!\\)\]\(/);
    expect(markdown).toContain('\\<script\\>');
    expect(escapeMarkdown('- a\n1. b')).toBe('\\- a 1. b');
  });
});
