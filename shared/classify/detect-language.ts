// The one language detector of items, ru/kk/en, for ingest, import and the CLI alike: Kazakh-only
// letters first, then Latin- or Arabic-script Kazakh, then the share of Cyrillic vs Latin letters, with a
// function-word vote for short Cyrillic text without Kazakh letters. Also reads language tags.
import { detectKazakhScript } from '../domain/transliteration';
import type { Language } from '../domain/taxonomy';

const SAMPLE = 5000;
const KAZAKH_ONLY = /[әғқңөұүһі]/g;
const CYRILLIC = /[а-яё]/g;
const LATIN = /[a-z]/g;
const KK_WORDS = /(?<![а-яәғқңөұүһі])(мен|бен|пен|және|деп|осы|бұл|бар|жоқ|емес|деген|үшін|жылы|қаласы|туралы|бойынша)(?![а-яәғқңөұүһі])/g;
const RU_WORDS = /(?<![а-яё])(и|в|на|не|что|по|с|для|это|был|была|как|из|о|к|от)(?![а-яё])/g;

/** The language of a text, or undefined when it has no letters of any of the three. */
export function detectLanguage(text: string): Language | undefined {
  const lower = text.slice(0, SAMPLE).toLowerCase();
  const script = detectKazakhScript(lower);
  // The Arabic script here is the Kazakh töte jazu of diaspora outlets.
  if (script !== undefined && script !== 'cyrillic') return 'kk';
  const kazakh = lower.match(KAZAKH_ONLY)?.length ?? 0;
  const cyr = lower.match(CYRILLIC)?.length ?? 0;
  const latin = lower.match(LATIN)?.length ?? 0;
  if (cyr + kazakh === 0 && latin === 0) return undefined;
  if (cyr + kazakh >= latin) {
    // Kazakh text uses its own letters in nearly every sentence; a Russian text quoting a Kazakh name has a few.
    if (kazakh >= Math.max(1, (cyr + kazakh) * 0.015)) return 'kk';
    const kkVotes = lower.match(KK_WORDS)?.length ?? 0;
    const ruVotes = lower.match(RU_WORDS)?.length ?? 0;
    return kkVotes > ruVotes ? 'kk' : 'ru';
  }
  return 'en';
}

/** `ru-RU`, `kz`, `kk-KZ`, `en-us` → a working language, else undefined. */
export function languageFromTag(tag: string | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'ru') return 'ru';
  if (primary === 'kk' || primary === 'kz' || primary === 'kaz') return 'kk';
  if (primary === 'en') return 'en';
  return undefined;
}
