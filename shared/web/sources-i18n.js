// Interface strings of the sources page in Russian (default), Kazakh and English. Sign-in, language and
// other shared strings come from the review page's review-i18n.js, which st() falls back to.
import { t } from './review-i18n.js';
import { state } from './review-state.js';

const STRINGS = {
  ru: {
    navQueue: 'Очередь', navSources: 'Источники', sourcesTitle: 'Источники', filterSources: 'Найти источник', onlyUnhealthy: 'Только требующие внимания',
    addSource: 'Добавить источник', sourcesCount: 'источников: {n}, опрашиваются: {enabled}', paused: 'на паузе', polled: 'опрашивается',
    catalogDiffers: 'каталог изменился', editedByStaff: 'изменён сотрудником', staffAdded: 'добавлен сотрудником', unverified: 'не проверен', verified: 'проверен',
    lastSuccess: 'Последний успех', lastError: 'Последняя ошибка', items7: 'Материалов за 7 дней', flagged7: 'отмечено', silentFor: 'Без новых',
    never: 'никогда', none: 'нет', hours: '{n} ч', days: '{n} дн', needsLook: 'Требует внимания', poll: 'Опрос', every: 'каждые {n} мин',
    edit: 'Изменить', pause: 'Пауза', resume: 'Возобновить', applyCatalog: 'Принять из каталога', testNow: 'Проверить сейчас', save: 'Сохранить', cancel: 'Отмена',
    addTitle: 'Новый источник', editTitle: 'Изменить источник {id}', id: 'Идентификатор', name: 'Название', kind: 'Вид', url: 'Адрес (URL)', sourceLanguage: 'Язык',
    group: 'Группа', parser: 'Парсер', pollMinutes: 'Опрос, мин', maxSilenceHours: 'Тревога после тишины, ч', expectsItems: 'Должен давать материалы',
    lastVerifiedAt: 'Проверен (дата)', note: 'Заметка', evidence: 'На чём основан', settings: 'Настройки вида (JSON)', badJson: 'Настройки: это не JSON-объект',
    testing: 'Проверяем…', testOk: 'Найдено материалов: {n}', testEmpty: 'Страница прочитана, но материалов нет', testFailed: 'Источник не прочитан ({kind})',
    refused: 'Адрес отклонён политикой загрузки', saved: 'Сохранено', added: 'Источник добавлен: будет опрошен при следующем запуске', pausedDone: 'Источник на паузе',
    resumedDone: 'Опрос возобновлён', appliedDone: 'Определение из каталога принято', conflict: 'Кто-то изменил источник раньше; показано текущее состояние.',
    readOnly: 'Только просмотр', k_feed: 'лента RSS/Atom', 'k_html-list': 'список на сайте', k_telegram: 'Telegram-канал', k_search: 'поиск новостей', k_court: 'суд',
    g_national: 'республиканские', g_business: 'деловые', g_international: 'международные', g_state: 'государственные', g_regional: 'региональные',
    g_monitor: 'мониторинг', g_courts: 'суды', g_search: 'поиск', history: 'История',
  },
  kk: {
    navQueue: 'Кезек', navSources: 'Дереккөздер', sourcesTitle: 'Дереккөздер', filterSources: 'Дереккөзді табу', onlyUnhealthy: 'Тек назар аударуды қажет ететіндер',
    addSource: 'Дереккөз қосу', sourcesCount: 'дереккөздер: {n}, сұралатыны: {enabled}', paused: 'кідіртілген', polled: 'сұралады',
    catalogDiffers: 'каталог өзгерді', editedByStaff: 'қызметкер өзгерткен', staffAdded: 'қызметкер қосқан', unverified: 'тексерілмеген', verified: 'тексерілген',
    lastSuccess: 'Соңғы сәтті', lastError: 'Соңғы қате', items7: '7 күндегі материалдар', flagged7: 'белгіленген', silentFor: 'Жаңасыз',
    never: 'ешқашан', none: 'жоқ', hours: '{n} сағ', days: '{n} күн', needsLook: 'Назар аудару керек', poll: 'Сұрау', every: 'әр {n} мин',
    edit: 'Өзгерту', pause: 'Кідірту', resume: 'Жалғастыру', applyCatalog: 'Каталогтан қабылдау', testNow: 'Қазір тексеру', save: 'Сақтау', cancel: 'Болдырмау',
    addTitle: 'Жаңа дереккөз', editTitle: '{id} дереккөзін өзгерту', id: 'Идентификатор', name: 'Атауы', kind: 'Түрі', url: 'Мекенжай (URL)', sourceLanguage: 'Тілі',
    group: 'Топ', parser: 'Талдағыш', pollMinutes: 'Сұрау, мин', maxSilenceHours: 'Үнсіздіктен кейін дабыл, сағ', expectsItems: 'Материал беруі тиіс',
    lastVerifiedAt: 'Тексерілді (күні)', note: 'Ескертпе', evidence: 'Неге негізделген', settings: 'Түр баптаулары (JSON)', badJson: 'Баптаулар: JSON нысаны емес',
    testing: 'Тексеріп жатырмыз…', testOk: 'Табылған материалдар: {n}', testEmpty: 'Бет оқылды, бірақ материал жоқ', testFailed: 'Дереккөз оқылмады ({kind})',
    refused: 'Мекенжайды жүктеу саясаты қабылдамады', saved: 'Сақталды', added: 'Дереккөз қосылды: келесі іске қосуда сұралады', pausedDone: 'Дереккөз кідіртілді',
    resumedDone: 'Сұрау жалғасты', appliedDone: 'Каталогтағы анықтама қабылданды', conflict: 'Дереккөзді біреу бұрын өзгертті; қазіргі күйі көрсетілді.',
    readOnly: 'Тек қарау', k_feed: 'RSS/Atom арнасы', 'k_html-list': 'сайттағы тізім', k_telegram: 'Telegram арнасы', k_search: 'жаңалықтар іздеуі', k_court: 'сот',
    g_national: 'республикалық', g_business: 'іскерлік', g_international: 'халықаралық', g_state: 'мемлекеттік', g_regional: 'өңірлік',
    g_monitor: 'мониторинг', g_courts: 'соттар', g_search: 'іздеу', history: 'Тарих',
  },
  en: {
    navQueue: 'Queue', navSources: 'Sources', sourcesTitle: 'Sources', filterSources: 'Find a source', onlyUnhealthy: 'Only those needing a look',
    addSource: 'Add a source', sourcesCount: 'sources: {n}, polled: {enabled}', paused: 'paused', polled: 'polled',
    catalogDiffers: 'catalog differs', editedByStaff: 'edited by staff', staffAdded: 'added by staff', unverified: 'unverified', verified: 'verified',
    lastSuccess: 'Last success', lastError: 'Last error', items7: 'Items in 7 days', flagged7: 'flagged', silentFor: 'Silent for',
    never: 'never', none: 'none', hours: '{n} h', days: '{n} d', needsLook: 'Needs a look', poll: 'Polling', every: 'every {n} min',
    edit: 'Edit', pause: 'Pause', resume: 'Resume', applyCatalog: 'Apply catalog', testNow: 'Test now', save: 'Save', cancel: 'Cancel',
    addTitle: 'New source', editTitle: 'Edit source {id}', id: 'Id', name: 'Name', kind: 'Kind', url: 'Address (URL)', sourceLanguage: 'Language',
    group: 'Group', parser: 'Parser', pollMinutes: 'Poll every, min', maxSilenceHours: 'Alert after silence, h', expectsItems: 'Should yield items',
    lastVerifiedAt: 'Verified on', note: 'Note', evidence: 'Evidence', settings: 'Kind settings (JSON)', badJson: 'Settings: not a JSON object',
    testing: 'Testing…', testOk: 'Items found: {n}', testEmpty: 'The page was read but held no items', testFailed: 'The source could not be read ({kind})',
    refused: 'The address was refused by the fetch policy', saved: 'Saved', added: 'Source added: the next run polls it', pausedDone: 'Source paused',
    resumedDone: 'Polling resumed', appliedDone: "The catalog's definition applied", conflict: 'Someone changed this source first; showing its current state.',
    readOnly: 'Read only', k_feed: 'RSS/Atom feed', 'k_html-list': 'list on a site', k_telegram: 'Telegram channel', k_search: 'news search', k_court: 'court',
    g_national: 'national', g_business: 'business', g_international: 'international', g_state: 'state', g_regional: 'regional',
    g_monitor: 'monitoring', g_courts: 'courts', g_search: 'search', history: 'History',
  },
};

/** The sources page's string for `key` in the chosen language, else Russian, else the review page's string. */
export function st(key, vars) {
  let text = (STRINGS[state.lang] && STRINGS[state.lang][key]) || STRINGS.ru[key];
  if (text === undefined) return t(key, vars);
  if (vars) for (const name of Object.keys(vars)) text = text.replace('{' + name + '}', String(vars[name]));
  return text;
}

/** How long ago, in hours up to two days and in days after. */
export function duration(hours) {
  return hours < 48 ? st('hours', { n: hours }) : st('days', { n: Math.floor(hours / 24) });
}
