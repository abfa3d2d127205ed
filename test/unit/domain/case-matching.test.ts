import { describe, expect, it } from 'vitest';
import { buildCaseRecords, type CaseRecord } from '../../../shared/domain/case';
import { matchingForm, namesMatch, probeFromItem, rankCaseMatches } from '../../../shared/domain/case-matching';
import { storedItem } from '../../support/items';

function record(key: string, overrides: Partial<CaseRecord>): CaseRecord {
  return { key, kind: 'civil', parties: [], filedMonth: '2024-01', stage: 'filed', timeline: [], ...overrides };
}

describe('matchingForm', () => {
  it('writes Russian, Kazakh Cyrillic and Kazakh Latin in one Latin form (the transliteration module\'s name key)', () => {
    expect(matchingForm('Жанар Әбдіқадыр')).toBe('janar abdikadir');
    expect(matchingForm('Janar Äbdiqadyr')).toBe('janar abdikadir');
    expect(matchingForm('Zhanar Abdikadyr')).toBe('janar abdikadir');
    expect(matchingForm('  «Уральская неделя»,  г. Уральск ')).toBe('uralskaia nedelia g uralsk');
  });
});

describe('namesMatch', () => {
  it('meets across romanisations', () => {
    expect(namesMatch('Нурлыбек Ожаев', 'Nurlybek Ozhayev')).toBe(true);
    expect(namesMatch('Цой Елена', 'Elena Tsoi')).toBe(true);
    expect(namesMatch('Айгүл Серікова', 'Aigul Serikova')).toBe(true);
  });
  it('does not match different people or short particles', () => {
    expect(namesMatch('Марат Жаксылыков', 'Aigul Serikova')).toBe(false);
    expect(namesMatch('Ли', 'Li')).toBe(false);
  });
});

describe('rankCaseMatches', () => {
  const records = [
    record('by-person', { parties: ['Айгуль Серикова'], timeline: [] }),
    record('by-article', { lawArticle: { code: 'criminal', article: '274' } }),
    record('by-court', { court: 'Медеуский районный суд' }),
    record('by-outlet-and-article', { outlet: 'Уральская неделя', lawArticle: { code: 'criminal', article: '274' } }),
    record('nothing', { parties: ['Марат Жаксылыков'], outlet: 'Тобол Инфо' }),
  ];

  it('ranks a shared person first, then outlet with article, then article, then court; leaves out cases sharing nothing', () => {
    const ranked = rankCaseMatches(records, {
      people: ['Aigul Serikova'],
      outlet: 'Uralskaya nedelya',
      lawArticles: [{ code: 'criminal', article: '274', part: '2' }],
      court: 'Medeuskiy rayonnyy sud',
    });
    expect(ranked.map((m) => [m.record.key, m.score, m.reasons])).toEqual([
      ['by-person', 5, ['person']],
      ['by-outlet-and-article', 4, ['outlet', 'article']],
      ['by-article', 2, ['article']],
      ['by-court', 1, ['court']],
    ]);
  });

  it('puts the more recently active case first among equals, and honours the limit', () => {
    const older = buildCaseRecords([
      storedItem({ id: 'a', status: 'approved', entry: { category: 'civil', eventDate: '2023-02-01', text: { ru: 'a' }, people: ['Серикова'], legalCase: { caseKey: 'old', type: 'civil', stage: 'filed' } } }),
      storedItem({ id: 'b', status: 'approved', entry: { category: 'civil', eventDate: '2024-05-01', text: { ru: 'b' }, people: ['Серикова'], legalCase: { caseKey: 'new', type: 'civil', stage: 'filed' } } }),
    ]);
    expect(rankCaseMatches(older, { people: ['Serikova'] }).map((m) => m.record.key)).toEqual(['new', 'old']);
    expect(rankCaseMatches(older, { people: ['Serikova'] }, 1)).toHaveLength(1);
  });
});

describe('buildCaseRecords', () => {
  it('ignores entries that are not approved, have no case key or a malformed date', () => {
    const base = { category: 'civil' as const, text: { ru: 'x' }, legalCase: { caseKey: 'k', type: 'civil' as const, stage: 'filed' as const } };
    const records = buildCaseRecords([
      storedItem({ id: 'pending', status: 'pending', entry: { ...base, eventDate: '2024-01-02' } }),
      storedItem({ id: 'nokey', status: 'approved', entry: { ...base, eventDate: '2024-01-02', legalCase: { ...base.legalCase, caseKey: ' ' } } }),
      storedItem({ id: 'baddate', status: 'approved', entry: { ...base, eventDate: '2024-1-2' } }),
    ]);
    expect(records).toEqual([]);
  });

  it('keeps the furthest stage when an earlier stage is reported late', () => {
    const entry = (eventDate: string, stage: 'filed' | 'in_court') => ({ category: 'criminal' as const, eventDate, text: { ru: 'x' }, legalCase: { caseKey: 'k', type: 'criminal' as const, stage } });
    const [record] = buildCaseRecords([
      storedItem({ id: 'a', status: 'approved', entry: entry('2024-02-01', 'in_court') }),
      storedItem({ id: 'b', status: 'approved', entry: entry('2024-03-01', 'filed') }),
    ]);
    expect(record!.stage).toBe('in_court');
    expect(record!.filedMonth).toBe('2024-02');
  });
});

describe('probeFromItem', () => {
  it('takes the reviewer\'s entry first, then what the classifier extracted', () => {
    const classified = storedItem({
      classification: {
        flagged: true, score: 0.9, categories: ['criminal'], matches: [], rulesVersion: 't', explanation: [],
        facts: { amountsKzt: [], lawArticles: [{ code: 'criminal', article: '274' }], regions: [], outlets: ['Уральская неделя'] },
      },
    });
    expect(probeFromItem(classified)).toEqual({ outlet: 'Уральская неделя', lawArticles: [{ code: 'criminal', article: '274' }] });
    const reviewed = {
      ...classified,
      entry: {
        category: 'criminal' as const, eventDate: '2024-01-01', text: { ru: 'x' }, outlet: 'Орал Таймс', people: ['Серикова'],
        legalCase: { caseKey: 'k', type: 'criminal' as const, stage: 'in_court' as const, court: 'Уральский городской суд', lawArticle: { code: 'criminal' as const, article: '130' } },
      },
    };
    expect(probeFromItem(reviewed)).toEqual({
      people: ['Серикова'],
      outlet: 'Орал Таймс',
      lawArticles: [{ code: 'criminal', article: '130' }, { code: 'criminal', article: '274' }],
      court: 'Уральский городской суд',
    });
  });
});
