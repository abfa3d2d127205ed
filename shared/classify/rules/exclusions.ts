// Exclusions: wording that explains away evidence (hard negatives seen in monitoring): congratulations
// and awards for the press day, blocked bank cards, blocking of drug or casino sites, murder and
// fraud trials, DDoS on banks and state portals, events abroad, textbook explanations of the law.
import type { Rule } from './rule-types';

const STATE_DEFENDANTS_RU = ['акимат*', 'аким*', 'министерств*', 'департамент*', 'полици*', 'прокуратур*', 'госорган*', 'управлени*', 'мвд', 'кнб', 'ведомств*', 'маслихат*'];
const STATE_DEFENDANTS_KK = ['әкімдікті', 'әкімді', 'министрлікті', 'полицияны', 'департаментті', 'прокуратураны', 'басқарманы', 'мемлекеттік органды', 'мәслихатты'];
const STATE_DEFENDANTS_EN = ['akimat*', 'akim', 'ministry', 'police', 'prosecutor*', 'department*', 'state bod*', 'authorities', 'government', 'maslikhat*'];
/** A suit brought against a state body: «иск к акимату», «әкімдікті сотқа берді», "sued the ministry". */
const PRESS_SUES_STATE = /* @__PURE__ */ (() => [
  ...STATE_DEFENDANTS_RU.flatMap((s) => ['иск к', 'иск против', 'иском к', 'иском против', 'иски к', 'в суд на'].map((p) => `${p} ${s}`)),
  ...STATE_DEFENDANTS_KK.flatMap((s) => [`${s} сотқа`, `${s} сотқа берді`]),
  ...STATE_DEFENDANTS_EN.flatMap((s) => ['sued the', 'lawsuit against the', 'suit against the', 'claim against the'].map((p) => `${p} ${s}`)),
])();

/** Words that make a crime the subject of a speech case: a post said to report it falsely, a slander. */
const SPEECH_CASE_FRAMING = [
  'заведомо ложн*', 'ложной информации', 'ложную информацию', 'ложная информация', 'ложных сведений', 'недостоверной информации', 'недостоверную информацию',
  'недостоверных сведений', 'оказалась ложной', 'оказались ложными', 'не соответствует действительности', 'клевет*', 'жала жап*', 'жала жабу*', 'жалған ақпарат*',
  'жалған мәлімет*', 'false information', 'slander*', 'libel*', 'defamation',
  // Convicted or charged for what was written about a crime is a speech case, not a trial of that crime.
  'за статью', 'за статьи', 'за публикаци*', 'за пост', 'за посты', 'за материал*', 'за видео', 'за репортаж*', 'мақаласы үшін', 'жазбасы үшін', 'посты үшін',
  'мақаласындағы', 'мақаласына', 'article about', 'шындыққа сәйкес келмейтін', 'шындыққа жанаспайтын', 'жалған видео*', 'не соответствующие действительности', 'for an article', 'for his article', 'for her article', 'for a post', 'for his post', 'for her post', 'for a report',
];

