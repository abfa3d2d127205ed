// A cheap guess of an item's language when neither the source nor the document says it.
import type { Language } from '../domain/taxonomy';

const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const CYRILLIC = /[а-яёА-ЯЁ]/g;
const LATIN = /[a-zA-Z]/g;

/** Kazakh-only letters decide kk even when sparse: Kazakh text uses them in nearly every sentence. */
export function guessLanguage(text: string): Language | undefined {
  const sample = text.slice(0, 4000);
  const kazakh = sample.match(KAZAKH)?.length ?? 0;
  const cyrillic = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (cyrillic + kazakh === 0 && latin === 0) return undefined;
  if (cyrillic + kazakh >= latin) return kazakh > 0 && kazakh * 50 >= cyrillic ? 'kk' : 'ru';
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
