// Kazakh is written in Cyrillic, in four Latin alphabets (the 2017 apostrophe one, the 2018 acute-accent
// one, the 2019/2021 one with ä ö ü ğ ı ş ū ñ and the informal ASCII spelling with sh/ch/zh/q/gh/ng) and,
// by Kazakhs abroad, in the Arabic-based töte jazu. Matching and name comparison work on Cyrillic:
// this module converts the others to it, keeping for every output char the span of input it came from,
// and gives a script-neutral key for comparing names across alphabets.

export type KazakhScript = 'cyrillic' | 'latin-2017' | 'latin-2018' | 'latin-2019' | 'latin-2021' | 'latin-informal' | 'arabic';

/** Text converted to Cyrillic; output char k came from input [starts[k], ends[k]). */
export interface TransliteratedText {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  /** The script the input was read as; 'cyrillic' means it was copied unchanged. */
  script: KazakhScript;
}

const SAMPLE = 4000;
/** Function words and endings are counted in the first chars only: a paragraph decides. */
const WORD_SAMPLE = 1000;
const SHORT_WORD_SAMPLE = 300;

function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0x24f && c !== 0xf7);
}

function isCyrillicLetter(c: number): boolean {
  return c >= 0x430 && c <= 0x4ff;
}

function isArabicLetter(c: number): boolean {
  return c >= 0x621 && c <= 0x6ff;
}

