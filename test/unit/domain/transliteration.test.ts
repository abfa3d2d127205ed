// Kazakh in each of its alphabets, on sentences written for these tests: the script is recognised, the
// Cyrillic reading is the usual spelling, and every output char points back at the input it came from.
import { describe, expect, it } from 'vitest';
import { detectKazakhScript, kazakhToCyrillic, nameFoldingKey } from '../../../shared/domain/transliteration';

const SENTENCES = {
  cyrillic: 'Тілші сотқа шақырылып, әлеуметтік желідегі жазбасы үшін айыппұл төледі.',
  'latin-2017': "Tils'i sotqa s'aqyryldy, a'leumettik jelidegi jazbasy u's'in ai'yppy'l to'ledi.",
  'latin-2018': 'Tilshi sotqa shaqyrylyp, áleýmettik jelidegi jazbasy úshin aıyppul tóledi.',
  'latin-2021': 'Tilşi sotqa şaqırılıp, äleumettik jelidegi jazbası üşin ayıppūl töledi.',
  'latin-informal': 'Tilshi sotqa shaqyrylyp, aleumettik jelidegi jazbasy ushin aiyppul toledi.',
  arabic: 'ءتىلشى سوتقا شاقىرىلىپ، الەۋمەتتىك جەلىدەگى جازباسى ءۇشىن ايىپپۇل تولەدى.',
} as const;

describe('detectKazakhScript', () => {
  it('recognises each alphabet of a Kazakh sentence', () => {
    for (const [script, text] of Object.entries(SENTENCES)) expect(detectKazakhScript(text), script).toBe(script);
  });

  it('recognises a Latin-script Kazakh headline of five to eight words', () => {
    expect(detectKazakhScript('Jýrnalıst Almatyda ustaldy, sotqa jiberildi')).toBe('latin-2018');
    expect(detectKazakhScript('Jurnalist Almatyda ustaldy, sotqa jiberildi')).toBe('latin-informal');
    expect(detectKazakhScript('Blogerge jalğan aqparat üşin ayıppūl salındı')).toBe('latin-2021');
    // 2019 shares ş ğ ū with 2021 but writes ы as y after consonants (2021 writes й as y, after vowels).
    expect(detectKazakhScript('Jurnalist saılau uçaskesınen şyğaryldy, komissia törağasy ony şyğaryp jıberdı')).toBe('latin-2019');
  });

  it('reads a short Latin text as Kazakh when the item is known to be Kazakh, but never English', () => {
    const short = 'Zhurnalistin akkauntyn buzyp kirdi.';
    expect(detectKazakhScript(short)).toBeUndefined();
    expect(detectKazakhScript(short, { kazakh: true })).toBe('latin-informal');
    expect(detectKazakhScript('Police detained a journalist covering the protest in Almaty', { kazakh: true })).toBeUndefined();
    expect(detectKazakhScript('Журналиста задержали в Алматы', { kazakh: true })).toBe('cyrillic');
  });

  it('leaves English, Russian and text without letters alone', () => {
    expect(detectKazakhScript('Police detained a journalist covering the protest in Almaty on Monday')).toBeUndefined();
    expect(detectKazakhScript("The reporter didn't answer and wasn't there")).toBeUndefined();
    expect(detectKazakhScript('Журналиста задержали в Алматы')).toBe('cyrillic');
    expect(detectKazakhScript('2024 — 15:30')).toBeUndefined();
  });
});

describe('kazakhToCyrillic', () => {
  it('reads the 2018, 2021 and 2017 alphabets as their Cyrillic spelling', () => {
    expect(kazakhToCyrillic(SENTENCES['latin-2018']).text).toBe('Тілші сотқа шақырылып, әлеуметтік желідегі жазбасы үшін айыппұл төледі.');
    expect(kazakhToCyrillic(SENTENCES['latin-2021']).text).toBe('Тілші сотқа шақырылып, әлеуметтік желідегі жазбасы үшін айыппұл төледі.');
    expect(kazakhToCyrillic(SENTENCES['latin-2017']).text).toBe('Тілші сотқа шақырылды, әлеуметтік желідегі жазбасы үшін айыппұл төледі.');
  });

  it('reads the informal spelling with the letters it cannot tell apart as their plain twins', () => {
    // а/ә, о/ө, у/ұ/ү fall together without diacritics; і, ы, қ and ш survive.
    expect(kazakhToCyrillic(SENTENCES['latin-informal']).text).toBe('Тілші сотқа шақырылып, алеуметтік желідегі жазбасы ушін айыппул толеді.');
  });

  it('reads the Arabic script word by word, front vowels from the hamza', () => {
    expect(kazakhToCyrillic(SENTENCES.arabic).text).toBe('тілші сотқа шақырылып, алеуметтік желідегі жазбасы ушін айыппул толеді.');
  });

  it('maps every output char back to the input chars it came from', () => {
    const input = SENTENCES['latin-2018'];
    const out = kazakhToCyrillic(input);
    const at = out.text.indexOf('шақырылып');
    expect(input.slice(out.starts[at]!, out.ends[at + 'шақырылып'.length - 1]!)).toBe('shaqyrylyp');
    const arabic = kazakhToCyrillic(SENTENCES.arabic);
    const word = arabic.text.indexOf('үшін') >= 0 ? arabic.text.indexOf('үшін') : arabic.text.indexOf('ушін');
    expect(SENTENCES.arabic.slice(arabic.starts[word]!, arabic.ends[word + 3]!)).toBe('ءۇشىن');
  });

  it('keeps the case of the input and returns Cyrillic text unchanged', () => {
    expect(kazakhToCyrillic('QAZAQSTAN jýrnalısteri men blogerleri úshin', 'latin-2018').text).toBe('ҚАЗАҚСТАН журналистері мен блогерлері үшін');
    const same = kazakhToCyrillic(SENTENCES.cyrillic);
    expect(same.text).toBe(SENTENCES.cyrillic);
    expect(same.script).toBe('cyrillic');
  });
});

describe('nameFoldingKey', () => {
  it('gives one key for a name in every alphabet', () => {
    const spellings = ['Шыңғыс Сәрсенбайұлы', 'Shyńǵys Sársenbaıuly', 'Şyñğys Särsenbaiūly', 'Shyngys Sarsenbayuly', 'شىڭعىس سارسەنبايۇلى'];
    const keys = new Set(spellings.map(nameFoldingKey));
    expect([...keys]).toEqual(['shingis sarsenbaiuli']);
  });

  it('folds Russian spellings of the same name too, and ignores punctuation and doubled letters', () => {
    expect(nameFoldingKey('Жанна')).toBe(nameFoldingKey('Zhanna'));
    expect(nameFoldingKey('Асель')).toBe(nameFoldingKey('Assel'));
    expect(nameFoldingKey('  Т.  Ескендірова ')).toBe('t eskendirova');
    expect(nameFoldingKey('Alice')).not.toBe(nameFoldingKey('Alina'));
  });
});
