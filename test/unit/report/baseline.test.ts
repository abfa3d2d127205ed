import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/domain/taxonomy';
import { BASELINE_COLUMNS, BaselineCsvError, isBaseline, parseBaselineCsv } from '../../../shared/report/baseline';
import { SEED_GAZETTEER } from '../../../shared/domain/gazetteer-names';
import { localizePlaces } from '../../../shared/report/place-names-in-report';
import { renderReportHtml } from '../../../shared/report/render-html';
import { renderReportMarkdown } from '../../../shared/report/render-markdown';
import { computeReportData } from '../../../shared/report/report-statistics';
import { october2021Items } from '../../fixtures/report/october-2021';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/report');
const BASELINE_CSV = readFileSync(join(FIXTURES, 'baseline-2020-10-to-2021-09.csv'), 'utf8');

function csv(...rows: Record<string, string>[]): string {
  const lines = rows.map((r) => BASELINE_COLUMNS.map((c) => r[c] ?? '').join(','));
  return [BASELINE_COLUMNS.join(','), ...lines].join('\n');
}

describe('parseBaselineCsv', () => {
  it('reads counts, legal figures and open cases', () => {
    const baseline = parseBaselineCsv(
      '\uFEFF' +
        csv(
          { record: 'count', month: '2021-09', category: 'threat', count: '3' },
          { record: 'count', month: '2021-09', category: 'insult', count: '1' },
          { record: 'legal', month: '2021-09', civil: '2', civil_honour_dignity: '1', claimed_kzt: '1 500 000' },
          {
            record: 'case', case_key: 'civ-x', kind: 'civil', month: '2021-03', stage: 'in_court', stage_month: '2021-06',
            parties: 'Айгуль Серикова; Аlatau Times', code: 'civil', article: '143', claimed_kzt: '2000000', honour_dignity: 'да',
          },
        ),
    );
    expect(baseline.months).toEqual([
      {
        month: '2021-09',
        counts: { threat: 3, insult: 1 },
        legal: { civil: 2, civilHonourDignity: 1, criminal: 0, criminalInCourt: 0, administrative: 0, judicialActs: 0, forDefendants: 0, claimedKzt: 1_500_000, awardedKzt: 0 },
      },
    ]);
    expect(baseline.cases).toEqual([
      {
        key: 'civ-x', kind: 'civil', parties: ['Айгуль Серикова', 'Аlatau Times'], lawArticle: { code: 'civil', article: '143' }, honourDignity: true,
        filedMonth: '2021-03', stage: 'in_court', stageMonth: '2021-06', amountClaimedKzt: 2_000_000,
      },
    ]);
  });

  it('names every problem with its row and column, and takes nothing from a file with one', () => {
    const text = csv(
      { record: 'count', month: '2021-13', category: 'threat', count: '1' },
      { record: 'count', month: '2021-09', category: 'gossip', count: '-2' },
      { record: 'legal', month: '2021-09', criminal: '1', criminal_in_court: '2' },
      { record: 'case', case_key: 'k', kind: 'civil', month: '2021-05', stage: 'verdict' },
      { record: 'case', case_key: 'k2', kind: 'civil', month: '2021-05', stage: 'filed', stage_month: '2021-04', code: 'civil' },
      { record: 'cases', month: '2021-09' },
    );
    let error: unknown;
    try {
      parseBaselineCsv(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BaselineCsvError);
    expect((error as BaselineCsvError).problems).toEqual([
      'row 2, column month: must be a month yyyy-mm, got "2021-13"',
      'row 3, column count: must be a whole number of 0 or more, got "-2"',
      'row 3, column category: "gossip" is not a category or subcategory id',
      'row 4, column criminal_in_court: is more than criminal',
      'row 5, column stage: must be one of filed, pre_trial, in_court, decided, appeal, cassation, closed, got "verdict"',
      'row 6, column article: code and article go together',
      'row 6, column stage_month: is before the month filed',
      'row 7, column record: must be count, legal or case, got "cases"',
    ]);
  });

  it('refuses a header without the expected columns, and a file that is not CSV', () => {
    expect(() => parseBaselineCsv('record,month\ncount,2021-01')).toThrow(/row 1: missing columns category, count/);
    expect(() => parseBaselineCsv(`${BASELINE_COLUMNS.join(',')}\n"count,2021-01`)).toThrow(/not a readable CSV file: line 2: a quoted field is never closed/);
  });

  it('refuses the same month figures or case twice', () => {
    const text = csv(
      { record: 'legal', month: '2021-09' },
      { record: 'legal', month: '2021-09' },
      { record: 'count', month: '2021-09', category: 'attack', count: '1' },
      { record: 'count', month: '2021-09', category: 'attack', count: '2' },
    );
    expect(() => parseBaselineCsv(text)).toThrow(/row 3, column month: the legal figures of 2021-09 are given twice[\s\S]*row 5, column category: attack of 2021-09 is given twice/);
  });
});

describe('October 2021 with everything before October from the baseline', () => {
  const baseline = parseBaselineCsv(BASELINE_CSV);
  const octoberOnly = october2021Items().filter((item) => item.entry?.eventDate.startsWith('2021-10'));
  const variant = computeReportData('2021-10', octoberOnly, { baseline });
  const full = computeReportData('2021-10', october2021Items());

  it('keeps only October in the approved entries', () => {
    expect(octoberOnly.every((item) => item.entry!.eventDate.startsWith('2021-10'))).toBe(true);
    expect(octoberOnly.length).toBeLessThan(october2021Items().length / 3);
  });

  it('reproduces the published figures', () => {
    expect(variant.judicialActs.month).toEqual({ total: 4, forDefendants: 3 });
    expect(variant.charges.month).toMatchObject({ civil: 6, civilHonourDignity: 4 });
    expect(variant.charges.yearToDate).toMatchObject({ criminal: 25, criminalInCourt: 11, civil: 56, civilHonourDignity: 51, administrative: 25 });
    expect(variant.damages.yearToDate).toEqual({ claimedKzt: 25_700_000, awardedKzt: 1_290_000 });
  });

  it('gives every figure and entry the full history gives', () => {
    const { baselineMonths, ...rest } = variant;
    const { baselineMonths: none, ...expected } = full;
    expect(none).toEqual([]);
    expect(rest).toEqual(expected);
  });

  for (const lang of LANGUAGES) {
    it(`prints the ${lang} 2021-layout golden files, with one more line saying which months come from the baseline`, () => {
      const golden = (name: string) => readFileSync(join(FIXTURES, 'golden', name), 'utf8');
      // As buildReport renders them: each language with its own outlet and region names.
      const localized = localizePlaces(variant, lang, SEED_GAZETTEER).data;
      const html = renderReportHtml(localized, lang).split('\n');
      const noteLines = html.filter((line) => line.startsWith('<p class="note">') && line.includes('2020'));
      expect(noteLines).toHaveLength(1);
      expect(html.filter((line) => line !== noteLines[0]).join('\n')).toBe(golden(`2021-10.report.${lang}.html`));
      const markdown = renderReportMarkdown(localized, lang);
      const withoutNote = markdown.replace(/\n_[^\n]*2020[^\n]*_\n/, '');
      expect(withoutNote).not.toBe(markdown);
      expect(withoutNote).toBe(golden(`2021-10.report.${lang}.md`));
    });
  }

  it('says which months come from the baseline', () => {
    expect(variant.baselineMonths[0]).toBe('2020-10');
    expect(variant.baselineMonths.at(-1)).toBe('2021-09');
    expect(variant.baselineMonths).toHaveLength(12);
    expect(renderReportHtml(variant, 'en')).toContain('The figures for October 2020 – September 2021 come from the statistics the Foundation kept before');
    expect(renderReportMarkdown(variant, 'ru')).toContain('Данные за октябрь 2020 – сентябрь 2021 взяты из статистики');
  });

  it('attaches a later step to its baseline case: crim-10 reaching a court in October is in court, not a new charge', () => {
    const withoutStep = computeReportData(
      '2021-10',
      octoberOnly.filter((item) => item.entry?.legalCase?.caseKey !== 'crim-10'),
      { baseline },
    );
    expect(withoutStep.charges.yearToDate.criminal).toBe(25);
    expect(withoutStep.charges.yearToDate.criminalInCourt).toBe(10);
    expect(variant.charges.month.criminal).toBe(full.charges.month.criminal);
  });

  it('uses an entry month over the baseline for the same month', () => {
    const septemberEntry = october2021Items().filter((item) => item.id === 'sep21-threat-1');
    const data = computeReportData('2021-10', [...octoberOnly, ...septemberEntry], { baseline });
    expect(data.baselineMonths).not.toContain('2021-09');
    expect(data.categories.find((c) => c.id === 'threat')!.previousMonth).toBe(1);
    // September's legal figures are no longer added; its claims still count, from the open cases filed then,
    // but its judicial act (an appeal with no entry of its own) is gone.
    expect(data.charges.yearToDate.civil).toBe(full.charges.yearToDate.civil);
    expect(data.judicialActs.yearToDate.total).toBe(full.judicialActs.yearToDate.total - 1);
  });
});

describe('isBaseline', () => {
  it('accepts what the parser writes and refuses a hand-edited object with a wrong field', () => {
    const baseline = parseBaselineCsv(BASELINE_CSV);
    const stored = JSON.parse(JSON.stringify(baseline)) as typeof baseline;
    expect(isBaseline(stored)).toBe(true);
    expect(isBaseline({ ...stored, months: [{ month: '2021-09', counts: { threat: -1 } }] })).toBe(false);
    expect(isBaseline({ ...stored, months: [{ month: '2021-09', counts: { gossip: 1 } }] })).toBe(false);
    expect(isBaseline({ ...stored, cases: [{ ...stored.cases[0]!, stage: 'verdict' }] })).toBe(false);
    expect(isBaseline({ ...stored, schema: 'other' })).toBe(false);
  });
});
