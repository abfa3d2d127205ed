// Report draft → publish. A draft is the month's files built under `drafts/` (never public, never in
// reports/index.html) with a manifest of what it was built from; the editor reviews it and its checklist,
// and publishing copies the draft's bytes to `reports/` unchanged. A draft whose data changed since it
// was built (an approval after it) is refused: the editor rebuilds it and reviews again.
import { randomUUID } from 'node:crypto';
import { buildCaseRecords } from '../domain/case';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors';
import type { StoredItem } from '../domain/item';
import { groupOf, LANGUAGES, type Language } from '../domain/taxonomy';
import { isMonth, parseMonth } from '../domain/time';
import { isReportLayout, type ReportLayout } from './current-layout';
import { prepareReport, publishReportFiles, REPORTS_PREFIX, type BuildReportDeps, type BuildReportInput, type ReportFile } from './build-report';
import { reportManifest } from './render-data-json';
import type { PlaceNameGap } from './place-names-in-report';
import type { ReportData, ReportEntryView } from './report-statistics';

export const DRAFTS_PREFIX = 'drafts/';
export const PUBLISH_AUDIT_PREFIX = 'audit/reports/';
export const DRAFT_MANIFEST_SCHEMA = 'sozwatch.report-draft/1';

function monthPath(month: string): string {
  if (!isMonth(month)) throw new ValidationError(`month must be yyyy-mm, got "${month}"`);
  const { year, month: m } = parseMonth(month);
  return `${year}/${String(m).padStart(2, '0')}`;
}

export function draftPrefix(month: string): string {
  return `${DRAFTS_PREFIX}${monthPath(month)}/`;
}

export function draftManifestKey(month: string): string {
  return `${draftPrefix(month)}draft.json`;
}

/** The draft's key of a published file: the same path under drafts/ instead of reports/. */
export function draftKeyOf(reportKey: string): string {
  if (!reportKey.startsWith(REPORTS_PREFIX)) throw new Error(`not a report key: ${reportKey}`);
  return `${DRAFTS_PREFIX}${reportKey.slice(REPORTS_PREFIX.length)}`;
}

/** Something the editor should complete before publishing; each names the entries or cases concerned. */
export interface ChecklistProblem {
  kind: 'missing-translation' | 'legal-without-case' | 'case-without-outcome' | 'outlet-or-region-unnamed';
  /** Item ids (or case keys for case-without-outcome). */
  ids: string[];
  /** For missing translations and unnamed places: the report languages concerned. */
  languages?: Language[];
}

const CYRILLIC = /[\u0400-\u04FF]/;
/** Stages after which a case should say how it ended (or that it is pending). */
const DECIDED_STAGES = new Set(['decided', 'appeal', 'cassation', 'closed']);

/**
 * A name printed as written: in the English report a Cyrillic name has no English form the reader can
 * use, while a Latin brand name ("Orda.kz") reads in every language.
 */
function hasNameIn(name: string, lang: Language): boolean {
  return lang !== 'en' || !CYRILLIC.test(name);
}

/** What is incomplete in a month's report (pure): the four checks the editor reviews before publishing. */
export function draftChecklist(
  data: ReportData,
  items: readonly StoredItem[],
  languages: readonly Language[] = LANGUAGES,
  placeNameGaps?: readonly PlaceNameGap[],
): ChecklistProblem[] {
  const problems: ChecklistProblem[] = [];
  const entries: ReportEntryView[] = [...data.entries, ...data.contextEntries];
  for (const lang of languages) {
    const ids = entries.filter((e) => !e.text[lang]?.trim()).map((e) => e.id);
    if (ids.length) problems.push({ kind: 'missing-translation', ids, languages: [lang] });
  }
  const legalWithout = data.entries.filter((e) => groupOf(e.category).id === 'legal_actions' && !e.caseKey).map((e) => e.id);
  if (legalWithout.length) problems.push({ kind: 'legal-without-case', ids: legalWithout });
  const monthKeys = new Set(data.entries.map((e) => e.caseKey).filter(Boolean));
  const undecided = buildCaseRecords(items)
    .filter((record) => monthKeys.has(record.key) && DECIDED_STAGES.has(record.stage) && !record.outcome)
    .map((record) => record.key);
  if (undecided.length) problems.push({ kind: 'case-without-outcome', ids: undecided });
  for (const lang of languages) {
    // With the gazetteer's verdict (names it lacks in `lang`), else by the script the name is written in.
    const missing = placeNameGaps ? new Set(placeNameGaps.filter((g) => g.language === lang).map((g) => g.value)) : undefined;
    const unnamed = (name: string) => (missing ? missing.has(name) : !hasNameIn(name, lang));
    const ids = entries.filter((e) => [e.outlet, e.region].some((name) => name && unnamed(name))).map((e) => e.id);
    if (ids.length) problems.push({ kind: 'outlet-or-region-unnamed', ids, languages: [lang] });
  }
  return problems;
}

