// The gazetteer's seed: every outlet and region the classifier knows has an entry with a Cyrillic
// Russian name; a value typed in any language finds its entry; stored names lay over the seed.
import { describe, expect, it } from 'vitest';
import { OUTLETS, REGIONS } from '../../../shared/classify/gazetteer';
import { findPlace, gazetteerId, mergeGazetteer, SEED_GAZETTEER } from '../../../shared/domain/gazetteer-names';

describe('gazetteer names', () => {
  it('has an entry for every outlet and region the classifier recognises', () => {
    for (const outlet of OUTLETS) expect(findPlace(SEED_GAZETTEER.outlets, outlet.name), outlet.name).toBeDefined();
    for (const region of REGIONS) expect(findPlace(SEED_GAZETTEER.regions, region.name), region.name).toBeDefined();
  });

  it('names every region in Cyrillic in Russian and Kazakh', () => {
    for (const region of SEED_GAZETTEER.regions) {
      expect(region.names.ru, region.id).toMatch(/^[А-ЯЁа-яё -]+$/);
      expect(region.names.kk, region.id).toMatch(/^[А-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі -]+$/);
    }
  });

  it('finds an entry by id, canonical name or a name in any language', () => {
    expect(findPlace(SEED_GAZETTEER.outlets, 'Uralskaya Nedelya')?.id).toBe('uralskaya-nedelya');
    expect(findPlace(SEED_GAZETTEER.outlets, '«Уральская неделя»')?.id).toBe('uralskaya-nedelya');
    expect(findPlace(SEED_GAZETTEER.regions, 'батыс қазақстан облысы')?.id).toBe('west-kazakhstan-region');
    expect(findPlace(SEED_GAZETTEER.regions, 'Atlantis')).toBeUndefined();
    expect(gazetteerId('Azattyq (RFE/RL)')).toBe('azattyq-rfe-rl');
  });

  it('stored names replace the seed language by language and add new entries', () => {
    const merged = mergeGazetteer(SEED_GAZETTEER, [
      { kind: 'outlets', id: 'kazinform', names: { kk: 'ҚазАқпарат' } },
      { kind: 'regions', id: 'new-region', names: { ru: 'Новая область' } },
    ]);
    expect(merged.outlets.find((o) => o.id === 'kazinform')?.names).toEqual({ ru: 'Казинформ', kk: 'ҚазАқпарат', en: 'Kazinform' });
    expect(merged.regions.at(-1)).toEqual({ id: 'new-region', names: { ru: 'Новая область' } });
    // The seed itself is untouched.
    expect(SEED_GAZETTEER.outlets.find((o) => o.id === 'kazinform')?.names.kk).toBe('Қазақпарат');
  });
});
