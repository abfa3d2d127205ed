// criminal: criminal cases for expression: knowingly false information (art. 274), insult and
// defamation while criminal, inciting discord (art. 174), "extremism" for publications; verdicts,
// appeals and acquittals included. Article numbers themselves are weighed in `articles.ts`.
import type { Rule } from './rule-types';

export const criminalRules: Rule[] = [
  {
    id: 'criminal.ru.offence-strong', kind: 'any', lang: 'ru', category: 'criminal', weight: 3,
    terms: ['разжигани* * розни', 'разжигани* розни', 'возбуждени* * розни', 'возбуждени* розни', 'заведомо ложн* информаци*', 'обвинени* в уголовном порядке', 'призыв* к насильственному свержени*', 'финансировани* экстремизм*'],
  },
  {
    id: 'criminal.any.inciting-discord', kind: 'near', lang: 'any', category: 'criminal', within: 5, weight: 3,
    a: ['возбуждени*', 'разжигани*', 'разжечь', 'разжигал*', 'incitement', 'inciting', 'incite*', 'қоздыр*', 'қоздыру*', 'тудыр*'],
    b: ['розни', 'рознь', 'вражды', 'enmity', 'discord', 'hatred', 'hostility', 'араздық*', 'алауыздық*'],
  },
  {
    id: 'criminal.ru.offence-phrases', kind: 'any', lang: 'ru', category: 'criminal', weight: 2,
    terms: ['заведомо ложн*', 'разжигани* * розни', 'разжигани* розни', 'разжигани* межнациональн*', 'возбуждени* * розни', 'возбуждени* социальн*',
      'возбуждени* национальн*', 'розни', 'призыв* к насильственному', 'призывы к нарушению', 'пропаганд* терроризм*', 'оскорблени* представител* власти',
      'посягательств* на честь', 'клевет*', 'распространени* ложн* информаци*', 'ложной информации', 'экстремизм*', 'сепаратизм*'],
  },
  {
    id: 'criminal.ru.who-near-prosecuted', kind: 'near', lang: 'ru', category: 'criminal', within: 10, weight: 3,
    a: ['@journalist', 'издани*', 'газет*', 'редакци*', 'портал*', 'телеканал*', 'паблик*', 'активист*', 'правозащитник*', 'оппозиционер*', 'оппозиционн* политик*', 'пользовател*', 'автор*', 'поэт*', 'администратор*'],
    b: ['уголовн* дел*', 'уголовн* преследовани*', 'уголовн* ответственност*', 'обвиня*', 'обвинен*', 'обвинил*', 'обвиняем*', 'привлеч* к уголовн*', 'приговор*', 'осужд*',
      'осужден*', 'оправда*', 'оправдательн*', 'лишени* свобод*', 'ограничени* свобод*', 'подозрева*', 'подозреваем*', 'досудебн* расследовани*',
      'возбужд* дел*', 'возбудил*', 'клевет*', 'оскорблени*', 'заведомо ложн*', 'разжигани*', 'рознь', 'розни', 'экстремизм*', 'экстремист*',
      'судебн* процесс*', 'процесс* по делу', 'разбирательств* по делу', 'лет тюрьмы', 'года тюрьмы', 'колони*', 'условно', 'свидетел* с правом'],
  },
  {
    id: 'criminal.ru.expression-near-prosecuted', kind: 'near', lang: 'ru', category: 'criminal', within: 8, weight: 3,
    a: ['@expression'],
    b: ['уголовн* дел*', 'уголовн* преследовани*', 'приговор*', 'осужд*', 'осужден*', 'лишени* свобод*', 'ограничени* свобод*', 'лет тюрьмы', 'года тюрьмы',
      'заведомо ложн*', 'разжигани*', 'розни', 'экстремизм*', 'досудебн* расследовани*', 'направил* в суд', 'направила в суд', 'направлен* в суд', 'передал* в суд', 'передан* в суд'],
  },
  {
    id: 'criminal.kk.offence-strong', kind: 'any', lang: 'kk', category: 'criminal', weight: 3,
    terms: ['ұлтаралық алауыздық*', 'ұлтаралық араздық*', 'қорлық сөз*', 'өлтіруге шақыр*', 'өлтіруге үнде*', 'алауыздық* қоздыр*', 'араздық* қоздыр*', 'араздықты туғыз*', 'алауыздық* тудыр*', 'араздық* тудыр*', 'көрінеу жалған ақпарат*'],
  },
  {
    id: 'criminal.kk.phrases', kind: 'any', lang: 'kk', category: 'criminal', weight: 2,
    terms: ['жалған ақпарат*', 'араздық*', 'алауыздық*', 'араздықты қоздыр*', 'араздықты туғыз*', 'арандат*', 'экстремизм*', 'сепаратизм*', 'жала жап*', 'қорла*'],
  },
  {
    id: 'criminal.kk.who-near-prosecuted', kind: 'near', lang: 'kk', category: 'criminal', within: 12, weight: 3,
    a: ['@journalist', '@outlet', 'белсенді*', 'блогер*', 'әлеуметтік желі*', 'жазба*', 'пікір*', 'пост', 'посты', 'қолданушы*'],
    b: ['қылмыстық іс*', 'қылмыстық қудала*', 'қылмыстық*', 'айып тағ*', 'айыпта*', 'айыпкер*', 'үкім*', 'сотталды', 'сотталған*', 'сотталу*', 'сотталып', 'бас бостандығынан айыр*',
      'бас бостандығын шектеу*', 'жылға сотталды', 'жылға бас бостандығынан', 'ақтал*', 'ақтау үкім*', 'күдікті*', 'тергеу басталды', 'тергеу жүргіз*', 'тергеуге алын*', 'тергеуге шақыр*', 'тергеу амал*', 'тергел*', 'тергеп', 'іс қозға*', 'жалған ақпарат*', 'араздық*', 'алауыздық*', 'қамал*', 'абақты*', 'айып тақ*'],
  },
  {
    id: 'criminal.en.phrases', kind: 'any', lang: 'en', category: 'criminal', weight: 2,
    terms: ['criminal charge*', 'criminal prosecution*', 'dissemination of false', 'false information', 'misleading information', 'dissemination of misleading', 'incitement of * discord',
      'incitement of * enmity', 'incitement of * hatred', 'inciting * discord', 'inciting * hatred', 'incitement', 'inciting', 'enmity', 'discord', 'slander*',
      'libel*', 'defamation', 'separatism', 'extremism', 'spreading rumors', 'dissemination of rumors', 'insulting a government', 'insult of'],
  },
  {
    id: 'criminal.en.who-near-prosecuted', kind: 'near', lang: 'en', category: 'criminal', within: 10, weight: 3,
    a: ['@journalist', '@outlet', 'activist*', 'human rights defender*', 'public defender*', 'opposition*', 'resident*', 'inhabitant*', 'lecturer*', 'administrator*',
      'user*', 'entrepreneur*', 'author*', 'head of public', 'attorney', 'lawyer', 'posts', 'post', 'social network*', 'facebook'],
    b: ['criminal*', 'charged', 'charge*', 'accused of', 'indicted', 'prosecut*', 'sentenced', 'sentence*', 'convicted', 'guilty', 'acquitt*', 'acquittal',
      'imprisonment', 'deprivation of liberty', 'restriction of freedom', 'restricted freedom', 'years in prison', 'suspected', 'suspect*', 'pre-trial investigation*',
      'slander*', 'libel*', 'verdict', 'prison', 'jailed', 'extremis*', 'criminal case*'],
  },
  {
    id: 'criminal.en.statistics', kind: 'any', lang: 'en', category: 'criminal', weight: 3,
    terms: ['knowingly false', 'incitement of * enmity', 'incitement of * discord', 'incitement of * hatred', 'inciting * discord', 'inciting * hatred', 'pretrial criminal accusation*', 'pre-trial criminal accusation*', 'charges with slander', 'charged with slander', 'charge of slander', 'charge* of libel', 'charged with libel', 'charge* of defamation', 'charged with defamation', 'pre-trial investigations of a criminal'],
  },
  {
    id: 'criminal.any.arrested', kind: 'near', lang: 'any', category: 'criminal', within: 12, weight: 3,
    a: ['@journalist', 'активист*', 'правозащитник*', 'белсенді*', 'activist*', 'civil society activists', 'public figures', 'human rights defender*'],
    b: ['арестован*', 'санкционировал* арест', 'арест на два месяца', 'под стражу', 'под стражей', 'домашн* арест*', 'мера пресечения', 'меру пресечения', 'was arrested',
      'were arrested', 'extended arrest', 'extended the arrest', 'house arrest', 'under arrest', 'pre-trial detention', 'қамауға алын*', 'үй қамақ*'],
  },
  {
    id: 'criminal.ru.offence-near-prosecution', kind: 'near', lang: 'ru', category: 'criminal', within: 8, weight: 2,
    a: ['заведомо ложн*', 'ложн* информаци*', 'розни', 'рознь', 'клевет*', 'оскорблени*', 'экстремизм*', 'сепаратизм*'],
    b: ['обвин*', 'уголовн* дел*', 'возбуд*', 'возбужден* дел*', 'приговор*', 'осужд*', 'осужден*', 'подозрева*', 'объявил* в розыск', 'в розыск'],
  },
  {
    id: 'criminal.kk.offence-near-prosecution', kind: 'near', lang: 'kk', category: 'criminal', within: 8, weight: 2,
    a: ['жалған ақпарат*', 'араздық*', 'алауыздық*', 'арандат*', 'қорла*', 'қорлық*', 'экстремизм*', 'жала жап*', 'жала жабу*'],
    b: ['айып тағ*', 'айыпта*', 'қылмыстық іс*', 'іс қозға*', 'іздеу жариял*', 'сотталды', 'сотталған*', 'үкім*', 'күдікті*'],
  },
  {
    id: 'criminal.en.offence-near-prosecution', kind: 'near', lang: 'en', category: 'criminal', within: 8, weight: 2,
    a: ['false information', 'slander*', 'libel*', 'insult*', 'discord', 'enmity', 'hatred', 'extremism', 'separatism', 'rumors', 'rumours'],
    b: ['charged', 'charges', 'accused', 'suspected', 'convicted', 'sentenced', 'prosecut*', 'criminal*', 'guilty', 'wanted list', 'indicted'],
  },
  {
    id: 'criminal.any.pretrial-measure', kind: 'any', lang: 'any', category: 'criminal', weight: 3, requires: ['detention'],
    terms: ['домашн* арест*', 'под стражу', 'под стражей', 'из-под стражи', 'мера пресечения', 'меру пресечения', 'сизо', 'следственн* изолятор*', 'үй қамақ*', 'үй қамағ*', 'үй қамау*',
      'тергеу изолятор*', 'бұлтартпау шара*', 'house arrest', 'pre-trial detention', 'pretrial detention', 'measure of restraint', 'preventive measure', 'remanded in custody', 'detention center', 'detention centre'],
  },
  { id: 'criminal.ru.statistics', kind: 'any', lang: 'ru', category: 'criminal', weight: 3, terms: ['уголовн* преследовани* журналист*', 'уголовн* обвинени* в клевет*', 'обвинени* в клевет*', 'обвинени* в распространени*'] },
  {
    id: 'criminal.any.speaker-prosecuted', kind: 'near', lang: 'any', category: 'criminal', within: 10, weight: 3,
    a: ['@speaker'], b: ['@prosecute'],
  },
  {
    id: 'criminal.any.speech-prosecuted', kind: 'near', lang: 'any', category: 'criminal', within: 10, weight: 3,
    a: ['@posting'], b: ['@prosecute'],
  },
  {
    id: 'criminal.any.framing-prosecuted', kind: 'near', lang: 'any', category: 'criminal', within: 10, weight: 3,
    a: ['@falseInformation', '@discord', '@defamation'], b: ['@prosecute'],
  },
];
