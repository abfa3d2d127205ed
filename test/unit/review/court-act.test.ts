// Court-act import prefill on decisions written in the style of real acts (Russian and Kazakh): the
// act's own date, the court, stage decided with a judicial act and its outcome, claimed and awarded
// sums, the code and article, and a short summary instead of the raw act.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../shared/classify/classifier';
import type { StoredItem } from '../../../shared/domain/item';
import { isCourtAct, readCourtAct } from '../../../shared/review/court-act';
import { suggestEntry } from '../../../shared/review/suggest-entry';
import { storedItem } from '../../support/items';

const classify = createClassifier();

const RU_ACT = `РЕШЕНИЕ
ИМЕНЕМ РЕСПУБЛИКИ КАЗАХСТАН

28 октября 2026 года                                                   город Уральск

Специализированный межрайонный экономический суд Западно-Казахстанской области в составе председательствующего судьи Сериковой А.Б., при секретаре Жанову К.,
рассмотрев в открытом судебном заседании гражданское дело по иску ТОО «Жайык Агро» к ТОО «Редакция газеты Уральская неделя» о защите деловой репутации и взыскании морального вреда,

УСТАНОВИЛ:
Истец обратился в суд с иском, указав, что 14 августа 2026 года на сайте газеты «Уральская неделя» опубликована статья, порочащая его деловую репутацию. Истец просит признать сведения не соответствующими действительности и взыскать с ответчика моральный вред в размере 20 000 000 тенге на основании статьи 143 Гражданского кодекса Республики Казахстан.
Ответчик иск не признал.
Суд, выслушав стороны, считает иск подлежащим частичному удовлетворению. Руководствуясь ст. 223-226 ГПК, суд

РЕШИЛ:
Иск ТОО «Жайык Агро» удовлетворить частично.
Взыскать с ТОО «Редакция газеты Уральская неделя» в пользу ТОО «Жайык Агро» моральный вред в размере 1 000 000 (один миллион) тенге, а также государственную пошлину в размере 30 000 тенге.
В остальной части иска отказать.
Решение может быть обжаловано в течение одного месяца.`;

const KK_ACT = `ШЕШІМ
ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ АТЫНАН

2026 жылғы 28 қазан                                                    Орал қаласы

Батыс Қазақстан облысының мамандандырылған ауданаралық экономикалық соты төрағалық етуші судья А.Б. Серікова құрамында,
«Жайық Агро» ЖШС талапкердің «Уральская неделя» газеті редакциясы ЖШС жауапкерге іскерлік беделді қорғау және моральдық зиянды өндіру туралы талабы бойынша азаматтық істі ашық сот отырысында қарап,

АНЫҚТАДЫ:
Талапкер 2026 жылғы 14 тамызда жарияланған мақала іскерлік беделін түсірді деп, Азаматтық кодекстің 143-бабы негізінде 20 000 000 теңге моральдық зиянды өндіруді сұрады.
Сот Азаматтық процестік кодекстің 223-226-баптарын басшылыққа алып,

ШЕШТІ:
Талап ішінара қанағаттандырылсын.
«Уральская неделя» газеті редакциясы ЖШС-нен «Жайық Агро» ЖШС пайдасына 1 000 000 (бір миллион) теңге моральдық зиян өндірілсін.
Талаптың қалған бөлігін қанағаттандырудан бас тартылсын.`;

function actItem(text: string, language: 'ru' | 'kk'): StoredItem {
  const title = language === 'ru' ? 'Решение суда по иску к «Уральской неделе»' : '«Уральская неделя» ісі бойынша сот шешімі';
  // Imported on 5 November: the act's date, not the import's, decides the report month.
  return storedItem({ title, summary: text.slice(0, 500), text, language, sourceKind: 'manual', sourceId: 'manual', publishedAt: '2026-11-05T10:00:00.000Z', classification: classify({ title, text, lang: language }) });
}

