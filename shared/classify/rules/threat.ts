// threat: threats, intimidation, harassment or pressure campaigns against journalists and media
// (doxxing, fake ads, funeral wreaths, prosecutor "warnings").
import type { Rule } from './rule-types';

export const threatRules: Rule[] = [
  {
    id: 'threat.ru.press-near-threat', kind: 'near', lang: 'ru', category: 'threat', within: 10, weight: 3,
    a: ['@press', 'активист*', 'правозащитник*'],
    b: ['угроз*', 'угрожа*', 'запугива*', 'запугать', 'давлени*', 'давят', 'давить', 'травл*', 'шантаж*', 'венок', 'венки', 'похоронн*',
      'предостережени*', 'предупреждени* об уголовн*', 'предупреждени* о недопустимост*', 'вынес* предупреждени*', 'официальн* предупреждени*', 'слежк*', 'следят', 'доксинг*', 'провокаци* против', 'провокаци* в отношении', 'провокаци* в адрес',
      'дискредит*', 'клевету на журналист*', 'фейков* объявлени*', 'требовал* удалить', 'потребовал* удалить',
      'потребовал* снять', 'потребовал* опровер*', 'расправ*', 'убить', 'убьют', 'расстрел*', 'уничтожа*', 'нападки', 'кампани* против'],
  },
  {
    id: 'threat.kk.press-near-threat', kind: 'near', lang: 'kk', category: 'threat', within: 10, weight: 3,
    a: ['@journalist', 'бақ', 'басылым*', 'редакция*', 'белсенді*'],
    b: ['қоқан-лоқы*', 'қорқыт*', 'қысым*', 'қудала*', 'қауіп төн*', 'өлтіремін', 'ескерту жаса*', 'ескерту берді', 'ескерту алды',
      'аңду*', 'аңдып', 'өшіруді талап*', 'алып тастауды талап*', 'қысым көр*'],
  },
  {
    id: 'threat.en.press-near-threat', kind: 'near', lang: 'en', category: 'threat', within: 12, weight: 3,
    a: ['@press', 'activist*', 'human rights defender*', 'political prisoner*', 'founder*'],
    b: ['threats', 'threatened', 'threatening', 'threaten*', 'threat of', 'threat to kill', 'intimidat*', 'harass*', 'pressure*', 'pressured', 'wreath*', 'funeral', 'provocation against', 'provocation with regard to', 'provocation aimed at',
      'tough talk', 'blackmail*', 'surveillance', 'doxx*', 'smear*', 'discredit*', 'demanded* to delete', 'demanded that',
      'warning', 'warned', 'hate campaign', 'bullying', 'stalk*'],
  },
  {
    id: 'threat.any.ordered-to-delete', kind: 'any', lang: 'any', category: 'threat', weight: 3,
    terms: ['потребовал* удалить', 'требовани* удалить', 'требуют удалить', 'удалить публикаци*', 'удалить новость', 'удалить статью', 'удалить материал',
      'өшіруді талап*', 'алып тастауды талап*', 'delete the news', 'delete the article', 'delete the story', 'delete a news', 'remove the article',
      'remove the publication', 'take down the article', 'take down the story', 'take down the publication', 'delete the post', 'remove the post', 'delete the publication'],
  },
  { id: 'threat.ru.phrases', kind: 'any', lang: 'ru', category: 'threat', weight: 3, terms: ['угрозы продолжаются', 'пишут с новых номеров', 'береги ее', 'береги детей', 'угрозы журналист*', 'угрозы в адрес журналист*', 'угрозы в адрес редакци*', 'давлени* на сми', 'давлени* на журналист*', 'давлени* на независим*', 'давлени* на редакци*'] },
  { id: 'threat.kk.phrases', kind: 'any', lang: 'kk', category: 'threat', weight: 3, terms: ['журналистерге қысым*', 'журналиске қысым*', 'бақ-қа қысым*', 'тілшілерге қысым*', 'азаттыққа жасалған қысым', 'журналистерді қудала*'] },
  { id: 'threat.en.phrases', kind: 'any', lang: 'en', category: 'threat', weight: 3, terms: ['threats against media', 'threats against journalist*', 'threats to journalist*', 'pressure on journalist*', 'pressure on media', 'pressure on independent', 'intimidation of journalist*', 'accused journalists', 'accused the journalists', 'accused the media'] },
  {
    id: 'threat.any.press-threatened', kind: 'near', lang: 'any', category: 'threat', within: 10, weight: 3,
    a: ['@press', '@speaker', 'белсенді*', 'activist*', 'blogger*'], b: ['@threaten'],
  },
  {
    id: 'threat.any.speech-threatened', kind: 'near', lang: 'any', category: 'threat', within: 8, weight: 3,
    a: ['@expression'],
    b: ['угроз*', 'угрожа*', 'пригрозил*', 'будут проблемы', 'пожалеешь', 'пожалеет', 'знаем, где', 'убью', 'убьют', 'подумать о семье', 'подумать о детях', 'интим*',
      'қоқан-лоқы*', 'қоқан-лоққы*', 'өлтіремін', 'бәлеге қал*', 'үйіңді білеміз', 'балаңнан абайла*', 'балаларыңа обал', 'тіліңді тый*', 'threatened', 'threats', 'death threat*', 'know where you live', 'know where your', 'we know where', 'знаем где', 'знаем, в какой', 'we know which', 'escort ad*'],
  },
  {
    id: 'threat.any.harsh-reaction', kind: 'any', lang: 'any', category: 'threat', weight: 3,
    terms: ['жестко реагир*', 'жестко пресек*', 'жестко отреагир*', 'жестк* реагировани*', 'react harshly', 'respond harshly', 'crack down on critics', 'қатаң әрекет ет*', 'қатаң жауап бер*'],
  },
  {
    id: 'threat.any.first-person-threatened', kind: 'near', lang: 'any', category: 'threat', within: 3, weight: 3,
    a: ['@firstPerson'], b: ['@threaten'],
  },
];
