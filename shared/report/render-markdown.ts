// The published report as Markdown (for mailing lists and editors). Pure and deterministic like the HTML.
import { CATEGORY_GROUPS, CATEGORY_LABELS, type Language } from '../domain/taxonomy';
import { stripUnsafeControls } from '../domain/unsafe-text';
import { safeHref } from './render-html';
import { formatAmount } from './amounts';
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

/**
 * Text from feeds and staff printed literally, on one line: Markdown punctuation and raw HTML are
 * backslash-escaped, so a title like `<script>` or `[x](javascript:…)` stays text in every renderer;
 * line breaks become spaces, so a newline in an outlet's name cannot end the entry line or start a
 * heading or list; and bare URLs, `www.` names and e-mail addresses are escaped (`https\://`,
 * `www\.`, `\@`) so that GitHub-style autolinking does not turn feed text into links.
 * Bidi controls and NUL are dropped (items stored before they were stripped at ingest may carry them).
 * Every step is linear: the fields are untrusted.
 */
export function escapeMarkdown(value: string): string {
  return oneLine(stripUnsafeControls(value))
    .replace(/[\\`*_[\]<>#|~&@]/g, (c) => `\\${c}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\\.`)
    .replace(/^([ \t]*)([-+=])/, '$1\\$2')
    .replace(/^([ \t]*\d+)([.)])/, '$1\\$2');
}

/** Line breaks (with the white space around them) become one space; blank lines vanish. */
function oneLine(text: string): string {
  const lines = text.split(/\r\n|[\n\r\u2028\u2029\u0085]/);
  if (lines.length === 1) return text;
  const last = lines.length - 1;
  return lines
    .map((line, index) => (index === 0 ? line.trimEnd() : index === last ? line.trimStart() : line.trim()))
    .filter((line, index) => line || index === 0 || index === last)
    .join(' ');
}

const cell = escapeMarkdown;

export function mdTable(head: string[], rows: string[][]): string {
  const align = head.map((_, i) => (i === 0 ? '---' : '---:'));
  return [head, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function entryMarkdown(entry: ReportEntryView, lang: Language): string {
  const t = TEXTS[lang];
  const picked = pickEntryText(entry.text, lang);
  const meta = [formatDate(entry.eventDate), ...[entry.outlet, entry.region].filter((x): x is string => Boolean(x)).map(escapeMarkdown)];
  const paragraphs = (picked.text || entry.title)
    .split(/\n\s*\n/)
    .map((p) => escapeMarkdown(p.trim()))
    .filter(Boolean);
  const href = safeHref(entry.url);
  const title = escapeMarkdown(entry.title || entry.url);
  const out = [`**${meta.join(' · ')}**`, '', ...paragraphs.flatMap((p) => [p, ''])];
  if (picked.fallbackFrom) out.push(`_${escapeMarkdown(t.fallbackNote(picked.fallbackFrom))}_`, '');
  out.push(href ? `[${title}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)` : title, '');
  return out.join('\n');
}

export function renderReportMarkdown(data: ReportData, lang: Language, editorial: EditorialSettings = {}): string {
  const t = TEXTS[lang];
  const e = editorialTexts(lang, editorial);
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
    `## ${escapeMarkdown(t.entriesHeading)}`,
    '',
  ];
  if (data.entries.length === 0) out.push(escapeMarkdown(t.noEntries), '');
  for (const group of CATEGORY_GROUPS) {
    const inGroup = data.entries.filter((e) => e.group === group.id);
    if (inGroup.length === 0) continue;
    out.push(`### ${escapeMarkdown(group.label[lang])}`, '');
    for (const category of group.categories) {
      const inCategory = inGroup.filter((e) => e.category === category);
      if (inCategory.length === 0) continue;
      out.push(`#### ${escapeMarkdown(CATEGORY_LABELS[category][lang])} (${inCategory.length})`, '');
      for (const entry of inCategory) out.push(entryMarkdown(entry, lang));
    }
  }

  const counts = (r: { month: number; previousMonth: number; sameMonthLastYear: number; yearToDate: number; lastYearToDate: number }) =>
    [r.month, r.previousMonth, r.sameMonthLastYear, r.yearToDate, r.lastYearToDate].map(formatNumber);
  const categoryRows: string[][] = [];
  for (const group of CATEGORY_GROUPS) {
    categoryRows.push([`**${cell(group.label[lang])}**`, ...counts(data.groups.find((g) => g.id === group.id)!)]);
    for (const category of group.categories) {
      categoryRows.push([cell(CATEGORY_LABELS[category][lang]), ...counts(data.categories.find((c) => c.id === category)!)]);
    }
  }
  categoryRows.push([`**${cell(t.total)}**`, ...counts(data.totals)]);
  const monthHead = cell(monthLabel(p.month, lang));
  const ytdHead = cell(`${t.yearToDate} (${periodLabel(p.yearToDate.from, p.yearToDate.to, lang)})`);
  const two = (label: string, a: number, b: number) => [cell(label), formatNumber(a), formatNumber(b)];
  const c = data.charges;
  const note = baselineNote(data, lang);

  out.push(
    `## ${escapeMarkdown(t.statisticsHeading)}`,
    '',
    ...statisticsSentences(data, lang).flatMap((sentence) => [escapeMarkdown(sentence), '']),
    ...(note ? [`_${escapeMarkdown(note)}_`, ''] : []),
    `### ${escapeMarkdown(t.entriesByCategory)}`,
    '',
    mdTable(
      [
        cell(t.category),
        cell(`${t.thisMonth} (${monthLabel(p.month, lang)})`),
        cell(`${t.previousMonth} (${monthLabel(p.previousMonth, lang)})`),
        cell(`${t.sameMonthLastYear} (${monthLabel(p.sameMonthLastYear, lang)})`),
        cell(`${t.yearToDate} (${periodLabel(p.yearToDate.from, p.yearToDate.to, lang)})`),
        cell(`${t.lastYearToDate} (${periodLabel(p.lastYearToDate.from, p.lastYearToDate.to, lang)})`),
      ],
      categoryRows,
    ),
    '',
    `### ${escapeMarkdown(t.judicialActs)}`,
    '',
    mdTable(
      [cell(t.period), monthHead, ytdHead],
      [
        two(t.judicialActsIssued, data.judicialActs.month.total, data.judicialActs.yearToDate.total),
        two(`— ${t.forDefendants}`, data.judicialActs.month.forDefendants, data.judicialActs.yearToDate.forDefendants),
      ],
    ),
    '',
    `### ${escapeMarkdown(t.charges)}`,
    '',
    mdTable(
      [cell(t.period), monthHead, ytdHead],
      [
        two(t.civilClaims, c.month.civil, c.yearToDate.civil),
        two(`— ${t.ofWhichHonourDignity}`, c.month.civilHonourDignity, c.yearToDate.civilHonourDignity),
        two(t.criminalCharges, c.month.criminal, c.yearToDate.criminal),
        two(`— ${t.ofWhichInCourt}`, c.month.criminalInCourt, c.yearToDate.criminalInCourt),
        two(t.administrativeCharges, c.month.administrative, c.yearToDate.administrative),
        two(t.total, c.month.total, c.yearToDate.total),
      ],
    ),
    '',
  );
  if (data.entriesWithoutCaseFacts > 0) out.push(`_${escapeMarkdown(t.missingCaseFacts)}: ${data.entriesWithoutCaseFacts}_`, '');
  out.push(
    `### ${escapeMarkdown(t.damages)}`,
    '',
    mdTable(
      [cell(t.period), monthHead, ytdHead],
      [
        [cell(t.claimed), formatAmount(data.damages.month.claimedKzt, lang), formatAmount(data.damages.yearToDate.claimedKzt, lang)],
        [cell(t.awarded), formatAmount(data.damages.month.awardedKzt, lang), formatAmount(data.damages.yearToDate.awardedKzt, lang)],
      ],
    ),
    '',
    `### ${escapeMarkdown(t.lawArticles)}`,
    '',
    data.lawArticles.length === 0
      ? escapeMarkdown(t.noLawArticles)
      : mdTable(
          [cell(t.lawArticle), monthHead, ytdHead],
          data.lawArticles.map((a) => two(articleLabel(a, lang), a.month, a.yearToDate)),
        ),
    '',
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
