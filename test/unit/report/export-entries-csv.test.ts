import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { entriesPeriod } from '../../../shared/report/build-report';
import { parseCsv } from '../../../shared/report/csv';
import { ENTRIES_CSV_COLUMNS, renderEntriesCsv } from '../../../shared/report/export-entries-csv';
import { october2021Items } from '../../fixtures/report/october-2021';
import { storedItem } from '../../support/items';

const awkwardName = 'Ахметова, Дина "Дина-Ти"\nсобкор';

const threat = storedItem({
  id: 'threat-1',
  status: 'approved',
  url: 'https://news.example.kz/threat-1',
  title: '=HYPERLINK("https://evil.example/","click")',
  entry: {
    category: 'threat',
    eventDate: '2021-10-05',
    outlet: 'Жайық Пресс',
    region: 'West Kazakhstan region',
    people: [awkwardName, 'Марат Жаксылыков'],
    text: { ru: 'Журналистке угрожали, затем оскорбили.', en: 'A journalist was threatened, then insulted.' },
    incident: {
      perpetrator: 'state',
      targetKind: 'journalist',
      targetGender: 'female',
      city: 'Уральск',
      subcategory: 'insult',
      sourceLinks: ['https://news.example.kz/threat-1', 'https://other.example.kz/a'],
    },
  },
});
const verdict = storedItem({
  id: 'verdict-1',
  status: 'approved',
  entry: {
    category: 'civil',
    eventDate: '2021-11-02',
    text: { kk: 'Сот шешімі.' },
    legalCase: { caseKey: 'civ-1', type: 'civil', stage: 'decided', judicialAct: true, court: 'Орал қалалық соты', lawArticle: { code: 'civil', article: '143' }, amountAwardedKzt: 300_000 },
  },
});
const pending = storedItem({ id: 'pending-1', status: 'pending', entry: { category: 'attack', eventDate: '2021-10-06', text: { ru: 'нет' } } });

function rowsOf(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true }) as Record<string, string>[];
}

describe('renderEntriesCsv', () => {
  it('writes UTF-8 with a byte-order mark, every field quoted, one row per entry', () => {
    const csv = renderEntriesCsv([threat, verdict, pending], { from: '2021-10', to: '2021-10' });
    expect(csv.startsWith('\uFEFF"id","date","category"')).toBe(true);
    const rows = rowsOf(csv);
    expect(rows.map((r) => r.id)).toEqual(['threat-1']);
    expect(Object.keys(rows[0]!)).toEqual([...ENTRIES_CSV_COLUMNS]);
    // Every field quoted: the line count of fields equals the columns, quotes included.
    expect(csv.split('\r\n')[0]!.split(',').every((field) => /^(\uFEFF)?".*"$/.test(field))).toBe(true);
  });

  it('keeps a name with a comma, a quote and a line break whole', () => {
    const [row] = rowsOf(renderEntriesCsv([threat], { from: '2021-10', to: '2021-10' }));
    expect(row!.people).toBe(`${awkwardName}\nМарат Жаксылыков`);
    expect(row!.people!.split('\n')[0]).toBe('Ахметова, Дина "Дина-Ти"');
  });

  it('carries the incident facts, the sources and the case', () => {
    const rows = rowsOf(renderEntriesCsv([threat, verdict], { from: '2021-01', to: '2021-12' }, 'ru'));
    expect(rows[0]).toMatchObject({
      date: '2021-10-05',
      category: 'threat',
      category_name: 'Угрозы журналистам и СМИ',
      subcategory: 'insult',
      subcategory_name: 'Оскорбления',
      context: 'no',
      city: 'Уральск',
      target_kind: 'journalist',
      target_gender: 'female',
      perpetrator: 'state',
      text_ru: 'Журналистке угрожали, затем оскорбили.',
      text_kk: '',
      source_links: 'https://news.example.kz/threat-1\nhttps://other.example.kz/a',
    });
    expect(rows[1]).toMatchObject({ case_key: 'civ-1', case_kind: 'civil', case_stage: 'decided', court: 'Орал қалалық соты', law_code: 'civil', law_article: '143', amount_awarded_kzt: '300000' });
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    const [row] = rowsOf(renderEntriesCsv([threat], { from: '2021-10', to: '2021-10' }));
    expect(row!.title).toBe(`'=HYPERLINK("https://evil.example/","click")`);
  });

  it('exports a year of the October 2021 fixture: every approved entry once, in date order', () => {
    const items = october2021Items();
    const csv = renderEntriesCsv([...items, ...items], { from: '2021-01', to: '2021-12' });
    const rows = rowsOf(csv);
    const approved2021 = items.filter((i) => i.status === 'approved' && i.entry!.eventDate.startsWith('2021'));
    expect(rows).toHaveLength(approved2021.length);
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
    // The project's own reader reads what a CSV library reads.
    expect(parseCsv(csv).slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.id));
  });
});

describe('entriesPeriod', () => {
  it('reads a year or a month', () => {
    expect(entriesPeriod('2021')).toEqual({ from: '2021-01', to: '2021-12' });
    expect(entriesPeriod('2021-10')).toEqual({ from: '2021-10', to: '2021-10' });
    expect(() => entriesPeriod('2021-13')).toThrow('yyyy or yyyy-mm');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks, CRLF and LF', () => {
    expect(parseCsv('\uFEFFa,"b, ""c""\nd"\r\n\r\ne,f\n')).toEqual([
      ['a', 'b, "c"\nd'],
      ['e', 'f'],
    ]);
  });
  it('refuses a quote left open or text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a,b\n"c,d\ne')).toThrow('line 2: a quoted field is never closed');
    expect(() => parseCsv('a,"b"x\n')).toThrow('line 1: text after a closing quote');
  });
});
