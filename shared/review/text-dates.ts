// Dates written in a text in Russian, Kazakh or English («28 октября 2026 года», «2026 жылғы 28
// қазанда», "October 28, 2026", 28.10.2026): the event date of a story or the date of a court act.
// Each pattern is a plain alternation without nested repetition, so a scan is linear in the text.

import { monthFromName } from '../sources/dates';

const RU_MONTH = String.raw`(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)`;
const KK_MONTH = String.raw`(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)[а-яәғқңөұүһі]*`;
const EN_MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december)`;

interface Pattern {
  re: RegExp;
  /** Day, month (1–12) and year (undefined when the text leaves it out) of a match. */
  read(m: RegExpExecArray): { day: number; month: number; year?: number };
}

/** The month of a name the patterns matched (the sources' one reader of ru/kk/en month names). */
const monthOf = (word: string) => monthFromName(word) ?? 0;

const PATTERNS: Pattern[] = [
  // «28 октября 2026 года», «28 октября»
  { re: new RegExp(String.raw`(?<!\d)(\d{1,2})\s+${RU_MONTH}(?:\s+(\d{4}))?`, 'gu'), read: (m) => ({ day: Number(m[1]), month: monthOf(m[2]!), year: m[3] ? Number(m[3]) : undefined }) },
  // «2026 жылғы 28 қазан», «2026 ж. 28 қазанда»
  { re: new RegExp(String.raw`(?<!\d)(\d{4})\s*(?:жылғы|жылы|ж\.)\s*(\d{1,2})\s*${KK_MONTH}`, 'gu'), read: (m) => ({ day: Number(m[2]), month: monthOf(m[3]!), year: Number(m[1]) }) },
  // «28 қазанда» (the year from the story)
  { re: new RegExp(String.raw`(?<![\d.])(\d{1,2})\s+${KK_MONTH}`, 'gu'), read: (m) => ({ day: Number(m[1]), month: monthOf(m[2]!) }) },
  // "28 October 2026", "October 28, 2026"
  { re: new RegExp(String.raw`(?<!\d)(\d{1,2})\s+${EN_MONTH}(?:\s+(\d{4}))?`, 'gu'), read: (m) => ({ day: Number(m[1]), month: monthOf(m[2]!), year: m[3] ? Number(m[3]) : undefined }) },
  { re: new RegExp(String.raw`${EN_MONTH}\s+(\d{1,2})(?!\d)(?:,?\s+(\d{4}))?`, 'gu'), read: (m) => ({ day: Number(m[2]), month: monthOf(m[1]!), year: m[3] ? Number(m[3]) : undefined }) },
  // 28.10.2026
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/gu, read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }) },
];

export interface FoundDate {
  /** yyyy-mm-dd */
  date: string;
  /** Offset of the match in the lowercased text. */
  at: number;
}

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Every calendar date in `text`, in order of appearance, none after `notAfter` (yyyy-mm-dd: a story
 * cannot report what has not happened; a later date is a hearing announced). A date without a year
 * takes `notAfter`'s year, or the year before when that would put it after `notAfter`.
 */
export function findDates(text: string, notAfter: string): FoundDate[] {
  const lower = text.toLowerCase();
  const referenceYear = Number(notAfter.slice(0, 4));
  const found = new Map<number, string>();
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(lower); m; m = pattern.re.exec(lower)) {
      const { day, month, year } = pattern.read(m);
      let date = isoDate(year ?? referenceYear, month, day);
      if (date && year === undefined && date > notAfter) date = isoDate(referenceYear - 1, month, day);
      if (!date || date > notAfter || date < '1990-01-01') continue;
      if (!found.has(m.index)) found.set(m.index, date);
    }
  }
  return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([at, date]) => ({ at, date }));
}

/** The first date the text names, not after `notAfter`; undefined when it names none. */
export function firstDate(text: string, notAfter: string): string | undefined {
  return findDates(text, notAfter)[0]?.date;
}
