// The build-report use case: read a month's approved entries (and the comparison months) through the
// month index, compute the statistics, render every file and publish them, month files first, index last.
import { ValidationError } from '../domain/errors';
import type { StoredItem } from '../domain/item';
import { isLanguage, LANGUAGES, type Language } from '../domain/taxonomy';
import { addMonths, isMonth, parseMonth, previousAlmatyMonth } from '../domain/time';
import { mergeGazetteer, SEED_GAZETTEER, type Gazetteer } from '../domain/gazetteer-names';
import type { CaseRepository } from '../ports/case-repository';
import type { GazetteerRepository } from '../ports/gazetteer-repository';
import type { ItemRepository } from '../ports/item-repository';
import type { ObjectStore, StoredObject } from '../ports/object-store';
import { isReportLayout, REPORT_LAYOUTS, type ReportLayout } from './current-layout';
import { renderCurrentReportHtml } from './render-current-html';
import { renderCurrentReportMarkdown } from './render-current-markdown';
import { CSV_CONTENT_TYPE, renderEntriesCsv } from './export-entries-csv';
import { localizePlaces, type PlaceNameGap } from './place-names-in-report';
import { renderDataJson } from './render-data-json';
import { renderReportHtml } from './render-html';
import { renderReportIndex } from './render-index';
import { renderReportMarkdown } from './render-markdown';
import { loadBaseline, loadReportSettings } from './report-settings';
import type { EditorialSettings } from './report-texts';
import { computeReportData, monthsToQuery, type ReportData } from './report-statistics';

export const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  json: 'application/json',
} as const;

/**
 * Month files are overwritten in place when a month is rebuilt (the bucket keeps the old versions), so
 * they are cached for an hour, not forever; the index changes every month and on every rebuild.
 */
export const CACHE_CONTROL = {
  monthFile: 'public, max-age=3600',
  index: 'public, max-age=60, must-revalidate',
} as const;

export const REPORTS_PREFIX = 'reports/';
export const INDEX_KEY = 'reports/index.html';

export function reportKeys(month: string) {
  const { year, month: m } = parseMonth(month);
  const base = `${REPORTS_PREFIX}${year}/${String(m).padStart(2, '0')}`;
  return {
    prefix: `${base}/`,
    html: (lang: Language) => `${base}/report.${lang}.html`,
    markdown: (lang: Language) => `${base}/report.${lang}.md`,
    entriesCsv: `${base}/entries.csv`,
    data: `${base}/data.json`,
  };
}

export interface ReportFile {
  key: string;
  /** Rendered text; a Buffer when copied as stored bytes (publishing a draft). */
  body: string | Buffer;
  contentType: string;
  cacheControl: string;
}

type Renderer = (data: ReportData, lang: Language, editorial?: EditorialSettings) => string;

const RENDERERS: Record<ReportLayout, { html: Renderer; markdown: Renderer }> = {
  '2021': { html: renderReportHtml, markdown: renderReportMarkdown },
  current: { html: renderCurrentReportHtml, markdown: renderCurrentReportMarkdown },
};

/**
 * Every file of one month's report (pure): HTML and Markdown per language in the layout, then
 * data.json. With a gazetteer each language prints outlets and regions by its own names; with the
 * editorial settings each prints their introduction, methodology line and contacts where set.
 */
export function renderReportFiles(
  data: ReportData,
  languages: readonly Language[],
  layout: ReportLayout = '2021',
  gazetteer?: Gazetteer,
  editorial: EditorialSettings = {},
): ReportFile[] {
  const keys = reportKeys(data.month);
  const render = RENDERERS[layout];
  const files: ReportFile[] = [];
  for (const lang of languages) {
    const view = gazetteer ? localizePlaces(data, lang, gazetteer).data : data;
    files.push({ key: keys.html(lang), body: render.html(view, lang, editorial), contentType: CONTENT_TYPES.html, cacheControl: CACHE_CONTROL.monthFile });
    files.push({ key: keys.markdown(lang), body: render.markdown(view, lang, editorial), contentType: CONTENT_TYPES.markdown, cacheControl: CACHE_CONTROL.monthFile });
  }
  files.push({ key: keys.data, body: renderDataJson(data), contentType: CONTENT_TYPES.json, cacheControl: CACHE_CONTROL.monthFile });
  return files;
}

