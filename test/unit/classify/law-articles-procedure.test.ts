// Articles of procedure codes are how a court proceeds, not what a case is about: «ст. 223-226 ГПК»
// is neither article 223-22 nor an article of the Civil Code named later in the sentence.
import { describe, expect, it } from 'vitest';
import { findLawArticles } from '../../../shared/classify/law-articles';
import { normalizeText } from '../../../shared/classify/normalize';

const articles = (text: string) => findLawArticles(normalizeText(text).text).map(({ code, article, part }) => ({ code, article, ...(part ? { part } : {}) }));

describe('law articles next to procedure codes', () => {
  it('skips a range of Civil Procedure Code articles and keeps the Civil Code article', () => {
    expect(articles('Руководствуясь ст. 223-226 ГПК, суд решил. Статья 143 ГК РК.')).toEqual([{ code: 'civil', article: '143' }]);
    expect(articles('Руководствуясь статьями 223-226 Гражданского процессуального кодекса')).toEqual([]);
    expect(articles('Азаматтық процестік кодекстің 223-226-баптарын басшылыққа алып, Азаматтық кодекстің 143-бабы')).toEqual([{ code: 'civil', article: '143' }]);
  });

  it('still reads articles with a sub-number and parts', () => {
    expect(articles('ст. 73-3 КоАП')).toEqual([{ code: 'administrative', article: '73-3' }]);
    expect(articles('ч.2 ст.174 УК')).toEqual([{ code: 'criminal', article: '174', part: '2' }]);
    expect(articles('по ст. 274 УПК и УК')).toEqual([]);
  });
});
