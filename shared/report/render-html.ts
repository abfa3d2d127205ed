// The published report as one self-contained HTML page (inline CSS and SVG, no scripts, no external
// requests), printable and readable on a phone. Pure: the same data and language give the same bytes.
import { CATEGORY_GROUPS, CATEGORY_LABELS, type CategoryId, type Language } from '../domain/taxonomy';
import { formatAmount } from './amounts';
import type { ChargeCounts, ReportData, ReportEntryView } from './report-statistics';
import { baselineNote, statisticsSentences } from './report-summary';
import {
  articleLabel,
  formatDate,
  formatNumber,
  LANGUAGE_SELF_NAMES,
  monthLabel,
  ORGANISATION_NAMES,
  ORGANISATION_SITE,
  periodLabel,
  pickEntryText,
  reportTitle,
  TEXTS,
  editorialTexts,
  type EditorialSettings,
  type EditorialTexts,
} from './report-texts';

/** Everything printed from data (feeds, staff) goes through this; it also makes text safe inside attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An editor's text on the page: escaped, its line breaks kept as breaks. */
export function editorialHtml(text: string): string {
  return escapeHtml(text).replace(/\r\n|[\n\r]/g, '<br>');
}

/** The footer's contacts: the built-in note and site, then the settings' head of service and e-mail addresses when set. */
export function contactsHtml(lang: Language, editorial: EditorialTexts): string[] {
  const t = TEXTS[lang];
  const mail = editorial.emails.map((email) => `<a href="mailto:${escapeHtml(email)}">${escapeHtml(email)}</a>`);
  return [
    `<p>${escapeHtml(t.contactsNote)} <a href="${ORGANISATION_SITE}">${ORGANISATION_SITE.replace(/^https:\/\//, '')}</a></p>`,
    ...(editorial.head ? [`<p>${editorialHtml(editorial.head)}</p>`] : []),
    ...(mail.length ? [`<p>${mail.join(', ')}</p>`] : []),
  ];
}

/** Only http(s) links from feeds become links: a `javascript:` URL in a feed must not run in the reader's browser. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The report pages' style sheet, shared by both layouts. */
export const REPORT_CSS = `
:root{--ink:#1b1f24;--muted:#5b6470;--line:#d8dde3;--accent:#0b5cad;--accent2:#9dbbe0;--bg:#fff}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 "PT Serif",Georgia,"Times New Roman",serif}
.page{max-width:52rem;margin:0 auto;padding:1.5rem 1rem 3rem}
header{border-bottom:3px solid var(--accent);padding-bottom:1rem;margin-bottom:1.5rem}
.org{margin:0 0 .75rem;font:600 .85rem/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--muted)}
.org span{display:block}
h1{font-size:1.75rem;line-height:1.25;margin:.25rem 0}
h2{font-size:1.35rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
h4{font-size:1rem;margin:1.25rem 0 .5rem;color:var(--accent)}
.product{margin:.25rem 0 0;color:var(--muted);font-size:.9rem}
nav ol{margin:.25rem 0;padding-left:1.25rem}
a{color:var(--accent)}
.entry{margin:0 0 1rem;padding:0 0 .75rem;border-bottom:1px dotted var(--line);break-inside:avoid}
.entry p{margin:.25rem 0}
.meta{font:600 .85rem/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--muted)}
.note{font-size:.85rem;color:var(--muted);font-style:italic}
.source{font-size:.85rem;overflow-wrap:anywhere}
.table-wrap{overflow-x:auto;margin:.5rem 0 1rem}
table{border-collapse:collapse;width:100%;font:.9rem/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
th,td{border:1px solid var(--line);padding:.35rem .5rem;vertical-align:top}
th{background:#f3f5f8;text-align:left}
td.num,th.num{text-align:right;white-space:nowrap}
tr.sub td{background:#f8f9fb;font-weight:600}
td.indent{padding-left:1.5rem}
figure{margin:1rem 0}
figcaption{font:600 .9rem/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin-bottom:.5rem}
svg{width:100%;height:auto;display:block}
footer{margin-top:2.5rem;border-top:1px solid var(--line);padding-top:1rem;font-size:.9rem}
@media (max-width:36rem){body{font-size:15px}h1{font-size:1.4rem}.page{padding:1rem .75rem 2rem}}
@media print{body{font-size:11pt}.page{max-width:none;padding:0}nav{display:none}a{color:inherit;text-decoration:none}h2,h3,h4{break-after:avoid}table,figure{break-inside:avoid}}
`.trim();

