// Publication dates as sources write them: RFC 822, ISO 8601, dd.mm.yyyy, and Russian or Kazakh month
// names ("12 марта 2024, 14:30", "2024 жылғы 12 наурыз"). A date without a zone is Almaty local time.
import { almatyDate, almatyLocalToInstant } from '../domain/time';

const MONTHS: Array<[RegExp, number]> = [
  [/^(янв|jan|қаң|каң)/, 1],
  [/^(фев|feb|ақп|акп)/, 2],
  [/^(мар|mar|нау)/, 3],
  [/^(апр|apr|сәу|сау)/, 4],
  [/^(мая|май|may|мам)/, 5],
  [/^(июн|jun|мау)/, 6],
  [/^(июл|jul|шіл|шил)/, 7],
  [/^(авг|aug|там)/, 8],
  [/^(сен|sep|қыр|кыр)/, 9],
  [/^(окт|oct|қаз|каз)/, 10],
  [/^(ноя|nov|қар|кар)/, 11],
  [/^(дек|dec|жел)/, 12],
];

export function monthFromName(name: string): number | undefined {
  const lower = name.toLowerCase();
  return MONTHS.find(([pattern]) => pattern.test(lower))?.[1];
}


function valid(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  // Day 0 of the next month is the last day of this one: 31 February is not a date, not 3 March.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60;
}

