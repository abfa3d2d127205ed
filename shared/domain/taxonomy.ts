// The vocabulary of the monitoring reports: stable category ids, their groups and labels in the three
// working languages, and the closed lists a report entry's legal case is described with. Each list is
// written once, here, as an `as const` array: the types, the API's request schemas and the review page
// (through GET /api/taxonomy) all derive from it. Ids are part of the CLI contract and stored data:
// never rename.
import { ITEM_STATUSES } from './item';

export const LANGUAGES = ['ru', 'kk', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in itself, as a language choice is offered. */
export const LANGUAGE_NAMES: Record<Language, string> = { ru: 'Русский', kk: 'Қазақша', en: 'English' };

export const CATEGORY_IDS = [
  'attack',
  'threat',
  'detention',
  'obstruction',
  'access_to_information',
  'blocking',
  'media_closure',
  'cyberattack',
  'criminal',
  'civil',
  'administrative',
  'legislation',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const CATEGORY_GROUP_IDS = ['journalists_rights', 'information_rights', 'legal_actions', 'policy'] as const;
export type CategoryGroupId = (typeof CATEGORY_GROUP_IDS)[number];

export type Localized = Record<Language, string>;

export interface CategoryGroup {
  id: CategoryGroupId;
  label: Localized;
  categories: readonly CategoryId[];
}

export const CATEGORY_GROUPS: readonly CategoryGroup[] = [
  {
    id: 'journalists_rights',
    label: {
      ru: 'Нарушения прав журналистов, СМИ и ньюсмейкеров',
      kk: 'Журналистердің, БАҚ пен ньюсмейкерлердің құқықтарын бұзу',
      en: 'Violations of the rights of journalists, media and newsmakers',
    },
    categories: ['attack', 'threat', 'detention', 'obstruction'],
  },
  {
    id: 'information_rights',
    label: {
      ru: 'Нарушения права на получение и распространение информации',
      kk: 'Ақпаратты алу және тарату құқығын бұзу',
      en: 'Violations of the right to receive and disseminate information',
    },
    categories: ['access_to_information', 'blocking', 'media_closure', 'cyberattack'],
  },
  {
    id: 'legal_actions',
    label: {
      ru: 'Правовые преследования за выражение мнений',
      kk: 'Пікір білдіргені үшін құқықтық қудалау',
      en: 'Legal actions for expression',
    },
    categories: ['criminal', 'civil', 'administrative'],
  },
  {
    id: 'policy',
    label: { ru: 'Законодательство и политика', kk: 'Заңнама және саясат', en: 'Legislation and policy' },
    categories: ['legislation'],
  },
];

export const CATEGORY_LABELS: Record<CategoryId, Localized> = {
  attack: { ru: 'Нападения на журналистов и СМИ', kk: 'Журналистер мен БАҚ-қа шабуыл', en: 'Attacks on journalists and media' },
  threat: { ru: 'Угрозы журналистам и СМИ', kk: 'Журналистер мен БАҚ-қа қоқан-лоқы', en: 'Threats against journalists and media' },
  detention: {
    ru: 'Задержания, аресты, вызовы на допрос',
    kk: 'Ұстау, қамау, жауапқа шақыру',
    en: 'Detentions, arrests, summons for questioning',
  },
  obstruction: {
    ru: 'Воспрепятствование законной профессиональной деятельности',
    kk: 'Заңды кәсіби қызметке кедергі келтіру',
    en: 'Interference with lawful professional activity',
  },
  access_to_information: {
    ru: 'Отказ в предоставлении общественно значимой информации',
    kk: 'Қоғамдық маңызы бар ақпаратты беруден бас тарту',
    en: 'Refusal to provide socially significant information',
  },
  blocking: { ru: 'Блокировка ресурсов и отключения интернета', kk: 'Ресурстарды бұғаттау және интернетті өшіру', en: 'Blocking of resources and internet shutdowns' },
  media_closure: { ru: 'Закрытие и приостановление СМИ', kk: 'БАҚ-ты жабу және тоқтата тұру', en: 'Closure and suspension of media outlets' },
  cyberattack: { ru: 'Кибератаки и взломы', kk: 'Кибершабуылдар мен бұзып кіру', en: 'Cyberattacks and hacking' },
  criminal: { ru: 'Уголовные преследования', kk: 'Қылмыстық қудалау', en: 'Criminal charges' },
  civil: {
    ru: 'Гражданские иски о защите чести, достоинства и деловой репутации',
    kk: 'Ар-намысты, қадір-қасиетті және іскерлік беделді қорғау туралы азаматтық талаптар',
    en: 'Civil claims for honour, dignity and business reputation',
  },
  administrative: { ru: 'Административные преследования', kk: 'Әкімшілік қудалау', en: 'Administrative charges' },
  legislation: { ru: 'Законодательные инициативы', kk: 'Заңнамалық бастамалар', en: 'Legislative initiatives' },
};

export const CASE_TYPES = ['civil', 'criminal', 'administrative'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** The stages of a case's timeline, in order. */
export const CASE_STAGES = ['filed', 'pre_trial', 'in_court', 'decided', 'appeal', 'cassation', 'closed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_OUTCOMES = ['for_defendant', 'for_claimant', 'partial', 'dismissed', 'pending'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** The code a law article belongs to; `media` is the law on mass media. */
export const LAW_CODES = ['criminal', 'administrative', 'civil', 'media', 'unknown'] as const;
export type LawCode = (typeof LAW_CODES)[number];

/** Everything above as one document: what GET /api/taxonomy serves to the review page. */
export interface TaxonomyDocument {
  languages: readonly Language[];
  languageNames: Record<Language, string>;
  statuses: typeof ITEM_STATUSES;
  categories: Array<{ id: CategoryId; group: CategoryGroupId; label: Localized }>;
  groups: readonly CategoryGroup[];
  caseTypes: typeof CASE_TYPES;
  caseStages: typeof CASE_STAGES;
  caseOutcomes: typeof CASE_OUTCOMES;
  lawCodes: typeof LAW_CODES;
}

export function taxonomyDocument(): TaxonomyDocument {
  return {
    languages: LANGUAGES,
    languageNames: LANGUAGE_NAMES,
    statuses: ITEM_STATUSES,
    categories: CATEGORY_IDS.map((id) => ({ id, group: groupOf(id).id, label: CATEGORY_LABELS[id] })),
    groups: CATEGORY_GROUPS,
    caseTypes: CASE_TYPES,
    caseStages: CASE_STAGES,
    caseOutcomes: CASE_OUTCOMES,
    lawCodes: LAW_CODES,
  };
}

export function isCategoryId(value: unknown): value is CategoryId {
  return typeof value === 'string' && (CATEGORY_IDS as readonly string[]).includes(value);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function groupOf(category: CategoryId): CategoryGroup {
  const group = CATEGORY_GROUPS.find((g) => g.categories.includes(category));
  if (!group) throw new Error(`category ${category} has no group`);
  return group;
}
