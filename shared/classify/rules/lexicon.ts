// Shared word lists referenced from rules as `@name`: who is affected (journalists, outlets,
// activists) and what carries expression (posts, publications). Edit here once for every rule.
import type { Term } from './rule-types';

export const lexicon: Record<string, Term[]> = {
  journalist: [
    // ru
    'журналист*', 'тележурналист*', 'блогер*', 'блоггер*', 'видеоблогер*', 'редактор*', 'главред*', 'шеф-редактор*',
    'корреспондент*', 'фотокорреспондент*', 'репортер*', 'фотограф*', 'фоторепортер*', 'оператор*', 'телеоператор*',
    'видеооператор*', 'съемочн* групп*', 'стример*', 'ютубер*', 'тиктокер*', 'колумнист*', 'обозревател*', 'ведущ*',
    'публицист*', 'автор* паблик*', 'администратор* паблик*', 'администратор* канал*', 'издател*', 'основател* издани*', 'основател* канал*', 'сотрудник* редакци*', 'сотрудник* издани*', 'сотрудник* телеканал*',
    // kk
    'тілші*', 'фототілші*', 'журналисі*', 'журналиске', 'журналисін', 'бас редактор*', 'қаламгер*', 'жүргізуші*', 'шолушы*', 'оператор*',
    // en
    'journalist*', 'reporter*', 'correspondent*', 'editor*', 'editor-in-chief', 'blogger*', 'videoblogger*', 'vlogger*',
    'camera man', 'cameraman*', 'camera crew*', 'cameramen', 'camera operator*', 'photographer*', 'photojournalist*',
    'photo reporter*', 'columnist*', 'publisher*', 'presenter*', 'tv team', 'film crew', 'media worker*', 'youtuber*',
  ],
  media: [
    // ru
    'сми', 'масс-медиа', 'медиа', 'издани*', 'интернет-издани*', 'редакци*', 'газет*', 'еженедельник*', 'журнал', 'журнала',
    'журналу', 'журналом', 'телеканал*', 'канал*', 'телеграм-канал*', 'telegram-канал*', 'youtube-канал*', 'ютуб-канал*',
    'паблик*', 'портал*', 'интернет-портал*', 'информагентств*', 'информационн* агентств*', 'новостн* агентств*',
    'информационн* ресурс*', 'интернет-ресурс*', 'сайт*', 'медиаресурс*', 'радио', 'радиостанци*', 'телерадиокомпани*',
    // kk
    'бақ', 'бұқаралық ақпарат құрал*', 'басылым*', 'газет*', 'телеарна*', 'арна*', 'редакция*', 'сайт*', 'портал*',
    'ақпарат агенттіг*', 'ақпараттық агенттіг*', 'медиа*', 'баспасөз*', 'радиосы*',
    // en
    'media', 'mass media', 'media outlet*', 'outlet*', 'newspaper*', 'magazine*', 'website*', 'web site*', 'site*',
    'news agency', 'news agencies', 'press agency', 'portal*', 'internet portal*', 'tv channel*', 'channel*', 'newsroom*',
    'editorial office*', 'editorial staff', 'editorial board', 'edition*', 'radio', 'broadcaster*', 'publication*', 'press',
  ],
  activist: [
    // ru
    'активист*', 'гражданск* активист*', 'правозащитник*', 'общественник*', 'оппозиционер*', 'политик*',
    'пользовател* соцсет*', 'пользовател* социальн* сет*', 'пользовател* facebook', 'жител*', 'житель*', 'гражданин*',
    'гражданк*', 'адвокат*', 'поэт*', 'писател*', 'художник*', 'музыкант*', 'комик*', 'юморист*', 'пикетчик*',
    // kk
    'белсенді*', 'құқық қорғаушы*', 'тұрғын*', 'азамат*', 'желі қолданушы*', 'қолданушы*', 'ақын*', 'жазушы*',
    // en
    'activist*', 'human rights defender*', 'public defender*', 'rights activist*', 'civil activist*', 'user*',
    'resident*', 'inhabitant*', 'citizen*', 'lawyer*', 'attorney*', 'poet*', 'writer*', 'opposition*', 'politician*',
  ],
  expression: [
    // ru
    'пост', 'поста', 'посте', 'постом', 'посты', 'постов', 'постах', 'постам', 'публикац*', 'опубликова*', 'репост*', 'комментари*', 'высказыван*', 'соцсет*', 'социальн* сет*',
    'facebook*', 'фейсбук*', 'instagram*', 'инстаграм*', 'tiktok*', 'тикток*', 'youtube*', 'ютуб*', 'whatsapp*',
    'telegram*', 'телеграм*', 'видеоролик*', 'ролик*', 'видеообращени*', 'видео', 'материал*', 'интервью', 'песн*', 'трек*',
    'стих*', 'критик*', 'критикова*', 'репортаж*', 'журналистск* расследован*', 'статей', 'статью', 'заметк*',
    // kk
    'жазба*', 'пікір*', 'әлеуметтік желі*', 'парақша*', 'бейнежазба*', 'видео*', 'мақала*', 'сұхбат*', 'сын', 'сынға', 'сынаған*', 'сынап', 'пост', 'посты', 'постқа',
    // en
    'post', 'posts', 'posted', 'posting', 'repost*', 'publication*', 'published', 'social network*', 'social media',
    'facebook*', 'instagram*', 'youtube*', 'tiktok*', 'telegram*', 'video*', 'comment*', 'interview*', 'article', 'articles',
    'criticism', 'criticis*', 'criticiz*', 'song*', 'poem*', 'report*', 'story', 'stories', 'statement*',
  ],
};

