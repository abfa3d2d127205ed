// Dates named in ru/kk/en texts, and search stems: any form of a Russian or Kazakh word finds every form.
import { describe, expect, it } from 'vitest';
import { itemMatches, searchWords } from '../../../shared/review/item-filter';
import { stemWord } from '../../../shared/review/search-stem';
import { findDates, firstDate } from '../../../shared/review/text-dates';
import { storedItem } from '../../support/items';

describe('dates in a text', () => {
  it('reads Russian, Kazakh, English and numeric dates in order of appearance', () => {
    expect(findDates('Решение от 28 октября 2026 года; иск подан 3 сентября.', '2026-11-05').map((d) => d.date)).toEqual(['2026-10-28', '2026-09-03']);
    expect(firstDate('2026 жылғы 28 қазан Орал қаласы', '2026-11-05')).toBe('2026-10-28');
    expect(firstDate('Журналист 12 қазанда ұсталды', '2026-11-05')).toBe('2026-10-12');
    expect(firstDate('On October 28, 2026 the court ruled', '2026-11-05')).toBe('2026-10-28');
    expect(firstDate('Detained on 28 October', '2026-11-05')).toBe('2026-10-28');
    expect(firstDate('Акт от 28.10.2026', '2026-11-05')).toBe('2026-10-28');
  });

  it('skips dates off the calendar or after the publication day; a date without a year before it is last year', () => {
    expect(firstDate('31.02.2026 и 30 февраля', '2026-11-05')).toBeUndefined();
    // «слушание назначено на 20 ноября» is announced, not happened; «28 декабря» in early January was last year.
    expect(firstDate('Слушание назначено на 20 ноября 2026 года', '2026-11-05')).toBeUndefined();
    expect(firstDate('28 декабря журналиста задержали', '2027-01-03')).toBe('2026-12-28');
    expect(firstDate('Без даты', '2026-11-05')).toBeUndefined();
  });

  it('scans a long hostile text quickly (linear patterns)', () => {
    const text = '1 '.repeat(50_000) + '28 октября 2026';
    expect(firstDate(text, '2026-11-05')).toBe('2026-10-28');
  });
});

describe('search stems', () => {
  it('reduces Russian and Kazakh forms to one stem and leaves short words whole', () => {
    for (const form of ['журналисты', 'журналиста', 'журналистов', 'журналистами', 'журналист']) expect(stemWord(form)).toBe('журналист');
    expect(stemWord('задержали')).toBe('задерж');
    expect(stemWord('тілшілерге')).toBe(stemWord('тілшілер'));
    expect(stemWord('суд')).toBe('суд');
    expect(stemWord('media')).toBe('media');
  });

  it('«журналисты» and «журналист» find the same items, Russian and Kazakh', () => {
    const items = [
      storedItem({ title: 'Журналиста задержали', summary: '' }),
      storedItem({ title: 'Журналисты вышли на пикет', summary: '' }),
      storedItem({ title: 'Журналистов не пустили', summary: '' }),
      storedItem({ title: 'Журналистерге қысым жасалды', summary: '', language: 'kk' }),
      storedItem({ title: 'Аким открыл парк', summary: '' }),
    ];
    const found = (q: string) => items.filter((item) => itemMatches(item, {}, searchWords(q))).map((item) => item.title);
    expect(found('журналисты')).toHaveLength(4);
    expect(found('журналисты')).toEqual(found('журналист'));
    expect(found('журналистерге')).toEqual(found('журналист'));
    expect(found('парк')).toEqual(['Аким открыл парк']);
  });
});
