// What the draft's checklist lists (pure), the draft keys, and the editorial settings' checks.
import { describe, expect, it } from 'vitest';
import type { ReportEntry, StoredItem } from '../../../shared/domain/item';
import { draftChecklist, draftKeyOf, draftManifestKey } from '../../../shared/report/report-draft';
import { parseReportSettings } from '../../../shared/report/report-settings';
import { computeReportData } from '../../../shared/report/report-statistics';
import { storedItem } from '../../support/items';

const approved = (id: string, entry: ReportEntry): StoredItem => storedItem({ id, status: 'approved', entry });
const full = { ru: 'Текст.', kk: 'Мәтін.', en: 'Text.' };

describe('draftChecklist', () => {
  it('lists entries without a language, legal entries without case facts, decided cases without outcome, and places without an English name', () => {
    const items = [
      approved('complete', { category: 'detention', text: full, eventDate: '2024-04-02', outlet: 'Orda.kz', region: 'Almaty' }),
      approved('ru-only', { category: 'threat', text: { ru: 'Угрозы.' }, eventDate: '2024-04-03' }),
      approved('no-case', { category: 'criminal', text: full, eventDate: '2024-04-04' }),
      approved('decided', { category: 'civil', text: full, eventDate: '2024-04-05', legalCase: { caseKey: 'k1', type: 'civil', stage: 'decided', judicialAct: true } }),
      approved('with-outcome', { category: 'civil', text: full, eventDate: '2024-04-06', legalCase: { caseKey: 'k2', type: 'civil', stage: 'decided', outcome: 'dismissed' } }),
      approved('cyrillic-place', { category: 'obstruction', text: full, eventDate: '2024-04-07', outlet: 'Уральская неделя', region: 'Oral' }),
      approved('context', { category: 'legislation', text: { en: 'A bill.' }, eventDate: '2024-04-08', context: true }),
    ];
    const data = computeReportData('2024-04', items);
    expect(draftChecklist(data, items)).toEqual([
      { kind: 'missing-translation', ids: expect.arrayContaining(['context']), languages: ['ru'] },
      { kind: 'missing-translation', ids: expect.arrayContaining(['ru-only', 'context']), languages: ['kk'] },
      { kind: 'missing-translation', ids: ['ru-only'], languages: ['en'] },
      { kind: 'legal-without-case', ids: ['no-case'] },
      { kind: 'case-without-outcome', ids: ['k1'] },
      { kind: 'outlet-or-region-unnamed', ids: ['cyrillic-place'], languages: ['en'] },
    ]);
    expect(draftChecklist(data, items, ['ru']).map((p) => p.kind)).toEqual(['missing-translation', 'legal-without-case', 'case-without-outcome']);
  });

  it('is empty for a complete month', () => {
    const items = [approved('complete', { category: 'detention', text: full, eventDate: '2024-04-02' })];
    expect(draftChecklist(computeReportData('2024-04', items), items)).toEqual([]);
  });
});

describe('draft keys', () => {
  it('mirror the published keys under drafts/', () => {
    expect(draftKeyOf('reports/2024/04/report.ru.html')).toBe('drafts/2024/04/report.ru.html');
    expect(draftManifestKey('2024-04')).toBe('drafts/2024/04/draft.json');
    expect(() => draftKeyOf('settings/report.json')).toThrow('not a report key');
    expect(() => draftManifestKey('2024-4')).toThrow('yyyy-mm');
  });
});

describe('parseReportSettings', () => {
  it('takes defaults for absent fields and trims texts', () => {
    expect(parseReportSettings({ layout: 'current' })).toEqual({ layout: 'current', autoPublish: false });
    expect(parseReportSettings({ introduction: { ru: '  Вступление ', en: '' }, contacts: { emails: [' a@b.kz '] } })).toEqual({
      layout: '2021',
      autoPublish: false,
      introduction: { ru: 'Вступление' },
      contacts: { emails: ['a@b.kz'] },
    });
  });

  it('names every problem and accepts nothing from a record with one', () => {
    expect(() => parseReportSettings({ layout: 'x', introduction: { de: 'Hallo' }, methodology: 'text', contacts: { head: 5, emails: [] } })).toThrow(
      'layout: must be one of 2021, current; introduction.de: not a report language (ru, kk, en); methodology: must be an object of texts by language (ru, kk, en); contacts.head: must be text of at most 200 characters',
    );
    expect(() => parseReportSettings([])).toThrow('must be an object');
  });
});
