// The current layout of Adil Soz's monthly report: the month's counts first, in their groups with the finer
// subcategories, then a year-to-date comparison, the events in the country (context, never counted), and a
// section per category. Fixed text and the layout's shared structure; the renderers are beside it.
import { subcategoriesOf } from '../domain/incident';
import { CATEGORY_GROUPS, type CategoryId, type Language } from '../domain/taxonomy';
import type { ReportData, ReportEntryView } from './report-statistics';
import { TEXTS } from './report-texts';

export const REPORT_LAYOUTS = ['2021', 'current'] as const;
export type ReportLayout = (typeof REPORT_LAYOUTS)[number];

export function isReportLayout(value: unknown): value is ReportLayout {
  return typeof value === 'string' && (REPORT_LAYOUTS as readonly string[]).includes(value);
}

export interface CurrentLayoutTexts {
  countsHeading: string;
  ofWhich: string;
  newChargesNote: string;
  comparisonHeading: string;
  change: string;
  eventsHeading: string;
  noEvents: string;
  sectionsHeading: string;
  legalHeading: string;
}

export const CURRENT_TEXTS: Record<Language, CurrentLayoutTexts> = {
  ru: {
    countsHeading: 'Месяц в цифрах',
    ofWhich: 'в том числе',
    newChargesNote: 'Учтены новые обвинения и иски месяца; дела, начатые раньше, не учитываются.',
    comparisonHeading: 'С начала года в сравнении с прошлым годом',
    change: 'Изменение',
    eventsHeading: 'События в стране',
    noEvents: 'В этом месяце событий для контекста не отмечено.',
    sectionsHeading: 'Нарушения по категориям',
    legalHeading: 'Правовые преследования: итоги',
  },
  kk: {
    countsHeading: 'Ай сандармен',
    ofWhich: 'оның ішінде',
    newChargesNote: 'Айдың жаңа айыптаулары мен талаптары ескерілді; бұрын басталған істер ескерілмейді.',
    comparisonHeading: 'Жыл басынан бері өткен жылмен салыстырғанда',
    change: 'Өзгеріс',
    eventsHeading: 'Елдегі оқиғалар',
    noEvents: 'Бұл айда контекст үшін оқиғалар белгіленбеген.',
    sectionsHeading: 'Санаттар бойынша бұзушылықтар',
    legalHeading: 'Құқықтық қудалау: қорытынды',
  },
  en: {
    countsHeading: 'The month in figures',
    ofWhich: 'of which',
    newChargesNote: 'New charges and claims of the month; cases begun earlier are not counted.',
    comparisonHeading: 'The year to date compared with last year',
    change: 'Change',
    eventsHeading: 'Events in the country',
    noEvents: 'No events were noted for context this month.',
    sectionsHeading: 'Violations by category',
    legalHeading: 'Legal actions: the totals',
  },
};

/** "+3", "−2", "0": the change from last year's period to this year's. */
export function formatChange(now: number, before: number): string {
  const delta = now - before;
  return delta > 0 ? `+${delta}` : delta < 0 ? `\u2212${-delta}` : '0';
}

/** The legal group's rows count the month's new charges by kind; the other groups count entries. */
export function legalChargeCount(data: ReportData, category: CategoryId): number | undefined {
  const c = data.charges.month;
  if (category === 'criminal') return c.criminal;
  if (category === 'civil') return c.civil;
  if (category === 'administrative') return c.administrative;
  return undefined;
}

/** The legal group's row labels name what is counted there: charges and claims, not entries. */
export function legalRowLabel(category: CategoryId, lang: Language): string | undefined {
  const t = TEXTS[lang];
  if (category === 'criminal') return t.criminalCharges;
  if (category === 'civil') return t.civilClaims;
  if (category === 'administrative') return t.administrativeCharges;
  return undefined;
}

/** The subcategories of `category` with their rows in `data`, in data order. */
export function subcategoryRows(data: ReportData, category: CategoryId) {
  const ids = new Set(subcategoriesOf(category).map((s) => s.id));
  return data.subcategories.filter((row) => ids.has(row.id));
}

/** The month's entries by category, in taxonomy order, only categories that have any. */
export function entriesByCategory(entries: readonly ReportEntryView[]): { category: CategoryId; entries: ReportEntryView[] }[] {
  const out: { category: CategoryId; entries: ReportEntryView[] }[] = [];
  for (const group of CATEGORY_GROUPS) {
    for (const category of group.categories) {
      const inCategory = entries.filter((e) => e.category === category);
      if (inCategory.length > 0) out.push({ category, entries: inCategory });
    }
  }
  return out;
}
