// Figures from before the system: monthly counts per category, the monthly legal statistics, and the
// cases still open when monitoring moved here. Parsed from one CSV file that staff fill in by hand, so
// every problem is reported with its row and column, and nothing is taken from a file with any problem.
import type { LawArticleRef } from '../domain/classification';
import { CASE_STAGES, isCaseKind, isCaseStage } from '../domain/case';
import { ValidationError } from '../domain/errors';
import { SUBCATEGORY_IDS, type SubcategoryId } from '../domain/incident';
import type { CaseStage, CaseType } from '../domain/item';
import { CATEGORY_IDS, isCategoryId, type CategoryId } from '../domain/taxonomy';
import { isMonth } from '../domain/time';
import { parseCsv } from './csv';

export const BASELINE_SCHEMA = 'sozwatch.baseline/1';

/** The legal statistics of one month as they were published or kept before the system. */
export interface BaselineLegalFigures {
  civil: number;
  civilHonourDignity: number;
  criminal: number;
  /** Criminal charges filed that month that had reached a court when the figures were recorded. */
  criminalInCourt: number;
  administrative: number;
  judicialActs: number;
  forDefendants: number;
  /** Claimed by the charges filed that month, at their latest (amended) sums. */
  claimedKzt: number;
  /** Awarded in that month, at final sums: a sum changed on appeal is entered once, in the month of the change. */
  awardedKzt: number;
}

export interface BaselineMonth {
  month: string;
  /** Entries per category and per subcategory in the month. */
  counts: Partial<Record<CategoryId | SubcategoryId, number>>;
  legal?: BaselineLegalFigures;
}

/** A case still open when the figures were recorded: a later entry with its key continues it. */
export interface BaselineCase {
  key: string;
  kind: CaseType;
  parties: string[];
  outlet?: string;
  court?: string;
  lawArticle?: LawArticleRef;
  honourDignity?: boolean;
  filedMonth: string;
  stage: CaseStage;
  /** The month the case reached its stage (defaults to the month filed). */
  stageMonth: string;
  amountClaimedKzt?: number;
  amountAwardedKzt?: number;
}

export interface Baseline {
  schema: typeof BASELINE_SCHEMA;
  /** Sorted by month. */
  months: BaselineMonth[];
  /** Sorted by key. */
  cases: BaselineCase[];
}

/** The CSV's columns, in order. A `record` column says which of the three kinds of row a line is. */
export const BASELINE_COLUMNS = [
  'record',
  'month',
  'category',
  'count',
  'civil',
  'civil_honour_dignity',
  'criminal',
  'criminal_in_court',
  'administrative',
  'judicial_acts',
  'for_defendants',
  'claimed_kzt',
  'awarded_kzt',
  'case_key',
  'kind',
  'parties',
  'outlet',
  'court',
  'code',
  'article',
  'part',
  'stage',
  'stage_month',
  'honour_dignity',
] as const;
type Column = (typeof BASELINE_COLUMNS)[number];

const LEGAL_COLUMNS = ['civil', 'civil_honour_dignity', 'criminal', 'criminal_in_court', 'administrative', 'judicial_acts', 'for_defendants', 'claimed_kzt', 'awarded_kzt'] as const;
const LAW_CODES: readonly LawArticleRef['code'][] = ['criminal', 'administrative', 'civil', 'media', 'unknown'];
const MAX_ROWS = 20_000;
const COUNT_KEYS: readonly string[] = [...CATEGORY_IDS, ...SUBCATEGORY_IDS];

export class BaselineCsvError extends ValidationError {
  constructor(readonly problems: string[]) {
    super(`the baseline file has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`, problems);
    this.name = 'BaselineCsvError';
  }
}

type Row = Record<Column, string>;

class RowReader {
  constructor(
    private readonly row: Row,
    private readonly line: number,
    private readonly problems: string[],
  ) {}

  problem(column: Column | undefined, message: string): void {
    this.problems.push(`row ${this.line}${column ? `, column ${column}` : ''}: ${message}`);
  }

  text(column: Column): string | undefined {
    const value = this.row[column]?.trim();
    return value ? value : undefined;
  }

  required(column: Column): string {
    const value = this.text(column);
    if (value === undefined) this.problem(column, 'is required');
    return value ?? '';
  }

  month(column: Column, required = true): string | undefined {
    const value = required ? this.required(column) : this.text(column);
    if (value === undefined || value === '') return undefined;
    if (!isMonth(value)) {
      this.problem(column, `must be a month yyyy-mm, got "${value}"`);
      return undefined;
    }
    return value;
  }

