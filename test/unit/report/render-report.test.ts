import { readFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEED_GAZETTEER } from '../../../shared/domain/gazetteer-names';
import { LANGUAGES } from '../../../shared/domain/taxonomy';
import { localizePlaces } from '../../../shared/report/place-names-in-report';
import { renderReportFiles } from '../../../shared/report/build-report';
import { canonicalJson, renderDataJson } from '../../../shared/report/render-data-json';
import { escapeHtml, renderReportHtml } from '../../../shared/report/render-html';
import { publishedMonths, renderReportIndex } from '../../../shared/report/render-index';
import { escapeMarkdown, renderReportMarkdown } from '../../../shared/report/render-markdown';
import { computeReportData } from '../../../shared/report/report-statistics';
import { october2021Items } from '../../fixtures/report/october-2021';
import { storedItem } from '../../support/items';
import { createHash } from 'node:crypto';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/report/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Compares with the golden file; rewrites it only when UPDATE_GOLDEN=1 (then read the diff before committing). */
function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `golden file ${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden report for October 2021', () => {
  const data = computeReportData('2021-10', october2021Items());
  // As buildReport renders them: each language with its own outlet and region names from the gazetteer.
  const inLanguage = (lang: (typeof LANGUAGES)[number]) => localizePlaces(data, lang, SEED_GAZETTEER).data;
  for (const lang of LANGUAGES) {
    it(`renders the ${lang} HTML as the golden file`, () => expectGolden(`2021-10.report.${lang}.html`, renderReportHtml(inLanguage(lang), lang)));
    it(`renders the ${lang} Markdown as the golden file`, () => expectGolden(`2021-10.report.${lang}.md`, renderReportMarkdown(inLanguage(lang), lang)));
  }
  it('renders data.json as the golden file', () => expectGolden('2021-10.data.json', renderDataJson(data)));

  it('rebuilds byte-identical files from the same data in another order', () => {
    const again = computeReportData('2021-10', [...october2021Items()].reverse());
    const a = renderReportFiles(data, LANGUAGES);
    const b = renderReportFiles(again, LANGUAGES);
    expect(b.map((f) => [f.key, f.body])).toEqual(a.map((f) => [f.key, f.body]));
  });

  it('localises the title and prints the organisation in three languages', () => {
    const ru = renderReportHtml(data, 'ru');
    expect(ru).toContain('<title>Нарушения свободы слова в Казахстане. Октябрь 2021</title>');
    expect(renderReportHtml(data, 'kk')).toContain('Қазақстандағы сөз бостандығының бұзылуы. 2021 жылғы қазан');
    expect(renderReportHtml(data, 'en')).toContain('Violations of Freedom of Speech in Kazakhstan. October 2021');
    for (const name of ['Сөз бостандығын қорғаудың халықаралық қоры', 'Международный фонд защиты свободы слова', 'International Foundation for Freedom of Speech Protection Adil Soz']) {
      expect(ru).toContain(name);
    }
    expect(ru).toContain('<svg');
    expect(ru).not.toMatch(/<script|<link|src="http/);
  });

  it('says when an entry falls back to another language', () => {
    const en = renderReportHtml(data, 'en');
    expect(en).toContain('Text available in Russian only.');
    expect(renderReportMarkdown(data, 'kk')).toContain('Мәтін тек орыс тілінде бар.');
    // An entry written in all three languages carries no note.
    const ru = renderReportHtml(data, 'ru');
    expect(ru).not.toContain('Текст доступен только');
  });

  it('carries a manifest whose checksum is the sha256 of the data', () => {
    const parsed = JSON.parse(renderDataJson(data)) as { manifest: { dataSha256: string; itemIds: string[]; rulesVersions: string[] }; data: unknown };
    expect(parsed.manifest.dataSha256).toBe(createHash('sha256').update(canonicalJson(parsed.data)).digest('hex'));
    expect(parsed.manifest.itemIds).toHaveLength(data.entries.length);
    expect(parsed.manifest.rulesVersions).toEqual(['fixture-2021.10']);
  });
});

describe('escaping', () => {
  const hostile = storedItem({
    id: 'hostile',
    status: 'approved',
    url: 'javascript:alert(1)',
    title: '<script>alert("title")</script> & [link](javascript:x)',
    entry: {
      category: 'threat',
      eventDate: '2021-10-05',
      outlet: '<b onmouseover="x()">Outlet</b>',
      region: "O'Region \"quoted\"",
      text: { ru: 'Текст <img src=x onerror=alert(1)> **жирный** # заголовок\n\n<iframe>' },
    },
  });
  const data = computeReportData('2021-10', [hostile]);

  it('escapes every feed and staff string in the HTML and links only http(s) URLs', () => {
    const html = renderReportHtml(data, 'ru');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<iframe>');
    expect(html).not.toContain('<b onmouseover');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; [link](javascript:x)');
    expect(html).toContain('O&#39;Region &quot;quoted&quot;');
  });

  it('escapes Markdown so feed text cannot become markup or links', () => {
    const md = renderReportMarkdown(data, 'ru');
    // Every `<` from the text is backslash-escaped, so no renderer sees a tag.
    expect(md).not.toMatch(/(^|[^\\])<(img|iframe|script)/m);
    expect(md).toContain('\\<img');
    expect(md).not.toMatch(/[^\\]\]\(javascript/);
    expect(md).toContain('\\[link\\](javascript:x)');
    expect(md).toContain('\\*\\*жирный\\*\\*');
    expect(escapeMarkdown('<a>')).toBe('\\<a\\>');
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});

describe('empty month', () => {
  it('renders a complete report saying there are no entries', () => {
    const data = computeReportData('2022-02', []);
    expect(renderReportHtml(data, 'en')).toContain('No approved cases this month.');
    expect(renderReportMarkdown(data, 'ru')).toContain('В этом месяце одобренных случаев нет.');
    expect(JSON.parse(renderDataJson(data)).manifest.itemIds).toEqual([]);
  });
});

describe('index page', () => {
  it('lists every complete month (pages and data.json), newest first, and ignores other keys', () => {
    const keys = [
      'reports/2021/10/report.ru.html',
      'reports/2021/10/report.en.html',
      'reports/2021/10/report.ru.md',
      'reports/2021/10/data.json',
      'reports/2021/11/data.json',
      'reports/2022/01/report.kk.html',
      'reports/2022/01/data.json',
      'reports/2022/02/report.ru.html',
      'reports/index.html',
      'reports/2021/10/stray.txt',
    ];
    expect(publishedMonths(keys).map((m) => [m.month, m.html])).toEqual([
      ['2022-01', ['kk']],
      ['2021-10', ['ru', 'en']],
    ]);
    const html = renderReportIndex(keys);
    expect(html).toContain('href="2021/10/report.ru.html"');
    expect(html).toContain('href="2021/10/data.json"');
    expect(html).not.toContain('2021/11');
    // 2022-02 has a page but no data.json: a run that failed midway.
    expect(html).not.toContain('2022/02');
    expect(html.indexOf('2022-01')).toBeLessThan(html.indexOf('2021-10'));
  });
  it('says so when nothing is published', () => {
    expect(renderReportIndex([])).toContain('No reports published yet.');
  });
});