export const exclusionRules: Rule[] = [
  {
    id: 'exclude.press-day-awards', kind: 'exclude', lang: 'any', cancels: 'all', weight: 3,
    terms: ['день работников средств массовой информации', 'день работников сми', 'профессиональн* праздник*', 'поздрав*', 'наградил*', 'награжден*', 'награждени*',
      'вручил* преми*', 'вручил* наград*', 'вручены преми*', 'журналистск* преми*', 'преми* для журналист*', 'преми* журналист*', 'конкурс*', 'медиафорум*', 'медиа форум*', 'media week', 'бақ қызметкерлері күн*',
      'ақпарат құралдары қызметкерлерінің күн*', 'ақпарат қызметкерлері күн*', 'құттықта*', 'марапат*', 'сыйлығы', 'байқау', 'байқауы*', 'байқауда', 'байқауға', 'байқауын', 'congratulat*', 'awards', 'award ceremony',
      'journalism award*', 'national award*', 'media forum', 'contest*', 'olympiad', 'семинар для', 'тренинг для', 'тренинг* по', 'обучающ* семинар*',
      'training for journalists', 'workshop for', 'тренингі өтті', 'семинар өтті', 'фактчекинг тренинг*', 'олимпиад*', 'anniversary', 'юбиле*', 'мерейтой*'],
    unless: ['отказал*', 'не ответил*', 'не пустил*', 'задержа*', 'угрожа*', 'напал*', 'заблокир*', 'бас тартты', 'жауап бермеді', 'refused', 'denied', 'detained', 'threatened', 'attacked', 'blocked'],
  },
  {
    id: 'exclude.bank-cards', kind: 'exclude', lang: 'any', cancels: ['blocking', 'cyberattack'], weight: 4, within: 8,
    a: ['карт*', 'карточк*', 'счет*', 'счета', 'банк*', 'шот*', 'банктік*', 'card*', 'bank account*', 'должник*', 'задолженност*', 'салық*', 'қарыз*', 'мошенник*', 'алаяқ*'],
    b: ['заблок*', 'блокир*', 'блокировк*', 'замороз*', 'арест*', 'бұғатта*', 'бұғат*', 'тоқтат*', 'block*', 'frozen', 'freez*'],
  },
  {
    id: 'exclude.illegal-content-blocking', kind: 'exclude', lang: 'any', cancels: ['blocking', 'criminal', 'administrative', 'detention'], weight: 5,
    terms: ['онлайн-казино', 'казино', 'наркотик*', 'наркосайт*', 'нарко*', 'есірткі*', 'финансов* пирамид*', 'қаржы пирамида*', 'қаржылық пирамида*', 'пирамид*',
      'порнограф*', 'поддельн* лекарств*', 'контрафакт*', 'counterfeit*', 'жалған дәрі*', 'букмекер*', 'азартн*', 'мошенничеств*', 'интернет-мошенни*', 'casino*', 'drug*', 'gambling', 'pyramid scheme*', 'fraud*', 'scam*',
      'кибернадзор*', 'фишинг*', 'лотерея*', 'ұтыс*', 'лотере*', 'lottery'],
  },
  {
    id: 'exclude.violent-and-corruption-trials', kind: 'exclude', lang: 'any', cancels: ['criminal', 'detention', 'administrative'], weight: 4,
    unless: SPEECH_CASE_FRAMING,
    terms: ['убийств*', 'убил*', 'кісі өлтір*', 'murder*', 'взятк*', 'хищени*', 'растрат*', 'пара алу*', 'пара ал*', 'пара бер*', 'жымқыр*', 'талан-тараж*', 'сыбайлас жемқорлық қылмыс*', 'defraud*', 'swindl*', 'bribe*', 'embezzl*', 'изнасиловани*', 'мошенничеств*',
      'контрабанд*', 'наркотик*', 'теракт*', 'торговл* людьми', 'торговле людьми', 'human trafficking', 'trafficking in persons', 'адам саудас*',
      'мошенник*', 'мошенниц*', 'алаяқ*', 'кража', 'кражи', 'краж', 'кражу', 'грабеж*', 'разбой*', 'похищени*', 'theft*', 'robber*', 'kidnap*', 'rape', 'raped', 'ұрлық*', 'тонау*', 'қарақшылық*',
      'зорлау*', 'ұрлап әкет*', 'педофил*', 'pedophil*', 'paedophil*', 'бандит*', 'организованн* преступн*', 'criminal gang*',
      'organized crime', 'organised crime', 'қылмыстық топ*', 'злоупотреблени* должностн*', 'abuse of office', 'abuse of power', 'лауазымдық өкілеттік*',
      'уклонени* от уплаты налог*', 'tax evasion', 'салық төлеуден жалтар*'],
  },
  {
    id: 'exclude.cyber-banks-state', kind: 'exclude', lang: 'any', cancels: ['cyberattack'], weight: 2,
    terms: ['банк*', 'egov*', 'госорган*', 'государственн* сайт*', 'электронн* правительств*', 'госуслуг*', 'госзакупок', 'персональн* данн*', 'дербес дерек*', 'жеке дерек*',
      'personal data', 'data leak*', 'утечк*', 'банктер*', 'қаржы ұйым*', 'financial', 'bank*', 'электрондық үкімет*', 'интернет-магазин*', 'маркетплейс*', 'online shop*', 'online store*', 'kaspi', 'каспи', 'сайт акимата', 'сайта акимата', 'сайт министерства', 'сайта министерства', 'сайт правительства', 'сайта правительства',
      'сайт администрации', 'сайта администрации', 'сайты госорганов', 'сайтов госорганов', 'аккаунт акимата', 'страниц* акимата', 'әкімдіктің сайты', 'министрліктің сайты',
      'үкіметтің сайты', 'government website*', 'government site*', 'ministry website', 'ministry\'s website', 'akimat\'s website', 'website of the akimat', 'website of the ministry', 'аккаунт акима', 'страниц* акима', 'аккаунт* министр*',
      'страниц* министр*', 'аккаунт* правительств*', 'страниц* правительств*', 'әкімнің парақша*', 'әкімнің аккаунт*', 'министрдің парақша*', "akim's account", "minister's account",
      'official account*', 'официальн* аккаунт*', 'официальн* страниц*', 'ресми парақша*', 'ресми аккаунт*', 'министерств*', 'министрлі*', 'ministry'],
  },
  {
    id: 'exclude.platform-moderation', kind: 'exclude', lang: 'any', cancels: ['blocking'], weight: 3,
    terms: ['групп и каналов', 'групп и канал*', 'топ пен арна*', 'groups and channels'],
  },
  {
    id: 'exclude.cyber-not-physical', kind: 'exclude', lang: 'any', cancels: ['attack'], weight: 2,
    terms: ['ddos*', 'ддос*', 'хакер*', 'взлом*', 'кибератак*', 'кибершабуыл*', 'hack*', 'cyber*', 'bots', 'ботов', 'боттар*', 'denial-of-service', 'denial of service', 'фишинг*', 'phishing'],
  },
  {
    id: 'exclude.administrative-not-criminal', kind: 'exclude', lang: 'any', cancels: ['criminal'], weight: 2,
    terms: ['administrative arrest', 'административн* арест*', 'days of administrative', 'әкімшілік қамау*', 'әкімшілік айыппұл*', 'for 15 days', 'for 10 days', 'for five days',
      'for 5 days', 'for one day', 'на 15 суток', 'на 10 суток', 'на пять суток', 'на 5 суток', 'суток ареста', 'тәулікке қамал*'],
  },
  {
    id: 'exclude.petty-hooliganism', kind: 'exclude', lang: 'any', cancels: ['administrative', 'detention'], weight: 3,
    terms: ['алимент*', 'alimony', 'мелк* хулиганств*', 'хулиганств*', 'драк*', 'в нетрезвом', 'пьян*', 'бұзақылық*', 'төбелес*', 'мас күйінде', 'hooliganism', 'brawl*', 'drunk*'],
    unless: ['журналист*', 'корреспондент*', 'блогер*', 'редактор*', 'активист*', 'правозащитник*', 'поэт*', 'стих*', 'пост*', 'публикаци*', 'видео*', 'сети', 'сеть', 'соцсет*',
      'пользовател*', 'комментари*', 'митинг*', 'пикет*', 'акци*', 'тілші*', 'журналис*', 'белсенді*', 'ақын*', 'өлең*', 'жазба*', 'бейне*', 'желі*', 
      'journalist*', 'reporter*', 'blogger*', 'activist*', 'poet*', 'poem*', 'post*', 'video*', 'user*', 'comment*', 'online', 'rally', 'rallies', 'protest*',
      'instagram*', 'facebook*', 'tiktok*', 'telegram*', 'youtube*', 'whatsapp*'],
  },
  {
    id: 'exclude.request-answered', kind: 'exclude', lang: 'any', cancels: ['access_to_information'], weight: 3,
    terms: ['в полном объеме', 'в установленный срок', 'в срок', 'вовремя', 'своевременно', 'толық көлемде', 'белгіленген мерзімде', 'уақтылы', 'уақытында',
      'in full', 'full breakdown', 'on time', 'in time', 'within the deadline', 'within the statutory', 'within five working days', 'within the legal'],
    unless: ['не', 'нет', 'но', 'однако', 'спустя', 'сократил*', 'снизил*', 'лишь', 'только', 'доля', 'процент*', 'формальн*', 'отписк*', 'нарушени*', 'отказ*', 'жоқ', 'емес', 'бірақ', 'алайда', 'кешік*', 'формальды*', 'бермеді', 'бас тарт*',
      'not', 'no', 'but', 'however', 'late', 'formal', 'refus*', 'declin*', 'failed', 'without'],
  },
  {
    id: 'exclude.abroad', kind: 'exclude', lang: 'any', cancels: ['blocking', 'cyberattack', 'media_closure'], weight: 2,
    terms: ['роскомнадзор*', 'в россии', 'ресейде', 'рф', 'российск* федераци*', 'украина', 'украины', 'украине', 'украину', 'украинск* власт*', 'украина*',
      'russia', "russia's", 'russian federation', 'russian authorities', 'roskomnadzor', 'ukraine', "ukraine's", 'ukrainian authorities', 'талибан*', 'тәліп*', 'taliban'],
    unless: ['в казахстане', 'казахстанск*', 'қазақстанда', 'қазақстандық*', 'in kazakhstan', 'kazakhstani', "kazakhstan's"],
  },
  {
    id: 'exclude.case-against-offender', kind: 'exclude', lang: 'any', cancels: ['criminal'], weight: 6, within: 12,
    a: ['уголовн* дел*', 'уголовного дела', 'қылмыстық іс*', 'қылмыстық кодекс*', 'criminal case*', 'criminal proceedings'],
    b: ['воспрепятствовани*', 'воспрепятствовал*', 'нападени*', 'поджог*', 'избиени*', 'кедергі келтір*', 'шабуыл*', 'күш көрсет*', 'өртеу*',
      'obstruction', 'obstructing', 'attack on', 'attacks on', 'assault on', 'arson'],
  },
  {
    id: 'exclude.law-explainer', kind: 'exclude', lang: 'any', cancels: ['criminal', 'administrative', 'civil', 'threat', 'legislation', 'detention'], weight: 6,
    unless: ['предостережени*', 'возбуждено', 'возбудил*', 'задержан', 'задержана', 'задержали', 'оштрафован*', 'оштрафовал*', 'приговорил*', 'приговорен*',
      'составлен протокол', 'составили протокол', 'ұсталды', 'айыппұл салынды', 'айыппұл салды', 'іс қозғалды', 'ескерту жасады', 'detained', 'fined', 'charged', 'sentenced'],
    terms: ['понятие*', 'понятия', 'характеристик*', 'содержание:', 'рассматриваются', 'всеобщей декларации', 'относится к преступлениям', 'предусмотрена ответственность',
      'ответственность предусмотрен*', 'наказывается', 'разъяснил*', 'разъясня*', 'напоминает*', 'как наказывают', 'жауапкершілік көзделген', 'жазаланады', 'түсіндірді',
      'еске салады', 'түсіндіреді', 'көзделгенін', 'is punishable', 'dispute resolution', 'arbitration', 'порядок защиты', 'основания защиты', 'способы защиты', 'является одной из самых'],
  },
  {
    id: 'exclude.cybersecurity-policy', kind: 'exclude', lang: 'any', cancels: ['cyberattack', 'blocking'], weight: 2,
    terms: ['кибершабуылдан қорға*', 'қорғау бойынша жаттығу*', 'киберучени*', 'защит* от кибератак*', 'cyber drill*', 'protect* against cyberattack*', 'кибербезопасност*', 'информационн* безопасност*', 'киберпреступлени*', 'киберқауіпсіздік*', 'ақпараттық қауіпсіздік*', 'cybersecurity', 'cyber security',
      'information security', 'cybercrime*', 'cyber crime*'],
  },
  {
    id: 'exclude.sports', kind: 'exclude', lang: 'any', cancels: ['threat', 'attack', 'criminal', 'administrative', 'civil', 'blocking'], weight: 2,
    terms: ['футбол*', 'футболист*', 'матч*', 'чемпионат*', 'турнир*', 'дисквалифи*', 'спортсмен*', 'боксер*', 'болельщик*', 'фифа', 'уефа',
      'футболшы*', 'жанкүйер*', 'спортшы*', 'football*', 'footballer*', 'match', 'matches', 'championship*', 'tournament*', 'disqualif*', 'athlete*', 'boxer*', 'fifa', 'uefa'],
  },
  {
    id: 'exclude.law-as-basis', kind: 'exclude', lang: 'any', cancels: ['legislation'], weight: 3,
    terms: ['по статье', 'по части', 'под статью', 'бабы бойынша', 'бабымен', 'under article', 'under part', 'нарушени* закона', 'нарушени* требований закона', 'нарушил* закон*', 'нарушени* законодательств*', 'нарушил* законодательств*', 'заңнаманы бұз*', 'violation of legislation', 'violating legislation', 'violated legislation', 'заңын бұз*', 'заңды бұз*', 'заң талаптарын бұз*', 'violation of the law',
      'violating the law', 'violated the law', 'breach of the law', 'breaching the law'],
  },
  {
    id: 'exclude.outage-damage-maintenance', kind: 'exclude', lang: 'any', cancels: ['blocking', 'access_to_information'], weight: 4,
    terms: ['обрыв* лини*', 'обрыв* кабел*', 'повреждени* кабел*', 'повредил* кабел*', 'земляных работ', 'земельных работ', 'плановы* работ*', 'плановы* технически* работ*', 'планов* отключени*', 'обновлени* сервер*', 'server update*', 'техническ* обслуживани*',
      'кабель зақымда*', 'кабельдің зақымдал*', 'оптикалық кабель*', 'кабельді зақымда*', 'кабель үзіл*', 'без света', 'авари* на подстанци*', 'отключени* электроэнерги*', 'ремонт* вышк*', 'ураган*', 'непогод*', 'по всему миру', 'во всем мире', 'бүкіл әлем*', 'әлем бойынша', 'worldwide', 'global outage', 'around the world', 'жаңа нұсқа*', 'новую версию сайта', 'новой версии сайта', 'new version of the site', 'new version of its site', 'меня* оборудовани*', 'замен* оборудовани*', 'замена оборудования', 'базов* станци*',
      'power outage', 'power cut', 'переход* на новый сервер', 'перенос* на новый сервер', 'server migration', 'new server', 'жаңа серверге көш*', 'плановых технических работ', 'плановые технические работы', 'плановых работ', 'оптоволоконн*', 'повредил* кабель', 'экскаватор*', 'из-за сбоя у оператора', 'обновлени* программн*', 'software update*', 'электр жарығы*', 'извинения за неудобства', 'жоспарлы жұмыс*', 'жоспарлы техникалық жұмыс*', 'техникалық жұмыстарға байланысты', 'жоспарлы жаңарту*', 'жаңарту жұмыс*', 'scheduled maintenance', 'maintenance work*', 'due to maintenance',
      'cable was damaged', 'damaged cable', 'fibre-optic', 'fiber-optic', 'excavation'],
    unless: ['митинг*', 'пикет*', 'акци*', 'протест*', 'собрани*', 'выборы', 'выборов', 'выборах', 'публикаци*', 'видео*', 'совпал*',
      'наразылық*', 'жиын*', 'сайлау*', 'жарияланым*', 'бейне*', 'rally', 'rallies', 'protest*', 'gathering*', 'election*', 'coincided'],
  },
  {
    id: 'exclude.press-sues-the-state', kind: 'exclude', lang: 'any', cancels: ['civil'], weight: 8,
    terms: PRESS_SUES_STATE,
  },
  {
    id: 'exclude.suspended-sentence', kind: 'exclude', lang: 'any', cancels: ['detention'], weight: 3,
    terms: ['условно', 'условн* срок*', 'условн* наказани*', 'шартты түрде', 'шартты жаза*', 'suspended sentence', 'suspended prison', 'suspended jail'],
  },
  {
    id: 'exclude.road-traffic', kind: 'exclude', lang: 'any', cancels: ['criminal', 'detention', 'administrative'], weight: 2,
    terms: ['дтп', 'road accident*', 'car accident*', 'traffic accident*', 'жол-көлік оқиға*', 'жол апат*', 'в нетрезвом виде', 'в состоянии опьянения', 'алкогольн* опьянени*',
      'drunk driving', 'drunk-driving', 'while drunk', 'мас күйінде', 'лишил* водительск*', 'лишен* водительск*', 'водительск* прав*', 'driving licen*', "driver's licen*",
      'превышени* скорост*', 'выброс мусора', 'выбрасыва* мусор*', 'littering', 'speeding', 'жылдамдықты асыр*', 'парковк*', 'парковал*', 'parking', 'тұрақ*'],
  },
  {
    id: 'exclude.false-bomb-threats', kind: 'exclude', lang: 'any', cancels: ['criminal', 'detention', 'administrative', 'threat'], weight: 4,
    terms: ['угроз* взрыва', 'бомб*', 'акте терроризма', 'акта терроризма', 'терроризм актісі', 'bomb', 'bombs', 'заминирован*', 'о минировании', 'минирован*', 'взрывн* устройств*', 'bomb threat*', 'bomb hoax*', 'explosive device*', 'жарылғыш*', 'жарылыс қаупі', 'миналан*'],
  },
  {
    id: 'exclude.accreditation-granted', kind: 'exclude', lang: 'any', cancels: ['obstruction'], weight: 3,
    terms: ['аккредитацию получили более', 'аккредитацию получили свыше', 'аккредитован* более', 'аккредитовано более', 'прошли аккредитацию более', 'were accredited',
      'have been accredited', 'аккредиттеуден өтті', 'аккредитация берілді'],
  },
  {
    id: 'exclude.site-overload', kind: 'exclude', lang: 'any', cancels: ['blocking'], weight: 3,
    terms: ['не выдержал* нагрузк*', 'из-за нагрузк*', 'наплыв* пользовател*', 'наплыв* выпускник*', 'наплыва посетител*', 'overload*', 'heavy traffic', 'жүктемеге шыдамады', 'жүктеменің артуы*'],
  },
  {
    id: 'exclude.fraud-hacking', kind: 'exclude', lang: 'any', cancels: ['cyberattack'], weight: 2,
    terms: ['мошенни*', 'алаяқ*', 'fraud*', 'scam*', 'swindler*', 'выманива*', 'ақша сұра*'],
  },
  {
    id: 'exclude.sentence-threatened', kind: 'exclude', lang: 'any', cancels: ['detention'], weight: 3,
    terms: ['грозит до', 'грозит лишени*', 'грозит наказани*', 'грозит срок', 'faces up to', 'could face', 'face up to', 'may face', 'дейін бас бостандығынан айыру қаупі*'],
  },
  {
    id: 'exclude.consumer-protection', kind: 'exclude', lang: 'any', cancels: ['administrative', 'criminal'], weight: 3,
    terms: ['маркетплейс*', 'интернет-магазин*', 'покупател*', 'потребител*', 'скидк*', 'защите конкуренции', 'защиты конкуренции', 'бәсекелестікті қорғау*', 'тұтынушы*',
      'marketplace*', 'online shop*', 'online store*', 'consumer*', 'competition protection'],
  },
  {
    id: 'exclude.accident-injuries', kind: 'exclude', lang: 'any', cancels: ['attack'], weight: 3,
    terms: ['попал* в дтп', 'попал* в авари*', 'car crash*', 'road crash*', 'involved in a road accident', 'involved in an accident', 'жол апатына түс*', 'апатқа ұшыра*', 'апатқа түс*'],
  },
  {
    id: 'exclude.loan-debts', kind: 'exclude', lang: 'any', cancels: ['civil'], weight: 3,
    terms: ['loan arrears', 'loan debt*', 'borrower*', 'mortgage*', 'ипотек*', 'заемщик*', 'задолженност* по кредит*', 'долг* по кредит*', 'задолженност* по банковск*', 'банковск* кредит*', 'взыскании долга', 'взыскать долг', 'договор* поставк*', 'долг* по договор*', 'debt under the contract', 'supply contract', 'несие бойынша берешек*',
      'несиесін төлеме*', 'кредит бойынша берешек*', 'қарыз алушы*'],
  },
  {
    id: 'exclude.impostors', kind: 'exclude', lang: 'any', cancels: ['detention', 'criminal'], weight: 3,
    terms: ['выдавал* себя за', 'представлял* журналист*', 'представляются журналист*', 'представлялся журналист*', 'лжежурналист*', 'лже-журналист*', 'поддельн* диплом*', 'поддельн* документ*', 'fake diploma*', 'жалған диплом*', 'posing as a journalist',
      'pretending to be a journalist', 'fake journalist*', 'журналист болып таныстыр*', 'өзін журналист деп'],
  },
  {
    id: 'exclude.closed-for-repairs', kind: 'exclude', lang: 'any', cancels: ['media_closure'], weight: 3,
    terms: ['закрывается на ремонт', 'закрыта на ремонт', 'закрыт на ремонт', 'на время ремонта', 'замен* оборудования', 'closed for repairs', 'closed for renovation',
      'жөндеуге жабыл*', 'жөндеу жұмыстарына байланысты'],
  },
];
