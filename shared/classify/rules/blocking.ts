// blocking: blocking of websites, accounts or apps; internet or social-network shutdowns and
// throttling (unblocking and restored access are reported too).
import type { Rule } from './rule-types';

const RU_RESOURCE = ['сайт*', 'ресурс*', 'интернет-ресурс*', 'интернет*', 'доступ*', 'мессенджер*', 'telegram*', 'телеграм*', 'youtube*', 'ютуб*',
  'facebook*', 'фейсбук*', 'instagram*', 'инстаграм*', 'tiktok*', 'тикток*', 'соцсет*', 'социальн* сет*', 'аккаунт*', 'страниц*', 'vpn', 'whatsapp*',
  'мобильн* связ*', 'мобильн* интернет*', 'связь', 'связи', 'связью', 'издани*', 'портал*', 'паблик*', 'канал*', 'сми', 'информагентств*', 'медиа*', 'платформ*'];

export const blockingRules: Rule[] = [
  {
    id: 'blocking.ru.resource-near-blocked', kind: 'near', lang: 'ru', category: 'blocking', within: 8, weight: 3,
    a: RU_RESOURCE,
    b: ['заблокир*', 'блокир*', 'блокировк*', 'разблокир*', 'отключ*', 'отключени*', 'замедл*', 'замедлени*', 'тормоз*', 'недоступ*',
      'перестал* работать', 'ограничена работа', 'ограничил* работу', 'жалуются на работу', 'жалобы на работу', 'проблемы с доступом', 'перестал* открываться', 'не могут зайти', 'не может зайти', 'не смогли зайти', 'не грузится', 'не грузятся', 'не загружается', 'через раз', 'подвергся ограничени*', 'только на скорости', 'не работает', 'не работают', 'не работал*', 'перестали открываться', 'не открыва*', 'перебо*', 'сбой', 'сбои', 'сбоя', 'сбоев', 'сбоем', 'сбоями', 'сбоям', 'сбоях', 'ограничен* доступ*', 'ограничил* доступ*',
      'ограничить доступ', 'перестал* отображаться', 'не отображается', 'не отображаются', 'закрыт доступ', 'закрыли доступ', 'закрыл доступ', 'закрыла доступ', 'возобновил*', 'восстановил*', 'восстановлен*', 'восстановить работу', 'шатдаун*', 'приостановил* работу', 'по требованию уполномоченн*', 'по предписанию уполномоченн*', 'заморозил*', 'заморожен*', 'перечень ресурсов', 'ограничен на территории', 'ограничен в казахстане', 'снова доступ*', 'вновь доступ*',
      'внесен* в реестр*', 'запрещенн* ресурс*', 'через vpn', 'без vpn'],
  },
  {
    id: 'blocking.kk.resource-near-blocked', kind: 'near', lang: 'kk', category: 'blocking', within: 8, weight: 3,
    a: ['сайт*', 'ресурс*', 'интернет*', 'желі*', 'әлеуметтік желі*', 'мессенджер*', 'telegram*', 'youtube*', 'facebook*', 'instagram*', 'tiktok*', 'whatsapp*',
      'телеграм*', 'ютуб*', 'тикток*', 'канал*',
      'аккаунт*', 'парақша*', 'ұялы байланыс*', 'мобильді байланыс*', 'байланыс операторы*', 'интернет байланысы*', 'арна', 'арнасы*', 'арнаның', 'арнаға', 'арнада*', 'арнадан', 'арнаны', 'арнамен', 'арналар*', 'бақ', 'басылым*', 'портал*', 'vpn'],
    b: ['бұғатта*', 'бұғатта', 'бұғат*', 'тосқауыл*', 'өшір*', 'өшірі*', 'шектеу*', 'шектел*', 'ашылмайды', 'ашылмай*', 'қолжетімсіз*',
      'кідір*', 'баяула*', 'нашарла*', 'тоқтап қал*', 'интернет тоқтап', 'жұмыс істемей*', 'істемей қал*', 'жұмысы тоқтат*', 'қолжетімділік*', 'қалпына келтір*', 'кідіріңкіре*', 'өшіп қал*', 'көру мүмкін емес', 'көруге болмайды', 'жүктелмей қал*', 'жаппай шағым*', 'жоқ болып кет*', 'кіре алма*', 'vpn арқылы', 'тек vpn', 'ашылмады', 'жылдамдығы * төмендеп', 'жылдамдығы төмендеді', 'vpn-сыз', 'vpn-сіз', 'аша алма*', 'қайта ашыл*', 'қайтадан ашыл*', 'кіру мүмкін*', 'ашылмай қал*', 'көрінбей қал*', 'көрсетілмей*'],
  },
  {
    id: 'blocking.en.resource-near-blocked', kind: 'near', lang: 'en', category: 'blocking', within: 8, weight: 3,
    a: ['website*', 'site*', 'web resource*', 'internet', 'online', 'messenger*', 'telegram', 'youtube', 'facebook', 'instagram', 'tiktok',
      'social network*', 'social media', 'account*', 'page*', 'vpn*', 'mobile', 'mobile data', 'whatsapp', 'connection', 'platform*', 'outlet*', 'news', 'portal*', 'ip addresses', 'channel*'],
    b: ['block*', 'unblock*', 'out of access', 'inaccessible', 'shut down', 'shutdown*', 'disconnect*', 'throttl*', 'restricted', 'restrict*',
      'slowed', 'slowdown', 'cut off', 'blackout*', 'banned', 'ban', 'unavailable', 'not available', 'outage*', 'restored', 'disrupt*', 'stopped working', 'can no longer be viewed', 'no longer be viewed', 'cannot be viewed', 'can no longer be accessed', 'loading slowly', 'slow to load', 'stopped loading', 'would not load', 'mass reports', 'request from kazakhstan', 'accessible again', 'available again', 'could not send', 'could not access', 'unable to access', 'unable to open', 'no longer visible', 'not displayed', 'geo-blocked', 'geoblocked', 'withheld in', 'stopped opening', 'was cut', 'were cut', 'only via vpn', 'only through vpn', 'only through a vpn', 'only via a vpn', 'went dead', 'through a vpn', 'switched off', 'turned off', 'without a vpn', 'without vpn'],
  },
  {
    id: 'blocking.ru.resource-restricted', kind: 'near', lang: 'ru', category: 'blocking', within: 6, weight: 3,
    a: ['сайт*', 'интернет-ресурс*', 'ресурс*', 'канал*', 'телеграм-канал*', 'telegram-канал*', 'youtube-канал*', 'аккаунт*', 'страниц*', 'паблик*', 'портал*', 'интернет-издани*'],
    b: ['доступ ограничен*', 'доступ к нему ограничен*', 'доступ к которому ограничен*', 'доступ к которым ограничен*', 'внесен* в перечень', 'перечень запрещенн*', 'реестр запрещенн*', 'внесен* в список запрещенн*', 'признан* запрещенн*'],
  },
  { id: 'blocking.ru.phrases', kind: 'any', lang: 'ru', category: 'blocking', weight: 3, terms: ['нет мобильного интернета', 'нет интернета', 'без интернета', 'пропал* интернет*', 'интернет пропал', 'пропал* мобильн* интернет*', 'мобильн* интернет пропал', 'блокировк* сайт*', 'блокировк* ресурс*', 'блокировк* сми', 'отключени* интернет*', 'отключили интернет', 'отсутств* мобильн* интернет*', 'отсутств* интернет*', 'интернет отсутств*', 'мобильн* интернет отсутств*', 'замедлени* интернет*', 'блокировк* соцсет*', 'блокировк* аккаунт*'] },
  { id: 'blocking.kk.phrases', kind: 'any', lang: 'kk', category: 'blocking', weight: 3, terms: ['интернет жоқ', 'интернетсіз қал*', 'сайттарға тосқауыл', 'интернетті өшір*', 'интернет өшірі*', 'интернет жұмысы нашарла*', 'сайты бұғатта*'] },
  { id: 'blocking.en.phrases', kind: 'any', lang: 'en', category: 'blocking', weight: 3, terms: ['no mobile internet', 'no internet', 'without internet', 'internet went down', 'internet was cut', 'internet shutdown*', 'blocking of website*', 'blocking of', 'blocked websites', 'resource/account blocking', 'account blocking', 'website blocking', 'disconnected internet'] },
];