// Outlets proper, without the generic site/portal/channel/account that state bodies and banks also have.
lexicon.outlet = [
  'сми', 'масс-медиа', 'издани*', 'интернет-издани*', 'редакци*', 'газет*', 'еженедельник*', 'телеканал*', 'информагентств*', 'информационн* агентств*',
  'новостн* агентств*', 'медиаресурс*', 'радиостанци*', 'телерадиокомпани*', 'бақ', 'бұқаралық ақпарат құрал*', 'басылым*', 'телеарна*', 'редакция*',
  'ақпарат агенттіг*', 'ақпараттық агенттіг*', 'media', 'mass media', 'media outlet*', 'outlet*', 'newspaper*', 'magazine*', 'news agency', 'news agencies',
  'press agency', 'tv channel*', 'newsroom*', 'editorial office*', 'editorial staff', 'editorial board', 'broadcaster*', 'news website*', 'news site*',
];
// A journalist at work: filming, covering, on air. Detaining or hitting someone then obstructs their work.
lexicon.atWork = [
  'во время съемк*', 'съемк*', 'снимал*', 'снимала', 'снимать', 'отснят*', 'освещал*', 'освещени*', 'при выполнении', 'редакционн* задани*', 'прям* эфир*',
  'прямой трансляци*', 'видеосъемк*', 'covering', 'cover the', 'filming', 'making video', 'making a video', 'recording', 'live stream*', 'live broadcast',
  'түсіріп', 'түсірілім*', 'түсіру*', 'тікелей эфир*', 'журналистік міндет*', 'журналистік тапсырма*',
];
lexicon.who = ['@journalist', '@media', '@activist'];
lexicon.press = ['@journalist', '@outlet'];

// Word classes that rules combine: who speaks, what they said, what was done to them and under which
// legal framing, and who did it. A synonym added here improves every rule that uses its class. Kazakh
// entries are stems that take any suffix chain (`ұстал*`: ұсталды, ұсталған, ұсталғаннан); stems too
// short to be safe are spelt out instead (`ұста*` would also be «ұстаз», a teacher).

/** People who speak in public and are monitored when they are punished for it. */
lexicon.speaker = [
  '@journalist',
  // ru
  'активист*', 'активистк*', 'правозащитник*', 'блогер*', 'блоггер*', 'пользовател*', 'подписчик*', 'автор*', 'поэт*', 'поэтесс*', 'акын*', 'писател*',
  'публицист*', 'общественн* деятел*', 'оппозиционер*', 'администратор*', 'модератор*', 'инстаграм-блогер*', 'тикток*', 'ютубер*', 'стример*', 'адвокат*',
  // kk
  'белсенді*', 'блогер*', 'қолданушы*', 'пайдаланушы*', 'ақын*', 'айтыскер*', 'жазушы*', 'қаламгер*', 'құқық қорғаушы*', 'қоғам қайраткер*', 'оппозиционер*',
  // en
  'activist*', 'blogger*', 'user*', 'netizen*', 'poet*', 'writer*', 'author*', 'human rights defender*', 'public figure*', 'opposition*', 'administrator*', 'influencer*',
];

