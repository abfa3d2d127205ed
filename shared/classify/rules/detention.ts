// detention: detention, arrest, house arrest, summons or interrogation of journalists, bloggers or
// activists for what they said, wrote or covered.
import type { Rule } from './rule-types';

export const detentionRules: Rule[] = [
  {
    id: 'detention.ru.who-near-detained', kind: 'near', lang: 'ru', category: 'detention', within: 12, weight: 3,
    a: ['@journalist', 'активист*', 'активистк*', 'правозащитник*', 'оппозиционер*', 'пикетчик*', 'администратор*', 'автор*', 'лидер*', 'информагентств*'],
    b: ['задерж*', 'арест*', 'под стражу', 'стражей', 'вызва* на допрос', 'вызвал* на допрос', 'на допрос', 'допрос*', 'допрашива*',
      'вызвал* в полици*', 'вызва* в полици*', 'вызов* в полици*', 'вызвали в', 'доставил* в отдел*', 'доставлен* в отдел*',
      'в отдел полиции', 'в отделе полиции', 'в полиции', 'в изолятор*', 'сизо', 'домашн* арест*', 'суток', 'сутки',
      'этапирова*', 'выпустил* из сизо', 'освобод*', 'отпустил*', 'свидетел*', 'мера пресечения', 'меру пресечения', 'под домашним'],
  },
  {
    id: 'detention.kk.who-near-detained', kind: 'near', lang: 'kk', category: 'detention', within: 12, weight: 3,
    a: ['@journalist', 'белсенді*', 'журналисін', 'журналистін', 'жетекші*', 'басылым*'],
    b: ['ұстал*', 'ұстады', 'ұстаған*', 'ұстап', 'ұстау*', 'ұстауы*', 'қамау*', 'қамал*', 'қамауға', 'тұтқында*', 'жауапқа шақыр*',
      'жауап алу*', 'жауап алды', 'полицияға шақыр*', 'тергеуге шақыр*', 'полиция* апар*', 'бөлімшесіне*', 'изоляторға', 'тергеу изолятор*',
      'үй қамақ*', 'үй қамағ*', 'үй қамау*', 'тәулікке', 'босатты', 'босатылды', 'куә ретінде', 'абақты*', 'ұстап*'],
  },
  {
    id: 'detention.en.who-near-detained', kind: 'near', lang: 'en', category: 'detention', within: 12, weight: 3,
    a: ['@journalist', 'activist*', 'human rights defender*', 'opposition*', 'picketer*', 'administrator*', 'author*', 'protester*', 'leader*', 'news agency', 'newspaper*', 'initiators'],
    b: ['detain*', 'detention*', 'arrest*', 'summoned', 'summons', 'summon*', 'interrogat*', 'questioned', 'questioning', 'custody',
      'taken to the police', 'taken to police', 'police station', 'house arrest', 'jailed', 'imprisoned', 'in jail', 'released',
      'witness', 'behind bars', 'apprehended', 'days of arrest', 'for 15 days', 'for 10 days', 'remanded'],
  },
  {
    id: 'detention.any.imprisoned', kind: 'near', lang: 'any', category: 'detention', within: 14, weight: 3,
    a: ['@journalist', 'активист*', 'правозащитник*', 'белсенді*', 'activist*', 'civil society activists', 'public figures', 'human rights defender*', 'политзаключ*', 'political prisoner*'],
    b: ['лишени* свобод*', 'лет лишения', 'под стражей', 'под стражу', 'за решетк*', 'колони* * режима', 'колонии', 'в заключени*', 'заключения', 'арестован*', 'арестова*',
      'домашн* арест*', 'бас бостандығынан айыр*', 'абақты*', 'қамауға алын*', 'қамалды', 'years in prison', 'in prison', 'to prison', 'imprisonment', 'deprivation of liberty',
      'behind bars', 'under arrest', 'was arrested', 'were arrested', 'extended arrest', 'extended the arrest', 'house arrest', 'pre-trial detention', 'jailed', 'jails'],
  },
  {
    id: 'detention.any.detained-for-expression', kind: 'near', lang: 'any', category: 'detention', within: 15, weight: 3,
    a: ['заведомо ложн*', 'ложн* информаци*', 'розни', 'жалған ақпарат*', 'жалған хабар*', 'араздық*', 'алауыздық*', 'false information', 'discord', 'enmity',
      'пост', 'посты', 'постов', 'публикаци*', 'соцсет*', 'жазба*', 'әлеуметтік желі*', 'posts', 'repost', 'social network*', 'facebook'],
    b: ['задержан*', 'задержал*', 'ұсталды', 'ұстады', 'ұсталған', 'қамауға', 'detained', 'arrested', 'under arrest', 'лишени* свобод*', 'deprivation of liberty',
      'imprisonment', 'years in prison', 'бас бостандығынан айыр*', 'под стражу', 'домашн* арест*'],
  },
  {
    id: 'detention.any.custody-in-case', kind: 'any', lang: 'any', category: 'detention', weight: 3, requires: ['criminal'],
    terms: ['задержан', 'задержана', 'задержаны', 'задержали', 'арестован*', 'под стражу', 'под стражей', 'из-под стражи', 'домашн* арест*', 'этапирова*',
      'ұсталды', 'ұсталған', 'қамауға алын*', 'қамауға алды', 'үй қамақ*', 'үй қамағ*', 'үй қамау*',
      'detained', 'arrested', 'under arrest', 'house arrest', 'in custody', 'into custody', 'pre-trial detention', 'pretrial detention', 'remanded', 'detention center', 'detention centre'],
  },
  { id: 'detention.ru.phrases', kind: 'any', lang: 'ru', category: 'detention', weight: 3, terms: ['повестк* в кнб', 'вызвали в кнб', 'вызов в кнб', 'задержани* журналист*', 'задержан* журналист*', 'задержал* журналист*', 'задержали блогер*', 'задержали активист*', 'вызов* журналист* на допрос', 'административн* арест*'] },
  { id: 'detention.kk.phrases', kind: 'any', lang: 'kk', category: 'detention', weight: 3, terms: ['журналистерді ұстады', 'журналистерді бәрібір ұстады', 'тілшіні ұстады', 'әкімшілік қамау*'] },
  { id: 'detention.en.phrases', kind: 'any', lang: 'en', category: 'detention', weight: 3, terms: ['detention of journalist*', 'detentions of journalist*', 'detained journalist*', 'arrest of journalist*', 'administrative arrest', 'summons to law enforcement', 'summoned to the police', 'summoned for questioning'] },
  {
    id: 'detention.any.speaker-detained', kind: 'near', lang: 'any', category: 'detention', within: 12, weight: 3,
    a: ['@speaker'], b: ['@detain', '@summon'],
  },
  {
    id: 'detention.any.framing-detained', kind: 'near', lang: 'any', category: 'detention', within: 12, weight: 3,
    a: ['@falseInformation', '@discord', '@defamation', '@posting'], b: ['@detain', '@summon'],
  },
  {
    id: 'detention.any.first-person-detained', kind: 'near', lang: 'any', category: 'detention', within: 3, weight: 3,
    a: ['@firstPerson'], b: ['@detain', '@summon'],
  },
];
