// Cyrillic Kazakh respelt in Latin letters, as people type it, to check that the classifier reads every
// spelling of a sentence alike. Written for the tests; the product only reads Latin, never writes it.

/** The informal ASCII spelling: no diacritics, sh/ch/zh/gh/ng, q for қ, y for ы, i for і и й. */
const INFORMAL: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'gh', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', қ: 'q', л: 'l',
  м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'h', һ: 'h', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** The 2021 official alphabet: ä ö ü ū ğ ñ ş, ı for ы, i for і and и, y for й. */
const OFFICIAL_2021: Record<string, string> = {
  ...INFORMAL, ә: 'ä', ғ: 'ğ', ж: 'j', и: 'i', й: 'y', ң: 'ñ', ө: 'ö', ұ: 'ū', ү: 'ü', ч: 'ç', ш: 'ş', щ: 'şş', ы: 'ı', ю: 'iu', я: 'ia',
};

export type LatinSpelling = 'informal' | '2021';

export function toLatinKazakh(cyrillic: string, spelling: LatinSpelling): string {
  const table = spelling === 'informal' ? INFORMAL : OFFICIAL_2021;
  let out = '';
  for (const ch of cyrillic) {
    const lower = ch.toLowerCase();
    const latin = table[lower];
    if (latin === undefined) out += ch;
    else out += ch !== lower && latin.length > 0 ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}