/** What a speaker said, posted or published. */
lexicon.speech = [
  '@expression',
  // ru
  'видеоблог*', 'стрим*', 'эфир*', 'прямой эфир', 'сторис', 'чат*', 'мессенджер*', 'высказал*', 'написал*', 'опубликовал*', 'разместил*', 'распространил*',
  'выложил*', 'заявлени*', 'выступлени*', 'книг*', 'стихотворени*', 'карикатур*', 'листовк*', 'плакат*', 'лозунг*', 'лайк*',
  // kk
  'жарияланым*', 'жариялаған*', 'жариялады', 'жазған*', 'жазды', 'жазып', 'бейнеролик*', 'видеоролик*', 'видеожазба*', 'парақша*', 'желіде', 'желідегі',
  'әлеуметтік желі*', 'фейсбук*', 'инстаграм*', 'телеграм*', 'тікелей эфир*', 'мәлімдеме*', 'өлең*', 'кітап*', 'пост*', 'репост*', 'тарат*',
  // en
  'wrote', 'written', 'publish*', 'shared', 'livestream*', 'stream*', 'broadcast*', 'speech*', 'remarks', 'book*', 'cartoon*', 'meme', 'memes', 'leaflet*', 'slogan*',
];

/** Framing of Criminal Code art. 274 and Administrative Code art. 456-2: false information. */
lexicon.falseInformation = [
  // ru
  'заведомо ложн*', 'ложн* информаци*', 'ложн* сведени*', 'ложн* сообщени*', 'недостоверн* информаци*', 'недостоверн* сведени*', 'недостоверн* данн*',
  'фейк*', 'фейков*', 'дезинформаци*', 'распространени* ложн*', 'распространени* слух*', 'панических слух*', 'слухов',
  // kk
  'жалған ақпарат*', 'жалған мәлімет*', 'жалған хабар*', 'жалған дерек*', 'жалған жаңалық*', 'теріс ақпарат*', 'көрінеу жалған*', 'шындыққа жанаспайтын*',
  'анық емес ақпарат*', 'расталмаған ақпарат*', 'фейк*', 'дезинформаци*', 'алып-қашпа*', 'өсек*',
  // en
  'false information', 'knowingly false', 'false news', 'false report*', 'fake news', 'fake*', 'disinformation', 'misinformation', 'rumor*', 'rumour*', 'misleading information',
  'untrue information', 'unreliable information', 'inaccurate information',
];

/** Framing of Criminal Code art. 174 and related: inciting discord, provocation, extremism, separatism. */
lexicon.discord = [
  // ru
  'разжигани*', 'розни', 'рознь', 'межнациональн*', 'межэтническ*', 'религиозн* вражд*', 'экстремизм*', 'экстремистск*', 'сепаратизм*', 'сепаратистск*',
  'призыв* к', 'провокаци*', 'провокатор*', 'пропаганд*',
  // kk
  'араздық*', 'алауыздық*', 'арандату*', 'арандатушы*', 'арандатып', 'арандатқан*', 'экстремизм*', 'экстремистік*', 'сепаратизм*', 'ұлтаралық*', 'діни араздық*',
  'насихат*', 'үндеу*', 'үндеген*',
  // en
  'incit*', 'enmity', 'discord', 'hatred', 'extremis*', 'separatis*', 'propaganda', 'provocat*', 'calls for', 'calling for',
];

/** Framing of insult and defamation (Criminal Code 130/131 before 2020, Administrative Code 73-3). */
lexicon.defamation = [
  'клевет*', 'оскорблени*', 'оскорбил*', 'оскорбля*', 'диффамаци*', 'порочащ*', 'посягательств* на честь',
  'жала жап*', 'жала жабу*', 'қорлау*', 'қорлады', 'қорлаған*', 'қорлық*', 'ар-намыс*', 'абыройына нұқсан*',
  'slander*', 'libel*', 'defam*', 'insult*',
];

