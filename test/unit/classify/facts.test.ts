// Extractors on real-looking phrases: tenge amounts, law articles, language.
import { describe, expect, it } from 'vitest';
import { findAmountsKzt } from '../../../shared/classify/amounts';
import { detectLanguage, languageFromTag } from '../../../shared/classify/detect-language';
import { findLawArticles } from '../../../shared/classify/law-articles';
import { normalizeText } from '../../../shared/classify/normalize';

const amounts = (s: string): number[] => findAmountsKzt(normalizeText(s).text);
const articles = (s: string): Array<{ code: string; article: string; part?: string }> =>
  findLawArticles(normalizeText(s).text).map(({ code, article, part }) => ({ code, article, ...(part ? { part } : {}) }));

describe('findAmountsKzt', () => {
  it.each([
    ['Истец требует взыскать 25 млн 700 тыс. тенге морального вреда', [25_700_000]],
    ['The claimant asked for 2 million 405 thousand tenge', [2_405_000]],
    ['suits in the amount of KZT150 millions were filed', [150_000_000]],
    ['штраф составил 1,29 млн тг', [1_290_000]],
    ['ущерб оценили в ₸ 16,4 млрд', [16_400_000_000]],
    ['to recover KZT13000000 (1USD=182.04) from the editor', [13_000_000]],
    ['айыппұл 500 000 теңге болды', [500_000]],
    ['оштрафовали на 129 тысяч тенге ($270)', [129_000]],
    ['claims for KZT 224 millions and KZT 1,000,000', [224_000_000, 1_000_000]],
  ])('%s', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it('ignores numbers that are not sums in tenge', () => {
    expect(amounts('В 2023 году 15 журналистов получили 3 премии, курс 450 долларов')).toEqual([]);
  });
});

describe('findLawArticles', () => {
  it.each([
    ['по ст. 274 УК РК', [{ code: 'criminal', article: '274' }]],
    ['по признакам статьи 274 Уголовного кодекса', [{ code: 'criminal', article: '274' }]],
    ['ч.2 ст.174 УК', [{ code: 'criminal', article: '174', part: '2' }]],
    ['части 3 статьи 131 УК Республики Казахстан', [{ code: 'criminal', article: '131', part: '3' }]],
    ['ст.272 ч.1, 378, 274 УК РК', [{ code: 'criminal', article: '272', part: '1' }, { code: 'criminal', article: '378' }, { code: 'criminal', article: '274' }]],
    ['ҚК-нің 274-бабы бойынша', [{ code: 'criminal', article: '274' }]],
    ['Қылмыстық кодекстің 174-бабының 1-бөлігі', [{ code: 'criminal', article: '174', part: '1' }]],
    ['art. 73-3 of the Administrative Code', [{ code: 'administrative', article: '73-3' }]],
    ['Article 488, Part 6 of the Code of Administrative Offences', [{ code: 'administrative', article: '488', part: '6' }]],
    ['статье 456-2 КоАП РК', [{ code: 'administrative', article: '456-2' }]],
    ['статьей 143 Гражданского кодекса', [{ code: 'civil', article: '143' }]],
    ['under article 174 p. 1 "Incitement of discord"', [{ code: 'criminal', article: '174', part: '1' }]],
  ])('%s', (text, expected) => {
    expect(articles(text)).toEqual(expected);
  });

  it('leaves an unnamed code unknown unless the number is distinctive', () => {
    expect(articles('согласно статье 19 декларации')).toEqual([{ code: 'unknown', article: '19' }]);
    expect(articles('по статье 274 ему грозит до 7 лет')).toEqual([{ code: 'criminal', article: '274' }]);
  });

  it('does not read "Part 6" or a date as an article', () => {
    expect(articles('Part 6 of the report, 12 March 2024')).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it('uses Kazakh-only letters first', () => {
    expect(detectLanguage('Журналист Алматыда ұсталды')).toBe('kk');
  });
  it('tells Russian from Kazakh without Kazakh letters by function words', () => {
    expect(detectLanguage('Журналиста задержали в Алматы и доставили в отдел полиции')).toBe('ru');
    expect(detectLanguage('Бас редактор мен тілші туралы')).toBe('kk');
  });
  it('recognises Latin-script Kazakh and English', () => {
    expect(detectLanguage('Jýrnalıster men blogerler ustaldy, sóz bostandyǵy qorǵalýy tıis, Qazaqstan')).toBe('kk');
    expect(detectLanguage('Police detained a journalist covering the protest in Almaty')).toBe('en');
  });
  it('recognises a Latin-script Kazakh headline of five to eight words in every alphabet, and Arabic script', () => {
    expect(detectLanguage('Jýrnalıst Almatyda ustaldy, sotqa jiberildi')).toBe('kk');
    expect(detectLanguage('Blogerge jalğan aqparat üşin ayıppūl salındı')).toBe('kk');
    expect(detectLanguage('Tilshi polisiyagha shaqyryldy, sot ony aqtady')).toBe('kk');
    expect(detectLanguage("Qazaqstanda jurnalis' sottaldy, ol s'ag'ym tu'sirdi")).toBe('kk');
    expect(detectLanguage('ءتىلشى سوتقا شاقىرىلدى')).toBe('kk');
    expect(detectLanguage('Court fines a blogger over a post')).toBe('en');
  });
  it('is the one detector of ingest and import too: undefined without letters, tags read apart', () => {
    expect(detectLanguage('12:30 — 2024')).toBeUndefined();
    expect(languageFromTag('kk-KZ')).toBe('kk');
    expect(languageFromTag('ru_RU')).toBe('ru');
    expect(languageFromTag('de')).toBeUndefined();
  });
});