export interface BuildReportDeps {
  items: Pick<ItemRepository, 'listApprovedInMonth'>;
  /** The stored case registry: a case filed before the window is then not counted as a new filing. */
  cases?: Pick<CaseRepository, 'list'>;
  objects: ObjectStore;
  now: () => Date;
  logger?: { info(message: string, ...extra: unknown[]): void; warn?(message: string, ...extra: unknown[]): void };
  /** Staff's outlet and region names over the seed; the seed alone without it. */
  gazetteer?: Pick<GazetteerRepository, 'list'>;
}

export interface BuildReportInput {
  /** yyyy-mm; default: the previous month in Asia/Almaty. */
  month?: string;
  /** One language, or all three when absent. */
  lang?: Language;
  /** Overrides the deployment's stored layout setting for this build. */
  layout?: ReportLayout;
}

export interface BuildReportResult {
  month: string;
  languages: Language[];
  layout: ReportLayout;
  /** The month's files, in the order they were written; the index is written after them. */
  files: ReportFile[];
  index: ReportFile;
  data: ReportData;
  /** Approved items read across every queried month. */
  itemsRead: number;
  monthsQueried: number;
  /** Outlet and region names a report language lacked (left out of it) or the gazetteer does not know. */
  placeNameGaps: PlaceNameGap[];
}

/** Reads every page of one month from the month index. */
export async function approvedInMonth(items: BuildReportDeps['items'], month: string): Promise<StoredItem[]> {
  const found: StoredItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await items.listApprovedInMonth(month, cursor);
    found.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return found;
}

