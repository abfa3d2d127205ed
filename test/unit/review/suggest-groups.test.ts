import { describe, expect, it } from 'vitest';
import { jaccard, shingles, suggestGroups } from '../../../shared/review/suggest-groups';
import { storedItem } from '../../support/items';

const at = (day: number, hour = 9) => new Date(Date.UTC(2024, 2, day, hour)).toISOString();

describe('suggestGroups', () => {
  it('groups the same incident reported by different outlets within a few days', () => {
    const a = storedItem({ sourceId: 'tengrinews', title: 'В Алматы задержали журналиста Ивана Петрова после публикации о коррупции', summary: 'Журналиста Ивана Петрова задержали полицейские в Алматы.', publishedAt: at(1) });
    const b = storedItem({ sourceId: 'orda', title: 'Журналиста Ивана Петрова задержали в Алматы после публикации', summary: 'Полиция Алматы задержала журналиста Ивана Петрова.', publishedAt: at(2) });
    const other = storedItem({ sourceId: 'kursiv', title: 'Парламент принял поправки в закон о масс-медиа', summary: 'Депутаты Мажилиса одобрили законопроект.', publishedAt: at(1) });
    const groups = suggestGroups([other, b, a]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.ids).toEqual([a.id, b.id]);
    expect(groups[0]?.score).toBeGreaterThan(0.3);
  });

  it('does not group near-identical stories published weeks apart', () => {
    const a = storedItem({ sourceId: 'tengrinews', title: 'В Алматы задержали журналиста Ивана Петрова', summary: 'Журналиста задержали.', publishedAt: at(1) });
    const b = storedItem({ sourceId: 'orda', title: 'В Алматы задержали журналиста Ивана Петрова', summary: 'Журналиста задержали.', publishedAt: at(25) });
    expect(suggestGroups([a, b])).toEqual([]);
  });

  it('groups transitively: a~b and b~c make one event of three', () => {
    const a = storedItem({ sourceId: 's1', title: 'Суд оштрафовал блогера Асель Нурланову за пост о полиции', summary: '', publishedAt: at(3) });
    const b = storedItem({ sourceId: 's2', title: 'Блогера Асель Нурланову оштрафовали за пост о полиции', summary: 'Суд в Шымкенте оштрафовал блогера.', publishedAt: at(3, 12) });
    const c = storedItem({ sourceId: 's3', title: 'Суд в Шымкенте оштрафовал блогера', summary: 'Блогера Асель Нурланову оштрафовали за пост.', publishedAt: at(4) });
    expect(suggestGroups([a, b, c]).map((g) => g.ids)).toEqual([[a.id, b.id, c.id]]);
  });

  it('keeps two distinct stories of one outlet apart', () => {
    const a = storedItem({ sourceId: 's1', title: 'Журналиста задержали в Астане', summary: 'Задержание произошло утром.', publishedAt: at(5) });
    const b = storedItem({ sourceId: 's1', title: 'Журналиста избили в Караганде', summary: 'Нападение произошло вечером.', publishedAt: at(5) });
    expect(suggestGroups([a, b])).toEqual([]);
  });
});

describe('shingles and jaccard', () => {
  it('ignore case, punctuation and Russian inflection endings', () => {
    const a = shingles({ title: 'Журналиста задержали!', summary: '' });
    const b = shingles({ title: 'журналист задержан', summary: '' });
    expect(jaccard(a, b)).toBe(1);
    expect(jaccard(new Set(), b)).toBe(0);
  });
});

describe('suggestGroups across languages', () => {
  const facts = (regions: string[] = [], lawArticles: Array<{ code: 'administrative'; article: string }> = []) => ({ amountsKzt: [], lawArticles, regions, outlets: [] });
  const ru = () =>
    storedItem({
      sourceId: 'news-ru',
      language: 'ru',
      title: 'В Уральске задержали журналиста Лукпана Ахмедьярова',
      summary: '28 октября полиция задержала главного редактора газеты Лукпана Ахмедьярова; суд арестовал его на 10 суток по статье 488 КоАП.',
      publishedAt: '2026-10-28T15:00:00.000Z',
      classification: { ...storedItem().classification, categories: ['administrative', 'detention'], facts: facts(['West Kazakhstan Region'], [{ code: 'administrative', article: '488' }]) },
    });
  const kk = () =>
    storedItem({
      sourceId: 'news-kk',
      language: 'kk',
      title: 'Оралда журналист Лұқпан Ахмедьяров ұсталды',
      summary: '28 қазанда полиция газеттің бас редакторы Лұқпан Ахмедьяровты ұстады; сот оны ӘҚБтК 488-бабы бойынша 10 тәулікке қамады.',
      publishedAt: '2026-10-28T17:30:00.000Z',
      classification: { ...storedItem().classification, categories: ['detention'], facts: facts(['West Kazakhstan Region'], [{ code: 'administrative', article: '488' }]) },
    });

  it('suggests the Russian and the Kazakh story of one detention as one event (same person, date and article)', () => {
    const a = ru();
    const b = kk();
    const groups = suggestGroups([b, a]);
    expect(groups).toEqual([{ ids: [a.id, b.id], score: expect.any(Number) }]);
    expect(groups[0]!.score).toBeGreaterThan(0.5);
  });

  it('matches a name across Cyrillic and Latin spellings: the English story of the same detention joins the event', () => {
    const a = ru();
    const b = kk();
    const en = storedItem({
      sourceId: 'news-en',
      language: 'en',
      title: 'Uralsk editor Lukpan Akhmedyarov detained',
      summary: 'On 28 October police detained the newspaper editor Lukpan Akhmedyarov; a court jailed him for 10 days under article 488 of the Administrative Code.',
      publishedAt: '2026-10-28T18:00:00.000Z',
      classification: { ...storedItem().classification, categories: ['detention'], facts: facts(['West Kazakhstan Region'], [{ code: 'administrative', article: '488' }]) },
    });
    expect(suggestGroups([en, b, a]).map((g) => g.ids)).toEqual([[a.id, b.id, en.id]]);
  });

  it('keeps apart stories in two languages that share only a region and a date, or only a common first name', () => {
    const a = ru();
    const other = storedItem({
      sourceId: 'news-kk',
      language: 'kk',
      title: 'Оралда блогер Лұқпан Сейтқали айыппұл төледі',
      summary: '28 қазанда сот блогерге айыппұл салды.',
      publishedAt: '2026-10-28T17:30:00.000Z',
      classification: { ...storedItem().classification, categories: ['administrative'], facts: facts(['West Kazakhstan Region']) },
    });
    expect(suggestGroups([a, other])).toEqual([]);
  });
});
