// obstruction: interference with lawful professional activity: access denied to events, courts or
// briefings, accreditation refused, equipment seized or broken, newsroom searches, pressure on editors.
import type { Rule } from './rule-types';

export const obstructionRules: Rule[] = [
  {
    id: 'obstruction.ru.professional-activity', kind: 'any', lang: 'ru', category: 'obstruction', weight: 3,
    terms: ['воспрепятствовани* законн* профессиональн* деятельност*', 'воспрепятствовал* законн* профессиональн*', 'воспрепятствовани* законной журналист*',
      'воспрепятствовани* профессиональн* деятельност*', 'воспрепятствовании законной', 'нарушени* прав журналист*', 'нарушени* прав сми', 'права журналист*', 'цензур*'],
  },
  {
    id: 'obstruction.ru.press-near-hindered', kind: 'near', lang: 'ru', category: 'obstruction', within: 8, weight: 3,
    a: ['@journalist', 'сми', 'редакци*', 'представител* сми', 'прессы', 'пресса', 'прессу', 'прессе'],
    b: ['не пустил*', 'не пускают', 'не пускали', 'не пустили', 'не допустил*', 'не допускают', 'недопуск*', 'не впустил*', 'отказал* в аккредитаци*',
      'отказ* в аккредитаци*', 'лишил* аккредитаци*', 'лишени* аккредитаци*', 'аннулирова* аккредитаци*', 'аккредитаци*', 'удалил* из зала', 'удалил* из zoom',
      'выгнал*', 'вывел* из зала', 'выдворил*', 'запретил* снимать', 'запрещ* снимать', 'запрет* на съемк*', 'запрет* съемк*', 'помешал*', 'мешал*',
      'мешают', 'препятств*', 'воспрепятств*', 'изъял*', 'изъяти*', 'отобрал*', 'отняли', 'обыск*', 'сломал*', 'разбил*', 'не дал* снимать',
      'закрыл* объектив', 'прервал*', 'ограничил* доступ', 'ограничен* доступ', 'ограничили доступ', 'запретил* задавать', 'запрещ* задавать',
      'не пускать', 'пропуск*', 'снимать', 'съемк*', 'правила поведения', 'удалили из', 'отстранил*', 'цензур*', 'ограничива*', 'запрет*', 'не позволил*', 'не позволя*', 'выпроводил*', 'вытолкал*', 'не позвали', 'во время съемки',
      'при выполнении редакционного', 'редакционного задания', 'прекратить видеосъемк*', 'прекратить съемк*', 'видеосъемк*', 'потребовал* прекратить', 'удалить видео', 'удалить отснят*', 'удалить запис*', 'заставил* удалить'],
  },
  {
    id: 'obstruction.kk.press-near-hindered', kind: 'near', lang: 'kk', category: 'obstruction', within: 8, weight: 3,
    a: ['@journalist', '@outlet', 'бақ', 'бақ өкілдер*', 'журналистік*', 'азаттық*'],
    b: ['кедергі*', 'бөгет*', 'жібермеді', 'жібермей', 'кіргізбеді', 'кіргізбей', 'аккредитация* бер* бас тарт*', 'аккредитация*', 'аккредиттеу*',
      'тінту*', 'тінтті', 'тінтіп', 'тәркіле*', 'түсіруге тыйым', 'түсіруге рұқсат бермеді', 'түсірілім*', 'телефонын тартып', 'камерасын',
      'шығарып жіберді', 'шектеу*', 'шектеді', 'тыйым сал*', 'жұмысына кедергі', 'жұмыс істеуіне кедергі', 'жұмысына бөгет', 'жасырын', 'қатыстырмады',
      'түсіріп жатқан', 'журналистік міндет*', 'видеоны өшір*'],
  },
  {
    id: 'obstruction.en.press-near-hindered', kind: 'near', lang: 'en', category: 'obstruction', within: 8, weight: 3,
    a: ['@journalist', 'media', 'the press', 'journalistic'],
    b: ['hinder*', 'obstruct*', 'interfer*', 'denied access', 'denied entry', 'not allowed', 'were not allowed', 'was not allowed', 'did not let',
      'not let', 'not admitted', 'refused accreditation', 'denied accreditation', 'accreditation*', 'barred', 'banned from', 'prevented', 'prevent*',
      'seized', 'confiscat*', 'searched', 'search*', 'removed from', 'expelled', 'kicked out', 'broke', 'broken', 'smashed', 'censorship', 'censor*',
      'restricted', 'restrict*', 'forbidden', 'forbade', 'prohibited', 'failed to use', 'could not', 'obstacle*', 'rights of journalists',
      'violation of the rights', 'professional activit*', 'moving freely', 'permission', 'pressure on editor*', 'while covering', 'while making',
      'making video', 'making a video', 'delete the video', 'delete all', 'tried to delete', 'took away', 'taken away', 'was covering'],
  },
  {
    id: 'obstruction.any.stopped-at-work', kind: 'near', lang: 'any', category: 'obstruction', within: 10, weight: 3,
    a: ['задерж*', 'избил*', 'избит*', 'напал*', 'удар*', 'сломал*', 'отобрал*', 'ұстал*', 'ұстады', 'шабуыл*', 'соққы*', 'detain*', 'attacked', 'beaten', 'hit',
      'grabbed', 'pushed', 'broke', 'took away', 'заставил* удалить', 'потребовал* удалить', 'tried to delete'],
    b: ['@atWork'],
  },
  {
    id: 'obstruction.any.press-attacked', kind: 'near', lang: 'any', category: 'obstruction', within: 10, weight: 2,
    a: ['@press'],
    b: ['избил*', 'избит*', 'избиени*', 'напал*', 'нападени*', 'поджог*', 'шабуыл*', 'соққы*', 'күш көрсет*', 'attacked', 'attack on', 'beaten', 'assault*', 'arson'],
  },
  {
    id: 'obstruction.any.work-context', kind: 'any', lang: 'any', category: 'obstruction', weight: 1,
    terms: ['@atWork', 'съемочн* групп*', 'камер*', 'видеокамер*', 'тележурналист*', 'cameraman*', 'camera*', 'tv team', 'film crew', 'professional activit*',
      'профессиональн* деятельност*', 'пресс-конференци*', 'press conference', 'баспасөз жиын*', 'журналистск* расследовани*', 'журналисткое расследовани*'],
  },
  {
    id: 'obstruction.any.detained-at-work', kind: 'any', lang: 'any', category: 'obstruction', weight: 3, requires: ['detention'],
    terms: ['@atWork'],
  },
  { id: 'obstruction.kk.phrases', kind: 'any', lang: 'kk', category: 'obstruction', weight: 3, terms: ['заңды кәсіби қызмет* кедергі*', 'кәсіби қызметіне кедергі*', 'журналистердің кәсіби', 'журналистердің құқы*', 'журналистік міндет*'] },
  { id: 'obstruction.en.phrases', kind: 'any', lang: 'en', category: 'obstruction', weight: 3, terms: ['lawful professional activit*', 'professional activities of journalist*', 'interference with journalist*', 'obstruction of journalist*', 'violations of journalists\' rights', 'violation of the rights of journalists', 'rights of journalists'] },
  {
    id: 'obstruction.any.journalist-obstructed', kind: 'near', lang: 'any', category: 'obstruction', within: 8, weight: 3,
    a: ['@journalist', '@outlet', 'съемочн* групп*', 'представител* сми', 'бақ өкіл*', 'түсірілім тоб*', 'the press', 'reporters', 'our crew', 'the crew', 'tv crew', 'пресса', 'прессу', 'прессы'],
    b: ['@obstruct'],
  },
  {
    id: 'obstruction.any.first-person-obstructed', kind: 'near', lang: 'any', category: 'obstruction', within: 3, weight: 3,
    a: ['@firstPerson'], b: ['@obstruct'],
  },
];