/** Runs `task` over `inputs` with at most `limit` in flight, keeping the input order in the output. */
async function mapLimited<T, R>(inputs: readonly T[], limit: number, task: (input: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await task(inputs[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}

/**
 * Writes a month's files in order. When one fails in a month that is already published, the files
 * this run had overwritten get their previous content back, so the listed month never mixes two
 * builds (S3 writes objects one at a time; this is the nearest to a transaction). If S3 refuses the
 * restoring writes too, the error is logged and the next run's complete rewrite settles it.
 */
async function publishMonthFiles(deps: BuildReportDeps, month: string, files: readonly ReportFile[]): Promise<void> {
  const keys = reportKeys(month);
  const existing = new Set(await deps.objects.list(keys.prefix));
  const previous = new Map<string, StoredObject>();
  if (existing.has(keys.data)) {
    for (const file of files) {
      if (!existing.has(file.key)) continue;
      const stored = await deps.objects.get(file.key);
      if (stored) previous.set(file.key, stored);
    }
  }
  const overwritten: ReportFile[] = [];
  try {
    for (const file of files) {
      await deps.objects.put(file.key, file.body, { contentType: file.contentType, cacheControl: file.cacheControl });
      if (previous.has(file.key)) overwritten.push(file);
    }
  } catch (error) {
    if (overwritten.length === 0) throw error;
    const overwrittenKeys = overwritten.map((file) => file.key);
    try {
      for (const file of overwritten) {
        const old = previous.get(file.key) as StoredObject;
        // A key's content type never changes between builds: the new file's stands in if S3 gave none.
        await deps.objects.put(file.key, old.body, { contentType: old.contentType ?? file.contentType, cacheControl: old.cacheControl });
      }
      deps.logger?.warn?.('report rebuild failed; the published files were restored', { month, restored: overwrittenKeys });
    } catch (restoreError) {
      deps.logger?.warn?.('report rebuild failed and its published files could not all be restored', { month, overwritten: overwrittenKeys, error: String(restoreError) });
    }
    throw error;
  }
}

export function resolveReportInput(input: BuildReportInput, now: Date): { month: string; languages: Language[] } {
  const month = input.month ?? previousAlmatyMonth(now);
  if (!isMonth(month)) throw new ValidationError(`month must be yyyy-mm, got "${month}"`);
  if (input.lang !== undefined && !isLanguage(input.lang)) throw new ValidationError(`lang must be one of ${LANGUAGES.join(', ')}, got "${String(input.lang)}"`);
  if (input.layout !== undefined && !isReportLayout(input.layout)) throw new ValidationError(`layout must be one of ${REPORT_LAYOUTS.join(', ')}, got "${String(input.layout)}"`);
  return { month, languages: input.lang ? [input.lang] : [...LANGUAGES] };
}

/** `yyyy` (January–December) or `yyyy-mm` (that month) as the months of an entries export. */
export function entriesPeriod(spec: string): { from: string; to: string } {
  if (/^\d{4}$/.test(spec)) return { from: `${spec}-01`, to: `${spec}-12` };
  if (isMonth(spec)) return { from: spec, to: spec };
  throw new ValidationError(`the period must be yyyy or yyyy-mm, got "${spec}"`);
}

/** The CSV of a month's or a year's approved entries, read from the month index month by month. */
export async function exportEntriesCsv(deps: Pick<BuildReportDeps, 'items'>, spec: string, lang: Language = 'en'): Promise<string> {
  const period = entriesPeriod(spec);
  const months: string[] = [];
  for (let m = period.from; m <= period.to; m = addMonths(m, 1)) months.push(m);
  const perMonth = await mapLimited(months, 4, (m) => approvedInMonth(deps.items, m));
  return renderEntriesCsv(perMonth.flat(), period, lang);
}

/** A month's report rendered but not yet written anywhere: what a build, a draft and a publish share. */
export interface PreparedReport {
  month: string;
  languages: Language[];
  layout: ReportLayout;
  /** The month's files under `reports/`, data.json last. */
  files: ReportFile[];
  data: ReportData;
  items: StoredItem[];
  monthsQueried: number;
  /** Outlet and region names a report language lacks in the gazetteer. */
  placeNameGaps: PlaceNameGap[];
}

/** Reads the window's approved entries and the settings, computes the statistics and renders every month file. */
export async function prepareReport(deps: Pick<BuildReportDeps, 'items' | 'cases' | 'gazetteer' | 'objects' | 'now' | 'logger'>, input: BuildReportInput = {}): Promise<PreparedReport> {
  const { month, languages } = resolveReportInput(input, deps.now());
  const months = monthsToQuery(month);
  // Month partitions are independent queries; a few at a time keeps within the table's read burst.
  const [perMonth, settings, baseline, registry, storedNames] = await Promise.all([
    mapLimited(months, 4, (m) => approvedInMonth(deps.items, m)),
    loadReportSettings(deps.objects),
    loadBaseline(deps.objects),
    deps.cases ? deps.cases.list() : Promise.resolve(undefined),
    deps.gazetteer ? deps.gazetteer.list() : Promise.resolve([]),
  ]);
  const gazetteer = mergeGazetteer(SEED_GAZETTEER, storedNames);
  const items = perMonth.flat();
  const layout = input.layout ?? settings.layout;
  const data = computeReportData(month, items, { ...(baseline ? { baseline } : {}), ...(registry?.length ? { registry } : {}) });
  if (data.invalidEntryIds.length > 0) deps.logger?.warn?.('approved items with a malformed entry left out of the report', { month, itemIds: data.invalidEntryIds });
  const files = renderReportFiles(data, languages, layout, gazetteer, settings);
  const placeNameGaps = languages.flatMap((lang) => localizePlaces(data, lang, gazetteer).gaps);
  if (placeNameGaps.length > 0) deps.logger?.warn?.('outlet or region names missing in a report language: add them in the gazetteer', { month, placeNameGaps });
  // The month's entries as a table, before data.json: data.json stays the last month file written.
  files.splice(files.length - 1, 0, {
    key: reportKeys(month).entriesCsv,
    body: renderEntriesCsv(items, { from: month, to: month }),
    contentType: CSV_CONTENT_TYPE,
    cacheControl: CACHE_CONTROL.monthFile,
  });
  return { month, languages, layout, files, data, items, monthsQueried: months.length, placeNameGaps };
}

/** Writes a month's files (restoring a listed month on failure), then rebuilds the index from the bucket. */
export async function publishReportFiles(deps: BuildReportDeps, month: string, files: readonly ReportFile[]): Promise<ReportFile> {
  // Month files first, index last: a run that fails midway never lists a half-written month.
  await publishMonthFiles(deps, month, files);
  const keys = await deps.objects.list(REPORTS_PREFIX);
  const index: ReportFile = {
    key: INDEX_KEY,
    body: renderReportIndex(keys),
    contentType: CONTENT_TYPES.html,
    cacheControl: CACHE_CONTROL.index,
  };
  await deps.objects.put(index.key, index.body, { contentType: index.contentType, cacheControl: index.cacheControl });
  return index;
}

export async function buildReport(deps: BuildReportDeps, input: BuildReportInput = {}): Promise<BuildReportResult> {
  const { month, languages, layout, files, data, items, monthsQueried, placeNameGaps } = await prepareReport(deps, input);
  const index = await publishReportFiles(deps, month, files);
  deps.logger?.info('report built', {
    month,
    languages,
    layout,
    baselineMonths: data.baselineMonths,
    entries: data.entries.length,
    itemsRead: items.length,
    monthsQueried,
    keys: [...files.map((f) => f.key), index.key],
  });
  return { month, languages, layout, files, index, data, itemsRead: items.length, monthsQueried, placeNameGaps };
}