/** Acts of criminal procedure: case opened, charged, suspected, tried, sentenced, acquitted. */
lexicon.prosecute = [
  // ru
  'уголовн* дел*', 'уголовн* преследовани*', 'уголовн* ответственност*', 'возбудил* уголовн*', 'возбуждено уголовн*', 'возбуждени* уголовн*', 'обвиня*', 'обвинен*',
  'обвиняем*', 'предъявил* обвинени*', 'подозрева*', 'подозреваем*', 'досудебн* расследовани*', 'приговор*', 'приговорил*', 'осужд*', 'осужден*',
  'лишени* свобод*', 'ограничени* свобод*', 'пробаци*', 'оправда*', 'оправдательн*', 'фигурант*', 'в розыск', 'подсудим*', 'гособвинител*', 'государственн* обвинител*',
  // kk
  'қылмыстық іс*', 'қылмыстық қудалау*', 'қылмыстық жауапкершілік*', 'іс қозға*', 'іс қозғалды', 'айып тағ*', 'айып тақ*', 'айыпта*', 'айыпталушы*', 'айыпкер*', 'күдікті*',
  'сотталды', 'сотталған*', 'соттал*', 'үкім*', 'бас бостандығынан айыр*', 'бас бостандығын шектеу*', 'пробаци*', 'ақтал*', 'ақтау үкім*',
  'сотқа дейінгі тергеу*', 'тергеп-тексеру*', 'іздеуге жариял*', 'іздеу жариял*', 'жаза тағайында*', 'жазасын өтеу*', 'сот үкім*',
  // en
  'criminal case*', 'criminal charge*', 'criminal proceeding*', 'criminal prosecution*', 'criminal liability', 'charged with', 'charged under', 'accused of', 'indicted',
  'suspected of', 'suspect*', 'convicted', 'sentenced', 'sentence*', 'verdict', 'acquitt*', 'prosecut*', 'pre-trial investigation*',
  'pretrial investigation*', 'probation', 'restriction of freedom', 'restricted freedom', 'deprivation of liberty', 'years in prison', 'wanted list',
];

/** Detention and custody. */
lexicon.detain = [
  'задерж*', 'арестова*', 'арестован*', 'под стражу', 'под стражей', 'водворен*', 'доставлен* в', 'доставил* в', 'этапирова*', 'сизо', 'изолятор*', 'домашн* арест*',
  'ұстал*', 'ұстады', 'ұстаған*', 'ұстап*', 'ұстау*', 'қамау*', 'қамал*', 'қамады', 'қамауға', 'тұтқында*', 'абақты*', 'изолятор*', 'үй қамақ*', 'үй қамау*',
  'detain*', 'detention', 'arrest*', 'custody', 'jailed', 'apprehended', 'remanded', 'taken into', 'house arrest',
];

/** Summons and questioning by the police, prosecutors or the security service. */
lexicon.summon = [
  'вызва* на допрос', 'вызвал* на допрос', 'вызвали в', 'вызвал* в', 'вызван* в', 'вызов* в', 'допрос*', 'допрашива*', 'на беседу', 'профилактическ* бесед*',
  'повестк*', 'явиться в', 'явиться на',
  'жауапқа шақыр*', 'жауап алу*', 'жауап алды', 'жауап алған*', 'полицияға шақыр*', 'прокуратураға шақыр*', 'сотқа шақыр*', 'тергеушіге шақыр*', 'тергеуге шақыр*', 'шақыру қағаз*',
  'куә ретінде', 'сұрақ-жауап*', 'әңгімелесу*',
  'summon*', 'interrogat*', 'questioned', 'questioning', 'for a conversation', 'called in', 'called to the', 'as a witness',
];

/** Administrative penalties: fines, protocols, administrative liability. */
lexicon.fine = [
  'штраф*', 'оштрафова*', 'мрп', 'административн* ответственност*', 'административн* протокол*', 'протокол* об административн*', 'административн* правонарушени*',
  'административн* наказани*', 'административн* взыскани*', 'административн* дел*', 'административн* суд*', 'административн* арест*',
  'айыппұл*', 'әкімшілік жауапкершілік*', 'әкімшілік хаттама*', 'әкімшілік құқық бұзушылық*', 'әкімшілік жаза*', 'әкімшілік іс*', 'әкімшілік сот*', 'әкімшілік қамау*',
  'аек', 'айлық есептік көрсеткіш*', 'жауапқа тартыл*', 'суток', 'сутки', 'тәулікке', 'тәулік* қамау*',
  'fined', 'fine of', 'a fine', 'fines', 'mci', 'monthly calculation index*', 'administrative liability', 'administrative responsibility', 'administrative offen*',
  'administrative penalt*', 'administrative protocol*', 'administrative arrest', 'administrative court', 'days of arrest', 'days in jail',
];

