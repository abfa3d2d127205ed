// Masks: compounds whose parts would otherwise count as evidence for the wrong category (`law` in
// `law enforcement` is no law, `законную силу` no law either, `үкімет` is the government, not a verdict).
import type { Rule } from './rule-types';

export const maskRules: Rule[] = [
  {
    id: 'mask.en.compounds', kind: 'mask', lang: 'en',
    note: 'Law enforcement bodies are not laws; administrative charges and cases are not criminal ones; a threat to national security is no threat to the press',
    terms: ['law enforcement', 'law-enforcement', 'administrative charge*', 'administrative case*', 'administrative offen*', 'administrative prosecution*',
      'administrative proceeding*', 'threat to national security', 'national security threat*', 'threat to public order', 'criminal court',
      'under article', 'of article', 'article of', 'articles of', 'under articles', 'video surveillance', 'cctv', 'mobile operator*', 'telecom operator*', 'network operator*',
      'banned from public service', 'banned from holding', 'drew up a report', 'drawn up a report', 'police report*'],
  },
  {
    id: 'mask.ru.compounds', kind: 'mask', lang: 'ru',
    note: '«законный» (lawful, entered into legal force) and law-enforcement bodies are not a law; a threat to national security is no threat to a journalist; a criminal court is a court\'s name, not a case; case files and an official\'s post are no publications; the «редакция» of a law is its wording, not a newsroom',
    terms: ['законн*', 'незаконн*', 'правоохранительн*', 'угроза национальной безопасности', 'угрозы национальной безопасности', 'угрозу национальной безопасности',
      'угрозе национальной безопасности', 'закрыт доступ', 'закрыли доступ', 'закрыл доступ', 'закрыла доступ', 'закрыт вход', 'закрыт проход', 'уголовного суда', 'уголовный суд', 'уголовном суде', 'уголовному суду', 'суд по уголовным делам', 'суде по уголовным делам', 'суда по уголовным делам',
      'материалы уголовного дела', 'материалах уголовного дела', 'материалам уголовного дела', 'материалы дела', 'материалах дела', 'материалам дела',
      'пост главы', 'пост главного', 'пост председателя', 'пост министра', 'пост акима', 'пост директора', 'пост руководителя', 'на посту', 'занимал пост',
      'занимала пост', 'занимавший пост', 'занимавшая пост', 'новой редакции', 'новая редакция', 'новую редакцию', 'в редакции', 'редакции закона',
      'редакции кодекса', 'редакции конституции', 'редакции основного', 'задержали рейс', 'рейс задержали', 'рейс задержан', 'задержан рейс', 'рейс задерживается', 'видеофиксаци*', 'фотовидеофиксаци*', 'за сутки', 'в сутки', 'круглые сутки', 'сутки назад', 'суток назад', 'оператор связи', 'операторы связи', 'операторов связи', 'мобильный оператор', 'мобильные операторы', 'мобильных операторов', 'сотовый оператор', 'сотовые операторы', 'сотовых операторов', 'задержк*', 'сторона обвинения', 'стороны обвинения', 'сторону обвинения', 'наркоз*', 'законч*', 'видеонаблюдени*', 'министерство информации', 'министерства информации', 'министерству информации', 'министерством информации', 'министр информации', 'министра информации'],
  },
  {
    id: 'mask.kk.compounds', kind: 'mask', lang: 'kk',
    note: '«үкімет» (government) begins like «үкім» (verdict); «тергеу соты» is the investigative court, not an investigation; «жауапкершілік» (responsibility) begins like «жауапкер» (defendant)',
    terms: ['үкімет*', 'тергеу сот*', 'ұлттық қауіпсіздікке қауіп*', 'жауапкершілік*', 'бейнебақылау*', 'журналистік тергеу*', 'қорқыт ата*', 'байланыс операторы*', 'байланыс операторлары*', 'оператор мамандары'],
  },
  {
    id: 'mask.any.closed-sessions-and-cases', kind: 'mask', lang: 'any',
    note: 'A closed session, a trial behind closed doors or a closed case is no closed outlet',
    terms: ['закрытом режиме', 'закрытом формате', 'закрытый процесс', 'закрытом процессе', 'закрытыми дверями', 'закрытых дверей', 'закрыли дело', 'закрыто дело',
      'дело закрыто', 'закрыл дело', 'закрыла дело', 'closed trial', 'closed doors', 'closed-door', 'case was closed', 'closed the case'],
  },
];
