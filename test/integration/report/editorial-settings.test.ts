import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/build-report';
import { saveReportSettings } from '../../../shared/report/report-settings';
import { TEXTS } from '../../../shared/report/report-texts';
import { october2021Items } from '../../fixtures/report/october-2021';
import { DYNAMODB_BACKEND, startLocalStack, type LocalStack } from '../../support/local-stack';

describe(`buildReport with stored editorial settings on ${DYNAMODB_BACKEND} + s3rver`, () => {
  let stack: LocalStack;
  beforeAll(async () => {
    stack = await startLocalStack();
    const items = october2021Items();
    for (let i = 0; i < items.length; i += 25) {
      await Promise.all(items.slice(i, i + 25).map((item) => stack.deps.items.saveIfNew(item)));
    }
    await saveReportSettings(stack.deps.objects, {
      layout: 'current',
      introduction: { ru: 'Введение редактора <script>x</script>\nс переносом' },
      methodology: { ru: 'Мониторинг ведётся ежедневно' },
      contacts: { head: 'Руководитель службы мониторинга А. Б.', emails: ['monitoring@example.kz'] },
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('publishes reports that print the stored texts where set and the built-in ones elsewhere', async () => {
    // Act
    const result = await buildReport(stack.deps, { month: '2021-10' });
    // Assess
    expect(result.layout).toBe('current');
    const read = async (key: string) => (await stack.deps.objects.get(key))!.body.toString('utf8');
    const ruHtml = await read('reports/2021/10/report.ru.html');
    expect(ruHtml).toContain('<p>Введение редактора &lt;script&gt;x&lt;/script&gt;<br>с переносом</p>');
    expect(ruHtml).toContain('<p>Мониторинг ведётся ежедневно</p>');
    expect(ruHtml).toContain('<p>Руководитель службы мониторинга А. Б.</p>');
    expect(ruHtml).toContain('<a href="mailto:monitoring@example.kz">monitoring@example.kz</a>');
    expect(ruHtml).not.toContain(TEXTS.ru.introduction);
    const ruMarkdown = await read('reports/2021/10/report.ru.md');
    expect(ruMarkdown).toContain('Введение редактора \\<script\\>x\\</script\\> с переносом');
    expect(ruMarkdown).toContain('monitoring\\@example.kz');
    const enHtml = await read('reports/2021/10/report.en.html');
    expect(enHtml).toContain(`<p>${TEXTS.en.introduction}</p>`);
    expect(enHtml).toContain('<p>Руководитель службы мониторинга А. Б.</p>');
  });
});