/** Civil litigation: claims, plaintiffs, defendants, awards and the instances that hear them. */
lexicon.sue = [
  // ru
  'иск', 'иска', 'иску', 'иском', 'иске', 'иски', 'исков', 'искам', 'исками', 'исках', 'исков* заявлени*', 'судебн* иск*', 'подал* в суд', 'обратил* в суд', 'судится',
  'судиться', 'судебн* тяжб*', 'ответчик*', 'истец', 'истца', 'истцу', 'истцом', 'истцов', 'взыскать', 'взыскани*', 'взыскал*', 'в пользу истц*', 'удовлетворил* иск*',
  'удовлетворени* иск*', 'удовлетворил* требовани*', 'частично удовлетвор*', 'опроверж*', 'опроверг*', 'моральн* вред*', 'морального ущерба', 'компенсаци* морального',
  'гражданск* дел*', 'гражданск* иск*', 'коллеги* по гражданским', 'надзорн* инстанци*', 'досудебн* претензи*',
  'претензи*',
  // kk
  'талап арыз*', 'талап-арыз*', 'сотқа берді', 'сотқа берген*', 'сотқа жүгін*', 'сотқа шағым*', 'жауапкер*', 'талапкер*', 'өндіріп*', 'өндіру*', 'өтемақы*',
  'моральдық зиян*', 'моральдық шығын*', 'қанағаттандыр*', 'ішінара қанағаттандыр*', 'азаматтық іс*', 'азаматтық сот*', 'теріске шығар*',
  // en
  'lawsuit*', 'suit', 'suits', 'sued', 'sue', 'sues', 'suing', 'claim*', 'plaintiff*', 'claimant*', 'defendant*', 'damages', 'moral damage*', 'moral harm', 'compensation for',
  'recover*', 'upheld', 'satisfied the', 'partially satisfied', 'awarded', 'ordered to pay', 'civil case*', 'civil court', 'refutation', 'retraction'
];

/** Threats, intimidation, harassment and their everyday forms. */
lexicon.threaten = [
  // ru
  'угроз*', 'угрожа*', 'пригрозил*', 'запугива*', 'запугать', 'запугал*', 'травл*', 'буллинг*', 'затравил*', 'давлени*', 'давят',
  'шантаж*', 'слежк*', 'следят', 'следил*', 'доксинг*', 'венок', 'венки', 'похоронн*', 'монтажн* пен*', 'пеной', 'запенил*', 'жестко реагир*', 'жестко пресек*',
  'жестко отреагир*', 'жестк* реагировани*', 'расправ*', 'убью', 'убьют', 'убить', 'оскорбля*', 'предостережени*', 'вынес* предупреждени*', 'официальн* предупреждени*',
  // kk
  'қоқан-лоқы*', 'қорқыт*', 'үркіт*', 'қысым*', 'қудала*', 'қуғын*', 'бопса*', 'аңду*', 'аңдып', 'өлтіремін', 'өлтіреміз', 'өлтіру* қорқыт*', 'ескерту жаса*', 'ескерту берді', 'буллинг*',
  'қатаң шара*', 'қатаң жауап*',
  // en
  'threat*', 'intimidat*', 'harass*', 'bully*', 'bullied', 'pressure*', 'blackmail*', 'stalk*', 'surveil*', 'doxx*', 'wreath*', 'react harshly',
  'respond harshly', 'reprisal*', 'smear*',
];

