// cyberattack: DDoS, hacking or unauthorised access to media sites or journalists' accounts.
import type { Rule } from './rule-types';

export const cyberattackRules: Rule[] = [
  {
    id: 'cyberattack.ru.press-near-attack', kind: 'near', lang: 'ru', category: 'cyberattack', within: 8, weight: 3,
    a: ['@press', 'активист*', 'сайт* издани*', 'сайт* сми', 'сайт* газет*'],
    b: ['ddos*', 'ддос*', 'хакер*', 'взлом*', 'взломал*', 'кибератак*', 'кибер-атак*', 'несанкционированн* доступ*', 'хакерск* атак*', 'атак* на сайт*', 'захват* аккаунт*', 'удалил* канал*'],
  },
  {
    id: 'cyberattack.kk.press-near-attack', kind: 'near', lang: 'kk', category: 'cyberattack', within: 8, weight: 3,
    a: ['@press', 'белсенді*', 'арнасы*'],
    b: ['кибершабуыл*', 'ddos*', 'хакер*', 'бұзып кір*', 'бұзып алды', 'аккаунт* бұз*', 'рұқсатсыз кір*', 'youtube-тан өшіріл*'],
  },
  {
    id: 'cyberattack.en.press-near-attack', kind: 'near', lang: 'en', category: 'cyberattack', within: 8, weight: 3,
    a: ['@press', 'activist*'],
    b: ['ddos*', 'hack*', 'cyberattack*', 'cyber-attack*', 'cyber attack*', 'unauthorized access', 'unauthorised access', 'digital security', 'compromised', 'phishing'],
  },
  { id: 'cyberattack.ru.phrases', kind: 'any', lang: 'ru', category: 'cyberattack', weight: 3, terms: ['ddos-атак* на сайт* издани*', 'кибератак* на сми', 'кибератак* на журналист*', 'взлом* аккаунт* журналист*'] },
  { id: 'cyberattack.en.phrases', kind: 'any', lang: 'en', category: 'cyberattack', weight: 3, terms: ['cyberattacks on journalist*', 'cyber-attacks on media', 'cyberattacks against', 'ddos attacks on websites', 'unauthorized access to computer information'] },
  {
    id: 'cyberattack.any.resource-hacked', kind: 'near', lang: 'any', category: 'cyberattack', within: 8, weight: 3,
    a: ['@press', '@speaker', '@onlineResource'], b: ['@hack'],
  },
  {
    id: 'cyberattack.any.press-data-leaked', kind: 'near', lang: 'any', category: 'cyberattack', within: 5, weight: 5,
    a: ['данн* журналист*', 'данные корреспондент*', 'данные сотрудник* редакци*', 'переписк* журналист*', 'переписк* редакци*', 'журналистердің дерек*',
      'журналистердің жеке дерек*', 'тілшілердің дерек*', 'журналистің хат*', "journalists' data", "journalists' personal data", 'data of journalists', 'data of reporters',
      "journalists' correspondence", "reporters' data"],
    b: ['утечк*', 'утекл*', 'слил*', 'слит*', 'слив*', 'опубликова*', 'выложил*', 'ағып кет*', 'жариялап*', 'жария етіл*', 'leak*', 'leaked', 'published', 'exposed', 'dumped'],
  },
];