export interface DraftFile {
  /** Where the draft keeps it. */
  key: string;
  /** Where publishing puts it. */
  publishKey: string;
  contentType: string;
  cacheControl: string;
}

export interface DraftManifest {
  schema: typeof DRAFT_MANIFEST_SCHEMA;
  month: string;
  builtAt: string;
  builtBy: string;
  layout: ReportLayout;
  languages: Language[];
  /** The data the draft shows, as data.json's manifest hashes it. */
  dataSha256: string;
  entries: number;
  files: DraftFile[];
  checklist: ChecklistProblem[];
}

export interface ReportDraftDeps extends BuildReportDeps {}

export interface BuildDraftInput extends BuildReportInput {
  month: string;
  actor: string;
}

/** Builds the month under drafts/ (the manifest written last, so a draft without one is incomplete). */
export async function buildReportDraft(deps: ReportDraftDeps, input: BuildDraftInput): Promise<DraftManifest> {
  const prepared = await prepareReport(deps, input);
  const files: DraftFile[] = [];
  for (const file of prepared.files) {
    const key = draftKeyOf(file.key);
    // no-store: the editor must see the draft as rebuilt, never a cached earlier one.
    await deps.objects.put(key, file.body, { contentType: file.contentType, cacheControl: 'no-store' });
    files.push({ key, publishKey: file.key, contentType: file.contentType, cacheControl: file.cacheControl });
  }
  const manifest: DraftManifest = {
    schema: DRAFT_MANIFEST_SCHEMA,
    month: prepared.month,
    builtAt: deps.now().toISOString(),
    builtBy: input.actor,
    layout: prepared.layout,
    languages: prepared.languages,
    dataSha256: reportManifest(prepared.data).dataSha256,
    entries: prepared.data.entries.length,
    files,
    checklist: draftChecklist(prepared.data, prepared.items, prepared.languages, prepared.placeNameGaps),
  };
  await deps.objects.put(draftManifestKey(prepared.month), `${JSON.stringify(manifest, null, 2)}\n`, { contentType: 'application/json', cacheControl: 'no-store' });
  deps.logger?.info('report draft built', { month: manifest.month, actor: input.actor, entries: manifest.entries, problems: manifest.checklist.length });
  return manifest;
}

function isDraftManifest(value: unknown): value is DraftManifest {
  const v = value as Partial<DraftManifest> | null;
  return Boolean(
    v &&
      v.schema === DRAFT_MANIFEST_SCHEMA &&
      typeof v.month === 'string' &&
      typeof v.dataSha256 === 'string' &&
      isReportLayout(v.layout) &&
      Array.isArray(v.languages) &&
      Array.isArray(v.files) &&
      v.files.every((f) => typeof f?.key === 'string' && f.key.startsWith(DRAFTS_PREFIX) && typeof f.publishKey === 'string' && f.publishKey.startsWith(REPORTS_PREFIX)),
  );
}

/** The month's draft manifest, or undefined when no draft was built. */
export async function loadReportDraft(deps: Pick<ReportDraftDeps, 'objects'>, month: string): Promise<DraftManifest | undefined> {
  const stored = await deps.objects.get(draftManifestKey(month));
  if (!stored) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored.body.toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isDraftManifest(value) || value.month !== month) throw new ValidationError(`${draftManifestKey(month)} is not a draft manifest: build the draft again`);
  return value;
}