/** Physical violence, arson and damage. */
lexicon.violence = [
  // ru
  'избил*', 'избит*', 'избиени*', 'избива*', 'напал*', 'нападени*', 'поджог*', 'подожгл*', 'подожж*', 'сожгл*', 'сгорел*', 'удар*', 'ударил*', 'побои', 'побоев',
  'ранен*', 'ножев*', 'облил*', 'кислот*', 'стрелял*', 'покушени*', 'толкнул*', 'душил*', 'насили*', 'травм*', 'пострадал*', 'разбил*', 'повредил*', 'искалечил*',
  // kk
  'шабуыл*', 'соққы*', 'ұрып*', 'ұрған*', 'ұрды', 'тепкіле*', 'күш көрсет*', 'күш қолдан*', 'өртеп*', 'өртеді', 'өртелді', 'өртеген*', 'өрт қой*', 'жарақат*',
  'зақым*', 'қастандық*', 'сындырды', 'сындырып', 'қол жұмса*', 'қол көтер*',
  // en
  'attack*', 'assault*', 'beat', 'beaten', 'beating', 'punch*', 'kicked', 'stabbed', 'arson*', 'set on fire', 'set fire', 'burned', 'burnt', 'torched', 'injur*',
  'wounded', 'shot at', 'violence', 'violent*', 'smashed', 'vandalis*', 'vandaliz*',
];

/** Left without an answer: requests ignored, questions avoided, information withheld. */
lexicon.unanswered = [
  // ru
  'не ответил*', 'не отвечает', 'не отвечают', 'не отвечал*', 'оставил* без ответа', 'остал* без ответа', 'без ответа', 'проигнорир*', 'игнориру*', 'уклони*',
  'уклоня*', 'ушел от ответ*', 'ушла от ответ*', 'ушел от вопрос*', 'ушла от вопрос*', 'отказал* отвечать', 'отказыва* отвечать', 'отказал* от комментари*',
  'отказал* комментировать', 'не стал* отвечать', 'не стал* комментировать', 'избега*', 'не вышел к', 'не вышли к', 'не предоставил*', 'не предоставля*',
  'отказал* в предоставлени*', 'отказ* в предоставлени*', 'отказал* предоставить', 'отказыва* предоставлять', 'не дал* ответ*', 'не получил* ответ*',
  'служебн* информаци*', 'для служебного пользования', 'засекрет*', 'грифом', 'продлить срок*', 'увеличить срок*', 'продлени* срок*', 'увеличени* срок*',
  'нарушени* срок*', 'закрыт* для прессы', 'без прессы', 'без журналистов', 'не комментиру*', 'отмалчива*', 'ответ* не последовал*', 'отписк*',
  'не проводит пресс-конференци*', 'перестал* проводить', 'закрытост*', 'непрозрачн*', 'не раскрыва*', 'отказал* раскрыть', 'скрыва*',
  // kk
  'жауап бермеді', 'жауап бермей*', 'жауап берме*', 'жауапсыз қал*', 'жауапсыз', 'үндемеді', 'үнсіз қал*', 'жалтар*', 'қашқақта*', 'бас тартты', 'бас тартқан*',
  'ақпарат бермеді', 'ақпарат беруден бас тарт*', 'беруден бас тарт*', 'қызметтік ақпарат*', 'қызмет бабында пайдалану*', 'құпия*', 'мерзімін ұзарт*',
  'мерзімді ұзарт*', 'мерзімін бұз*', 'жабық*', 'жауап келмеді', 'жауап ала алмады', 'сұхбат бермеді', 'пікір білдіруден бас тарт*', 'жария етпеді', 'жасырды',
  // en
  'did not answer', 'did not respond', 'did not reply', 'declined to answer', 'declined to comment', 'refused to answer', 'refused to comment', 'walked away',
  'avoided', 'avoiding', 'avoids', 'without answering', 'ignored', 'unanswered', 'no response', 'no answer', 'official use only', 'for official use',
  'service information', 'classified', 'extend the deadline', 'extending the deadline', 'longer deadline', 'refused to provide', 'withheld',
  'closed to the press', 'closed to journalists', 'without journalists', 'without the press', 'no comment', 'failed to get', 'could not get',
  'stonewall*', 'secrecy', 'closed-door', 'behind closed doors', 'refused to disclose', 'did not disclose', 'denied the request', 'no press conference*',
];

