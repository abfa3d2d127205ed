// administrative: administrative charges or fines for publications or media-law violations (art. 456-2
// "false information", art. 73-3 defamation), administrative arrest after covering a rally, NGO fines.
import type { Rule } from './rule-types';

export const administrativeRules: Rule[] = [
  {
    id: 'administrative.ru.who-near-fined', kind: 'near', lang: 'ru', category: 'administrative', within: 12, weight: 3,
    a: ['@journalist', '@media', 'активист*', 'активистк*', 'правозащитник*', '@expression', 'соцсет*', 'пользовател*', 'общественн* фонд*', 'нко'],
    b: ['штраф*', 'оштрафова*', 'административн* арест*', 'административн* дел*', 'административн* правонарушени*', 'административн* ответственност*',
      'административн* взыскани*', 'административн* суд*', 'суток', 'сутки', 'мрп', 'протокол* об', 'составил* протокол*', 'составлен* протокол*', 'нарушени* порядка', 'мирн* собрани*'],
  },
  {
    id: 'administrative.ru.false-information', kind: 'any', lang: 'ru', category: 'administrative', weight: 3,
    terms: ['размещени* распространени* ложн* информаци*', 'размещени* и распространени* ложн*', 'ложн* информаци* оштраф*'],
  },
  {
    id: 'administrative.ru.phrases', kind: 'any', lang: 'ru', category: 'administrative', weight: 2,
    terms: ['размещени* распространени* ложн* информаци*', 'размещении, распространении ложной', 'распространени* клевет*', 'кодекс* об административных правонарушениях',
      'коап', 'нарушени* порядка организации', 'нарушени* порядка проведения', 'административн* арест*'],
  },
  {
    id: 'administrative.kk.who-near-fined', kind: 'near', lang: 'kk', category: 'administrative', within: 12, weight: 3,
    a: ['@journalist', '@media', 'белсенді*', 'жазба*', 'пікір*', 'әлеуметтік желі*', 'пост*', 'whatsapp*', 'facebook*', 'желі қолданушы*'],
    b: ['айыппұл*', 'әкімшілік жауап*', 'әкімшілік айыппұл*', 'әкімшілік құқық бұзушылық*', 'әкімшілік іс*', 'әкімшілік сот*', 'әкімшілік қамау*', 'әкімшілік хаттама*',
      'әкімшілік жаза*', 'тәулікке', 'хаттама*', 'айлық есептік', 'аек'],
  },
  {
    id: 'administrative.en.who-near-fined', kind: 'near', lang: 'en', category: 'administrative', within: 12, weight: 3,
    a: ['@journalist', '@media', 'activist*', 'public foundation', 'ngo*', 'foundation', 'bureau', 'initiative', 'posts', 'post', 'social network*', 'observer*'],
    b: ['fined', 'fine', 'fines', 'mci', 'monthly calculation index*', 'administrative arrest', 'administrative offen*', 'administrative case*', 'administrative charge*', 'administrative court',
      'administrative liability', 'administrative responsibility', 'code of administrative', 'administrative code', 'days of arrest', '15 days', '10 days', 'suspend* its activit*'],
  },
  {
    id: 'administrative.any.short-arrest', kind: 'any', lang: 'any', category: 'administrative', weight: 3,
    terms: ['arrested for * days', 'arrested for 15 days', 'sentenced to * days', 'detained for one day', 'арестован* на 15 суток', 'арестован* на 10 суток', 'арестован* на пять суток', 'арестован* на 5 суток', 'на 15 суток', 'на 10 суток',
      'суток административного', 'тәулікке қамал*', 'тәулік* әкімшілік'],
  },
  { id: 'administrative.en.statistics', kind: 'any', lang: 'en', category: 'administrative', weight: 3, terms: ['order to pay a fine', 'multimillion fines', 'accusations in administrative cases', 'administrative prosecution*', 'administrative charges', 'charged with administrative', 'administrative proceedings', 'administrative punishment'] },
  {
    id: 'administrative.any.speaker-fined', kind: 'near', lang: 'any', category: 'administrative', within: 10, weight: 3,
    a: ['@speaker', '@outlet', '@speech', '@falseInformation', '@defamation', 'нко', 'общественн* фонд*', 'общественн* объединени*', 'қоғамдық қор*',
      'қоғамдық бірлест*', 'үкіметтік емес ұйым*', 'құқық қорғау ұйым*', 'правозащитн* организаци*', 'human rights organi*', 'rights group*', 'ngo*', 'public foundation',
      'public association'], b: ['@fine'],
  },
  {
    id: 'administrative.any.assembly-penalised', kind: 'near', lang: 'any', category: 'administrative', within: 10, weight: 3,
    a: ['@assembly'], b: ['@fine'],
  },
  {
    id: 'administrative.any.ngo-suspended', kind: 'near', lang: 'any', category: 'administrative', within: 10, weight: 3,
    a: ['незарегистрированн* объединени*', 'незарегистрированн* организаци*', 'тіркелмеген ұйым*', 'unregistered association*', 'unregistered organi*', 'environmental group*', 'нко', 'общественн* фонд*', 'общественн* объединени*', 'правозащитн* бюро', 'правозащитн* организаци*', 'правозащитн* центр*', 'қоғамдық қор*', 'қоғамдық бірлест*',
      'құқық қорғау ұйым*', 'үкіметтік емес ұйым*', 'ngo*', 'public foundation', 'public association', 'human rights bureau', 'human rights organi*',
      'иностранн* финансировани*', 'зарубежн* финансировани*', 'иностранн* помощ*', 'шетелдік қаржыландыру*', 'шетелдік грант*', 'foreign funding', 'foreign grants'],
    b: ['приостановил* деятельност*', 'приостановлени* деятельност*', 'приостановлен* деятельност*', 'қызметін тоқтата тұр*', 'қызметі тоқтатыл*', 'suspended the activit*',
      'suspended its activit*', 'suspension of its activit*', '@fine'],
  },
];
