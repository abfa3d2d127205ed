// The names of outlets and regions in each report language. The classifier recognises them under one
// canonical English name (shared/classify/gazetteer.ts); the report and the review page print the
// name of their own language from here, and staff add or correct names (stored, audited), which
// take precedence over these seeds language by language. A language without a name is a gap to
// fill, never a transliteration.
import type { Language } from './taxonomy';

export const GAZETTEER_KINDS = ['outlets', 'regions'] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

export type PlaceNames = Partial<Record<Language, string>>;

export interface GazetteerEntryNames {
  id: string;
  names: PlaceNames;
}

export interface Gazetteer {
  outlets: GazetteerEntryNames[];
  regions: GazetteerEntryNames[];
}

/** The id of a canonical name: `West Kazakhstan Region` → `west-kazakhstan-region`. */
export function gazetteerId(canonicalName: string): string {
  return canonicalName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const region = (en: string, ru: string, kk: string): GazetteerEntryNames => ({ id: gazetteerId(en), names: { ru, kk, en } });

export const SEED_REGIONS: readonly GazetteerEntryNames[] = [
  region('Astana', 'Астана', 'Астана'),
  region('Almaty', 'Алматы', 'Алматы'),
  region('Shymkent', 'Шымкент', 'Шымкент'),
  region('Abai Region', 'Абайская область', 'Абай облысы'),
  region('Akmola Region', 'Акмолинская область', 'Ақмола облысы'),
  region('Aktobe Region', 'Актюбинская область', 'Ақтөбе облысы'),
  region('Almaty Region', 'Алматинская область', 'Алматы облысы'),
  region('Atyrau Region', 'Атырауская область', 'Атырау облысы'),
  region('East Kazakhstan Region', 'Восточно-Казахстанская область', 'Шығыс Қазақстан облысы'),
  region('Jambyl Region', 'Жамбылская область', 'Жамбыл облысы'),
  region('Jetisu Region', 'Область Жетысу', 'Жетісу облысы'),
  region('Karaganda Region', 'Карагандинская область', 'Қарағанды облысы'),
  region('Kostanay Region', 'Костанайская область', 'Қостанай облысы'),
  region('Kyzylorda Region', 'Кызылординская область', 'Қызылорда облысы'),
  region('Mangystau Region', 'Мангистауская область', 'Маңғыстау облысы'),
  region('North Kazakhstan Region', 'Северо-Казахстанская область', 'Солтүстік Қазақстан облысы'),
  region('Pavlodar Region', 'Павлодарская область', 'Павлодар облысы'),
  region('Turkistan Region', 'Туркестанская область', 'Түркістан облысы'),
  region('Ulytau Region', 'Область Улытау', 'Ұлытау облысы'),
  region('West Kazakhstan Region', 'Западно-Казахстанская область', 'Батыс Қазақстан облысы'),
];

/**
 * Outlets whose own name is a Latin brand keep it in every language (that is their name, not a
 * transliteration); Cyrillic titles are given as the outlet writes them. A name nobody has checked
 * is left out for staff to add.
 */
const outlet = (en: string, names: PlaceNames = {}): GazetteerEntryNames => ({ id: gazetteerId(en), names: { ru: en, kk: en, en, ...names } });

export const SEED_OUTLETS: readonly GazetteerEntryNames[] = [
  outlet('Tengrinews'),
  outlet('NUR.KZ'),
  outlet('Kazinform', { ru: 'Казинформ', kk: 'Қазақпарат' }),
  outlet('Kursiv', { ru: 'Курсив', kk: 'Kursiv' }),
  outlet('The Astana Times'),
  outlet('Orda.kz'),
  outlet('Egemen Qazaqstan', { ru: 'Егемен Казахстан', kk: 'Егемен Қазақстан' }),
  outlet('Azattyq (RFE/RL)', { ru: 'Азаттык (Радио Свобода)', kk: 'Азаттық радиосы' }),
  outlet('Khabar / 24.kz', { ru: 'Хабар / 24.kz', kk: 'Хабар / 24.kz' }),
  outlet('Zakon.kz'),
  outlet('Vlast.kz'),
  outlet('Informburo', { ru: 'Informburo.kz', kk: 'Informburo.kz' }),
  outlet('KTK', { ru: 'КТК', kk: 'КТК' }),
  outlet('Lada.kz'),
  outlet('KazTAG', { ru: 'КазТАГ', kk: 'ҚазТАГ' }),
  outlet('Ulysmedia'),
  outlet('Kapital.kz'),
  outlet('Forbes Kazakhstan'),
  outlet('Ratel.kz'),
  outlet('Respublika', { ru: 'Республика', kk: 'Республика' }),
  outlet('Uralskaya Nedelya', { ru: 'Уральская неделя', kk: 'Уральская неделя' }),
  outlet('ADAM bol'),
  outlet('Zhas Alash', { ru: 'Жас Алаш', kk: 'Жас Алаш' }),
  outlet('Caravan', { ru: 'Караван', kk: 'Караван' }),
  outlet('Factcheck.kz'),
  outlet('Baq.kz'),
  outlet('Abai.kz'),
  outlet('Adyrna', { ru: 'Адырна', kk: 'Адырна' }),
  outlet('Qamshy', { ru: 'Қамшы', kk: 'Қамшы' }),
  outlet('Exclusive.kz'),
  outlet('Time.kz / Vremya', { ru: 'Время', kk: 'Время' }),
  outlet('Total.kz'),
  outlet('Central Asia Monitor'),
  outlet('Radiotochka', { ru: 'Радиоточка', kk: 'Радиоточка' }),
  outlet('Nakanune.kz'),
  outlet('ProTenge'),
  outlet('Kokshetau Asia', { ru: 'Кокшетау Азия', kk: 'Көкшетау Азия' }),
  outlet('Yel.kz'),
  outlet('Jas Qazaq', { ru: 'Жас қазақ', kk: 'Жас қазақ' }),
  outlet('Qazaqstan TV', { ru: 'Телеканал «Казахстан»', kk: '«Qazaqstan» телеарнасы' }),
  outlet('31 Channel', { ru: '31 канал', kk: '31 арна', en: 'Channel 31' }),
  outlet('Almaty TV', { ru: 'Алматы ТВ', kk: 'Алматы ТВ' }),
  outlet('Mgorod', { ru: 'Мой город', kk: 'Мой город' }),
  outlet('Novoe Pokolenie', { ru: 'Новое поколение', kk: 'Новое поколение' }),
  outlet('Kazakhstanskaya Pravda', { ru: 'Казахстанская правда', kk: 'Казахстанская правда' }),
  outlet('Stan.kz'),
  outlet('Holanews'),
];

export const SEED_GAZETTEER: Gazetteer = { outlets: [...SEED_OUTLETS], regions: [...SEED_REGIONS] };

/** The seed with stored names laid over it, language by language; stored entries the seed lacks are added. */
export function mergeGazetteer(seed: Gazetteer, stored: ReadonlyArray<{ kind: GazetteerKind } & GazetteerEntryNames>): Gazetteer {
  const merged: Gazetteer = { outlets: seed.outlets.map((e) => ({ id: e.id, names: { ...e.names } })), regions: seed.regions.map((e) => ({ id: e.id, names: { ...e.names } })) };
  for (const entry of stored) {
    const list = merged[entry.kind];
    const existing = list.find((e) => e.id === entry.id);
    if (existing) Object.assign(existing.names, entry.names);
    else list.push({ id: entry.id, names: { ...entry.names } });
  }
  return merged;
}

function fold(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/[«»"']/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The entry a stored value names: its id, the classifier's canonical name, or any of its names in
 * any language (an entry typed as «Уральская неделя» or "Uralskaya Nedelya" is the same outlet).
 */
export function findPlace(entries: readonly GazetteerEntryNames[], value: string | undefined): GazetteerEntryNames | undefined {
  if (!value) return undefined;
  const folded = fold(value);
  const id = gazetteerId(value);
  return entries.find((e) => e.id === value || e.id === id || Object.values(e.names).some((name) => name !== undefined && fold(name) === folded));
}
