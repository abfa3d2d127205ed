// legislation: laws, draft laws, regulations and official proposals that affect expression or the media.
import type { Rule } from './rule-types';

export const legislationRules: Rule[] = [
  {
    id: 'legislation.ru.law-near-media', kind: 'near', lang: 'ru', category: 'legislation', within: 12, weight: 2,
    a: ['закон*', 'законопроект*', 'поправк*', 'проект закона', 'проект* правил*', 'правил* аккредитаци*', 'нормативн* правов*', 'указ', 'указом', 'указа', 'указе',
      'внесени* изменений', 'изменени* в закон*', 'законодательн*', 'законодательств*', 'концепци*', 'приказ*', 'кодекс*', 'коап', 'новые правила', 'новых правил', 'правила, по которым', 'реестр*', 'предложил* обязать', 'предложил* запретить', 'предлагает обязать', 'предлагает запретить'],
    b: ['сми', 'масс-медиа', 'массмедиа', 'медиа', 'журналист*', 'свобод* слова', 'свобод* выражени*', 'средств* массовой информации', 'онлайн-платформ*',
      'социальн* сет*', 'соцсет*', 'интернет*', 'противоправн* контент*', 'ложн* информаци*', 'аккредитаци*', 'цензур*', 'блогер*', 'иностранн* агент*', 'иностранн* финансировани*', 'подтверждени* личности', 'идентификаци*', 'комментари*',
      'пропаганд*', 'доступ* к информации', 'ограниченного распространения', 'информации и коммуникаци*', 'vpn', 'право на забвение', 'клевет*', 'оскорблени*', 'экстремизм*', 'блокировк*', 'мирн* собрани*', 'референдум*', 'нко', 'иностранн* влияни*', 'анонимн*', 'пользовател* соцсет*', 'грант* из-за рубежа', 'помечать * публикаци*', 'комментатор*', 'онлайн-издани*'],
  },
  {
    id: 'legislation.kk.law-near-media', kind: 'near', lang: 'kk', category: 'legislation', within: 12, weight: 2,
    a: ['заң', 'заңы*', 'заңға', 'заңда*', 'заңның', 'заңын', 'заңмен', 'заңнама*', 'заң жоба*', 'түзету*', 'өзгерістер мен толықтырулар', 'ереже*', 'жарлық*', 'бұйрық*', 'кодекс*', 'қағида*'],
    b: ['бақ', 'масс-медиа', 'медиа*', 'журналист*', 'сөз бостандығ*', 'әлеуметтік желі*', 'интернет*', 'аккредиттеу*', 'аккредитация*', 'жалған ақпарат*',
      'лгбт', 'насихат*', 'контент*', 'баспасөз картасы*', 'telegram-арна*', 'телеграм*', 'репост*', 'блогер*', 'жала жабу*', 'қорлау*', 'жазылушы*', 'бақ қатарына', 'пікір автор*', 'сәйкестендір*', 'жаңалық сайт*', 'комментатор*', 'онлайн-басылым*'],
  },
  {
    id: 'legislation.en.law-near-media', kind: 'near', lang: 'en', category: 'legislation', within: 12, weight: 2,
    a: ['law', 'laws', 'bill', 'bills', 'draft law*', 'amendment*', 'regulation*', 'decree*', 'rules', 'legislat*', 'constitution', 'referendum', 'manual',
      'action plan', 'legal act*', 'resolution', 'draft order*', 'criminal code', 'administrative code', 'code of administrative offen*'],
    b: ['media', 'journalist*', 'freedom of speech', 'freedom of expression', 'internet', 'social network*', 'online platform*', 'accreditation', 'false information',
      'foreign agent*', 'propaganda', 'content', 'rumors', 'rumours', 'censorship', 'publishing', 'blocking', 'expression', 'lgbt', 'blog*', 'official information',
      'restricted access', 'mass medium', 'followers', 'journalists\' requests', 'requests from journalists', 'information and communication*', 'mass communication*', 'vpn*', 'virtual private network*', 'right to be forgotten', 'access to information', 'defamation', 'libel', 'insult'],
  },
  {
    id: 'legislation.any.law-making', kind: 'any', lang: 'any', category: 'legislation', weight: 1,
    terms: ['законопроект*', 'проект закона', 'проекте закона', 'поправк*', 'внесени* изменени*', 'изменени* и дополнени*', 'принял* закон', 'принят* закон*', 'подписал*', 'вступ* в силу', 'вступил* в силу', 'утвердил*', 'утвержден*',
      'мажилис*', 'парламент*', 'депутат*', 'сенат*', 'предлага*', 'предложил*', 'предложени*', 'инициатив*', 'обсужд*', 'новы* закон*', 'нов* редакци*', 'разработ*', 'министерств*',
      'заң жоба*', 'жобасы*', 'жобасын*', 'қабылда*', 'қол қойды', 'мәжіліс*', 'ұсын*', 'күшіне ен*', 'бекіт*', 'өзгерістер*', 'түзетулер*', 'талқыла*', 'министрлі*', 'қатаңдат*', 'ужесточ*', 'tighten*',
      'draft*', 'adopted', 'adopt', 'signed', 'parliament*', 'mazhilis', 'majilis', 'senate', 'deputy', 'deputies', 'lawmakers', 'proposed', 'proposal*', 'amend*', 'bill', 'bills',
      'came into force', 'comes into force', 'came into effect', 'comes into effect', 'took effect', 'approved', 'entered into force', 'enter into force', 'introduce*', 'initiative', 'new law', 'new rules', 'discuss*'],
  },
  {
    id: 'legislation.en.codes-adopted', kind: 'near', lang: 'en', category: 'legislation', within: 8, weight: 3,
    a: ['criminal code', 'code of administrative offen*', 'administrative code', 'criminal and procedural', 'codes'],
    b: ['adopted', 'veto', 'signed', 'draft', 'amendments', 'came into force', 'entered into force', 'passed'],
  },
  { id: 'legislation.ru.phrases', kind: 'any', lang: 'ru', category: 'legislation', weight: 3, terms: ['закон* «о масс-медиа»', 'закон* о масс-медиа', 'закон* «о средствах массовой информации»', 'закон* о сми', 'проект* закона «о масс-медиа»', 'правил* аккредитаци* журналист*', 'закон* «о доступе к информации»', 'закон* об онлайн-платформах'] },
  { id: 'legislation.kk.phrases', kind: 'any', lang: 'kk', category: 'legislation', weight: 3, terms: ['масс-медиа туралы', '«масс-медиа туралы»', 'бұқаралық ақпарат құралдары туралы', 'ақпаратқа қол жеткізу туралы', 'онлайн-платформалар туралы'] },
  { id: 'legislation.en.phrases', kind: 'any', lang: 'en', category: 'legislation', weight: 3, terms: ['law on mass media', 'law "on mass media"', 'law on media', 'on mass media', 'law on access to information', 'law on online platforms', 'draft law on', 'information and communication issues'] },
  {
    id: 'legislation.any.penalties-proposed', kind: 'near', lang: 'any', category: 'legislation', within: 10, weight: 3,
    a: ['@falseInformation', '@defamation', '@discord', '@posting', '@journalist', '@outlet', 'блогер*', 'социальн* сет*', 'соцсет*', 'свобод* слова', 'bloggers',
      'social media', 'social network*', 'freedom of speech', 'сөз бостандығ*', 'әлеуметтік желі*'],
    b: ['ужесточ*', 'увеличить штраф*', 'увеличени* штраф*', 'повысить штраф*', 'повышени* штраф*', 'удвоить штраф*', 'ввести ответственност*', 'ввести уголовн*',
      'криминализ*', 'декриминализ*', 'вернуть клевет*', 'doubling', 'double the fines', 'increase fines', 'increasing fines', 'raise fines', 'tougher penalties',
      'harsher penalties', 'decriminali*', 'criminali*', 'айыппұлды көбейт*', 'айыппұлдарды көбейт*', 'айыппұлды екі есе', 'айыппұлдарды екі есе', 'айыппұлды арттыр*',
      'жазаны күшейт*', 'жауапкершілікті күшейт*', 'қатаңдат*'],
  },
];
