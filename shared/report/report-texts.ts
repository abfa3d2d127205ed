// Fixed text of the monthly report in its three languages: organisation name, title, headings, notes.
// Staff-written entry text is not here; it comes from each approved item's entry.
import type { LawArticleRef } from '../domain/classification';
import { LANGUAGES, type Language, type Localized } from '../domain/taxonomy';
import { parseMonth } from '../domain/time';

export const ORGANISATION_NAME: Localized = {
  kk: 'Сөз бостандығын қорғаудың халықаралық қоры "Әділ сөз"',
  ru: 'Международный фонд защиты свободы слова "Әділ сөз"',
  en: 'International Foundation for Freedom of Speech Protection Adil Soz',
};

/** The organisation names printed at the top, in the order the reports print them. */
export const ORGANISATION_NAMES: readonly string[] = [ORGANISATION_NAME.kk, ORGANISATION_NAME.ru, ORGANISATION_NAME.en];

const MONTH_NAMES: Record<Language, readonly string[]> = {
  ru: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'],
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "Октябрь 2021", "2021 жылғы қазан", "October 2021". */
export function monthLabel(month: string, lang: Language): string {
  const { year, month: m } = parseMonth(month);
  const name = MONTH_NAMES[lang][m - 1]!;
  return lang === 'kk' ? `${year} жылғы ${name}` : `${name} ${year}`;
}

/** "January–October 2021" and its equivalents: the year-to-date period. */
export function periodLabel(fromMonth: string, toMonth: string, lang: Language): string {
  const from = parseMonth(fromMonth);
  const to = parseMonth(toMonth);
  if (from.month === to.month && from.year === to.year) return monthLabel(toMonth, lang);
  const a = MONTH_NAMES[lang][from.month - 1]!;
  const b = MONTH_NAMES[lang][to.month - 1]!;
  if (lang === 'kk') return `${to.year} жылғы ${a}–${b}`;
  if (lang === 'ru') return `${a}–${b.toLowerCase()} ${to.year}`;
  return `${a}–${b} ${to.year}`;
}

export function reportTitle(month: string, lang: Language): string {
  const label = monthLabel(month, lang);
  switch (lang) {
    case 'ru':
      return `Нарушения свободы слова в Казахстане. ${label}`;
    case 'kk':
      return `Қазақстандағы сөз бостандығының бұзылуы. ${label}`;
    case 'en':
      return `Violations of Freedom of Speech in Kazakhstan. ${label}`;
  }
}

export interface ReportTexts {
  product: string;
  introduction: string;
  contents: string;
  entriesHeading: string;
  noEntries: string;
  statisticsHeading: string;
  entriesByCategory: string;
  category: string;
  thisMonth: string;
  previousMonth: string;
  sameMonthLastYear: string;
  yearToDate: string;
  lastYearToDate: string;
  total: string;
  chartTitle: string;
  judicialActs: string;
  judicialActsIssued: string;
  forDefendants: string;
  charges: string;
  civilClaims: string;
  ofWhichHonourDignity: string;
  criminalCharges: string;
  ofWhichInCourt: string;
  administrativeCharges: string;
  damages: string;
  claimed: string;
  awarded: string;
  tenge: string;
  lawArticles: string;
  lawArticle: string;
  noLawArticles: string;
  missingCaseFacts: string;
  fallbackNote: (from: Language) => string;
  sourcesHeading: string;
  sourcesNote: string;
  contactsHeading: string;
  contactsNote: string;
  period: string;
  indexTitle: string;
  indexEmpty: string;
  code: Record<'criminal' | 'administrative' | 'civil' | 'media' | 'unknown', string>;
}

const LANGUAGE_NAMES: Record<Language, Localized> = {
  ru: { ru: 'русском', kk: 'орыс', en: 'Russian' },
  kk: { ru: 'казахском', kk: 'қазақ', en: 'Kazakh' },
  en: { ru: 'английском', kk: 'ағылшын', en: 'English' },
};

export const LANGUAGE_SELF_NAMES: Localized = { ru: 'Русский', kk: 'Қазақша', en: 'English' };

export const TEXTS: Record<Language, ReportTexts> = {
  ru: {
    product: 'Ежемесячный мониторинг, подготовлен с помощью sozwatch',
    introduction:
      'Обзор составлен по материалам средств массовой информации, сообщениям судов и обращениям в Фонд. Каждый случай проверен сотрудниками мониторинга; в обзор включены только одобренные ими записи.',
    contents: 'Содержание',
    entriesHeading: 'Случаи месяца',
    noEntries: 'В этом месяце одобренных случаев нет.',
    statisticsHeading: 'Статистика',
    entriesByCategory: 'Случаи по категориям',
    category: 'Категория',
    thisMonth: 'Этот месяц',
    previousMonth: 'Предыдущий месяц',
    sameMonthLastYear: 'Тот же месяц прошлого года',
    yearToDate: 'С начала года',
    lastYearToDate: 'Тот же период прошлого года',
    total: 'Всего',
    chartTitle: 'Случаи по категориям: этот месяц и предыдущий',
    judicialActs: 'Судебные акты',
    judicialActsIssued: 'Вынесено судебных актов',
    forDefendants: 'из них в пользу ответчиков',
    charges: 'Обвинения и иски',
    civilClaims: 'Гражданские иски',
    ofWhichHonourDignity: 'из них о защите чести, достоинства и деловой репутации',
    criminalCharges: 'Уголовные обвинения',
    ofWhichInCourt: 'из них дошли до суда',
    administrativeCharges: 'Административные обвинения',
    damages: 'Компенсация морального вреда, тенге',
    claimed: 'Предъявлено',
    awarded: 'Присуждено',
    tenge: 'тенге',
    lawArticles: 'По статьям закона',
    lawArticle: 'Статья',
    noLawArticles: 'Статьи закона не указаны.',
    missingCaseFacts: 'Записей о правовых преследованиях без сведений о деле (не учтены в статистике обвинений)',
    fallbackNote: (from) => `Текст доступен только на ${LANGUAGE_NAMES[from].ru} языке.`,
    sourcesHeading: 'Источники',
    sourcesNote:
      'Сведения взяты из публикаций казахстанских СМИ, с сайтов судов и из обращений в Фонд. Ссылки на исходные материалы приведены в файле data.json.',
    contactsHeading: 'Контакты',
    contactsNote: 'Сообщить о нарушении свободы слова:',
    period: 'Период',
    indexTitle: 'Ежемесячные обзоры нарушений свободы слова в Казахстане',
    indexEmpty: 'Опубликованных обзоров пока нет.',
    code: { criminal: 'УК РК', administrative: 'КоАП РК', civil: 'ГК РК', media: 'Закон о СМИ', unknown: 'Иное' },
  },
  kk: {
    product: 'Ай сайынғы мониторинг, sozwatch көмегімен дайындалды',
    introduction:
      'Шолу бұқаралық ақпарат құралдарының материалдары, соттардың хабарлары және Қорға түскен өтініштер бойынша жасалды. Әр оқиғаны мониторинг қызметкерлері тексерді; шолуға тек олар мақұлдаған жазбалар енді.',
    contents: 'Мазмұны',
    entriesHeading: 'Айдың оқиғалары',
    noEntries: 'Бұл айда мақұлданған оқиғалар жоқ.',
    statisticsHeading: 'Статистика',
    entriesByCategory: 'Санаттар бойынша оқиғалар',
    category: 'Санат',
    thisMonth: 'Осы ай',
    previousMonth: 'Алдыңғы ай',
    sameMonthLastYear: 'Өткен жылдың осы айы',
    yearToDate: 'Жыл басынан бері',
    lastYearToDate: 'Өткен жылдың осы кезеңі',
    total: 'Барлығы',
    chartTitle: 'Санаттар бойынша оқиғалар: осы ай және алдыңғы ай',
    judicialActs: 'Сот актілері',
    judicialActsIssued: 'Шығарылған сот актілері',
    forDefendants: 'оның ішінде жауапкерлердің пайдасына',
    charges: 'Айыптаулар мен талаптар',
    civilClaims: 'Азаматтық талаптар',
    ofWhichHonourDignity: 'оның ішінде ар-намысты, қадір-қасиетті және іскерлік беделді қорғау туралы',
    criminalCharges: 'Қылмыстық айыптаулар',
    ofWhichInCourt: 'оның ішінде сотқа жеткені',
    administrativeCharges: 'Әкімшілік айыптаулар',
    damages: 'Моральдық зиянның өтемақысы, теңге',
    claimed: 'Талап етілді',
    awarded: 'Өндірілді',
    tenge: 'теңге',
    lawArticles: 'Заң баптары бойынша',
    lawArticle: 'Бап',
    noLawArticles: 'Заң баптары көрсетілмеген.',
    missingCaseFacts: 'Іс туралы мәліметі жоқ құқықтық қудалау жазбалары (айыптау статистикасында ескерілмеген)',
    fallbackNote: (from) => `Мәтін тек ${LANGUAGE_NAMES[from].kk} тілінде бар.`,
    sourcesHeading: 'Дереккөздер',
    sourcesNote:
      'Мәліметтер қазақстандық БАҚ жарияланымдарынан, соттардың сайттарынан және Қорға түскен өтініштерден алынды. Бастапқы материалдарға сілтемелер data.json файлында берілген.',
    contactsHeading: 'Байланыс',
    contactsNote: 'Сөз бостандығының бұзылуы туралы хабарлау:',
    period: 'Кезең',
    indexTitle: 'Қазақстандағы сөз бостандығының бұзылуы туралы ай сайынғы шолулар',
    indexEmpty: 'Жарияланған шолулар әзірге жоқ.',
    code: { criminal: 'ҚР ҚК', administrative: 'ҚР ӘҚБтК', civil: 'ҚР АК', media: 'БАҚ туралы заң', unknown: 'Басқа' },
  },
  en: {
    product: 'Monthly monitoring report, produced with sozwatch',
    introduction:
      'This review is compiled from media reports, court announcements and complaints to the Foundation. Every case was checked by the monitoring staff; only entries they approved are included.',
    contents: 'Contents',
    entriesHeading: 'Cases of the month',
    noEntries: 'No approved cases this month.',
    statisticsHeading: 'Statistics',
    entriesByCategory: 'Cases by category',
    category: 'Category',
    thisMonth: 'This month',
    previousMonth: 'Previous month',
    sameMonthLastYear: 'Same month last year',
    yearToDate: 'Since the start of the year',
    lastYearToDate: 'Same period last year',
    total: 'Total',
    chartTitle: 'Cases by category: this month and the previous month',
    judicialActs: 'Judicial acts',
    judicialActsIssued: 'Judicial acts issued',
    forDefendants: 'of which in favour of the defendants',
    charges: 'Charges and claims',
    civilClaims: 'Civil claims',
    ofWhichHonourDignity: 'of which for honour, dignity and business reputation',
    criminalCharges: 'Criminal charges',
    ofWhichInCourt: 'of which reached a court',
    administrativeCharges: 'Administrative charges',
    damages: 'Non-pecuniary damages, tenge',
    claimed: 'Claimed',
    awarded: 'Awarded',
    tenge: 'tenge',
    lawArticles: 'By law article',
    lawArticle: 'Article',
    noLawArticles: 'No law articles recorded.',
    missingCaseFacts: 'Legal-action entries without case facts (not counted in the charge statistics)',
    fallbackNote: (from) => `Text available in ${LANGUAGE_NAMES[from].en} only.`,
    sourcesHeading: 'Sources',
    sourcesNote:
      'Information comes from Kazakhstani media, court websites and complaints to the Foundation. Links to the source material are listed in data.json.',
    contactsHeading: 'Contacts',
    contactsNote: 'To report a violation of freedom of speech:',
    period: 'Period',
    indexTitle: 'Monthly reports on violations of freedom of speech in Kazakhstan',
    indexEmpty: 'No reports published yet.',
    code: { criminal: 'Criminal Code', administrative: 'Administrative Code', civil: 'Civil Code', media: 'Media law', unknown: 'Other' },
  },
};

/** The organisation's public site, printed under contacts. */
export const ORGANISATION_SITE = 'https://adilsoz.kz';

/** Thousands grouped with a thin no-break space, the way all three languages print tenge sums. */
export function formatNumber(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/** dd.mm.yyyy: the date format of the printed reports. */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}`;
}

/** "ст. 274 ч. 2 УК РК", "ҚР ҚК 274-бабы 2-бөлігі", "Criminal Code art. 274(2)". */
export function articleLabel(ref: Pick<LawArticleRef, 'code' | 'article' | 'part'>, lang: Language): string {
  const code = TEXTS[lang].code[ref.code];
  switch (lang) {
    case 'ru':
      return `ст. ${ref.article}${ref.part ? ` ч. ${ref.part}` : ''} ${code}`;
    case 'kk':
      return `${code} ${ref.article}-бабы${ref.part ? ` ${ref.part}-бөлігі` : ''}`;
    case 'en':
      return `${code} art. ${ref.article}${ref.part ? `(${ref.part})` : ''}`;
  }
}

/**
 * The entry text to print in `lang`: the staff's text in that language, else the first available in
 * ru, kk, en order (then `fallbackFrom` says which, so the reader is told).
 */
export function pickEntryText(text: Partial<Record<Language, string>>, lang: Language): { text: string; fallbackFrom?: Language } {
  const own = text[lang];
  if (own) return { text: own };
  for (const other of LANGUAGES) {
    const value = text[other];
    if (value) return { text: value, fallbackFrom: other };
  }
  return { text: '' };
}

/** The editor's own texts from the report settings: any of them may be absent, and a text may lack a language. */
export interface EditorialSettings {
  introduction?: Partial<Record<Language, string>>;
  methodology?: Partial<Record<Language, string>>;
  contacts?: { head?: string; emails: string[] };
}

/** What one language's report prints in the editor's places: the settings' text where set, the built-in one otherwise. */
export interface EditorialTexts {
  introduction: string;
  /** The closing line on how the monitoring is done (the sources section). */
  methodology: string;
  head?: string;
  emails: string[];
}

export function editorialTexts(lang: Language, editorial: EditorialSettings = {}): EditorialTexts {
  const t = TEXTS[lang];
  const head = editorial.contacts?.head;
  return {
    introduction: editorial.introduction?.[lang] ?? t.introduction,
    methodology: editorial.methodology?.[lang] ?? t.sourcesNote,
    ...(head ? { head } : {}),
    emails: editorial.contacts?.emails ?? [],
  };
}
