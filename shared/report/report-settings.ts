// What a deployment decides about its reports, kept beside them in the bucket (outside reports/, which
// may be public): the layout, and the baseline of figures from before the system.
import { ValidationError } from '../domain/errors';
import type { ObjectStore } from '../ports/object-store';
import { isBaseline, parseBaselineCsv, type Baseline } from './baseline';
import { isReportLayout, REPORT_LAYOUTS, type ReportLayout } from './current-layout';

export const SETTINGS_PREFIX = 'settings/';
export const REPORT_SETTINGS_KEY = `${SETTINGS_PREFIX}report.json`;
export const BASELINE_KEY = `${SETTINGS_PREFIX}baseline.json`;

export interface ReportSettings {
  layout: ReportLayout;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = { layout: '2021' };

async function readJson(objects: ObjectStore, key: string): Promise<unknown> {
  const stored = await objects.get(key);
  if (!stored) return undefined;
  try {
    return JSON.parse(stored.body.toString('utf8')) as unknown;
  } catch {
    throw new ValidationError(`${key} is not valid JSON: fix or delete it before building reports`);
  }
}

/** The stored settings, or the defaults when none were saved. A malformed record stops the build rather than silently changing the layout. */
export async function loadReportSettings(objects: ObjectStore): Promise<ReportSettings> {
  const value = await readJson(objects, REPORT_SETTINGS_KEY);
  if (value === undefined) return DEFAULT_REPORT_SETTINGS;
  const layout = (value as { layout?: unknown } | null)?.layout;
  if (!isReportLayout(layout)) throw new ValidationError(`${REPORT_SETTINGS_KEY}: layout must be one of ${REPORT_LAYOUTS.join(', ')}`);
  return { layout };
}

export async function saveReportSettings(objects: ObjectStore, settings: ReportSettings): Promise<void> {
  if (!isReportLayout(settings.layout)) throw new ValidationError(`layout must be one of ${REPORT_LAYOUTS.join(', ')}`);
  await objects.put(REPORT_SETTINGS_KEY, `${JSON.stringify({ layout: settings.layout }, null, 2)}\n`, { contentType: 'application/json' });
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
