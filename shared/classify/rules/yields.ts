// Categories that give way to others when their own words are missing: insult, false information and
// extremism are framings shared by criminal, administrative and civil cases, by blocking orders and by
// laws; only the words of the criminal procedure make an item a criminal case.
import type { YieldRule } from './rule-types';

export const yieldRules: YieldRule[] = [
  {
    id: 'yield.criminal-needs-criminal-procedure', category: 'criminal', to: ['administrative', 'civil', 'media_closure', 'blocking', 'legislation'],
    unlessArticleCode: 'criminal',
    note: 'A fine, a lawsuit, a closure, a blocking order or a law over «false information» is not a criminal case',
    unless: [
      // ru
      'уголовн*', 'приговор*', 'лишения свободы', 'лишение свободы', 'лишением свободы', 'ограничения свободы', 'ограничение свободы', 'ограничением свободы',
      'колони*', 'досудебное расследование', 'досудебного расследования', 'досудебном расследовании', 'подозреваем*', 'обвиняем*', 'сизо', 'под стражу',
      'под стражей', 'домашний арест', 'домашнего ареста', 'домашним арестом', 'под домашн*', 'изолятор*', 'ук рк', 'лет тюрьмы', 'года тюрьмы',
      'условный срок', 'условного срока', 'условно', 'пробаци*', 'осужден*',
      // kk
      'қылмыстық*', 'бас бостандығынан*', 'бас бостандығын*', 'үкім*', 'сотқа дейінгі*', 'изолятор*', 'үй қамақ*', 'үй қамағ*', 'пробаци*', 'сотталды', 'сотталған*',
      // en
      'criminal*', 'imprisonment', 'prison', 'deprivation of liberty', 'restriction of freedom', 'restricted freedom', 'pre-trial investigation*',
      'pretrial investigation*', 'verdict', 'house arrest', 'pre-trial detention', 'probation', 'indicted', 'penal colony', 'convicted',
    ],
  },
  {
    id: 'yield.civil-in-a-criminal-case', category: 'civil', to: ['criminal'],
    note: 'Moral damages, honour and dignity claimed by the victim inside a criminal case are no civil suit without the words of one',
    unless: [
      'иск', 'иска', 'иску', 'иском', 'иске', 'иски', 'исков', 'исков*', 'истец', 'истца', 'истцу', 'ответчик*', 'гражданский иск', 'гражданского иска', 'гражданское дело',
      'гражданскому делу', 'в гражданском порядке', 'по гражданским делам',
      'талап арыз*', 'талап-арыз*', 'талапкер*', 'жауапкер', 'жауапкерге', 'жауапкердің', 'азаматтық іс*', 'азаматтық сот*', 'азаматтық талап*',
      'lawsuit*', 'suit', 'suits', 'sued', 'plaintiff*', 'civil suit*', 'civil case*', 'civil claim*', 'civil court',
    ],
  },
  {
    id: 'yield.threat-in-a-claim', category: 'threat', to: ['civil'],
    note: 'A pre-trial claim or a lawsuit demanding that an article be removed is a civil claim, not a threat, unless threats are named',
    unless: [
      'угроз*', 'угрожа*', 'пригрозил*', 'запугива*', 'запугал*', 'давлени*', 'давят', 'травл*', 'шантаж*', 'расправ*',
      'қоқан-лоқы*', 'қорқыт*', 'қысым*', 'бопса*', 'қудала*',
      'threat*', 'intimidat*', 'harass*', 'pressure*', 'blackmail*', 'bully*',
    ],
  },
  {
    id: 'yield.civil-needs-a-lawsuit', category: 'civil', to: ['criminal', 'administrative', 'detention', 'threat', 'obstruction', 'media_closure', 'blocking'],
    note: 'Demands, claims and compensation in a story about a prosecution, a threat or a closure are no civil suit without its words',
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
    note: 'Fines a law or a draft introduces are legislation; an administrative case needs a fine imposed, a protocol drawn up or a court ruling',
    unless: [
      'оштрафовал*', 'оштрафован*', 'оштрафуют', 'составили протокол*', 'составлен протокол*', 'привлечен к административн*', 'привлечена к административн*', 'привлекли', 'арестовал*', 'суток',
      'айыппұл салды', 'айыппұл салын*', 'айыппұл төле*', 'хаттама толтыр*', 'жауапқа тартылды', 'тәулікке',
      'fined', 'was fined', 'were fined', 'protocol was drawn up', 'held administratively liable', 'days of arrest', 'found guilty', 'признан виновн*',
      'признана виновн*', 'признали виновн*', 'признал виновн*', 'признала виновн*', 'кінәлі деп тап*', 'кінәлі деп таны*',
    ],
  },
  {
    id: 'yield.access-needs-a-request', category: 'access_to_information', to: ['detention', 'criminal', 'attack', 'administrative', 'threat', 'cyberattack', 'civil'],
    note: 'Police or officials "not commenting" on an arrest or a case is how news is told; it is a refusal of information when a request, a question or data were asked for',
    unless: [
      'запрос', 'запроса', 'запросу', 'запросом', 'запросе', 'запросы', 'запросов', 'информационный запрос', 'информационного запроса', 'общественно значим*', 'доступ к информации', 'доступа к информации',
      'служебная информация', 'служебной информации', 'служебную информацию', 'засекрет*', 'засекреч*', 'брифинг*', 'пресс-конференци*',
      'сауал*', 'сұрау салу*', 'ресми хат*', 'ақпаратқа қол жеткізу*', 'қоғамдық маңызы бар', 'құпия*', 'брифинг*', 'баспасөз мәслихат*',
      'request*', 'inquiry', 'inquiries', 'access to information', 'socially significant', 'classified', 'briefing*', 'press conference*',
    ],
  },
  {
    id: 'yield.closure-after-an-attack', category: 'media_closure', to: ['attack'],
    note: 'An outlet that pauses an issue or a programme after its office or its host was attacked reports the harm of the attack; a closure is a decision of a court, a ministry or an owner',
    unless: [
      'суд*', 'решени*', 'министерств*', 'лицензи*', 'регистрац*', 'свидетельств*', 'ликвид*', 'закрыт*', 'закрыл*', 'собственник*', 'владел*',
      'сот*', 'шешім*', 'министрлі*', 'лицензия*', 'тіркеу*', 'куәлі*', 'жабыл*', 'жапты', 'таратыл*', 'иесі*',
      'court*', 'decision', 'ministry', 'licen*', 'registration', 'liquidat*', 'closed', 'closure', 'shut down', 'owner*',
    ],
  },
];