/** What the press asks for: requests, questions, comments, information, briefings. */
lexicon.inquiry = [
  'запрос*', 'вопрос*', 'информаци*', 'комментари*', 'интервью', 'брифинг*', 'пресс-конференци*', 'пресс-подход*', 'ответ* на запрос*', 'сведени*',
  'сауал*', 'сұрау*', 'сұрақ*', 'сұрағ*', 'ақпарат*', 'брифинг*', 'баспасөз мәслихат*', 'баспасөз жиын*', 'пікір*', 'түсініктеме*', 'сұхбат*',
  'request*', 'question*', 'information', 'inquir*', 'enquir*', 'comment*', 'briefing*', 'press conference*', 'interview*',
];

/** State bodies and officials: who acts against the press, or avoids it. */
lexicon.state = [
  // ru
  'аким*', 'акимат*', 'министр*', 'министерств*', 'вице-министр*', 'вице-премьер*', 'премьер*', 'депутат*', 'чиновник*', 'госорган*', 'государственн* орган*',
  'пресс-секретар*', 'пресс-служб*', 'полици*', 'полицейск*', 'прокуратур*', 'прокурор*', 'судья*', 'кнб', 'мвд', 'ведомств*', 'маслихат*', 'правительств*',
  'администраци* президента', 'спикер*', 'руководител*', 'начальник*', 'глава', 'главы',
  // kk
  'әкім*', 'министр*', 'министрлі*', 'вице-министр*', 'вице-премьер*', 'депутат*', 'шенеунік*', 'баспасөз хатшы*', 'баспасөз қызмет*', 'полиция*', 'полицей*',
  'прокуратура*', 'прокурор*', 'ұқк', 'ішкі істер', 'мемлекеттік орган*', 'мәслихат*', 'басшы*', 'спикер*',
  // en
  'akim*', 'akimat*', 'mayor*', 'minister*', 'ministry', 'deputy prime minister', 'official*', 'press secretary', 'press service', 'spokes*', 'police', 'prosecutor*',
  'authorities', 'government', 'state bod*', 'state agenc*', 'knb', 'national security committee', 'head of',
];

/** Hacking, hijacked accounts and DDoS. */
lexicon.hack = [
  'взлом*', 'взломал*', 'взломан*', 'хакер*', 'хакнул*', 'ddos*', 'ддос*', 'кибератак*', 'кибер-атак*', 'бот-атак*', 'атак* ботов', 'угнал* аккаунт*',
  'захватил* аккаунт*', 'получил* доступ к аккаунт*', 'несанкционированн* доступ*', 'неправомерн* доступ*',
  'бұзып*', 'бұзылды', 'бұзған*', 'хакер*', 'хакерлік*', 'кибершабуыл*', 'ddos-шабуыл*', 'рұқсатсыз кір*', 'заңсыз кір*', 'аккаунтын бұз*', 'парақшасын бұз*',
  'hack*', 'hijack*', 'ddos*', 'cyberattack*', 'cyber-attack*', 'cyber attack*', 'bot attack*', 'unauthorized access', 'unauthorised access', 'taken over',
  'took over', 'compromised', 'breach*',
];

/** Where an outlet or a speaker publishes online: the targets of hacking and blocking. */
lexicon.onlineResource = [
  'сайт*', 'аккаунт*', 'страниц*', 'канал*', 'telegram*', 'телеграм*', 'instagram*', 'инстаграм*', 'facebook*', 'фейсбук*', 'youtube*', 'ютуб*', 'почт*',
  'сайт*', 'аккаунт*', 'парақша*', 'арна*', 'пошта*',
  'site*', 'website*', 'account*', 'page*', 'channel*', 'mailbox*', 'e-mail', 'email',
];

