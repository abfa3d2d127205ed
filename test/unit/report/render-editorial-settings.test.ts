import { describe, expect, it } from 'vitest';
import { renderCurrentReportHtml } from '../../../shared/report/render-current-html';
import { renderCurrentReportMarkdown } from '../../../shared/report/render-current-markdown';
import { renderReportHtml } from '../../../shared/report/render-html';
import { renderReportMarkdown } from '../../../shared/report/render-markdown';
import { computeReportData } from '../../../shared/report/report-statistics';
import { TEXTS, type EditorialSettings } from '../../../shared/report/report-texts';
import { october2021Items } from '../../fixtures/report/october-2021';

const data = computeReportData('2021-10', october2021Items());

const editorial: EditorialSettings = {
  introduction: { ru: 'Обзор фонда <script>alert(1)</script>\nвторая строка', en: 'English introduction' },
  methodology: { ru: 'Метод: проверка & сверка\nпо источникам' },
  contacts: { head: 'Руководитель службы <b>Иванова</b>', emails: ['monitor@example.kz', 'press@example.kz'] },
};

const layouts = [
  { name: '2021', html: renderReportHtml, markdown: renderReportMarkdown },
  { name: 'current', html: renderCurrentReportHtml, markdown: renderCurrentReportMarkdown },
] as const;

describe.each(layouts)('the $name layout with editorial settings', ({ html, markdown }) => {
  it('prints the introduction, methodology line and contacts in the HTML, escaped, newlines as breaks', () => {
    const page = html(data, 'ru', editorial);
    expect(page).toContain('<p>Обзор фонда &lt;script&gt;alert(1)&lt;/script&gt;<br>вторая строка</p>');
    expect(page).toContain('<p>Метод: проверка &amp; сверка<br>по источникам</p>');
    expect(page).toContain('<p>Руководитель службы &lt;b&gt;Иванова&lt;/b&gt;</p>');
    expect(page).toContain('<a href="mailto:monitor@example.kz">monitor@example.kz</a>, <a href="mailto:press@example.kz">press@example.kz</a>');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain(TEXTS.ru.introduction);
    expect(page).not.toContain(TEXTS.ru.sourcesNote);
    expect(page.indexOf('Обзор фонда')).toBeLessThan(page.indexOf('<section'));
    expect(page.indexOf('Руководитель службы')).toBeGreaterThan(page.indexOf('<footer>'));
  });

  it('prints them in the Markdown, escaped, a newline as a space', () => {
    const text = markdown(data, 'ru', editorial);
    expect(text).toContain('\nОбзор фонда \\<script\\>alert(1)\\</script\\> вторая строка\n');
    expect(text).toContain('\nМетод: проверка \\& сверка по источникам\n');
    expect(text).toContain('\nРуководитель службы \\<b\\>Иванова\\</b\\>\n');
    expect(text).toContain('\nmonitor\\@example.kz, press\\@example.kz\n');
    expect(text).not.toContain('<script>');
    expect(text).not.toContain(TEXTS.ru.introduction);
  });

  it('falls back to the built-in texts in a language the settings leave out', () => {
    const page = html(data, 'kk', editorial);
    expect(page).toContain(`<p>${TEXTS.kk.introduction}</p>`);
    expect(page).toContain(`<p>${TEXTS.kk.sourcesNote}</p>`);
    expect(page).not.toContain('Обзор фонда');
    // Contacts are one record for every language.
    expect(page).toContain('mailto:monitor@example.kz');
    expect(html(data, 'en', editorial)).toContain('<p>English introduction</p>');
  });

  it('prints exactly the built-in report when no settings are given', () => {
    expect(html(data, 'ru', {})).toBe(html(data, 'ru'));
    expect(markdown(data, 'ru', {})).toBe(markdown(data, 'ru'));
    expect(html(data, 'ru')).toContain(TEXTS.ru.introduction);
  });
});
