import { describe, expect, it } from 'vitest';
import { amountInWords, formatAmount } from '../../../shared/report/amounts';
import { monthRanges } from '../../../shared/report/report-summary';

describe('formatAmount', () => {
  it('groups thousands as each language prints them', () => {
    expect(formatAmount(25_700_000, 'en')).toBe('25,700,000');
    expect(formatAmount(25_700_000, 'ru')).toBe('25\u00a0700\u00a0000');
    expect(formatAmount(25_700_000, 'kk')).toBe('25\u00a0700\u00a0000');
    expect(formatAmount(999, 'en')).toBe('999');
    expect(formatAmount(0, 'ru')).toBe('0');
  });
});

describe('amountInWords', () => {
  it('says the sum the way the printed reports do', () => {
    expect(amountInWords(25_700_000, 'en')).toBe('25 million 700 thousand tenge');
    expect(amountInWords(1_290_000, 'en')).toBe('1 million 290 thousand tenge');
    expect(amountInWords(25_700_000, 'kk')).toBe('25 миллион 700 мың теңге');
    expect(amountInWords(0, 'en')).toBe('0 tenge');
    expect(amountInWords(500, 'ru')).toBe('500 тенге');
    expect(amountInWords(3_000_000_250, 'en')).toBe('3 billion 250 tenge');
  });
  it('uses the Russian plural forms', () => {
    expect(amountInWords(25_700_000, 'ru')).toBe('25 миллионов 700 тысяч тенге');
    expect(amountInWords(1_290_000, 'ru')).toBe('1 миллион 290 тысяч тенге');
    expect(amountInWords(2_001_000, 'ru')).toBe('2 миллиона 1 тысяча тенге');
    expect(amountInWords(11_022_000, 'ru')).toBe('11 миллионов 22 тысячи тенге');
    expect(amountInWords(111_000, 'ru')).toBe('111 тысяч тенге');
  });
});

describe('monthRanges', () => {
  it('joins consecutive months, across a new year too', () => {
    expect(monthRanges(['2021-02', '2020-11', '2020-12', '2021-01', '2021-05'])).toEqual([
      ['2020-11', '2021-02'],
      ['2021-05', '2021-05'],
    ]);
  });
});
