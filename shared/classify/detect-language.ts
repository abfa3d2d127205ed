// Language of an item, ru/kk/en: Kazakh-only letters first, Latin-script Kazakh next, then the share
// of Cyrillic vs Latin letters, with a function-word vote for short Cyrillic text without Kazakh letters.
import type { Language } from '../domain/taxonomy';
import { latinKazakhScheme } from './normalize';

const KAZAKH_ONLY = /[әғқңөұүһі]/g;
const CYRILLIC = /[а-яё]/g;
const LATIN = /[a-z]/g;
const ARABIC = /[\u0600-\u06ff]/g;
const KK_WORDS = /(?<![а-яәғқңөұүһі])(мен|бен|пен|және|деп|осы|бұл|бар|жоқ|емес|деген|үшін|жылы|қаласы|туралы|бойынша)(?![а-яәғқңөұүһі])/g;
const RU_WORDS = /(?<![а-яё])(и|в|на|не|что|по|с|для|это|был|была|как|из|о|к|от)(?![а-яё])/g;

export function detectLanguage(text: string): Language {
  const lower = text.slice(0, 5000).toLowerCase();
  const kazakh = lower.match(KAZAKH_ONLY)?.length ?? 0;
  const cyr = lower.match(CYRILLIC)?.length ?? 0;
  const latin = lower.match(LATIN)?.length ?? 0;
  const arabic = lower.match(ARABIC)?.length ?? 0;
  // The Arabic script in this corpus is the Kazakh tote jazu of diaspora outlets.
  if (arabic > cyr && arabic > latin) return 'kk';
  if (cyr + kazakh >= latin) {
    if (kazakh >= Math.max(1, (cyr + kazakh) * 0.015)) return 'kk';
    const kkVotes = lower.match(KK_WORDS)?.length ?? 0;
    const ruVotes = lower.match(RU_WORDS)?.length ?? 0;
    return kkVotes > ruVotes ? 'kk' : 'ru';
  }
  return latinKazakhScheme(lower) ? 'kk' : 'en';
}
