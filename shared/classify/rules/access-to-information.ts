// access_to_information: refusal or restriction of socially significant information, unanswered or
// late requests, closed briefings and hearings, officials avoiding the press.
import type { Rule } from './rule-types';

export const accessToInformationRules: Rule[] = [
  {
    id: 'access.ru.phrases', kind: 'any', lang: 'ru', category: 'access_to_information', weight: 3,
    terms: ['при закрытых дверях', 'общественно значим* информаци*', 'отказ* в предоставлени* информаци*', 'отказал* предоставить информаци*', 'нарушени* срок* предоставлени*',
      'не ответил* на запрос*', 'без ответа на запрос*', 'информационн* запрос*', 'ответ на запрос редакци*', 'закрыт* брифинг*', 'не отвечают на вопросы',
      'отказыва* отвечать', 'прав* граждан на информаци*', 'прав* на информаци*', 'закрыл* от публики', 'закрыт* от публики', 'закрыт* для публики', 'закрыт* для прессы', 'закрыт* для журналистов', 'закрыт* для сми', 'избега* журналист*', 'избега* прессы', 'служебн* информаци* ограниченного'],
  },
  {
    id: 'access.ru.weak-phrases', kind: 'any', lang: 'ru', category: 'access_to_information', weight: 2,
    terms: ['закрыт* судебн* заседани*', 'в закрытом режиме', 'закрытом судебном', 'доступ к информации', 'доступа к информации', 'ограниченного распространения', 'задавать вопросы'],
  },
  {
    id: 'access.any.press-kept-out', kind: 'near', lang: 'any', category: 'access_to_information', within: 6, weight: 3, requires: ['obstruction'],
    a: ['@journalist', 'сми', 'прессы', 'бақ', 'media', 'press'],
    b: ['не пускают', 'не пустили', 'не допустили', 'не допускают', 'закрыт* заседани*', 'закрытом режиме', 'без прессы', 'not allowed to attend', 'barred from', 'closed to',
      'жібермеді', 'кіргізбеді', 'жабық отырыс*'],
  },
  {
    id: 'access.ru.request-near-refused', kind: 'near', lang: 'ru', category: 'access_to_information', within: 6, weight: 3,
    a: ['запрос*', 'информаци*', 'вопрос*', 'комментари*', 'брифинг*', 'пресс-конференци*'],
    b: ['не ответил*', 'не отвечают', 'отказал*', 'отказ*', 'проигнорир*', 'игнорир*', 'не предостав*', 'не дали', 'не получил*', 'ограничил*', 'закрыт*', 'запретил*', 'не раскрыва*', 'скрыва*'],
  },
  {
    id: 'access.kk.request-near-refused', kind: 'near', lang: 'kk', category: 'access_to_information', within: 6, weight: 3,
    a: ['ақпарат беру*', 'ақпаратты беру*', 'ақпарат алу*', 'ақпаратқа қол жеткізу*', 'сауал*', 'сұрау*', 'сұрақ*', 'брифинг*', 'ресми хат*'],
    b: ['бас тарт*', 'жауап бермеді', 'жауап берме*', 'жауапсыз', 'бермеді', 'жабық*', 'шектел*', 'шектеу*', 'жасыр*', 'қоғамдық маңызы бар'],
  },
  {
    id: 'access.en.phrases', kind: 'any', lang: 'en', category: 'access_to_information', weight: 3,
    terms: ['socially significant information', 'information request*', 'refus* to provide information', 'refused to provide',
      'unanswered', 'no questions allowed', 'closed briefing*', 'closed hearing*', 'closed court', 'closed session', 'behind closed doors', 'restricted access',
      'provision of socially significant', 'right to information', 'not open to media', 'incomplete and concise information', 'avoid* the press',
      'avoid* journalists', 'did not respond to', 'accessing socially significant', 'public information of importance', 'information of public importance',
      'общественно важн* информаци*'],
  },
  { id: 'access.en.weak-phrases', kind: 'any', lang: 'en', category: 'access_to_information', weight: 2, terms: ['access to information', 'refused to comment', 'restricted access'] },
  {
    id: 'access.any.press-unanswered', kind: 'near', lang: 'any', category: 'access_to_information', within: 8, weight: 3,
    a: ['@journalist', '@outlet', '@inquiry'], b: ['@unanswered'],
  },
  {
    id: 'access.any.official-avoids-press', kind: 'near', lang: 'any', category: 'access_to_information', within: 8, weight: 2,
    a: ['@state'], b: ['@unanswered'],
  },
];
