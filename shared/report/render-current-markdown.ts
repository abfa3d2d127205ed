// The report in the current layout as Markdown (for mailing lists and editors): the same sections as the
// HTML page, deterministic like it.
import { subcategoryOf } from '../domain/incident';
import { CATEGORY_GROUPS, CATEGORY_LABELS, type Language } from '../domain/taxonomy';
import { formatAmount } from './amounts';
import { CURRENT_TEXTS, entriesByCategory, formatChange, legalChargeCount, legalRowLabel, subcategoryRows } from './current-layout';
import { safeHref } from './render-html';
import { escapeMarkdown, mdTable } from './render-markdown';
import type { ReportData, ReportEntryView } from './report-statistics';
import { baselineNote, statisticsSentences } from './report-summary';
import {
  articleLabel,
  formatDate,
  formatNumber,
  monthLabel,
  ORGANISATION_NAMES,
  ORGANISATION_SITE,
  periodLabel,
  pickEntryText,
  reportTitle,
  TEXTS,
  editorialTexts,
  type EditorialSettings,
} from './report-texts';

const cell = escapeMarkdown;

function link(label: string, url: string): string {
  const href = safeHref(url);
  return href ? `[${escapeMarkdown(label)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : escapeMarkdown(label);
}

function entryMarkdown(entry: ReportEntryView, lang: Language): string {
  const t = TEXTS[lang];
  const picked = pickEntryText(entry.text, lang);
  const place = entry.incident?.city ?? entry.region;
  const meta = [
    formatDate(entry.eventDate),
    ...[entry.subcategory ? subcategoryOf(entry.subcategory).label[lang] : undefined, entry.outlet, place].filter((x): x is string => Boolean(x)).map(escapeMarkdown),
  ];
  const paragraphs = (picked.text || entry.title)
    .split(/\n\s*\n/)
    .map((p) => escapeMarkdown(p.trim()).replace(/\s*\n\s*/g, ' '))
    .filter(Boolean);
  const out = [`**${meta.join(' · ')}**`, '', ...paragraphs.flatMap((p) => [p, ''])];
  if (picked.fallbackFrom) out.push(`_${escapeMarkdown(t.fallbackNote(picked.fallbackFrom))}_`, '');
  const others = (entry.incident?.sourceLinks ?? []).filter((l) => l !== entry.url);
  out.push([link(entry.title || entry.url, entry.url), ...others.map((l) => link(l, l))].join('  \n'), '');
  return out.join('\n');
}

export function renderCurrentReportMarkdown(data: ReportData, lang: Language, editorial: EditorialSettings = {}): string {
  const t = TEXTS[lang];
  const e = editorialTexts(lang, editorial);
  const c = CURRENT_TEXTS[lang];
  const p = data.periods;
  const out: string[] = [
    ...ORGANISATION_NAMES.map((n) => `${escapeMarkdown(n)}  `),
    '',
    `# ${escapeMarkdown(reportTitle(data.month, lang))}`,
    '',
    `_${escapeMarkdown(t.product)}_`,
    '',
    escapeMarkdown(e.introduction),
    '',
    `## ${escapeMarkdown(c.countsHeading)}`,
    '',
  ];
  const countsHead = [cell(t.category), cell(monthLabel(p.month, lang)), cell(monthLabel(p.previousMonth, lang))];
  for (const group of CATEGORY_GROUPS) {
    const legal = group.id === 'legal_actions';
    const g = data.groups.find((row) => row.id === group.id)!;
    const rows: string[][] = [[`**${cell(t.total)}**`, formatNumber(legal ? data.charges.month.total : g.month), legal ? '—' : formatNumber(g.previousMonth)]];
    for (const category of group.categories) {
      const row = data.categories.find((r) => r.id === category)!;
      const label = (legal ? legalRowLabel(category, lang) : undefined) ?? CATEGORY_LABELS[category][lang];
      rows.push([cell(label), formatNumber(legal ? legalChargeCount(data, category)! : row.month), legal ? '—' : formatNumber(row.previousMonth)]);
      for (const sub of subcategoryRows(data, category)) {
        rows.push([`— ${cell(`${c.ofWhich}: ${subcategoryOf(sub.id).label[lang]}`)}`, formatNumber(sub.month), formatNumber(sub.previousMonth)]);
      }
    }
    out.push(`### ${escapeMarkdown(group.label[lang])}`, '', mdTable(countsHead, rows), '');
    if (legal) out.push(`_${escapeMarkdown(c.newChargesNote)}_`, '');
  }

  const comparison: string[][] = [];
  const three = (label: string, now: number, before: number, strong = false) => [
    strong ? `**${cell(label)}**` : cell(label),
    formatNumber(now),
    formatNumber(before),
    formatChange(now, before),
  ];
  for (const group of CATEGORY_GROUPS) {
    const g = data.groups.find((row) => row.id === group.id)!;
    comparison.push(three(group.label[lang], g.yearToDate, g.lastYearToDate, true));
    for (const category of group.categories) {
      const row = data.categories.find((r) => r.id === category)!;
      comparison.push(three(CATEGORY_LABELS[category][lang], row.yearToDate, row.lastYearToDate));
    }
  }
  comparison.push(three(t.total, data.totals.yearToDate, data.totals.lastYearToDate, true));
  out.push(
    `## ${escapeMarkdown(c.comparisonHeading)}`,
    '',
    mdTable([cell(t.category), cell(periodLabel(p.yearToDate.from, p.yearToDate.to, lang)), cell(periodLabel(p.lastYearToDate.from, p.lastYearToDate.to, lang)), cell(c.change)], comparison),
    '',
    `## ${escapeMarkdown(c.eventsHeading)}`,
    '',
  );
  if (data.contextEntries.length === 0) out.push(escapeMarkdown(c.noEvents), '');
  for (const entry of data.contextEntries) out.push(entryMarkdown(entry, lang));

  out.push(`## ${escapeMarkdown(c.sectionsHeading)}`, '');
  const sections = entriesByCategory(data.entries);
  if (sections.length === 0) out.push(escapeMarkdown(t.noEntries), '');
  for (const { category, entries } of sections) {
    out.push(`### ${escapeMarkdown(CATEGORY_LABELS[category][lang])} (${entries.length})`, '');
    for (const entry of entries) out.push(entryMarkdown(entry, lang));
  }

  const monthHead = cell(monthLabel(p.month, lang));
  const ytdHead = cell(`${t.yearToDate} (${periodLabel(p.yearToDate.from, p.yearToDate.to, lang)})`);
  const note = baselineNote(data, lang);
  out.push(
    `## ${escapeMarkdown(c.legalHeading)}`,
    '',
    ...statisticsSentences(data, lang).flatMap((sentence) => [escapeMarkdown(sentence), '']),
    mdTable(
      [cell(t.period), monthHead, ytdHead],
      [
        [cell(t.judicialActsIssued), formatNumber(data.judicialActs.month.total), formatNumber(data.judicialActs.yearToDate.total)],
        [`— ${cell(t.forDefendants)}`, formatNumber(data.judicialActs.month.forDefendants), formatNumber(data.judicialActs.yearToDate.forDefendants)],
        [cell(`${t.claimed}, ${t.tenge}`), formatAmount(data.damages.month.claimedKzt, lang), formatAmount(data.damages.yearToDate.claimedKzt, lang)],
        [cell(`${t.awarded}, ${t.tenge}`), formatAmount(data.damages.month.awardedKzt, lang), formatAmount(data.damages.yearToDate.awardedKzt, lang)],
        ...data.lawArticles.map((a) => [cell(articleLabel(a, lang)), formatNumber(a.month), formatNumber(a.yearToDate)]),
      ],
    ),
    '',
  );
  if (data.entriesWithoutCaseFacts > 0) out.push(`_${escapeMarkdown(t.missingCaseFacts)}: ${data.entriesWithoutCaseFacts}_`, '');
  if (note) out.push(`_${escapeMarkdown(note)}_`, '');
  out.push(
    `## ${escapeMarkdown(t.sourcesHeading)}`,
    '',
    escapeMarkdown(e.methodology),
    '',
    `## ${escapeMarkdown(t.contactsHeading)}`,
    '',
    `${escapeMarkdown(t.contactsNote)} <${ORGANISATION_SITE}>`,
    '',
    ...(e.head ? [escapeMarkdown(e.head), ''] : []),
    ...(e.emails.length ? [e.emails.map(escapeMarkdown).join(', '), ''] : []),
  );
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
