// Interface strings of the case registry, the case page and the report draft, in ru/kk/en, in the
// language the review page is set to. Kept apart from the review page's own strings.
import { state } from './review-state.js';

/** The strings by language (the page's tests read them to check no other text shows). */
export const CASE_STRINGS = {
  ru: {
    incidentTitle: 'Факты инцидента', incidentPerpetrator: 'Кто совершил', incidentTarget: 'Против кого', incidentGender: 'Пол', incidentCity: 'Город',
    incidentLinks: 'Ссылки на источники (по одной в строке)', incidentSubcategory: 'Подкатегория', incidentContext: 'Событие в стране (контекст, не считается)',
    settingsTitle: 'Настройки отчёта', settingsLayout: 'Макет', layout_2021: '2021 (как в печатном отчёте)', layout_current: 'текущий (сначала цифры)',
    settingsAutoPublish: 'Публиковать без проверки (ежемесячный запуск)', settingsIntro: 'Вступление', settingsMethodology: 'Завершающая строка о методике',
    settingsHead: 'Руководитель службы мониторинга', settingsEmails: 'Адреса e-mail (через запятую)', settingsSave: 'Сохранить настройки', settingsSaved: 'Настройки сохранены',
    baselineTitle: 'Данные до системы (CSV)', baselineFile: 'Файл CSV', baselineImport: 'Загрузить', baselineDone: 'Загружено месяцев: {months}, открытых дел: {cases}',
    baselineNow: 'Сейчас: месяцев {months}, открытых дел {cases}',
    pickerTitle: 'Существующие дела', pickerSearch: 'Найти дело (имя, СМИ, суд, ключ)', pickerFind: 'Найти', pickerNone: 'Подходящих дел не найдено',
    pickerUse: 'Это дело', pickerNew: 'Новое дело', pickerOpen: 'Открыть дело', pickerChosen: 'Выбрано дело {key}',
    why_person: 'та же персона', why_outlet: 'то же СМИ', why_article: 'та же статья', why_court: 'тот же суд',
    caseTitle: 'Дело {key}', caseBack: 'К очереди', caseKind: 'Вид', caseParties: 'Стороны', caseOutlet: 'СМИ', caseCourt: 'Суд', caseArticle: 'Статья',
    caseStage: 'Стадия', caseOutcome: 'Итог', caseClaimed: 'Заявлено, тг', caseAwarded: 'Взыскано, тг', caseFiled: 'Подано', caseTimeline: 'Ход дела по месяцам',
    caseJudicialAct: 'судебный акт', caseNotFound: 'Дело не найдено',
    draftTitle: 'Черновик отчёта и публикация', draftMonth: 'Месяц', draftBuild: 'Собрать черновик', draftLoad: 'Показать черновик', draftPublish: 'Опубликовать черновик',
    draftBuiltAt: 'Черновик от {at} ({by}), записей: {n}', draftComplete: 'Всё заполнено', draftFiles: 'Файлы черновика', draftView: 'Показать',
    draftPublished: 'Отчёт за {month} опубликован', draftStale: 'Данные изменились после сборки черновика: соберите его заново', draftNone: 'Черновика за этот месяц нет',
    draftPublishes: 'Публикации', needMonth: 'Укажите месяц',
    chk_missing_translation: 'Нет текста на языке {lang}', chk_legal_without_case: 'Правовые записи без данных о деле', chk_case_without_outcome: 'Дела после решения без итога',
    chk_outlet_or_region_unnamed: 'СМИ или регион без названия на языке {lang}',
  },
  kk: {
    incidentTitle: 'Оқиға деректері', incidentPerpetrator: 'Кім жасады', incidentTarget: 'Кімге қарсы', incidentGender: 'Жынысы', incidentCity: 'Қала',
    incidentLinks: 'Дереккөз сілтемелері (әр жолға біреу)', incidentSubcategory: 'Ішкі санат', incidentContext: 'Елдегі оқиға (контекст, есептелмейді)',
    settingsTitle: 'Есеп баптаулары', settingsLayout: 'Макет', layout_2021: '2021 (баспа есебіндегідей)', layout_current: 'қазіргі (алдымен сандар)',
    settingsAutoPublish: 'Тексерусіз жариялау (ай сайынғы іске қосу)', settingsIntro: 'Кіріспе', settingsMethodology: 'Әдістеме туралы қорытынды жол',
    settingsHead: 'Мониторинг қызметінің басшысы', settingsEmails: 'E-mail мекенжайлары (үтір арқылы)', settingsSave: 'Баптауларды сақтау', settingsSaved: 'Баптаулар сақталды',
    baselineTitle: 'Жүйеге дейінгі деректер (CSV)', baselineFile: 'CSV файлы', baselineImport: 'Жүктеу', baselineDone: 'Жүктелген айлар: {months}, ашық істер: {cases}',
    baselineNow: 'Қазір: {months} ай, {cases} ашық іс',
    pickerTitle: 'Бар істер', pickerSearch: 'Істі табу (есім, БАҚ, сот, кілт)', pickerFind: 'Табу', pickerNone: 'Сәйкес іс табылмады',
    pickerUse: 'Осы іс', pickerNew: 'Жаңа іс', pickerOpen: 'Істі ашу', pickerChosen: '{key} ісі таңдалды',
    why_person: 'сол адам', why_outlet: 'сол БАҚ', why_article: 'сол бап', why_court: 'сол сот',
    caseTitle: '{key} ісі', caseBack: 'Кезекке', caseKind: 'Түрі', caseParties: 'Тараптар', caseOutlet: 'БАҚ', caseCourt: 'Сот', caseArticle: 'Бап',
    caseStage: 'Сатысы', caseOutcome: 'Нәтижесі', caseClaimed: 'Талап етілді, тг', caseAwarded: 'Өндірілді, тг', caseFiled: 'Берілді', caseTimeline: 'Істің айлар бойынша барысы',
    caseJudicialAct: 'сот актісі', caseNotFound: 'Іс табылмады',
    draftTitle: 'Есеп жобасы және жариялау', draftMonth: 'Ай', draftBuild: 'Жобаны жинау', draftLoad: 'Жобаны көрсету', draftPublish: 'Жобаны жариялау',
    draftBuiltAt: 'Жоба {at} ({by}), жазбалар: {n}', draftComplete: 'Бәрі толтырылған', draftFiles: 'Жоба файлдары', draftView: 'Көрсету',
    draftPublished: '{month} есебі жарияланды', draftStale: 'Жоба жиналғаннан кейін деректер өзгерді: оны қайта жинаңыз', draftNone: 'Бұл айдың жобасы жоқ',
    draftPublishes: 'Жариялаулар', needMonth: 'Айды көрсетіңіз',
    chk_missing_translation: '{lang} тіліндегі мәтін жоқ', chk_legal_without_case: 'Іс деректері жоқ құқықтық жазбалар', chk_case_without_outcome: 'Шешімнен кейін нәтижесі жоқ істер',
    chk_outlet_or_region_unnamed: '{lang} тілінде атауы жоқ БАҚ не өңір',
  },
  en: {
    incidentTitle: 'Incident facts', incidentPerpetrator: 'Who did it', incidentTarget: 'Done to', incidentGender: 'Gender', incidentCity: 'City',
    incidentLinks: 'Source links (one per line)', incidentSubcategory: 'Subcategory', incidentContext: 'Event in the country (context, never counted)',
    settingsTitle: 'Report settings', settingsLayout: 'Layout', layout_2021: '2021 (as the printed report)', layout_current: 'current (figures first)',
    settingsAutoPublish: 'Publish unattended (monthly run)', settingsIntro: 'Introduction', settingsMethodology: 'Closing methodology line',
    settingsHead: 'Head of the monitoring service', settingsEmails: 'E-mail addresses (comma-separated)', settingsSave: 'Save the settings', settingsSaved: 'Settings saved',
    baselineTitle: 'Figures from before the system (CSV)', baselineFile: 'CSV file', baselineImport: 'Import', baselineDone: 'Imported {months} months and {cases} open cases',
    baselineNow: 'Now: {months} months, {cases} open cases',
    pickerTitle: 'Existing cases', pickerSearch: 'Find a case (name, outlet, court, key)', pickerFind: 'Find', pickerNone: 'No matching case',
    pickerUse: 'This case', pickerNew: 'New case', pickerOpen: 'Open case', pickerChosen: 'Case {key} chosen',
    why_person: 'same person', why_outlet: 'same outlet', why_article: 'same article', why_court: 'same court',
    caseTitle: 'Case {key}', caseBack: 'Back to the queue', caseKind: 'Kind', caseParties: 'Parties', caseOutlet: 'Outlet', caseCourt: 'Court', caseArticle: 'Article',
    caseStage: 'Stage', caseOutcome: 'Outcome', caseClaimed: 'Claimed, KZT', caseAwarded: 'Awarded, KZT', caseFiled: 'Filed', caseTimeline: 'The case month by month',
    caseJudicialAct: 'judicial act', caseNotFound: 'No such case',
    draftTitle: 'Report draft and publishing', draftMonth: 'Month', draftBuild: 'Build the draft', draftLoad: 'Show the draft', draftPublish: 'Publish the draft',
    draftBuiltAt: 'Draft of {at} ({by}), {n} entries', draftComplete: 'Nothing is missing', draftFiles: 'Draft files', draftView: 'Show',
    draftPublished: 'The report for {month} is published', draftStale: 'The data changed since the draft was built: build it again', draftNone: 'No draft for this month',
    draftPublishes: 'Publishes', needMonth: 'Give the month',
    chk_missing_translation: 'No text in {lang}', chk_legal_without_case: 'Legal entries without case facts', chk_case_without_outcome: 'Cases decided without an outcome',
    chk_outlet_or_region_unnamed: 'Outlet or region without a name in {lang}',
  },
};

/** The string for `key` in the page's language (Russian when missing), `{name}` filled from `vars`. */
export function ct(key, vars) {
  let text = (CASE_STRINGS[state.lang] && CASE_STRINGS[state.lang][key]) || CASE_STRINGS.ru[key] || key;
  if (vars) for (const name of Object.keys(vars)) text = text.replace('{' + name + '}', String(vars[name]));
  return text;
}