  /** A whole number ≥ 0; spaces (also no-break and thin) and underscores between digits are allowed, as spreadsheets print them. */
  number(column: Column, required: boolean): number | undefined {
    const raw = required ? this.required(column) : this.text(column);
    if (raw === undefined || raw === '') return required ? 0 : undefined;
    const digits = raw.replace(/[\s\u00a0\u202f_]/g, '');
    if (!/^\d{1,15}$/.test(digits)) {
      this.problem(column, `must be a whole number of 0 or more, got "${raw}"`);
      return undefined;
    }
    return Number(digits);
  }

  boolean(column: Column): boolean | undefined {
    const value = this.text(column)?.toLowerCase();
    if (value === undefined) return undefined;
    if (['yes', 'true', '1', 'да', 'иә'].includes(value)) return true;
    if (['no', 'false', '0', 'нет', 'жоқ'].includes(value)) return false;
    this.problem(column, `must be yes or no, got "${this.text(column)}"`);
    return undefined;
  }
}

function readCsv(text: string): { rows: Row[]; problems: string[] } {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    return { rows: [], problems: [`not a readable CSV file: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = BASELINE_COLUMNS.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => h && !(BASELINE_COLUMNS as readonly string[]).includes(h));
  const problems: string[] = [];
  if (missing.length > 0) problems.push(`row 1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  if (unknown.length > 0) problems.push(`row 1: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
  if (records.length > MAX_ROWS + 1) problems.push(`more than ${MAX_ROWS} rows: split the file`);
  if (problems.length > 0) return { rows: [], problems };
  const rows: Row[] = [];
  records.slice(1).forEach((record, index) => {
    if (record.length > header.length && record.slice(header.length).some((v) => v.trim())) problems.push(`row ${index + 2}: more fields than the header has columns`);
    rows.push(Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])) as Row);
  });
  return { rows, problems };
}

/**
 * Parses the baseline CSV (UTF-8, a byte-order mark allowed; the header names every column of
 * `BASELINE_COLUMNS`). Three kinds of row, by `record`:
 * - `count`: month, category (one of the twelve categories or a subcategory id), count;
 * - `legal`: month and the nine legal figures (empty cells are 0);
 * - `case`: case_key, kind, month (filed), stage, and optionally parties (separated by ";"), outlet,
 *   court, code + article (+ part), stage_month, claimed_kzt, awarded_kzt, honour_dignity.
 * Throws a BaselineCsvError listing every problem with its row; nothing is returned from a file with one.
 */
export function parseBaselineCsv(text: string): Baseline {
  const { rows, problems } = readCsv(text);
  if (problems.length > 0) throw new BaselineCsvError(problems);
  const months = new Map<string, BaselineMonth>();
  const cases = new Map<string, BaselineCase>();
  const monthOf = (month: string) => {
    let found = months.get(month);
    if (!found) months.set(month, (found = { month, counts: {} }));
    return found;
  };
  rows.forEach((row, index) => {
    const r = new RowReader(row, index + 2, problems);
    const record = r.text('record')?.toLowerCase();
    if (record === 'count') {
      const month = r.month('month');
      const category = r.required('category');
      const count = r.number('count', true);
      if (category && !COUNT_KEYS.includes(category)) r.problem('category', `"${category}" is not a category or subcategory id`);
      if (!month || !COUNT_KEYS.includes(category) || count === undefined) return;
      const counts = monthOf(month).counts;
      const key = category as CategoryId | SubcategoryId;
      if (counts[key] !== undefined) r.problem('category', `${category} of ${month} is given twice`);
      else counts[key] = count;
    } else if (record === 'legal') {
      const month = r.month('month');
      const values = LEGAL_COLUMNS.map((c) => r.number(c, false) ?? 0);
      if (!month) return;
      const [civil, civilHonourDignity, criminal, criminalInCourt, administrative, judicialActs, forDefendants, claimedKzt, awardedKzt] = values as [
        number, number, number, number, number, number, number, number, number,
      ];
      if (civilHonourDignity > civil) r.problem('civil_honour_dignity', 'is more than civil');
      if (criminalInCourt > criminal) r.problem('criminal_in_court', 'is more than criminal');
      if (forDefendants > judicialActs) r.problem('for_defendants', 'is more than judicial_acts');
      const target = monthOf(month);
      if (target.legal) r.problem('month', `the legal figures of ${month} are given twice`);
      else target.legal = { civil, civilHonourDignity, criminal, criminalInCourt, administrative, judicialActs, forDefendants, claimedKzt, awardedKzt };
    } else if (record === 'case') {
      const parsed = readCase(r);
      if (!parsed) return;
      if (cases.has(parsed.key)) r.problem('case_key', `case ${parsed.key} is given twice`);
      else cases.set(parsed.key, parsed);
    } else {
      r.problem('record', `must be count, legal or case, got "${r.text('record') ?? ''}"`);
    }
  });
  if (problems.length > 0) throw new BaselineCsvError(problems);
  return {
    schema: BASELINE_SCHEMA,
    months: [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
    cases: [...cases.values()].sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

function readCase(r: RowReader): BaselineCase | undefined {
  const key = r.required('case_key');
  const kind = r.required('kind');
  const filedMonth = r.month('month');
  const stage = r.required('stage');
  const stageMonth = r.month('stage_month', false);
  const code = r.text('code');
  const article = r.text('article');
  const part = r.text('part');
  const claimed = r.number('claimed_kzt', false);
  const awarded = r.number('awarded_kzt', false);
  const honourDignity = r.boolean('honour_dignity');
  let ok = Boolean(key && filedMonth);
  if (key.length > 200) (r.problem('case_key', 'must be at most 200 characters'), (ok = false));
  if (kind && !isCaseKind(kind)) (r.problem('kind', `must be criminal, civil or administrative, got "${kind}"`), (ok = false));
  if (stage && !isCaseStage(stage)) (r.problem('stage', `must be one of ${CASE_STAGES.join(', ')}, got "${stage}"`), (ok = false));
  if (stage === 'closed') (r.problem('stage', 'a closed case is not open: leave it out'), (ok = false));
  if (code && !(LAW_CODES as readonly string[]).includes(code)) (r.problem('code', `must be one of ${LAW_CODES.join(', ')}, got "${code}"`), (ok = false));
  if (Boolean(code) !== Boolean(article)) (r.problem(code ? 'article' : 'code', 'code and article go together'), (ok = false));
  if (filedMonth && stageMonth && stageMonth < filedMonth) (r.problem('stage_month', 'is before the month filed'), (ok = false));
  if (!ok || !isCaseKind(kind) || !isCaseStage(stage) || !filedMonth) return undefined;
  const parties = (r.text('parties') ?? '')
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const outlet = r.text('outlet');
  const court = r.text('court');
  return {
    key,
    kind,
    parties,
    ...(outlet ? { outlet } : {}),
    ...(court ? { court } : {}),
    ...(code && article ? { lawArticle: { code: code as LawArticleRef['code'], article, ...(part ? { part } : {}) } } : {}),
    ...(honourDignity !== undefined ? { honourDignity } : {}),
    filedMonth,
    stage,
    stageMonth: stageMonth ?? filedMonth,
    ...(claimed !== undefined ? { amountClaimedKzt: claimed } : {}),
    ...(awarded !== undefined ? { amountAwardedKzt: awarded } : {}),
  };
}

/** A baseline read back from storage: checked for the shape the parser writes, so a hand-edited object cannot poison a report. */
export function isBaseline(value: unknown): value is Baseline {
  if (!value || typeof value !== 'object') return false;
  const b = value as Partial<Baseline>;
  if (b.schema !== BASELINE_SCHEMA || !Array.isArray(b.months) || !Array.isArray(b.cases)) return false;
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  const monthOk = (m: BaselineMonth) =>
    Boolean(m) &&
    isMonth(m.month) &&
    typeof m.counts === 'object' &&
    m.counts !== null &&
    Object.entries(m.counts).every(([key, n]) => isCountKey(key) && count(n)) &&
    (m.legal === undefined || Object.values(m.legal).every(count));
  const caseOk = (c: BaselineCase) =>
    Boolean(c) && typeof c.key === 'string' && isCaseKind(c.kind) && isCaseStage(c.stage) && isMonth(c.filedMonth) && isMonth(c.stageMonth) && Array.isArray(c.parties);
  return b.months.every(monthOk) && b.cases.every(caseOk);
}

export function isCountKey(value: string): value is CategoryId | SubcategoryId {
  return isCategoryId(value) || (SUBCATEGORY_IDS as readonly string[]).includes(value);
}