function lines(parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string').join('\n');
}

function entryHtml(entry: ReportEntryView, lang: Language): string {
  const t = TEXTS[lang];
  const picked = pickEntryText(entry.text, lang);
  const meta = [`<time datetime="${escapeHtml(entry.eventDate)}">${formatDate(entry.eventDate)}</time>`];
  if (entry.outlet) meta.push(escapeHtml(entry.outlet));
  if (entry.region) meta.push(escapeHtml(entry.region));
  const href = safeHref(entry.url);
  const title = escapeHtml(entry.title || entry.url);
  const paragraphs = (picked.text || entry.title)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
  return lines([
    `<article class="entry" id="item-${escapeHtml(entry.id)}">`,
    `<p class="meta">${meta.join(' · ')}</p>`,
    ...paragraphs,
    picked.fallbackFrom && `<p class="note" lang="${lang}">${escapeHtml(t.fallbackNote(picked.fallbackFrom))}</p>`,
    `<p class="source">${href ? `<a href="${escapeHtml(href)}" rel="nofollow noopener">${title}</a>` : title}</p>`,
    '</article>',
  ]);
}

function entriesHtml(data: ReportData, lang: Language): string {
  const t = TEXTS[lang];
  if (data.entries.length === 0) return `<p>${escapeHtml(t.noEntries)}</p>`;
  const out: string[] = [];
  for (const group of CATEGORY_GROUPS) {
    const inGroup = data.entries.filter((e) => e.group === group.id);
    if (inGroup.length === 0) continue;
    out.push(`<h3 id="group-${group.id}">${escapeHtml(group.label[lang])}</h3>`);
    for (const category of group.categories) {
      const inCategory = inGroup.filter((e) => e.category === category);
      if (inCategory.length === 0) continue;
      out.push(`<h4 id="category-${category}">${escapeHtml(CATEGORY_LABELS[category][lang])} (${inCategory.length})</h4>`);
      for (const entry of inCategory) out.push(entryHtml(entry, lang));
    }
  }
  return out.join('\n');
}

/** Horizontal bars, two per category: this month (dark) and the previous month (light). */
export function categoryChartSvg(data: ReportData, lang: Language): string {
  const t = TEXTS[lang];
  const width = 640;
  // Large type: on a 390 px phone the 640-unit chart is drawn at ~60 %, and 15 units stay readable there.
  const labelHeight = 22;
  const barHeight = 14;
  const rowHeight = labelHeight + barHeight * 2 + 10;
  // Two legend lines: the localised labels do not fit side by side at this size.
  const legendHeight = 56;
  const numberSpace = 44;
  const max = Math.max(1, ...data.categories.flatMap((row) => [row.month, row.previousMonth]));
  // SVG text does not wrap: a label longer than the chart (~8 units a character) is squeezed to fit.
  const fit = (label: string) => (label.length * 8 > width ? ` textLength="${width - 4}" lengthAdjust="spacingAndGlyphs"` : '');
  const scale = (value: number) => ((width - numberSpace) * value) / max;
  const height = legendHeight + rowHeight * data.categories.length;
  const thisLabel = `${t.thisMonth}: ${monthLabel(data.periods.month, lang)}`;
  const prevLabel = `${t.previousMonth}: ${monthLabel(data.periods.previousMonth, lang)}`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(t.chartTitle)}" font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif" font-size="15">`,
    `<rect x="0" y="4" width="14" height="14" fill="#0b5cad"/><text x="20" y="16" fill="#1b1f24">${escapeHtml(thisLabel)}</text>`,
    `<rect x="0" y="28" width="14" height="14" fill="#9dbbe0"/><text x="20" y="40" fill="#1b1f24">${escapeHtml(prevLabel)}</text>`,
  ];
  data.categories.forEach((row, index) => {
    const y = legendHeight + index * rowHeight;
    const a = scale(row.month);
    const b = scale(row.previousMonth);
    const label = CATEGORY_LABELS[row.id][lang];
    out.push(
      `<text x="0" y="${y + 16}" fill="#1b1f24"${fit(label)}>${escapeHtml(label)}</text>`,
      `<rect x="0" y="${y + labelHeight}" width="${a.toFixed(1)}" height="${barHeight}" fill="#0b5cad"/>`,
      `<text x="${(a + 4).toFixed(1)}" y="${y + labelHeight + 10}" fill="#1b1f24">${row.month}</text>`,
      `<rect x="0" y="${y + labelHeight + barHeight}" width="${b.toFixed(1)}" height="${barHeight}" fill="#9dbbe0"/>`,
      `<text x="${(b + 4).toFixed(1)}" y="${y + labelHeight + barHeight + 10}" fill="#5b6470">${row.previousMonth}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}