/** One file of the month's draft, for the page to show; only files the manifest lists. */
export async function readDraftFile(deps: Pick<ReportDraftDeps, 'objects'>, month: string, name: string): Promise<{ body: Buffer; contentType: string }> {
  const manifest = await loadReportDraft(deps, month);
  const file = manifest?.files.find((f) => f.key === `${draftPrefix(month)}${name}`);
  if (!manifest || !file) throw new NotFoundError(`no draft file ${name} for ${month}`);
  const stored = await deps.objects.get(file.key);
  if (!stored) throw new NotFoundError(`the draft of ${month} lost ${name}: build the draft again`);
  return { body: stored.body, contentType: file.contentType };
}

export interface PublishAuditRecord {
  month: string;
  at: string;
  actor: string;
  /** manual (a reviewer) or auto (the schedule with autoPublish on). */
  mode: 'manual' | 'auto';
  dataSha256: string;
  draftBuiltAt: string;
  keys: string[];
}

export interface PublishResult {
  month: string;
  /** Entries printed in the published report. */
  entries: number;
  keys: string[];
  index: string;
  audit: PublishAuditRecord;
}

/**
 * Publishes the month's reviewed draft: checks that the approved data still hashes as when the draft
 * was built (else 409: rebuild the draft), copies each draft file's bytes to its reports/ key, rebuilds
 * the index, and records who published what (an audit object per publish, never overwritten).
 */
export async function publishReportDraft(deps: ReportDraftDeps, input: { month: string; actor: string; mode?: 'manual' | 'auto' }): Promise<PublishResult> {
  const manifest = await loadReportDraft(deps, input.month);
  if (!manifest) throw new NotFoundError(`no draft of ${input.month}: build the draft first`);
  const current = await prepareReport(deps, { month: manifest.month, layout: manifest.layout, ...(manifest.languages.length === 1 ? { lang: manifest.languages[0] } : {}) });
  const currentSha = reportManifest(current.data).dataSha256;
  if (currentSha !== manifest.dataSha256) {
    throw new ConflictError(`the approved entries of ${manifest.month} changed since the draft was built at ${manifest.builtAt}: build the draft again and review it`, {
      month: manifest.month,
      draftDataSha256: manifest.dataSha256,
      currentDataSha256: currentSha,
    });
  }
  const files: ReportFile[] = [];
  for (const file of manifest.files) {
    const stored = await deps.objects.get(file.key);
    if (!stored) throw new NotFoundError(`the draft of ${manifest.month} lost ${file.key}: build the draft again`);
    files.push({ key: file.publishKey, body: stored.body, contentType: file.contentType, cacheControl: file.cacheControl });
  }
  const index = await publishReportFiles(deps, manifest.month, files);
  const at = deps.now().toISOString();
  const audit: PublishAuditRecord = {
    month: manifest.month,
    at,
    actor: input.actor,
    mode: input.mode ?? 'manual',
    dataSha256: manifest.dataSha256,
    draftBuiltAt: manifest.builtAt,
    keys: files.map((f) => f.key),
  };
  await deps.objects.put(`${PUBLISH_AUDIT_PREFIX}${monthPath(manifest.month)}/${at}-${randomUUID()}.json`, `${JSON.stringify(audit, null, 2)}\n`, { contentType: 'application/json' });
  deps.logger?.info('report draft published', { month: manifest.month, actor: input.actor, mode: audit.mode, keys: audit.keys });
  return { month: manifest.month, entries: manifest.entries, keys: audit.keys, index: index.key, audit };
}

/** Every publish of a month, oldest first. */
export async function listPublishAudit(deps: Pick<ReportDraftDeps, 'objects'>, month: string): Promise<PublishAuditRecord[]> {
  const keys = (await deps.objects.list(`${PUBLISH_AUDIT_PREFIX}${monthPath(month)}/`)).sort();
  const records: PublishAuditRecord[] = [];
  for (const key of keys) {
    const stored = await deps.objects.get(key);
    if (stored) records.push(JSON.parse(stored.body.toString('utf8')) as PublishAuditRecord);
  }
  return records;
}
