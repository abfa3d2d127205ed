// Categories that give way to others when their own words are missing: insult, false information and
// extremism are framings shared by criminal, administrative and civil cases, by blocking orders and by
// laws; only the words of the criminal procedure make an item a criminal case.
import type { YieldRule } from './rule-types';

export const yieldRules: YieldRule[] = [
  {
    id: 'yield.criminal-needs-criminal-procedure', category: 'criminal', to: ['administrative', 'civil', 'media_closure', 'blocking', 'legislation'],
    unlessArticleCode: 'criminal',
    unless: [
      // ru
      'уголовн*', 'приговор*', 'лишения свободы', 'лишение свободы', 'лишением свободы', 'ограничения свободы', 'ограничение свободы', 'ограничением свободы',
      'колони*', 'досудебное расследование', 'досудебного расследования', 'досудебном расследовании', 'подозреваем*', 'обвиняем*', 'сизо', 'под стражу',
      'под стражей', 'домашний арест', 'домашнего ареста', 'домашним арестом', 'под домашн*', 'изолятор*', 'ук рк', 'лет тюрьмы', 'года тюрьмы',
      'условный срок', 'условного срока', 'условно', 'пробаци*', 'осужден*',
      // kk
      'қылмыстық*', 'бас бостандығынан*', 'бас бостандығын*', 'үкім*', 'сотқа дейінгі*', 'үй қамақ*', 'үй қамағ*', 'сотталды', 'сотталған*',
      // en
      'criminal*', 'imprisonment', 'prison', 'deprivation of liberty', 'restriction of freedom', 'restricted freedom', 'pre-trial investigation*',
      'pretrial investigation*', 'verdict', 'house arrest', 'pre-trial detention', 'probation', 'indicted', 'penal colony', 'convicted',
    ],
  },
  {
    id: 'yield.civil-in-a-criminal-case', category: 'civil', to: ['criminal'],
    unless: [
      'иск', 'иска', 'иску', 'иском', 'иске', 'иски', 'исков', 'исков*', 'истец', 'истца', 'истцу', 'ответчик*', 'гражданский иск', 'гражданского иска', 'гражданское дело',
      'гражданскому делу', 'в гражданском порядке', 'по гражданским делам',
      'талап арыз*', 'талап-арыз*', 'талапкер*', 'жауапкер', 'жауапкерге', 'жауапкердің', 'азаматтық іс*', 'азаматтық сот*', 'азаматтық талап*',
      'lawsuit*', 'suit', 'suits', 'sued', 'plaintiff*', 'civil suit*', 'civil case*', 'civil claim*', 'civil court',
    ],
  },
  {
    id: 'yield.threat-in-a-claim', category: 'threat', to: ['civil'],
    unless: [
      'угроз*', 'угрожа*', 'пригрозил*', 'запугива*', 'запугал*', 'давлени*', 'давят', 'травл*', 'шантаж*', 'расправ*',
      'қоқан-лоқы*', 'қорқыт*', 'қысым*', 'бопса*', 'қудала*',
      'threat*', 'intimidat*', 'harass*', 'pressure*', 'blackmail*', 'bully*',
    ],
  },
  {
    id: 'yield.outage-of-an-attack', category: 'blocking', to: ['cyberattack'],
    unless: ['блокир*', 'заблокир*', 'разблокир*', 'замедл*', 'отключ*', 'шатдаун*', 'vpn', 'бұғат*', 'тосқауыл*', 'баяула*', 'өшір*',
      'ограничен*', 'шектеу*', 'шектел*', 'block*', 'unblock*', 'throttl*', 'restrict*', 'shutdown*', 'switched off', 'cut off'],
  },
  {
    id: 'yield.civil-needs-a-lawsuit', category: 'civil', to: ['criminal', 'administrative', 'detention', 'threat', 'obstruction', 'media_closure', 'blocking'],
    unless: [
      'иск', 'иска', 'иску', 'иском', 'иске', 'иски', 'исков', 'исков*', 'истец', 'истца', 'истцу', 'ответчик*', 'гражданск*', 'моральн*', 'чести', 'честь',
      'достоинств*', 'деловой репутаци*', 'деловую репутаци*', 'взыскать', 'взыскал*', 'взыскании',
      'талап арыз*', 'талап-арыз*', 'талапкер*', 'жауапкер', 'жауапкерге', 'жауапкердің', 'моральдық*', 'ар-намыс*', 'абырой*', 'азаматтық*', 'өтемақы*', 'өндіріп*',
      'lawsuit*', 'suit', 'suits', 'sued', 'plaintiff*', 'defendant*', 'honour', 'honor', 'dignity', 'business reputation', 'moral damage*', 'moral harm', 'civil*',
      'refutation', 'retraction', 'recovery of', 'to recover', 'претензи*', 'опровержени*', 'опровергнуть', 'талап-хат*', 'талап хат*', 'теріске шығар*',
      'pre-trial claim*', 'pretrial claim*', 'claim letter*', 'letter of claim',
    ],
  },
  {
    id: 'yield.administrative-needs-a-penalty', category: 'administrative', to: ['legislation'], unlessArticleCode: 'administrative',
    unless: [
      'оштрафовал*', 'оштрафован*', 'оштрафуют', 'составили протокол*', 'составлен протокол*', 'привлечен к административн*', 'привлечена к административн*', 'привлекли', 'арестовал*', 'суток',
      'айыппұл салды', 'айыппұл салын*', 'айыппұл төле*', 'хаттама толтыр*', 'жауапқа тартылды', 'тәулікке',
      'fined', 'was fined', 'were fined', 'protocol was drawn up', 'held administratively liable', 'days of arrest', 'found guilty', 'признан виновн*',
      'признана виновн*', 'признали виновн*', 'признал виновн*', 'признала виновн*', 'кінәлі деп тап*', 'кінәлі деп таны*',
    ],
  },
  {
    id: 'yield.access-needs-a-request', category: 'access_to_information', to: ['detention', 'criminal', 'attack', 'administrative', 'threat', 'cyberattack', 'civil'],
    unless: [
      'запрос', 'запроса', 'запросу', 'запросом', 'запросе', 'запросы', 'запросов', 'информационный запрос', 'информационного запроса', 'общественно значим*', 'доступ к информации', 'доступа к информации',
      'служебная информация', 'служебной информации', 'служебную информацию', 'засекрет*', 'засекреч*', 'брифинг*', 'пресс-конференци*',
      'сауал*', 'сұрау салу*', 'ресми хат*', 'ақпаратқа қол жеткізу*', 'қоғамдық маңызы бар', 'құпия*', 'баспасөз мәслихат*',
      'request*', 'inquiry', 'inquiries', 'access to information', 'socially significant', 'classified', 'briefing*', 'press conference*',
    ],
  },
  {
    id: 'yield.closure-after-an-attack', category: 'media_closure', to: ['attack'],
    unless: [
      'суд*', 'решени*', 'министерств*', 'лицензи*', 'регистрац*', 'свидетельств*', 'ликвид*', 'закрыт*', 'закрыл*', 'собственник*', 'владел*',
      'сот*', 'шешім*', 'министрлі*', 'лицензия*', 'тіркеу*', 'куәлі*', 'жабыл*', 'жапты', 'таратыл*', 'иесі*',
      'court*', 'decision', 'ministry', 'licen*', 'registration', 'liquidat*', 'closed', 'closure', 'shut down', 'owner*',
    ],
  },
];
