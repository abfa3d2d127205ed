// Each report language prints the outlet's and region's own name from the gazetteer; a name missing
// in a language is left out of that language's report and listed, never replaced by a Latin spelling.
import { describe, expect, it } from 'vitest';
import { mergeGazetteer, SEED_GAZETTEER } from '../../../shared/domain/gazetteer-names';
import { renderReportFiles } from '../../../shared/report/build-report';
import { localizePlaces } from '../../../shared/report/place-names-in-report';
import { computeReportData } from '../../../shared/report/report-statistics';
import { classification, storedItem } from '../../support/items';

const approved = (outlet: string, region: string) =>
  storedItem({
    status: 'approved',
    classification: classification(),
    entry: { category: 'detention', eventDate: '2026-10-28', outlet, region, text: { ru: 'Редактора задержали.', kk: 'Редактор ұсталды.', en: 'An editor was detained.' } },
  });

describe('outlet and region names in each report language', () => {
  const data = computeReportData('2026-10', [approved('Uralskaya Nedelya', 'West Kazakhstan Region')]);

  it('prints the Russian, Kazakh and English names whatever language the entry was typed in', () => {
    const files = renderReportFiles(data, ['ru', 'kk', 'en'], '2021', SEED_GAZETTEER);
    const body = (key: string) => files.find((f) => f.key.endsWith(key))!.body.toString();
    expect(body('report.ru.html')).toContain('Западно-Казахстанская область');
    expect(body('report.ru.html')).not.toContain('West Kazakhstan');
    expect(body('report.ru.html')).not.toContain('Uralskaya');
    expect(body('report.ru.html')).toContain('Уральская неделя');
    expect(body('report.kk.md')).toContain('Батыс Қазақстан облысы');
    expect(body('report.en.html')).toContain('West Kazakhstan Region');
  });

  it('a missing name is left out of that language and listed as a gap', () => {
    const gazetteer = mergeGazetteer(SEED_GAZETTEER, [{ kind: 'outlets', id: 'zhaiyk-press', names: { ru: 'Жайык Пресс' } }]);
    const typed = computeReportData('2026-10', [approved('Жайык Пресс', 'Атырауская область')]);
    const kk = localizePlaces(typed, 'kk', gazetteer);
    expect(kk.data.entries[0]).not.toHaveProperty('outlet');
    expect(kk.data.entries[0]?.region).toBe('Атырау облысы');
    expect(kk.gaps).toEqual([{ kind: 'outlets', value: 'Жайык Пресс', id: 'zhaiyk-press', language: 'kk' }]);
    expect(localizePlaces(typed, 'ru', gazetteer).data.entries[0]).toMatchObject({ outlet: 'Жайык Пресс', region: 'Атырауская область' });
  });

  it('a value the gazetteer does not know is printed as typed and listed', () => {
    const typed = computeReportData('2026-10', [approved('Новая газета района', 'Алматы')]);
    const ru = localizePlaces(typed, 'ru', SEED_GAZETTEER);
    expect(ru.data.entries[0]?.outlet).toBe('Новая газета района');
    expect(ru.gaps).toEqual([{ kind: 'outlets', value: 'Новая газета района', language: 'ru' }]);
  });
});