function table(head: string[], rows: string[][], rowClasses: (string | undefined)[] = []): string {
  const th = head.map((h, i) => `<th${i > 0 ? ' class="num"' : ''} scope="col">${h}</th>`).join('');
  const body = rows.map((cells, r) => {
    const cls = rowClasses[r];
    const tds = cells.map((c, i) => (i === 0 ? `<td${cls === 'indent' ? ' class="indent"' : ''}>${c}</td>` : `<td class="num">${c}</td>`)).join('');
    return `<tr${cls && cls !== 'indent' ? ` class="${cls}"` : ''}>${tds}</tr>`;
  });
  return lines(['<div class="table-wrap"><table>', `<thead><tr>${th}</tr></thead>`, '<tbody>', ...body, '</tbody>', '</table></div>']);
}

function categoryTable(data: ReportData, lang: Language): string {
  const t = TEXTS[lang];
  const p = data.periods;
  const head = [
    t.category,
    `${t.thisMonth}<br>${monthLabel(p.month, lang)}`,
    `${t.previousMonth}<br>${monthLabel(p.previousMonth, lang)}`,
    `${t.sameMonthLastYear}<br>${monthLabel(p.sameMonthLastYear, lang)}`,
    `${t.yearToDate}<br>${periodLabel(p.yearToDate.from, p.yearToDate.to, lang)}`,
    `${t.lastYearToDate}<br>${periodLabel(p.lastYearToDate.from, p.lastYearToDate.to, lang)}`,
  ].map((h) => h.split('<br>').map(escapeHtml).join('<br>'));
  const rows: string[][] = [];
  const classes: (string | undefined)[] = [];
  const counts = (r: { month: number; previousMonth: number; sameMonthLastYear: number; yearToDate: number; lastYearToDate: number }) =>
    [r.month, r.previousMonth, r.sameMonthLastYear, r.yearToDate, r.lastYearToDate].map(formatNumber);
  for (const group of CATEGORY_GROUPS) {
    const row = data.groups.find((g) => g.id === group.id)!;
    rows.push([escapeHtml(group.label[lang]), ...counts(row)]);
    classes.push('sub');
    for (const category of group.categories) {
      const c = data.categories.find((r) => r.id === category)!;
      rows.push([escapeHtml(CATEGORY_LABELS[category as CategoryId][lang]), ...counts(c)]);
      classes.push('indent');
    }
  }
  rows.push([escapeHtml(t.total), ...counts(data.totals)]);
  classes.push('sub');
  return table(head, rows, classes);
}

function chargeRows(t: (typeof TEXTS)[Language], month: ChargeCounts, ytd: ChargeCounts): { rows: string[][]; classes: (string | undefined)[] } {
  const row = (label: string, key: keyof ChargeCounts) => [escapeHtml(label), formatNumber(month[key]), formatNumber(ytd[key])];
  return {
    rows: [
      row(t.civilClaims, 'civil'),
      row(t.ofWhichHonourDignity, 'civilHonourDignity'),
      row(t.criminalCharges, 'criminal'),
      row(t.ofWhichInCourt, 'criminalInCourt'),
      row(t.administrativeCharges, 'administrative'),
      row(t.total, 'total'),
    ],
    classes: [undefined, 'indent', undefined, 'indent', undefined, 'sub'],
  };
}