/** Closure of an outlet and the forced exit of its editor. */
lexicon.closeDown = [
  'закры*', 'закрыт*', 'приостанов*', 'прекрати* выпуск*', 'прекратил* выход', 'прекратил* вещани*', 'прекращени* выпуск*', 'прекращени* деятельност*',
  'перестал* выходить', 'перестанет выходить', 'перестал* существовать', 'лишил* лицензи*', 'отозва* лицензи*', 'отзыв* лицензи*', 'аннулирова* свидетельств*',
  'аннулир*', 'снят* с учет*', 'сняли с учет*', 'снят* с регистрац*', 'ликвидир*', 'ликвидаци*', 'запретил* выпуск*', 'вынужден* закрыться',
  'вынужден* уйти', 'уволил* главн*', 'уволен* главн*', 'отстранил* главн*', 'ушел с поста главного редактора', 'покинул* пост главного редактора',
  'жабылды', 'жабылып', 'жабылатын*', 'жабылған*', 'жабуға', 'жапты', 'жабу*', 'шығуын тоқтат*', 'шығуы тоқтат*', 'шықпай қал*', 'қызметін тоқтат*', 'қызметі тоқтатыл*',
  'жұмысын тоқтат*', 'тіркеуден шығар*', 'есептен шығар*', 'лицензия* айыр*', 'лицензия* қайтарып ал*', 'таратылды', 'таратыл*', 'тоқтатыла тұр*',
  'closed down', 'close down', 'shut down', 'shuts down', 'closure*', 'ceased publication', 'ceased', 'stopped publishing', 'stopped broadcasting', 'off the air',
  'off air', 'suspend*', 'license revoked', 'licence revoked', 'lost its licen*', 'revoked', 'liquidat*', 'deregist*', 'registration revoked', 'forced to close',
  'forced to resign', 'forced out',
];

/** Interference with a journalist's work: kept out, removed, stopped filming, equipment taken, searched. */
lexicon.obstruct = [
  // ru
  'не пустил*', 'не пускают', 'не пускали', 'не допустил*', 'не допускают', 'недопуск*', 'не впустил*', 'не дали', 'не дал* снимать', 'не позволил*',
  'выгнал*', 'вытолкал*', 'выпроводил*', 'вывел* из зала', 'удалил* из зала', 'выдворил*', 'отказал* в аккредитаци*', 'лишил* аккредитаци*', 'аннулирова* аккредитаци*',
  'запретил* снимать', 'запретил* съемк*', 'запретил* фотографировать', 'запретил* вести съемк*', 'потребовал* прекратить съемк*', 'потребовал* выключить',
  'закрыл* объектив', 'закрывал* камер*', 'закрыл* камер*', 'изъял*', 'изъяти*', 'отобрал*', 'отняли', 'вырвал*', 'обыск*', 'обыскал*', 'воспрепятств*', 'препятств*',
  'помешал*', 'мешал*', 'цензур*', 'снял* с эфира', 'снят* с эфира', 'сняли с эфира', 'отключил* микрофон', 'не дали задать', 'заставил* удалить',
  // kk
  'кедергі*', 'бөгет*', 'жібермеді', 'жібермей*', 'кіргізбеді', 'кіргізбей*', 'кіре алмады', 'қуып шық*', 'қуып жібер*', 'шығарып жіберді', 'түсіруге тыйым*',
  'түсіруге рұқсат бермеді', 'түсіруге мүмкіндік бермеді', 'камерасын жап*', 'телефонын тартып*', 'тартып алды', 'тінту*', 'тінтті', 'тінтіп', 'тәркіле*',
  'аккредитация* бермеді', 'аккредитациядан айыр*', 'цензура*', 'эфирден алып*', 'сұрақ қоюға мүмкіндік бермеді', 'өшіртті', 'өшіруге мәжбүрле*',
  // en
  'not allowed', 'not permitted', 'denied access', 'denied entry', 'refused entry', 'barred', 'banned from', 'kicked out', 'forced out', 'escorted out', 'expelled',
  'removed from', 'prevented from', 'stopped from', 'covered the camera', 'blocked the camera', 'seized', 'confiscat*', 'searched', 'raided', 'hinder*', 'obstruct*',
  'interfer*', 'censor*', 'took away', 'taken away', 'forced to delete', 'made to delete', 'refused accreditation', 'denied accreditation', 'stripped of accreditation',
];

/** Assemblies and pickets whose coverage or attendance is punished. */
lexicon.assembly = [
  'митинг*', 'пикет*', 'мирн* собрани*', 'несанкционированн* акци*', 'шеств*', 'акци* протеста',
  'митинг*', 'пикет*', 'бейбіт жиналыс*', 'бейбіт жиын*', 'рұқсатсыз*', 'наразылық акция*', 'шеру*',
  'rally', 'rallies', 'picket*', 'peaceful assembl*', 'unauthorized', 'unauthorised', 'protest*', 'march*',
];