const KK_2018 = /[áǵńóúý]/g;
const KK_2021 = /[äöüğñşū]/g;
const KK_2019 = /[ǧŋ]/g;
// The 2017 alphabet marks ә ғ ң ө ү ұ ш ч й with an apostrophe after the base letter; English "n't" is excluded.
const KK_2017 = /(?<=[agnouysci])['’](?=[a-z])/g;
const EN_APOSTROPHE = /n['’]t\b/g;
// Words that only Kazakh writes this way in Latin letters: conjunctions, postpositions, frequent case endings.
const KK_WORDS = /\b(men|jane|jáne|jäne|turaly|týraly|twralı|ushin|úshin|üşin|boiynsha|boıynsha|boyınşa|dep|degen|bul|bwl|osy|osı|qazaqstan\w*|qala\w*|oblys\w*|oblıs\w*|jyly|jılı|biyl|bıyl|kerek|emes|bar|joq|sot\w*|tilshi\w*|tilşi\w*|jurnalist\w*|zhurnalist\w*|jýrnalıst\w*)\b/g;
const KK_SUFFIX = /[a-zıáǵńóúýäöüğñşū]{3,}(dy|di|ty|ti|dı|tı|ǵa|ğa|gha|qa|ge|ke|da|de|ta|te|nyń|nıñ|nyng|niń|niñ|ning|lar|ler|dar|der|tar|ter|myz|miz|dyń|diń|ğan|ǵan|gen|qan|ken)\b/g;
const EN_WORDS = /\b(the|of|and|to|in|was|is|are|for|on|with|by|that|this|from|has|have|were|at|an|be|it|its|not|which|who)\b/g;
const Q_NOT_QU = /q(?!u)/g;
const Y_AFTER_CONSONANT = /[bdfghjklmnpqrstvzğñş]y/g;
const Y_AFTER_VOWEL = /[aeiouıäöüū]y/g;

const count = (re: RegExp, s: string): number => s.match(re)?.length ?? 0;

/**
 * Which script a text is written in, when it is Kazakh outside Cyrillic; undefined for text that is not
 * Latin- or Arabic-script Kazakh (Cyrillic text, English, other languages). Enough letters for a headline
 * of five words: the alphabet's own letters and Kazakh function words and endings decide. When the
 * text is known to be Kazakh (`kazakh`: the item's language says so), a short Latin text needs no
 * Kazakh words of its own, only no more English ones.
 */
export function detectKazakhScript(text: string, known: { kazakh?: boolean } = {}): KazakhScript | undefined {
  const sample = text.slice(0, SAMPLE).toLowerCase();
  let latin = 0;
  let cyrillic = 0;
  let arabic = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (isLatinLetter(c)) latin++;
    else if (isCyrillicLetter(c)) cyrillic++;
    else if (isArabicLetter(c)) arabic++;
  }
  if (arabic > 0 && arabic >= latin && arabic >= cyrillic) return 'arabic';
  if (cyrillic >= latin) return cyrillic > 0 ? 'cyrillic' : undefined;
  if (latin < 12) return undefined;
  const m2018 = count(KK_2018, sample);
  const m2021 = count(KK_2021, sample);
  const m2019 = count(KK_2019, sample);
  const m2017 = count(KK_2017, sample) - count(EN_APOSTROPHE, sample);
  const dotless = count(/ı/g, sample);
  const q = count(Q_NOT_QU, sample);
  const letters = m2018 + m2021 + m2019 + Math.max(0, m2017) + dotless + q;
  // Without one letter of its own (q, ı, an accent), only the first sentences are searched for Kazakh
  // words and endings: English text is spared most of the counting.
  const wordSample = letters === 0 ? SHORT_WORD_SAMPLE : WORD_SAMPLE;
  const words = sample.length > wordSample ? sample.slice(0, wordSample) : sample;
  const kazakh = 2 * letters + 2 * count(KK_WORDS, words) + count(KK_SUFFIX, words);
  const english = 3 * count(EN_WORDS, words);
  if (known.kazakh ? english > kazakh : kazakh < 4 || kazakh <= english) return undefined;
  // A few letters of another alphabet's diacritics are names or typos; the majority decides.
  if (m2017 >= 2 && m2017 > m2018 + m2021) return 'latin-2017';
  if (m2019 > 0 && m2019 + m2021 > m2018) return 'latin-2019';
  // 2019 and 2021 share ä ğ ñ ş ū; 2019 writes ы as y (-dy, qyz), 2021 writes й as y, which follows a vowel.
  if (m2021 > m2018 && count(Y_AFTER_CONSONANT, sample) > Math.max(1, count(Y_AFTER_VOWEL, sample))) return 'latin-2019';
  if (m2021 > m2018) return 'latin-2021';
  if (m2018 > 0 || dotless > 0) return 'latin-2018';
  return 'latin-informal';
}

const COMMON: Record<string, string> = {
  a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п',
  q: 'қ', r: 'р', s: 'с', t: 'т', v: 'в', z: 'з', x: 'х', c: 'ц',
};

type Table = Record<string, string>;

const LATIN_TABLES: Record<Exclude<KazakhScript, 'cyrillic' | 'arabic'>, Table> = {
  'latin-2017': { ...COMMON, i: 'і', y: 'ы', u: 'у', w: 'у', "a'": 'ә', "g'": 'ғ', "n'": 'ң', "o'": 'ө', "u'": 'ү', "y'": 'ұ', "s'": 'ш', "c'": 'ч', "i'": 'й' },
  // ı is и between consonants and й after a vowel (handled below).
  'latin-2018': { ...COMMON, i: 'і', y: 'ы', u: 'ұ', w: 'у', á: 'ә', ǵ: 'ғ', ń: 'ң', ó: 'ө', ú: 'ү', ý: 'у', ı: 'и', ä: 'ә', ö: 'ө', ü: 'ү', ğ: 'ғ', ñ: 'ң', ş: 'ш' },
  'latin-2019': { ...COMMON, i: 'и', ı: 'і', y: 'ы', u: 'у', ū: 'ұ', w: 'ұ', ä: 'ә', ǧ: 'ғ', ğ: 'ғ', ŋ: 'ң', ñ: 'ң', ö: 'ө', ü: 'ү', ş: 'ш', ç: 'ч' },
  // Also the Turkish-like spelling of some outlets, with w for ұ.
  'latin-2021': { ...COMMON, i: 'і', ı: 'ы', y: 'й', u: 'у', ū: 'ұ', w: 'ұ', ä: 'ә', ğ: 'ғ', ñ: 'ң', ö: 'ө', ü: 'ү', ş: 'ш', ç: 'ч' },
  // Typed without any diacritics, so а/ә, о/ө, у/ұ/ү, г/ғ and н/ң fall together on the plain letter.
  'latin-informal': { ...COMMON, i: 'і', y: 'ы', u: 'у', w: 'у' },
};


const CYR_VOWELS = 'аәеиоөұүыіэюяу';

/** One-char table of the töte jazu; the four letters that differ by vowel harmony are resolved per word. */
const ARABIC: Record<number, string> = {
  0x628: 'б', 0x67e: 'п', 0x62a: 'т', 0x62c: 'ж', 0x686: 'ч', 0x62d: 'х', 0x62e: 'х', 0x62f: 'д', 0x631: 'р', 0x632: 'з',
  0x633: 'с', 0x634: 'ш', 0x639: 'ғ', 0x63a: 'ғ', 0x641: 'ф', 0x642: 'қ', 0x643: 'к', 0x6a9: 'к', 0x6af: 'г', 0x6ad: 'ң',
  0x644: 'л', 0x645: 'м', 0x646: 'н', 0x6be: 'һ', 0x647: 'һ', 0x6c6: 'в', 0x6cb: 'у', 0x64a: 'и', 0x6cc: 'и', 0x6d5: 'е',
  0x675: 'а', 0x676: 'о', 0x677: 'у', 0x678: 'і', 0x60c: ',', 0x61b: ';', 0x61f: '?', 0x66a: '%',
};
// The hamza marks a whole word as front, but loanwords written with front letters (بلوگەر, блогер) keep
// back vowels: ә/а, ө/о and ү/ұ are therefore read as the plain а, о, у, which Kazakh matching accepts
// (see the reduced spelling of terms); ы/і, which the script does tell apart per word, follow the harmony.
const ARABIC_HARMONY: Record<number, [back: string, front: string]> = {
  0x627: ['а', 'а'], 0x648: ['о', 'о'], 0x6c7: ['у', 'у'], 0x649: ['ы', 'і'],
};
const HAMZA = new Set([0x621, 0x674]);
/** Letters that only front-vowel words contain, which is why such words carry no hamza. */
const FRONT_LETTERS = new Set([0x621, 0x674, 0x643, 0x6af, 0x6d5, 0x6a9]);

/** Output chars with their input spans, in typed arrays (one char in gives at most two out: ия). */
class Output {
  chars: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(inputLength: number) {
    this.chars = new Uint16Array(2 * inputLength + 2);
    this.starts = new Int32Array(2 * inputLength + 2);
    this.ends = new Int32Array(2 * inputLength + 2);
  }
  push(c: number, start: number, end: number): void {
    this.chars[this.length] = c;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  /** The last char written, or 0. */
  get last(): number {
    return this.length > 0 ? this.chars[this.length - 1]! : 0;
  }
}

const code = (ch: string): number => ch.charCodeAt(0);
const VOWEL_CODES = new Uint8Array(0x500);
for (const ch of CYR_VOWELS) VOWEL_CODES[code(ch)] = 1;
const isCyrVowel = (c: number): boolean => c < 0x500 && VOWEL_CODES[c] === 1;
const LATIN_VOWELS = new Set([...'aeiouyıáóúýäöüū'].map(code));

/** Per alphabet: Latin code → Cyrillic code (0: keep the char), built once. */
const LATIN_CODE_TABLES = new Map<string, Uint16Array>();
function latinCodeTable(script: Exclude<KazakhScript, 'cyrillic' | 'arabic'>): Uint16Array {
  let table = LATIN_CODE_TABLES.get(script);
  if (!table) {
    table = new Uint16Array(0x300);
    for (const [latin, cyr] of Object.entries(LATIN_TABLES[script])) if (latin.length === 1) table[code(latin)] = code(cyr);
    LATIN_CODE_TABLES.set(script, table);
  }
  return table;
}

function upper(c: number): number {
  return String.fromCharCode(c).toUpperCase().charCodeAt(0);
}

const APOSTROPHES = new Set([0x27, 0x2019]);
const [A, G, H, I, N, S, Y, Z, C, K, U, UA] = [...'aghinsyzckuý'].map(code) as [number, number, number, number, number, number, number, number, number, number, number, number];
const DOTLESS_I = code('ı');

function latinToCyrillic(input: string, script: Exclude<KazakhScript, 'cyrillic' | 'arabic'>, out: Output): void {
  const table = latinCodeTable(script);
  const lowerText = input.toLowerCase();
  // A lower-case form of another length (İ) would shift every offset: such a text is read as it is.
  const lower = lowerText.length === input.length ? lowerText : input;
  const n = input.length;
  const isLetter = (k: number): boolean => {
    if (k < 0 || k >= n) return false;
    const c = lower.charCodeAt(k);
    return isLatinLetter(c) || isCyrillicLetter(c);
  };
  const informal = script === 'latin-informal';
  const s2017 = script === 'latin-2017';
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    const isUpper = c !== input.charCodeAt(i);
    const next = i + 1 < n ? lower.charCodeAt(i + 1) : 0;
    if (s2017) {
      const marked = APOSTROPHES.has(next) && isLetter(i + 2) ? LATIN_TABLES['latin-2017'][`${lower[i]}'`] : undefined;
      if (marked) {
        out.push(isUpper ? upper(code(marked)) : code(marked), i, i + 2);
        i++;
        continue;
      }
    } else {
      // sh ch zh kh, and gh (ғ, or г where diacritics are missing); ng is ң at the end of a syllable
      // (zang, erkindigining) and н+г before a vowel (engizu).
      let di = 0;
      if (next === H) di = c === S ? code('ш') : c === C ? code('ч') : c === Z ? code('ж') : c === K ? code('х') : c === G ? code(informal ? 'г' : 'ғ') : 0;
      else if (c === N && next === G && !LATIN_VOWELS.has(i + 2 < n ? lower.charCodeAt(i + 2) : 0)) di = code(informal ? 'н' : 'ң');
      if (di) {
        out.push(isUpper ? upper(di) : di, i, i + 2);
        i++;
        continue;
      }
    }
    const afterVowel = isCyrVowel(out.last) && isLetter(i - 1);
    // я and ю are spelt ya/yu (ıa/ıý in 2018): after a consonant they read ия/ию (жария, аккредитация).
    if (!s2017 && (c === Y || (c === DOTLESS_I && script === 'latin-2018')) && (next === A || next === U || next === UA)) {
      const vowel = next === A ? code('я') : code('ю');
      if (isLetter(i - 1) && !afterVowel) {
        out.push(isUpper ? upper(code('и')) : code('и'), i, i + 2);
        out.push(vowel, i, i + 2);
      } else out.push(isUpper ? upper(vowel) : vowel, i, i + 2);
      i++;
      continue;
    }
    let cyr = c < 0x300 ? table[c]! : 0;
    if (c === DOTLESS_I && script === 'latin-2018') cyr = code(afterVowel ? 'й' : 'и');
    // Informal spelling writes й as i after a vowel (aiyppul, qoiyldy): Kazakh has no vowel before і.
    else if (c === I && informal && afterVowel) cyr = code('й');
    out.push(cyr ? (isUpper ? upper(cyr) : cyr) : input.charCodeAt(i), i, i + 1);
  }
}

function arabicToCyrillic(input: string, out: Output): void {
  const n = input.length;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (!isArabicLetter(c)) {
      const punctuation = ARABIC[c];
      out.push(c >= 0x660 && c <= 0x669 ? 0x30 + c - 0x660 : punctuation ? code(punctuation) : c, i, i + 1);
      i++;
      continue;
    }
    let end = i;
    let front = false;
    while (end < n && isArabicLetter(input.charCodeAt(end))) {
      if (FRONT_LETTERS.has(input.charCodeAt(end))) front = true;
      end++;
    }
    for (let k = i; k < end; k++) {
      const a = input.charCodeAt(k);
      if (HAMZA.has(a) || a === 0x640) continue; // the hamza only marks the word as front; tatweel is decoration
      const harmony = ARABIC_HARMONY[a];
      const cyr = harmony ? harmony[front ? 1 : 0] : ARABIC[a];
      if (!cyr) continue;
      const cyrCode = cyr === 'и' && k > i && isCyrVowel(out.last) ? code('й') : code(cyr);
      // The hamza a word starts with belongs to its first letter, so a highlight includes it.
      out.push(cyrCode, k === i + 1 && HAMZA.has(input.charCodeAt(i)) ? i : k, k + 1);
    }
    i = end;
  }
}

