// List-page dates read with a stored format: Russian and Kazakh month names in any case, relative days
// against the run's clock in Asia/Almaty, a missing year, and formats refused when they make no sense.
import { describe, expect, it } from 'vitest';
import { compileDateFormat, parseDateInFormat } from '../../../shared/sources/dates';

// 14:00 in Almaty (UTC+5) on 5 December 2026.
const now = new Date('2026-12-05T09:00:00Z');

describe('parseDateInFormat', () => {
  it.each([
    ['d MMMM yyyy, HH:mm', '5 декабря 2026, 12:40', '2026-12-05T07:40:00.000Z'],
    ['d MMMM yyyy, HH:mm', '3 ДЕКАБРЯ 2026, 15:00', '2026-12-03T10:00:00.000Z'],
    ['d MMMM yyyy', 'Опубликовано: 1 март 2026', '2026-02-28T19:00:00.000Z'],
    ['d MMMM yyyy', '12 наурыз 2026', '2026-03-11T19:00:00.000Z'],
    ['d MMMM yyyy', '12 наурыздың 2026', '2026-03-11T19:00:00.000Z'],
    ['d MMMM, HH:mm', '1 Желтоқсанда, 08:30', '2026-12-01T03:30:00.000Z'],
    ["yyyy 'жылғы' d MMMM", '2026 жылғы 4 желтоқсан', '2026-12-03T19:00:00.000Z'],
    ['dd.MM.yyyy HH:mm', '05.12.2026 11:47', '2026-12-05T06:47:00.000Z'],
    ['dd.MM.yy', '05.12.26', '2026-12-04T19:00:00.000Z'],
    ['HH:mm', '13:05', '2026-12-05T08:05:00.000Z'],
    ['MMMM d, yyyy', 'December 3, 2026', '2026-12-02T19:00:00.000Z'],
  ])('%s reads "%s"', (format, text, expected) => {
    expect(parseDateInFormat(text, compileDateFormat(format), now)).toBe(expected);
  });

  it.each([
    ['Сегодня, 13:20', '2026-12-05T08:20:00.000Z'],
    ['сегодня в 09:05', '2026-12-05T04:05:00.000Z'],
    ['Вчера, 21:40', '2026-12-04T16:40:00.000Z'],
    ['Бүгін, 12:30', '2026-12-05T07:30:00.000Z'],
    ['КЕШЕ 19:45', '2026-12-04T14:45:00.000Z'],
    ['кеше', '2026-12-03T19:00:00.000Z'],
  ])('"%s" is relative to the run in Almaty, whatever the format', (text, expected) => {
    expect(parseDateInFormat(text, compileDateFormat('d MMMM, HH:mm'), now)).toBe(expected);
    expect(parseDateInFormat(text, 'auto', now)).toBe(expected);
  });

  it('"today" is the Almaty day, not the UTC one: 00:30 in Almaty is still the previous day in UTC', () => {
    const justAfterMidnight = new Date('2026-12-04T19:30:00Z');
    expect(parseDateInFormat('Сегодня, 00:10', 'auto', justAfterMidnight)).toBe('2026-12-04T19:10:00.000Z');
    expect(parseDateInFormat('Вчера, 23:50', 'auto', justAfterMidnight)).toBe('2026-12-04T18:50:00.000Z');
  });

  it('a date without a year is this year, or last year when that would be in the future', () => {
    const format = compileDateFormat('d MMMM, HH:mm');
    expect(parseDateInFormat('3 декабря, 16:10', format, now)).toBe('2026-12-03T11:10:00.000Z');
    expect(parseDateInFormat('30 декабря, 10:00', format, now)).toBe('2025-12-30T05:00:00.000Z');
  });

  it('text that is not a date in the format reads as nothing', () => {
    const format = compileDateFormat('d MMMM yyyy');
    expect(parseDateInFormat('5 бананов 2026', format, now)).toBeUndefined();
    expect(parseDateInFormat('', format, now)).toBeUndefined();
    expect(parseDateInFormat('31.02.2026', compileDateFormat('dd.MM.yyyy'), now)).toBeUndefined();
    expect(parseDateInFormat('99.99.2026', compileDateFormat('dd.MM.yyyy'), now)).toBeUndefined();
  });

  it('a hostile date label costs linear time and reads as nothing', () => {
    const text = `${'1 '.repeat(50_000)}${'а'.repeat(100_000)}`;
    expect(parseDateInFormat(text, compileDateFormat('d MMMM yyyy'), now)).toBeUndefined();
  });

  it('refuses formats without tokens, with two months, with unquoted words or an open quote', () => {
    expect(() => compileDateFormat('--')).toThrow(/no date or time token/);
    expect(() => compileDateFormat('MM MMMM')).toThrow(/two months/);
    expect(() => compileDateFormat('d MMMM года')).toThrow(/not a token/);
    expect(() => compileDateFormat("yyyy 'жылғы d")).toThrow(/unclosed quote/);
  });
});
