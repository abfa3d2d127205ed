// media_closure: closure, suspension, ban, licence or registration revocation of a media outlet;
// forced exit of editors.
import type { Rule } from './rule-types';

export const mediaClosureRules: Rule[] = [
  {
    id: 'media-closure.ru.outlet-near-closed', kind: 'near', lang: 'ru', category: 'media_closure', within: 6, weight: 3,
    a: ['сми', 'издани*', 'газет*', 'журнал', 'журнала', 'телеканал*', 'информагентств*', 'портал*', 'медиа', 'масс-медиа', 'выпуск*', 'вещани*', 'радиостанци*'],
    b: ['закры*', 'закрыт*', 'приостанов*', 'приостановлени*', 'прекра* выпуск*', 'прекращени* выпуск*', 'прекрати* выход', 'прекращени* деятельност*',
      'запрет*', 'запретил*', 'лишил* лицензи*', 'отзыв* лицензи*', 'отозва*', 'аннулир*', 'ликвидир*', 'ликвидаци*', 'снят* с учет*', 'снятие с учета',
      'единым средством', 'экстремистск*', 'прекратил* существовани*', 'прекратит работу', 'вынужден* закрыться', 'уход главного редактора', 'уволен* главн*'],
  },
  {
    id: 'media-closure.kk.outlet-near-closed', kind: 'near', lang: 'kk', category: 'media_closure', within: 6, weight: 3,
    a: ['бақ', 'басылым*', 'газет*', 'телеарна*', 'арна', 'арнасы*', 'арнаның', 'арнаға', 'арнада*', 'арнадан', 'арнаны', 'арнамен', 'арналар*', 'сайт*', 'портал*', 'журнал', 'журналы', 'журналын', 'журналды', 'радио*', 'ток-шоу*', 'телебағдарлама*'],
    b: ['жабыл*', 'жабу*', 'жапты', 'жабады', 'тоқтат*', 'тоқтатыл*', 'таратыл*', 'лицензия*', 'тіркеу* алып тастал*', 'шығуы тоқтат*', 'шықпағанын', 'тыйым сал*'],
  },
  {
    id: 'media-closure.en.outlet-near-closed', kind: 'near', lang: 'en', category: 'media_closure', within: 6, weight: 3,
    a: ['media', 'outlet*', 'newspaper*', 'magazine*', 'tv channel*', 'channel*', 'news agency', 'publication*', 'website*', 'portal*', 'edition*', 'radio', 'resource', 'fact-checking'],
    b: ['closure*', 'closed', 'close down', 'shut down', 'shuts down', 'suspend*', 'suspension*', 'banned', 'ban on', 'revoked', 'revocation', 'licen*',
      'ceased publication', 'ceased', 'liquidat*', 'united media', 'stopped publishing', 'deregist*', 'terminated', 'forced to close', 'stop publication'],
  },
  { id: 'media-closure.ru.phrases', kind: 'any', lang: 'ru', category: 'media_closure', weight: 3, terms: ['закрытие сми', 'приостановлени* выпуск*', 'приостановлени* распространени*', 'приостановлен выпуск', 'запретил выпуск'] },
  { id: 'media-closure.en.phrases', kind: 'any', lang: 'en', category: 'media_closure', weight: 3, terms: ['closure or suspension of media', 'closure of newspaper', 'closure of media', 'closure of the newspaper', 'suspension of media', 'closure and suspension'] },
  {
    id: 'media-closure.any.outlet-closed', kind: 'near', lang: 'any', category: 'media_closure', within: 8, weight: 3,
    a: ['@outlet', 'газет*', 'журнал', 'журнала', 'журналы', 'портал*', 'телеарна*', 'радио*', 'newspaper*', 'magazine*', 'tv channel*', 'radio', 'ток-шоу*', 'телепрограмм*',
      'телебағдарлама*', 'talk show*', 'телепередач*', 'радиопередач*', 'авторск* программ*'], b: ['@closeDown'],
  },
  {
    id: 'media-closure.any.editor-forced-out', kind: 'near', lang: 'any', category: 'media_closure', within: 8, weight: 3,
    a: ['редактор*', 'главред*', 'бас редактор*', 'редакторы*', 'editor*'], b: ['@forcedExit'],
  },
];