const UTF16 = new TextDecoder('utf-16le');

/**
 * Converts Kazakh in any of its alphabets to Cyrillic, keeping case. `script` defaults to what
 * `detectKazakhScript` says; text that is not Kazakh outside Cyrillic is returned unchanged.
 */
export function kazakhToCyrillic(input: string, script: KazakhScript | undefined = detectKazakhScript(input)): TransliteratedText {
  if (script === undefined || script === 'cyrillic') {
    const starts = new Int32Array(input.length);
    const ends = new Int32Array(input.length);
    for (let i = 0; i < input.length; i++) {
      starts[i] = i;
      ends[i] = i + 1;
    }
    return { text: input, starts, ends, script: 'cyrillic' };
  }
  const out = new Output(input.length);
  if (script === 'arabic') arabicToCyrillic(input, out);
  else latinToCyrillic(input, script, out);
  return { text: UTF16.decode(out.chars.subarray(0, out.length)), starts: out.starts.slice(0, out.length), ends: out.ends.slice(0, out.length), script };
}

const KEY_CYRILLIC: Record<string, string> = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', э: 'e', ж: 'j', з: 'z', и: 'i', й: 'i', і: 'i', ы: 'i',
  к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u',
  ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ь: '', ю: 'iu', я: 'ia',
};
const KEY_LATIN: Record<string, string> = {
  á: 'a', ä: 'a', à: 'a', â: 'a', ǵ: 'g', ğ: 'g', ǧ: 'g', ń: 'n', ñ: 'n', ŋ: 'n', ó: 'o', ö: 'o', ô: 'o', ú: 'u', ü: 'u',
  ū: 'u', ý: 'u', ı: 'i', í: 'i', ï: 'i', y: 'i', é: 'e', è: 'e', ş: 'sh', ç: 'ch', w: 'u', q: 'k', x: 'h', c: 'ts',
};

/**
 * A key that is equal for the spellings of one name in any alphabet: «Шыңғыс Сәрсенбайұлы», "Shyńǵys
 * Sársenbaıuly", "Şyñğys Särsenbaiūly" and "Shyngys Sarsenbayuly" all give `shingis sarsenbaiuli`.
 * Vowels and consonants that the alphabets tell apart differently fall together; doubled letters
 * count once. For comparing names, not for display.
 */
export function nameFoldingKey(name: string): string {
  const script = detectKazakhScript(name);
  const source = script === 'arabic' ? kazakhToCyrillic(name, 'arabic').text : name;
  let s = source.normalize('NFC').toLowerCase();
  s = s.replace(/dzh|zh|dj/g, 'j').replace(/kh/g, 'h').replace(/['’ʼ`]/g, '');
  let out = '';
  for (const ch of s) {
    const mapped = KEY_CYRILLIC[ch] ?? KEY_LATIN[ch];
    if (mapped !== undefined) out += mapped;
    else if (/[\p{L}\p{N}]/u.test(ch)) out += ch.normalize('NFD').replace(/\p{M}/gu, '');
    else out += ' ';
  }
  return out
    .replace(/(.)\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