describe('court acts read for the report entry', () => {
  it('recognises an act by its title and operative part, not a story about one', () => {
    expect(isCourtAct(RU_ACT)).toBe(true);
    expect(isCourtAct(KK_ACT)).toBe(true);
    expect(isCourtAct('Суд решил взыскать с газеты 1 млн тенге, сообщает редакция.')).toBe(false);
  });

  it('Russian: act date, court, parties, partial outcome, 20 million claimed and 1 million awarded', () => {
    expect(readCourtAct(RU_ACT, '2026-11-05')).toEqual({
      actDate: '2026-10-28',
      court: 'Специализированный межрайонный экономический суд Западно-Казахстанской области',
      outcome: 'partial',
      amountClaimedKzt: 20_000_000,
      amountAwardedKzt: 1_000_000,
      claimant: 'ТОО «Жайык Агро»',
      defendant: 'ТОО «Редакция газеты Уральская неделя»',
      subject: 'защите деловой репутации и взыскании морального вреда',
    });
  });

  it('Kazakh: the same facts from the Kazakh act', () => {
    expect(readCourtAct(KK_ACT, '2026-11-05')).toMatchObject({
      actDate: '2026-10-28',
      court: 'Батыс Қазақстан облысының мамандандырылған ауданаралық экономикалық соты',
      outcome: 'partial',
      amountClaimedKzt: 20_000_000,
      amountAwardedKzt: 1_000_000,
    });
  });

  for (const [language, act] of [['ru', RU_ACT], ['kk', KK_ACT]] as const) {
    it(`${language}: the suggested entry is a decided civil case under art. 143 of the Civil Code, dated by the act, with a short text`, () => {
      const item = actItem(act, language);
      expect(item.classification.categories[0]).toBe('civil');
      const entry = suggestEntry(item);
      expect(entry.eventDate).toBe('2026-10-28');
      expect(entry.legalCase).toMatchObject({
        type: 'civil',
        stage: 'decided',
        judicialAct: true,
        outcome: 'partial',
        honourDignity: true,
        lawArticle: { code: 'civil', article: '143' },
        amountClaimedKzt: 20_000_000,
        amountAwardedKzt: 1_000_000,
      });
      expect(entry.legalCase?.court).toMatch(language === 'ru' ? /экономический суд Западно-Казахстанской области$/ : /экономикалық соты$/);
      const text = entry.text[language]!;
      expect(text.length).toBeLessThan(400);
      expect(text).not.toContain('УСТАНОВИЛ');
      expect(text).not.toContain('АНЫҚТАДЫ');
      expect(text).toContain('1 000 000');
      expect(text).toContain('28.10.2026');
    });
  }

  it('the Russian summary names the court, the parties and the outcome', () => {
    expect(suggestEntry(actItem(RU_ACT, 'ru')).text.ru).toBe(
      'Специализированный межрайонный экономический суд Западно-Казахстанской области, решение от 28.10.2026, по иску ТОО «Жайык Агро» к ТОО «Редакция газеты Уральская неделя» о защите деловой репутации и взыскании морального вреда; иск удовлетворён частично; взыскано 1 000 000 тенге; заявлено 20 000 000 тенге.',
    );
  });

  it('a story, not an act, keeps the first sentence, the date it names and the largest sum as claimed', () => {
    const title = 'Аким подал иск к журналисту';
    const summary = '3 ноября аким подал иск к журналисту о защите чести и достоинства и требует 5 млн тенге. Суд назначен на декабрь.';
    const item = storedItem({ title, summary, publishedAt: '2026-11-05T10:00:00.000Z', classification: classify({ title, text: summary, lang: 'ru' }) });
    const entry = suggestEntry(item);
    expect(entry.eventDate).toBe('2026-11-03');
    expect(entry.text.ru).toBe('3 ноября аким подал иск к журналисту о защите чести и достоинства и требует 5 млн тенге.');
    expect(entry.legalCase).toMatchObject({ stage: 'filed', amountClaimedKzt: 5_000_000 });
    expect(entry.legalCase?.amountAwardedKzt).toBeUndefined();
  });
});
