// What a deployment decides about its reports, kept beside them in the bucket (outside reports/, which
// may be public): the layout, and the baseline of figures from before the system.
import { ValidationError } from '../domain/errors';
import type { ObjectStore } from '../ports/object-store';
import { isBaseline, parseBaselineCsv, type Baseline } from './baseline';
import { isLanguage, LANGUAGES, type Language } from '../domain/taxonomy';
import { isReportLayout, REPORT_LAYOUTS, type ReportLayout } from './current-layout';

export const SETTINGS_PREFIX = 'settings/';
export const REPORT_SETTINGS_KEY = `${SETTINGS_PREFIX}report.json`;
export const BASELINE_KEY = `${SETTINGS_PREFIX}baseline.json`;

/** Text per report language; a language left out prints nothing there. */
export type LocalizedText = Partial<Record<Language, string>>;

export interface ReportContacts {
  /** The head of the monitoring service, as printed. */
  head?: string;
  emails: string[];
}

/** The deployment's editorial record: the layout, the texts the editor writes once, and publishing. */
export interface ReportSettings {
  layout: ReportLayout;
  /** The monthly run publishes its draft unattended (as before drafts existed); off by default. */
  autoPublish: boolean;
  introduction?: LocalizedText;
  /** The closing line on how the monitoring is done. */
  methodology?: LocalizedText;
  contacts?: ReportContacts;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = { layout: '2021', autoPublish: false };

const TEXT_LIMIT = 4000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function readJson(objects: ObjectStore, key: string): Promise<unknown> {
  const stored = await objects.get(key);
  if (!stored) return undefined;
  try {
    return JSON.parse(stored.body.toString('utf8')) as unknown;
  } catch {
    throw new ValidationError(`${key} is not valid JSON: fix or delete it before building reports`);
  }
}

function localizedText(value: unknown, field: string, problems: string[]): LocalizedText | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${field}: must be an object of texts by language (ru, kk, en)`);
    return undefined;
  }
  const out: LocalizedText = {};
  for (const [lang, text] of Object.entries(value as Record<string, unknown>)) {
    if (!isLanguage(lang)) problems.push(`${field}.${lang}: not a report language (${LANGUAGES.join(', ')})`);
    else if (typeof text !== 'string') problems.push(`${field}.${lang}: must be text`);
    else if (text.length > TEXT_LIMIT) problems.push(`${field}.${lang}: must be at most ${TEXT_LIMIT} characters`);
    else if (text.trim()) out[lang] = text.trim();
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The settings as given (a stored record or a request body), checked field by field: every problem
 * is listed, and a record with one is refused whole. Fields absent take their defaults.
 */
export function parseReportSettings(value: unknown, source = 'settings'): ReportSettings {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ValidationError(`${source}: must be an object`);
  const v = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(v)) if (!['layout', 'autoPublish', 'introduction', 'methodology', 'contacts'].includes(key)) problems.push(`${key}: unknown field`);
  const layout = v.layout === undefined ? DEFAULT_REPORT_SETTINGS.layout : v.layout;
  if (!isReportLayout(layout)) problems.push(`layout: must be one of ${REPORT_LAYOUTS.join(', ')}`);
  if (v.autoPublish !== undefined && typeof v.autoPublish !== 'boolean') problems.push('autoPublish: must be true or false');
  const introduction = localizedText(v.introduction, 'introduction', problems);
  const methodology = localizedText(v.methodology, 'methodology', problems);
  let contacts: ReportContacts | undefined;
  if (v.contacts !== undefined && v.contacts !== null) {
    const c = v.contacts as { head?: unknown; emails?: unknown };
    if (typeof c !== 'object' || Array.isArray(c)) problems.push('contacts: must be an object {head, emails}');
    else {
      if (c.head !== undefined && (typeof c.head !== 'string' || c.head.length > 200)) problems.push('contacts.head: must be text of at most 200 characters');
      const emails = c.emails ?? [];
      if (!Array.isArray(emails) || emails.some((e) => typeof e !== 'string' || !EMAIL.test(e.trim()))) problems.push('contacts.emails: must be a list of e-mail addresses');
      else if (emails.length > 10) problems.push('contacts.emails: at most 10 addresses');
      else {
        const head = typeof c.head === 'string' && c.head.trim() ? c.head.trim() : undefined;
        contacts = { ...(head ? { head } : {}), emails: (emails as string[]).map((e) => e.trim()) };
      }
    }
  }
  if (problems.length) throw new ValidationError(`${source}: ${problems.join('; ')}`, problems);
  return {
    layout: layout as ReportLayout,
    autoPublish: v.autoPublish === true,
    ...(introduction ? { introduction } : {}),
    ...(methodology ? { methodology } : {}),
    ...(contacts ? { contacts } : {}),
  };
}

/** The stored settings, or the defaults when none were saved. A malformed record stops the build rather than silently changing the layout. */
export async function loadReportSettings(objects: ObjectStore): Promise<ReportSettings> {
  const value = await readJson(objects, REPORT_SETTINGS_KEY);
  if (value === undefined) return DEFAULT_REPORT_SETTINGS;
  try {
    return parseReportSettings(value, REPORT_SETTINGS_KEY);
  } catch (error) {
    if (error instanceof ValidationError && !isReportLayout((value as { layout?: unknown } | null)?.layout)) {
      throw new ValidationError(`${REPORT_SETTINGS_KEY}: layout must be one of ${REPORT_LAYOUTS.join(', ')}`);
    }
    throw error;
  }
}

/** Stores the whole record (checked first: a record with a problem is refused and nothing is written). */
export async function saveReportSettings(objects: ObjectStore, settings: Partial<ReportSettings>): Promise<ReportSettings> {
  const checked = parseReportSettings(settings);
  await objects.put(REPORT_SETTINGS_KEY, `${JSON.stringify(checked, null, 2)}\n`, { contentType: 'application/json' });
  return checked;
}

/** Changes some fields of the stored record and keeps the others (`report --save-layout` changes only the layout). */
export async function updateReportSettings(objects: ObjectStore, changes: Partial<ReportSettings>): Promise<ReportSettings> {
  return saveReportSettings(objects, { ...(await loadReportSettings(objects)), ...changes });
}

/** The stored baseline, or undefined when none was imported. A malformed one stops the build: its figures would be wrong. */
export async function loadBaseline(objects: ObjectStore): Promise<Baseline | undefined> {
  const value = await readJson(objects, BASELINE_KEY);
  if (value === undefined) return undefined;
  if (!isBaseline(value)) throw new ValidationError(`${BASELINE_KEY} is not a baseline: import the CSV again`);
  return value;
}

export interface BaselineImportSummary {
  months: string[];
  cases: number;
  replaced: boolean;
}

/**
 * Parses the CSV (every problem reported with its row, nothing stored when there is one) and stores the
 * baseline, replacing any earlier import whole: the file is the complete record of the months it covers.
 */
export async function importBaseline(objects: ObjectStore, csv: string): Promise<BaselineImportSummary> {
  const baseline = parseBaselineCsv(csv);
  const replaced = (await objects.get(BASELINE_KEY)) !== undefined;
  await objects.put(BASELINE_KEY, `${JSON.stringify(baseline, null, 2)}\n`, { contentType: 'application/json' });
  return { months: baseline.months.map((m) => m.month), cases: baseline.cases.length, replaced };
}
