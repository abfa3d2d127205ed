// Tenge sums as each report language prints them: in figures ("25 700 000" in Russian and Kazakh,
// "25,700,000" in English) and, in the statistics sentences, in words the way the printed reports say
// them ("25 million 700 thousand tenge").
import type { Language } from '../domain/taxonomy';

/** Russian plural form: one (1, 21…), few (2–4, 22–24…), many (0, 5–20, 25…). */
function russianPlural(value: number, forms: readonly [string, string, string]): string {
  const mod100 = value % 100;
  const mod10 = value % 10;
  if (mod100 >= 11 && mod100 <= 14) return forms[2];
  if (mod10 === 1) return forms[0];
  if (mod10 >= 2 && mod10 <= 4) return forms[1];
  return forms[2];
}

const SCALES: Record<Language, readonly ((n: number) => string)[]> = {
  ru: [
    (n) => russianPlural(n, ['триллион', 'триллиона', 'триллионов']),
    (n) => russianPlural(n, ['миллиард', 'миллиарда', 'миллиардов']),
    (n) => russianPlural(n, ['миллион', 'миллиона', 'миллионов']),
    (n) => russianPlural(n, ['тысяча', 'тысячи', 'тысяч']),
  ],
  kk: [() => 'триллион', () => 'миллиард', () => 'миллион', () => 'мың'],
  en: [() => 'trillion', () => 'billion', () => 'million', () => 'thousand'],
};

const TENGE: Record<Language, string> = { ru: 'тенге', kk: 'теңге', en: 'tenge' };

function digitsGrouped(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A whole tenge sum in figures, grouped by thousands in the language's way (no currency word). */
export function formatAmount(value: number, lang: Language): string {
  const whole = Math.trunc(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  return sign + digitsGrouped(whole, lang === 'en' ? ',' : '\u00a0');
}

/**
 * "25 million 700 thousand tenge", "25 миллионов 700 тысяч тенге", "25 миллион 700 мың теңге": each
 * group of three digits as a figure followed by its scale word, zero groups left out.
 */
export function amountInWords(value: number, lang: Language): string {
  let rest = Math.trunc(Math.abs(value));
  if (rest === 0) return `0 ${TENGE[lang]}`;
  const groups: number[] = [];
  for (let i = 0; i < 5; i++) {
    groups.unshift(i === 4 ? rest : rest % 1000);
    rest = Math.floor(rest / 1000);
  }
  // groups: [trillions and above, billions, millions, thousands, units]
  const scales = SCALES[lang];
  const parts: string[] = [];
  groups.forEach((group, index) => {
    if (group === 0) return;
    if (index === groups.length - 1) parts.push(String(group));
    else parts.push(`${digitsGrouped(group, lang === 'en' ? ',' : '\u00a0')} ${scales[index]!(group)}`);
  });
  return `${value < 0 ? '-' : ''}${parts.join(' ')} ${TENGE[lang]}`;
}
