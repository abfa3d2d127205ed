// The approved entries of a month or a year as one CSV table, one row per entry, with the columns other
// incident trackers publish: date, place, who did it, to whom, category and subcategory, sources, case.
// Pure: the same entries give the same bytes.
import { SUBCATEGORIES } from '../domain/incident';
import type { StoredItem } from '../domain/item';
import { CATEGORY_LABELS, isCategoryId, type Language } from '../domain/taxonomy';
import { formatCsv } from './csv';

export const ENTRIES_CSV_COLUMNS = [
  'id',
  'date',
  'category',
  'category_name',
  'subcategory',
  'subcategory_name',
  'context',
  'city',
  'region',
  'outlet',
  'people',
  'target_kind',
  'target_gender',
  'perpetrator',
  'text_ru',
  'text_kk',
  'text_en',
  'title',
  'url',
  'source_links',
  'case_key',
  'case_kind',
  'case_stage',
  'court',
  'law_code',
  'law_article',
  'law_part',
  'amount_claimed_kzt',
  'amount_awarded_kzt',
] as const;

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const EVENT_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before them) as a
 * formula; a quote mark in front keeps text from feeds and staff as text.
 */
function literal(value: string | undefined): string {
  if (!value) return '';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Several values in one cell, one per line, so names with commas stay whole. */
function several(values: readonly string[] | undefined): string {
  return literal((values ?? []).map((v) => v.trim()).filter(Boolean).join('\n'));
}

export interface EntriesPeriod {
  /** yyyy-mm, inclusive. */
  from: string;
  to: string;
}

/**
 * The CSV of the approved entries whose event date falls in `period` (context entries too, marked),
 * sorted by date then id; category names in `lang`. UTF-8 with a byte-order mark, every field quoted.
 */
export function renderEntriesCsv(items: readonly StoredItem[], period: EntriesPeriod, lang: Language = 'en'): string {
  const byId = new Map<string, StoredItem>();
  for (const item of items) {
    const entry = item.entry;
    if (item.status !== 'approved' || !entry || typeof entry.eventDate !== 'string' || !EVENT_DATE.test(entry.eventDate)) continue;
    if (!isCategoryId(entry.category)) continue;
    const month = entry.eventDate.slice(0, 7);
    if (month < period.from || month > period.to) continue;
    byId.set(item.id, item);
  }
  const sorted = [...byId.values()].sort((a, b) => {
    const da = a.entry!.eventDate;
    const db = b.entry!.eventDate;
    return da !== db ? (da < db ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const rows: string[][] = [[...ENTRIES_CSV_COLUMNS]];
  for (const item of sorted) {
    const entry = item.entry!;
    const incident = entry.incident ?? {};
    const legal = entry.legalCase;
    // Looked up, not asserted: a hand-edited record with an unknown subcategory still exports its row.
    const sub = SUBCATEGORIES.find((s) => s.id === incident.subcategory);
    const links = [item.url, ...(incident.sourceLinks ?? []).filter((link) => link !== item.url)];
    const values: Record<(typeof ENTRIES_CSV_COLUMNS)[number], string> = {
      id: item.id,
      date: entry.eventDate,
      category: entry.category,
      category_name: CATEGORY_LABELS[entry.category][lang],
      subcategory: sub?.id ?? '',
      subcategory_name: sub?.label[lang] ?? '',
      context: entry.context ? 'yes' : 'no',
      city: literal(incident.city),
      region: literal(entry.region),
      outlet: literal(entry.outlet),
      people: several(entry.people),
      target_kind: incident.targetKind ?? '',
      target_gender: incident.targetGender ?? '',
      perpetrator: incident.perpetrator ?? '',
      text_ru: literal(entry.text.ru?.trim()),
      text_kk: literal(entry.text.kk?.trim()),
      text_en: literal(entry.text.en?.trim()),
      title: literal(item.title),
      url: literal(item.url),
      source_links: several(links),
      case_key: literal(legal?.caseKey?.trim()),
      case_kind: legal?.type ?? '',
      case_stage: legal?.stage ?? '',
      court: literal(legal?.court),
      law_code: legal?.lawArticle?.code ?? '',
      law_article: literal(legal?.lawArticle?.article),
      law_part: literal(legal?.lawArticle?.part),
      amount_claimed_kzt: typeof legal?.amountClaimedKzt === 'number' ? String(legal.amountClaimedKzt) : '',
      amount_awarded_kzt: typeof legal?.amountAwardedKzt === 'number' ? String(legal.amountAwardedKzt) : '',
    };
    rows.push(ENTRIES_CSV_COLUMNS.map((column) => values[column]));
  }
  return formatCsv(rows);
}
