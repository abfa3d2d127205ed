// civil: civil lawsuits and pre-trial claims against media, journalists and citizens: honour,
// dignity and business reputation (Civil Code art. 143), moral damage.
import type { Rule } from './rule-types';

export const civilRules: Rule[] = [
  {
    id: 'civil.ru.honour-dignity', kind: 'any', lang: 'ru', category: 'civil', weight: 2,
    terms: ['защит* чести*', 'чести и достоинства', 'чести, достоинства', 'честь и достоинство', 'честь, достоинство', 'деловой репутаци*', 'деловую репутаци*',
      'опровергнуть сведени*', 'опровержени* сведени*', 'опубликовать опровержени*', 'порочащ*', 'признани* сведени*', 'признать сведения', 'не соответствующ* действительности'],
  },
  { id: 'civil.ru.moral-damage', kind: 'any', lang: 'ru', category: 'civil', weight: 1, terms: ['моральн* вред*', 'морального ущерба', 'компенсаци* морального'] },
  {
    id: 'civil.any.lawsuit-against-press', kind: 'near', lang: 'any', category: 'civil', within: 6, weight: 3,
    a: ['@press', 'активист*', 'activist*', 'белсенді*', 'правозащитник*', 'public defender*'],
    b: ['lawsuit against', 'suit against', 'sued', 'filed a lawsuit', 'filed a suit', 'иск к', 'иск против', 'исковое заявление', 'подал* в суд на', 'подал* иск', 'талап арыз*', 'сотқа берді'],
  },
  {
    id: 'civil.ru.claim-near-press', kind: 'near', lang: 'ru', category: 'civil', within: 8, weight: 2,
    a: ['@press', 'активист*', 'правозащитник*', 'автор*', 'гражданам', 'портал*'],
    b: ['иск', 'иска', 'иску', 'иском', 'иске', 'иски', 'исков*', 'взыскать', 'взыскани*', 'взыскал*', 'ответчик*', 'истец*', 'истца', 'претензи*', 'гражданск* дел*',
      'гражданск* суд*', 'в суд', 'судится', 'судебн* тяжб*'],
  },
  {
    id: 'civil.kk.honour-dignity', kind: 'any', lang: 'kk', category: 'civil', weight: 2,
    terms: ['ар-намыс*', 'абырой*', 'қадір-қасиет*', 'іскерлік бедел*', 'моральдық зиян*', 'моральдық шығын*', 'теріске шығар*'],
  },
  {
    id: 'civil.kk.claim-near-press', kind: 'near', lang: 'kk', category: 'civil', within: 8, weight: 2,
    a: ['@press', 'белсенді*', 'сайт*', 'портал*'],
    b: ['талап арыз*', 'сотқа берді', 'сотқа жүгін*', 'сотқа шағым*', 'өндіріп*', 'өтемақы*', 'жауапкер', 'жауапкерге', 'жауапкердің', 'жауапкерден', 'талапкер*', 'азаматтық іс*'],
  },
  {
    id: 'civil.en.honour-dignity', kind: 'any', lang: 'en', category: 'civil', weight: 2,
    terms: ['honour', 'honor', 'dignity', 'business reputation', 'refutation', 'retraction', 'disparag*', 'defamatory'],
  },
  {
    id: 'civil.en.moral-damage', kind: 'any', lang: 'en', category: 'civil', weight: 1, terms: ['moral damage*', 'moral harm', 'non-pecuniary'],
  },
  {
    id: 'civil.en.claim-near-press', kind: 'near', lang: 'en', category: 'civil', within: 8, weight: 2,
    a: ['@press', 'activist*', 'public defender*', 'citizens', 'defendant*'],
    b: ['suit', 'suits', 'lawsuit*', 'sued', 'sue', 'sues', 'claims', 'claim against', 'recover*', 'recovery', 'compensation', 'civil case*', 'civil court', 'plaintiff*', 'claimant*',
      'in favor of', 'in favour of'],
  },
  {
    id: 'civil.en.recovery-of-tenge', kind: 'near', lang: 'en', category: 'civil', within: 5, weight: 3,
    a: ['recover*', 'recovery', 'seeking', 'demanding', 'demands'], b: ['kzt*', 'tenge'],
  },
  {
    id: 'civil.ru.recovery-of-tenge', kind: 'near', lang: 'ru', category: 'civil', within: 8, weight: 1,
    a: ['взыскать', 'взыскани*', 'взыскал*', 'компенсаци*', 'возмещени*', 'иск', 'иска', 'иску', 'иском', 'иске', 'иски', 'исков*'], b: ['тенге', 'тг'],
  },
  { id: 'civil.en.statistics', kind: 'any', lang: 'en', category: 'civil', weight: 3, terms: ['suits on protection of honour', 'suit about protection of honour', 'protection of honour, dignity', 'protection of honor, dignity', 'civil court and pretrial claims', 'pretrial and court claims', 'pre-trial and court claims', 'court claims and lawsuits'] },
  { id: 'civil.ru.statistics', kind: 'any', lang: 'ru', category: 'civil', weight: 3, terms: ['требовани* о защите чести', 'иск* к газет*', 'иск* к редакци*', 'иск* к журналист*', 'иск* к сми', 'иск* к изданию', 'иск* к порталу', 'претензий и исков', 'иск* к медиа', 'по искам к', 'претензи* и иск*', 'исков* к сми'] },
  {
    id: 'civil.any.press-sued', kind: 'near', lang: 'any', category: 'civil', within: 10, weight: 3,
    a: ['@press', '@speaker'], b: ['@sue'],
  },
  {
    id: 'civil.any.sued-for-defamation', kind: 'near', lang: 'any', category: 'civil', within: 8, weight: 3,
    a: ['@defamation', 'честь*', 'чести', 'достоинств*', 'ар-намыс*', 'honour', 'honor', 'dignity'],
    b: ['sued', 'lawsuit*', 'suit', 'иск', 'иска', 'иском', 'исков* заявлени*', 'подал* в суд', 'обратил* в суд', 'талап арыз*', 'талап-арыз*', 'сотқа берді', 'сотқа жүгін*',
      'компенсаци*', 'возмещени*', 'выплатить', 'өтемақы*', 'compensation', 'seeking', 'is seeking', 'demanding'],
  },
  {
    id: 'civil.any.speech-sued', kind: 'near', lang: 'any', category: 'civil', within: 10, weight: 3,
    a: ['@posting'], b: ['@sue'],
  },
];