function statisticsHtml(data: ReportData, lang: Language): string {
  const t = TEXTS[lang];
  const p = data.periods;
  const twoColumns = [
    escapeHtml(t.period),
    escapeHtml(monthLabel(p.month, lang)),
    escapeHtml(`${t.yearToDate} (${periodLabel(p.yearToDate.from, p.yearToDate.to, lang)})`),
  ];
  const charges = chargeRows(t, data.charges.month, data.charges.yearToDate);
  const articles =
    data.lawArticles.length === 0
      ? `<p>${escapeHtml(t.noLawArticles)}</p>`
      : table(
          [escapeHtml(t.lawArticle), twoColumns[1]!, twoColumns[2]!],
          data.lawArticles.map((a) => [escapeHtml(articleLabel(a, lang)), formatNumber(a.month), formatNumber(a.yearToDate)]),
        );
  const note = baselineNote(data, lang);
  return lines([
    ...statisticsSentences(data, lang).map((sentence) => `<p>${escapeHtml(sentence)}</p>`),
    note && `<p class="note">${escapeHtml(note)}</p>`,
    `<h3>${escapeHtml(t.entriesByCategory)}</h3>`,
    `<figure><figcaption>${escapeHtml(t.chartTitle)}</figcaption>`,
    categoryChartSvg(data, lang),
    '</figure>',
    categoryTable(data, lang),
    `<h3>${escapeHtml(t.judicialActs)}</h3>`,
    table(
      twoColumns,
      [
        [escapeHtml(t.judicialActsIssued), formatNumber(data.judicialActs.month.total), formatNumber(data.judicialActs.yearToDate.total)],
        [escapeHtml(t.forDefendants), formatNumber(data.judicialActs.month.forDefendants), formatNumber(data.judicialActs.yearToDate.forDefendants)],
      ],
      [undefined, 'indent'],
    ),
    `<h3>${escapeHtml(t.charges)}</h3>`,
    table(twoColumns, charges.rows, charges.classes),
    data.entriesWithoutCaseFacts > 0 && `<p class="note">${escapeHtml(t.missingCaseFacts)}: ${data.entriesWithoutCaseFacts}</p>`,
    `<h3>${escapeHtml(t.damages)}</h3>`,
    table(twoColumns, [
      [escapeHtml(t.claimed), formatAmount(data.damages.month.claimedKzt, lang), formatAmount(data.damages.yearToDate.claimedKzt, lang)],
      [escapeHtml(t.awarded), formatAmount(data.damages.month.awardedKzt, lang), formatAmount(data.damages.yearToDate.awardedKzt, lang)],
    ]),
    `<h3>${escapeHtml(t.lawArticles)}</h3>`,
    articles,
  ]);
}

export function renderReportHtml(data: ReportData, lang: Language, editorial: EditorialSettings = {}): string {
  const t = TEXTS[lang];
  const e = editorialTexts(lang, editorial);
  const title = reportTitle(data.month, lang);
  return `${lines([
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="sozwatch">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    '<header>',
    `<p class="org">${ORGANISATION_NAMES.map((n) => `<span>${escapeHtml(n)}</span>`).join('')}</p>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="product">${escapeHtml(t.product)} · ${escapeHtml(LANGUAGE_SELF_NAMES[lang])}</p>`,
    '</header>',
    '<main>',
    `<p>${editorialHtml(e.introduction)}</p>`,
    `<nav><strong>${escapeHtml(t.contents)}</strong><ol><li><a href="#entries">${escapeHtml(t.entriesHeading)}</a></li><li><a href="#statistics">${escapeHtml(t.statisticsHeading)}</a></li><li><a href="#sources">${escapeHtml(t.sourcesHeading)}</a></li></ol></nav>`,
    `<section id="entries">`,
    `<h2>${escapeHtml(t.entriesHeading)}</h2>`,
    entriesHtml(data, lang),
    '</section>',
    `<section id="statistics">`,
    `<h2>${escapeHtml(t.statisticsHeading)}</h2>`,
    statisticsHtml(data, lang),
    '</section>',
    `<section id="sources">`,
    `<h2>${escapeHtml(t.sourcesHeading)}</h2>`,
    `<p>${editorialHtml(e.methodology)}</p>`,
    '</section>',
    '</main>',
    '<footer>',
    `<h2>${escapeHtml(t.contactsHeading)}</h2>`,
    ...contactsHtml(lang, e),
    `<p class="note">${escapeHtml(ORGANISATION_NAMES.join(' · '))}</p>`,
    '</footer>',
    '</div>',
    '</body>',
    '</html>',
  ])}\n`;
}
