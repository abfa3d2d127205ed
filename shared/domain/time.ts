// Calendar arithmetic in the organisation's time zone: report months are Almaty months, not UTC ones.

export const REPORT_TIME_ZONE = 'Asia/Almaty';

/**
 * An Intl formatter on Almaty time, created on first use: the first one loads ICU's time-zone data
 * (~16 ms), which a handler should pay only when it computes a date, not at import.
 */
function lazyAlmatyFormatter(locale: string, options: Intl.DateTimeFormatOptions): () => Intl.DateTimeFormat {
  let formatter: Intl.DateTimeFormat | undefined;
  return () => (formatter ??= new Intl.DateTimeFormat(locale, { ...options, timeZone: REPORT_TIME_ZONE }));
}

const dateFormatter = lazyAlmatyFormatter('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

const offsetFormatter = lazyAlmatyFormatter('en-US', {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Almaty wall clock minus UTC at `instant`, in whole seconds. */
function zoneOffsetMs(instant: number): number {
  const parts = Object.fromEntries(offsetFormatter().formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** A wall-clock time in Asia/Almaty as a UTC instant (the zone's offset changed in 2024, so ask the tz database). */
export function almatyLocalToInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = guess - zoneOffsetMs(guess);
  return new Date(guess - zoneOffsetMs(first));
}

/** yyyy-mm-dd of an instant in Asia/Almaty. */
export function almatyDate(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${String(instant)}`);
  return dateFormatter().format(date);
}

/** yyyy-mm of an instant in Asia/Almaty. */
export function almatyMonth(instant: Date | string): string {
  return almatyDate(instant).slice(0, 7);
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

export function parseMonth(value: string): { year: number; month: number } {
  const match = MONTH.exec(value);
  if (!match) throw new Error(`not a month (yyyy-mm): ${value}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(value: string, delta: number): string {
  const { year, month } = parseMonth(value);
  const index = year * 12 + (month - 1) + delta;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** The month before the one that contains `now` in Almaty: the default report month. */
export function previousAlmatyMonth(now: Date): string {
  return addMonths(almatyMonth(now), -1);
}

/** Months from January of `value`'s year up to and including `value`. */
export function monthsOfYearTo(value: string): string[] {
  const { year, month } = parseMonth(value);
  return Array.from({ length: month }, (_, i) => formatMonth(year, i + 1));
}
