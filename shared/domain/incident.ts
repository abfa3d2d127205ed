// What peers record about an incident beyond its category: who did it, to whom, where, the sources,
// and the finer subcategory Adil Soz's current monthly statistics split the twelve categories into.
import type { CategoryId, Localized } from './taxonomy';

export const PERPETRATOR_KINDS = ['state', 'non_state', 'unknown'] as const;
export type PerpetratorKind = (typeof PERPETRATOR_KINDS)[number];

export const TARGET_KINDS = ['journalist', 'blogger', 'activist', 'outlet', 'citizen'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const TARGET_GENDERS = ['female', 'male', 'mixed', 'unknown'] as const;
export type TargetGender = (typeof TARGET_GENDERS)[number];

export const SUBCATEGORY_IDS = [
  'insult',
  'discrediting',
  'misuse_of_image',
  'persecution_for_dissemination',
  'accreditation_denial',
  'copyright',
  'law_enforcement_summons',
  'media_discrimination',
] as const;
export type SubcategoryId = (typeof SUBCATEGORY_IDS)[number];

export interface Subcategory {
  id: SubcategoryId;
  /** The category of the twelve it refines: its entries count there too. */
  parent: CategoryId;
  label: Localized;
}

/** The finer list under the twelve categories, in the order the current layout prints it. Data, not code: extend here. */
export const SUBCATEGORIES: readonly Subcategory[] = [
  { id: 'insult', parent: 'threat', label: { ru: 'Оскорбления', kk: 'Қорлау', en: 'Insults' } },
  {
    id: 'discrediting',
    parent: 'threat',
    label: { ru: 'Дискредитация, распространение порочащих сведений', kk: 'Беделін түсіру, жала жабу', en: 'Discrediting and defamation' },
  },
  {
    id: 'misuse_of_image',
    parent: 'threat',
    label: { ru: 'Неправомерное использование изображения', kk: 'Бейнені заңсыз пайдалану', en: 'Misuse of a person\u2019s image' },
  },
  {
    id: 'persecution_for_dissemination',
    parent: 'threat',
    label: { ru: 'Преследование за распространение информации', kk: 'Ақпарат таратқаны үшін қудалау', en: 'Persecution for disseminating information' },
  },
  {
    id: 'accreditation_denial',
    parent: 'obstruction',
    label: { ru: 'Отказ в аккредитации', kk: 'Аккредиттеуден бас тарту', en: 'Denial of accreditation' },
  },
  { id: 'copyright', parent: 'obstruction', label: { ru: 'Нарушение авторских прав', kk: 'Авторлық құқықты бұзу', en: 'Copyright infringement' } },
  {
    id: 'law_enforcement_summons',
    parent: 'detention',
    label: { ru: 'Вызовы в правоохранительные органы', kk: 'Құқық қорғау органдарына шақыру', en: 'Summons by law enforcement' },
  },
  {
    id: 'media_discrimination',
    parent: 'access_to_information',
    label: { ru: 'Дискриминация СМИ', kk: 'БАҚ-ты кемсіту', en: 'Discrimination against media' },
  },
];

export const PERPETRATOR_LABELS: Record<PerpetratorKind, Localized> = {
  state: { ru: 'Государственный орган или должностное лицо', kk: 'Мемлекеттік орган немесе лауазымды тұлға', en: 'State body or official' },
  non_state: { ru: 'Негосударственное лицо', kk: 'Мемлекеттік емес тұлға', en: 'Non-state actor' },
  unknown: { ru: 'Неизвестно', kk: 'Белгісіз', en: 'Unknown' },
};

export const TARGET_LABELS: Record<TargetKind, Localized> = {
  journalist: { ru: 'Журналист', kk: 'Журналист', en: 'Journalist' },
  blogger: { ru: 'Блогер', kk: 'Блогер', en: 'Blogger' },
  activist: { ru: 'Активист', kk: 'Белсенді', en: 'Activist' },
  outlet: { ru: 'СМИ', kk: 'БАҚ', en: 'Media outlet' },
  citizen: { ru: 'Гражданин', kk: 'Азамат', en: 'Citizen' },
};

export const GENDER_LABELS: Record<TargetGender, Localized> = {
  female: { ru: 'Женщина', kk: 'Әйел', en: 'Female' },
  male: { ru: 'Мужчина', kk: 'Ер', en: 'Male' },
  mixed: { ru: 'Несколько человек разного пола', kk: 'Әр жынысты бірнеше адам', en: 'Several people of different genders' },
  unknown: { ru: 'Неизвестно', kk: 'Белгісіз', en: 'Unknown' },
};

export interface IncidentFacts {
  perpetrator?: PerpetratorKind;
  targetKind?: TargetKind;
  targetGender?: TargetGender;
  city?: string;
  /** Every page that reported the incident (http or https), the item's own URL first when it is one of them. */
  sourceLinks?: string[];
  /** Must refine the entry's category (`SUBCATEGORIES[].parent`). */
  subcategory?: SubcategoryId;
}

const SUBCATEGORY_BY_ID: ReadonlyMap<SubcategoryId, Subcategory> = new Map(SUBCATEGORIES.map((s) => [s.id, s]));

export function subcategoryOf(id: SubcategoryId): Subcategory {
  const found = SUBCATEGORY_BY_ID.get(id);
  if (!found) throw new Error(`unknown subcategory ${id}`);
  return found;
}

export function subcategoriesOf(category: CategoryId): Subcategory[] {
  return SUBCATEGORIES.filter((s) => s.parent === category);
}

/** Why `incident` does not fit an entry of `category` (empty when it fits): a subcategory must refine the entry's own category. */
export function incidentProblems(category: CategoryId, incident: IncidentFacts): string[] {
  const problems: string[] = [];
  if (incident.subcategory) {
    const sub = SUBCATEGORY_BY_ID.get(incident.subcategory);
    if (!sub) problems.push(`subcategory "${incident.subcategory}" is not known`);
    else if (sub.parent !== category) problems.push(`subcategory "${incident.subcategory}" belongs to ${sub.parent}, not ${category}`);
  }
  const links = incident.sourceLinks ?? [];
  if (new Set(links).size !== links.length) problems.push('sourceLinks lists a link twice');
  return problems;
}
