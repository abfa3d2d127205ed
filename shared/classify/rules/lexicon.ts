// Shared word lists referenced from rules as `@name`: who is affected (journalists, outlets,
// activists) and what carries expression (posts, publications). Edit here once for every rule.
import type { Term } from './rule-types';

export const lexicon: Record<string, Term[]> = {
  journalist: [
    // ru
    'журналист*', 'тележурналист*', 'блогер*', 'блоггер*', 'видеоблогер*', 'редактор*', 'главред*', 'шеф-редактор*',
    'корреспондент*', 'фотокорреспондент*', 'репортер*', 'фотограф*', 'фоторепортер*', 'оператор*', 'телеоператор*',
    'видеооператор*', 'съемочн* групп*', 'стример*', 'ютубер*', 'тиктокер*', 'колумнист*', 'обозревател*', 'ведущ*',
    'публицист*', 'автор* паблик*', 'администратор* паблик*', 'администратор* канал*', 'издател*', 'основател* издани*', 'основател* канал*', 'сотрудник* редакци*', 'сотрудник* издани*', 'сотрудник* телеканал*',
    // kk
    'тілші*', 'фототілші*', 'журналисі*', 'журналиске', 'журналисін', 'бас редактор*', 'қаламгер*', 'жүргізуші*', 'шолушы*', 'оператор*',
    // en
    'journalist*', 'reporter*', 'correspondent*', 'editor*', 'editor-in-chief', 'blogger*', 'videoblogger*', 'vlogger*',
    'camera man', 'cameraman*', 'camera crew*', 'cameramen', 'camera operator*', 'photographer*', 'photojournalist*',
    'photo reporter*', 'columnist*', 'publisher*', 'presenter*', 'tv team', 'film crew', 'media worker*', 'youtuber*',
  ],
  media: [
    // ru
    'сми', 'масс-медиа', 'медиа', 'издани*', 'интернет-издани*', 'редакци*', 'газет*', 'еженедельник*', 'журнал', 'журнала',
    'журналу', 'журналом', 'телеканал*', 'канал*', 'телеграм-канал*', 'telegram-канал*', 'youtube-канал*', 'ютуб-канал*',
    'паблик*', 'портал*', 'интернет-портал*', 'информагентств*', 'информационн* агентств*', 'новостн* агентств*',
    'информационн* ресурс*', 'интернет-ресурс*', 'сайт*', 'медиаресурс*', 'радио', 'радиостанци*', 'телерадиокомпани*',
    // kk
    'бақ', 'бұқаралық ақпарат құрал*', 'басылым*', 'газет*', 'телеарна*', 'арна*', 'редакция*', 'сайт*', 'портал*',
    'ақпарат агенттіг*', 'ақпараттық агенттіг*', 'медиа*', 'баспасөз*', 'радиосы*',
    // en
    'media', 'mass media', 'media outlet*', 'outlet*', 'newspaper*', 'magazine*', 'website*', 'web site*', 'site*',
    'news agency', 'news agencies', 'press agency', 'portal*', 'internet portal*', 'tv channel*', 'channel*', 'newsroom*',
    'editorial office*', 'editorial staff', 'editorial board', 'edition*', 'radio', 'broadcaster*', 'publication*', 'press',
  ],
  activist: [
    // ru
    'активист*', 'гражданск* активист*', 'правозащитник*', 'общественник*', 'оппозиционер*', 'политик*',
    'пользовател* соцсет*', 'пользовател* социальн* сет*', 'пользовател* facebook', 'жител*', 'житель*', 'гражданин*',
    'гражданк*', 'адвокат*', 'поэт*', 'писател*', 'художник*', 'музыкант*', 'комик*', 'юморист*', 'пикетчик*',
    // kk
    'белсенді*', 'құқық қорғаушы*', 'тұрғын*', 'азамат*', 'желі қолданушы*', 'қолданушы*', 'ақын*', 'жазушы*',
    // en
    'activist*', 'human rights defender*', 'public defender*', 'rights activist*', 'civil activist*', 'user*',
    'resident*', 'inhabitant*', 'citizen*', 'lawyer*', 'attorney*', 'poet*', 'writer*', 'opposition*', 'politician*',
  ],
  expression: [
    // ru
    'пост', 'поста', 'посте', 'постом', 'посты', 'постов', 'постах', 'постам', 'публикац*', 'опубликова*', 'репост*', 'комментари*', 'высказыван*', 'соцсет*', 'социальн* сет*',
    'facebook*', 'фейсбук*', 'instagram*', 'инстаграм*', 'tiktok*', 'тикток*', 'youtube*', 'ютуб*', 'whatsapp*',
    'telegram*', 'телеграм*', 'видеоролик*', 'ролик*', 'видеообращени*', 'видео', 'материал*', 'интервью', 'песн*', 'трек*',
    'стих*', 'критик*', 'критикова*', 'репортаж*', 'журналистск* расследован*', 'статей', 'статью', 'заметк*',
    // kk
    'жазба*', 'пікір*', 'әлеуметтік желі*', 'парақша*', 'бейнежазба*', 'видео*', 'мақала*', 'сұхбат*', 'сын', 'сынға', 'сынаған*', 'сынап', 'пост', 'посты', 'постқа',
    // en
    'post', 'posts', 'posted', 'posting', 'repost*', 'publication*', 'published', 'social network*', 'social media',
    'facebook*', 'instagram*', 'youtube*', 'tiktok*', 'telegram*', 'video*', 'comment*', 'interview*', 'article', 'articles',
    'criticism', 'criticis*', 'criticiz*', 'song*', 'poem*', 'report*', 'story', 'stories', 'statement*',
  ],
};

// Outlets proper, without the generic site/portal/channel/account that state bodies and banks also have.
lexicon.outlet = [
  'сми', 'масс-медиа', 'издани*', 'интернет-издани*', 'редакци*', 'газет*', 'еженедельник*', 'телеканал*', 'информагентств*', 'информационн* агентств*',
  'новостн* агентств*', 'медиаресурс*', 'радиостанци*', 'телерадиокомпани*', 'бақ', 'бұқаралық ақпарат құрал*', 'басылым*', 'телеарна*', 'редакция*',
  'ақпарат агенттіг*', 'ақпараттық агенттіг*', 'media', 'mass media', 'media outlet*', 'outlet*', 'newspaper*', 'magazine*', 'news agency', 'news agencies',
  'press agency', 'tv channel*', 'newsroom*', 'editorial office*', 'editorial staff', 'editorial board', 'broadcaster*', 'news website*', 'news site*',
];
// A journalist at work: filming, covering, on air. Detaining or hitting someone then obstructs their work.
lexicon.atWork = [
  'во время съемк*', 'съемк*', 'снимал*', 'снимала', 'снимать', 'отснят*', 'освещал*', 'освещени*', 'при выполнении', 'редакционн* задани*', 'прям* эфир*',
  'прямой трансляци*', 'видеосъемк*', 'covering', 'cover the', 'filming', 'making video', 'making a video', 'recording', 'live stream*', 'live broadcast',
  'түсіріп', 'түсірілім*', 'түсіру*', 'тікелей эфир*', 'журналистік міндет*', 'журналистік тапсырма*',
];
lexicon.who = ['@journalist', '@media', '@activist'];
lexicon.press = ['@journalist', '@outlet'];
