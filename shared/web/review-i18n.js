// The page's words in ru/kk/en: `t()` over the dictionaries, dates written with the dictionary's month
// names (ICU's Kazakh data prints "2026 M12 2"), and API errors worded from their stable `code`.
// Category and group labels come with the taxonomy from the API (GET /api/taxonomy), not from here.
import { EN } from './review-strings-en.js';
import { KK } from './review-strings-kk.js';
import { RU } from './review-strings-ru.js';
import { state } from './review-state.js';

export const DICTIONARIES = { ru: RU, kk: KK, en: EN };

/** The string for `key` in the chosen language (Russian when missing), with `{name}` filled from `vars`. */
export function t(key, vars) {
  let text = (DICTIONARIES[state.lang] && DICTIONARIES[state.lang][key]) || RU[key] || key;
  if (vars) for (const name of Object.keys(vars)) text = text.split('{' + name + '}').join(String(vars[name]));
  return text;
}

export function has(key) {
  return Object.prototype.hasOwnProperty.call(RU, key);
}

let almatyParts;

/** Year, month, day, hour and minute of an instant on the Almaty clock, as numbers. */
function almaty(iso) {
  almatyParts = almatyParts || new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Almaty', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  const parts = {};
  for (const p of almatyParts.formatToParts(new Date(iso))) parts[p.type] = p.value;
  return parts;
}

function day(y, m, d) {
  return t('date', { d: Number(d), month: t('m' + Number(m)), y });
}

/** An instant as a date and time in Almaty, e.g. "2 декабря 2026, 14:30" or "2026 жылғы 2 желтоқсан, 14:30". */
export function formatDate(iso) {
  if (!iso || Number.isNaN(Date.parse(iso))) return '—';
  const p = almaty(iso);
  return t('dateTime', { date: day(p.year, p.month, p.day), time: p.hour + ':' + p.minute });
}

/** A calendar date "yyyy-mm-dd" (an event's day: no time zone applies). */
export function formatDay(date) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date || '');
  return m ? day(m[1], m[2], m[3]) : '—';
}

/** A month "yyyy-mm" in words. */
export function formatMonth(month) {
  const m = /^(\d{4})-(\d{2})$/.exec(month || '');
  return m ? t('monthYear', { month: t('mn' + Number(m[2])), y: m[1] }) : month;
}

/** The time of day in Almaty of an instant, "14:30". */
export function formatTime(iso) {
  const p = almaty(iso);
  return p.hour + ':' + p.minute;
}

/** What went wrong, in the interface language: from the API's `code` (or its error kind), never its English message. */
export function errorText(error) {
  const data = (error && error.data) || {};
  const params = {};
  // Months in the wording are written in words; a missing value reads as a dash, never as "{month}".
  for (const [name, value] of Object.entries(data.params || {})) params[name] = /^\d{4}-\d{2}$/.test(String(value)) ? formatMonth(String(value)) : value;
  for (const code of [data.code, data.error]) {
    if (typeof code === 'string' && has('err_' + code)) return t('err_' + code, Object.assign({ month: '—' }, params));
  }
  if (!error || !error.status) return t('err_network');
  return t('errGeneric', { status: error.status });
}