const TIME = /(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?/;

function timeOf(text: string): [number, number, number] {
  const match = TIME.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : [0, 0, 0];
}

function local(year: number, month: number, day: number, rest: string): string | undefined {
  const [hour, minute, second] = timeOf(rest);
  if (!valid(year, month, day, hour, minute, second)) return undefined;
  return almatyLocalToInstant(year, month, day, hour, minute, second).toISOString();
}

/**
 * Parses a publication date into an ISO instant, or undefined when the text is not a date.
 * `now` resolves "сегодня/бүгін" and "вчера/кеше" (seen on court news lists).
 */
export function parseDate(raw: string | undefined, now?: Date): string | undefined {
  if (!raw) return undefined;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;

  // ISO 8601 with a zone or Z: Date.parse is exact for these.
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const ms = Date.parse(text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  // ISO date or date-time without a zone: Almaty local.
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](.*))?$/.exec(text);
  if (match) return local(Number(match[1]), Number(match[2]), Number(match[3]), match[4] ?? '');

  // RFC 822 / 2822 as RSS writes it, English names only ("Tue, 12 Mar 2024 14:30:00 +0500").
  match = /^(?:[a-z]{3},?\s*)?(\d{1,2}) ([a-z]{3})[a-z]* (\d{2,4}) (\d{1,2}):(\d{2})(?::(\d{2}))? ?([+-]\d{4}|[a-z]{1,4})?$/i.exec(text);
  if (match) {
    const month = monthFromName(match[2]!);
    let year = Number(match[3]);
    if (year < 100) year += 2000;
    if (month) {
      const zone = match[7];
      if (!zone) return local(year, month, Number(match[1]), `${match[4]}:${match[5]}:${match[6] ?? '0'}`);
      const ms = Date.parse(`${match[1]} ${match[2]} ${year} ${match[4]}:${match[5]}:${match[6] ?? '00'} ${zone.toUpperCase()}`);
      if (!Number.isNaN(ms)) return new Date(ms).toISOString();
    }
  }

  // dd.mm.yyyy [hh:mm] and dd/mm/yyyy, the usual Kazakhstani order.
  match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(.*)$/.exec(text);
  if (match) return local(Number(match[3]), Number(match[2]), Number(match[1]), match[4] ?? '');

  const lower = text.toLowerCase();
  // "12 марта 2024, 14:30", "12 наурыз 2024 ж.", "March 12, 2024"
  match = /(\d{1,2})\s+([\p{L}]+)\.?,?\s+(\d{4})(.*)$/u.exec(lower);
  if (match && monthFromName(match[2]!)) return local(Number(match[3]), monthFromName(match[2]!)!, Number(match[1]), match[4] ?? '');
  // "2024 жылғы 12 наурыз", "2024 ж. 12 наурыз"
  match = /(\d{4})\s*(?:жылғы|жылы|ж\.?)?\s+(\d{1,2})\s+([\p{L}]+)(.*)$/u.exec(lower);
  if (match && monthFromName(match[3]!)) return local(Number(match[1]), monthFromName(match[3]!)!, Number(match[2]), match[4] ?? '');
  // "March 12, 2024 14:30"
  match = /^([a-z]+)\.? (\d{1,2}),? (\d{4})(.*)$/.exec(lower);
  if (match && monthFromName(match[1]!)) return local(Number(match[3]), monthFromName(match[1]!)!, Number(match[2]), match[4] ?? '');

  if (now) {
    const relative = /^(сегодня|бүгін|today)|^(вчера|кеше|yesterday)/.exec(lower);
    if (relative) {
      const day = new Date(now.getTime() - (relative[2] ? 86_400_000 : 0));
      const [y, m, d] = almatyDate(day).split('-').map(Number);
      return local(y!, m!, d!, lower);
    }
  }

  // Last resort for forms Date understands (e.g. "Tue Mar 12 2024 14:30:00 GMT+0500").
  if (/[a-z]/i.test(text) && /\d{4}/.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  return undefined;
}

const RELATIVE_TODAY = /(^|[^\p{L}])(сегодня|бүгін|today)($|[^\p{L}])/u;
const RELATIVE_YESTERDAY = /(^|[^\p{L}])(вчера|кеше|yesterday)($|[^\p{L}])/u;
/** A date on a list page is a short label; anything longer is cut before matching. */
const DATE_TEXT_MAX = 200;

type DateField = 'year' | 'shortYear' | 'month' | 'monthName' | 'day' | 'hour' | 'minute' | 'second';
const FORMAT_TOKENS: Array<[string, DateField, string]> = [
  ['yyyy', 'year', '(\\d{4})'],
  ['yy', 'shortYear', '(\\d{2})'],
  ['MMMM', 'monthName', '(\\p{L}+)'],
  ['MM', 'month', '(\\d{1,2})'],
  ['M', 'month', '(\\d{1,2})'],
  ['dd', 'day', '(\\d{1,2})'],
  ['d', 'day', '(\\d{1,2})'],
  ['HH', 'hour', '(\\d{1,2})'],
  ['H', 'hour', '(\\d{1,2})'],
  ['mm', 'minute', '(\\d{2})'],
  ['ss', 'second', '(\\d{2})'],
];

export interface CompiledDateFormat {
  format: string;
  pattern: RegExp;
  fields: DateField[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Compiles a list page's date format: `d MMMM yyyy, HH:mm`, `dd.MM.yyyy`, `HH:mm`, `yyyy 'жылғы' d MMMM`.
 * Tokens: yyyy yy MMMM (a Russian, Kazakh or English month name in any grammatical case) MM M dd d HH H mm ss;
 * a quoted word is matched as written; other characters between tokens stand for any punctuation and
 * space. Every group is a bounded digit run or one letter run between separators, so matching is linear.
 */
export function compileDateFormat(format: string): CompiledDateFormat {
  const fields: DateField[] = [];
  let source = '';
  let separator = '';
  const flushSeparator = () => {
    if (separator) source += '[^\\p{L}\\p{N}]{0,20}';
    separator = '';
  };
  for (let i = 0; i < format.length; ) {
    if (format[i] === "'") {
      const end = format.indexOf("'", i + 1);
      if (end < 0) throw new Error(`date format "${format}": unclosed quote`);
      flushSeparator();
      source += `\\s*${escapeRegExp(format.slice(i + 1, end).trim()).replace(/\s+/g, '\\s+')}\\s*`;
      i = end + 1;
      continue;
    }
    const token = FORMAT_TOKENS.find(([name]) => format.startsWith(name, i));
    if (token) {
      flushSeparator();
      fields.push(token[1]);
      source += token[2];
      i += token[0].length;
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(format[i]!)) throw new Error(`date format "${format}": "${format[i]}" is not a token (quote words: 'жылғы')`);
    separator += format[i];
    i += 1;
  }
  if (!fields.length) throw new Error(`date format "${format}" has no date or time token`);
  if (fields.includes('monthName') && fields.includes('month')) throw new Error(`date format "${format}" has two months`);
  return { format, pattern: new RegExp(source, 'iu'), fields };
}

/**
 * A list page's date read with its stored format (or `auto`: the forms parseDate knows). "Сегодня,
 * 14:30", "вчера", "бүгін 09:15", "кеше" are days relative to `now` in Asia/Almaty, whatever the
 * format; a format without a year takes the current Almaty year, the previous one when that lands
 * more than a day in the future; one without a day (`HH:mm`) means today.
 */
export function parseDateInFormat(raw: string | undefined, format: CompiledDateFormat | 'auto', now: Date): string | undefined {
  if (!raw) return undefined;
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, DATE_TEXT_MAX);
  if (!text) return undefined;
  const lower = text.toLowerCase();
  const relative = RELATIVE_TODAY.test(lower) ? 0 : RELATIVE_YESTERDAY.test(lower) ? 1 : undefined;
  if (relative !== undefined) {
    const [y, m, d] = almatyDate(new Date(now.getTime() - relative * 86_400_000)).split('-').map(Number);
    return local(y!, m!, d!, lower);
  }
  if (format === 'auto') return parseDate(text, now);
  const match = format.pattern.exec(text);
  if (!match) return undefined;
  const values = new Map<DateField, string>();
  format.fields.forEach((field, index) => values.set(field, match[index + 1]!));
  const [todayYear, todayMonth, todayDay] = almatyDate(now).split('-').map(Number) as [number, number, number];
  const number = (field: DateField) => (values.has(field) ? Number(values.get(field)) : undefined);
  const monthName = values.get('monthName');
  const month = monthName !== undefined ? monthFromName(monthName) : number('month');
  if (monthName !== undefined && month === undefined) return undefined;
  const hasDate = values.has('day') || month !== undefined;
  const day = number('day') ?? (hasDate ? 1 : todayDay);
  const shortYear = number('shortYear');
  const explicitYear = number('year') ?? (shortYear !== undefined ? 2000 + shortYear : undefined);
  const time = `${number('hour') ?? 0}:${String(number('minute') ?? 0).padStart(2, '0')}:${String(number('second') ?? 0).padStart(2, '0')}`;
  const resolvedMonth = month ?? todayMonth;
  if (explicitYear !== undefined) return local(explicitYear, resolvedMonth, day, time);
  const thisYear = local(todayYear, resolvedMonth, day, time);
  if (thisYear && Date.parse(thisYear) > now.getTime() + 86_400_000) return local(todayYear - 1, resolvedMonth, day, time);
  return thisYear;
}
