// attack: physical violence against journalists, bloggers, camera crews or newsrooms (incl. arson, damage to offices).
import type { Rule } from './rule-types';

export const attackRules: Rule[] = [
  {
    id: 'attack.ru.press-near-violence', kind: 'near', lang: 'ru', category: 'attack', within: 10, weight: 3,
    a: ['@press', 'активист*', 'правозащитник*'],
    b: ['избил*', 'избит*', 'избиени*', 'избива*', 'напал*', 'нападени*', 'нападен*', 'поджог*', 'подожгл*', 'подожж*', 'подпалил*',
      'ударил*', 'удар*', 'побои', 'побоев', 'избить', 'применил* силу', 'применени* силы', 'силой', 'ранен*', 'ножев*', 'зарезал*',
      'облил*', 'кислот*', 'сломал*', 'разбил*', 'повредил*', 'стрелял*', 'застрел*', 'покушени*', 'толкнул*', 'толкал*', 'схватил*',
      'скрутил*', 'вывернул*', 'душил*', 'насили*', 'пожар в офис*', 'пожар в редакци*', 'пожар в квартир*', 'пожар в доме', 'сожгл*', 'сожжен*', 'сгорел*', 'разгром*', 'выбит* окн*', 'выбил* окн*', 'проткнул* колес*', 'порезал* шин*', 'залил* краск*', 'облил* краск*', 'изувечил*', 'травм*', 'пострадал*', 'кулак*', 'бросил* камен*', 'бить', 'били', 'бьют', 'накинулся', 'набросил*'],
  },
  {
    id: 'attack.kk.press-near-violence', kind: 'near', lang: 'kk', category: 'attack', within: 10, weight: 3,
    a: ['@press', 'белсенді*'],
    b: ['шабуыл*', 'соққы*', 'ұрып*', 'ұрған*', 'ұрды', 'күш көрсет*', 'күш қолдан*', 'күш қолданыл*', 'өртеп*', 'өрт қой*', 'өртеді',
      'өртелді', 'қол көтер*', 'таяқ жеді', 'жарақат*', 'зақым*', 'қастандық*', 'сындырды', 'сындырып', 'итеріп', 'тепкі*', 'өртен*', 'от қой*', 'жанып кет*',
      'тас лақтыр*', 'сындырыл*'],
  },
  {
    id: 'attack.en.press-near-violence', kind: 'near', lang: 'en', category: 'attack', within: 10, weight: 3,
    a: ['@press', 'activist*', 'human rights defender*'],
    b: ['attack', 'attacked', 'attacks', 'attacking', 'assault*', 'beaten', 'beat', 'beating', 'punch*', 'hit', 'kicked',
      'knife', 'stabbed', 'knife wound', 'arson*', 'set on fire', 'set fire', 'burned', 'burnt', 'torched', 'violence', 'violent*',
      'used force', 'use of force', 'brutally', 'rudely detained', 'roughly', 'injur*', 'wounded', 'shot', 'broke', 'broken', 'smashed', 'damaged', 'pushed', 'grabbed', 'acid'],
  },
  { id: 'attack.ru.phrases', kind: 'any', lang: 'ru', category: 'attack', weight: 3, terms: ['нападени* на журналист*', 'нападени* на редакци*', 'нападения на журналистов', 'поджог* машин* журналист*', 'поджог* автомобил* журналист*', 'избиени* журналист*'] },
  { id: 'attack.kk.phrases', kind: 'any', lang: 'kk', category: 'attack', weight: 3, terms: ['журналистерге шабуыл*', 'журналиске шабуыл*', 'тілшілерге шабуыл*', 'тілшіге шабуыл*', 'журналиске күш көрсет*', 'журналистерге күш көрсет*'] },
  { id: 'attack.en.phrases', kind: 'any', lang: 'en', category: 'attack', weight: 3, terms: ['attack on journalist*', 'attacks on journalist*', 'attacks on media', 'attack on camera man', 'attacked on camera man', 'attacks/threats against'] },
  {
    id: 'attack.any.press-violence', kind: 'near', lang: 'any', category: 'attack', within: 10, weight: 3,
    a: ['@press', 'блогер*', 'blogger*'], b: ['@violence'],
  },
  {
    id: 'attack.any.first-person-attacked', kind: 'near', lang: 'any', category: 'attack', within: 3, weight: 3,
    a: ['@firstPerson'], b: ['@violence'],
  },
];
