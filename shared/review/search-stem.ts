// The stem of a Russian or Kazakh query word, so a search for any form finds every form: the stem is
// then matched at word starts, as the classifier's rule stems (`журналист*`) are. «журналисты»,
// «журналиста» and «журналист» all become «журналист»; «журналистерге» becomes «журналист».
// Only endings are removed, and a stem keeps at least MIN_STEM letters, so short words stay whole.

const MIN_STEM = 4;

// Longest first, so «ями» is tried before «и».
const RUSSIAN_ENDINGS = [
  'ениями', 'ениях', 'ением', 'ениям', 'ения', 'ение', 'ении', 'ений',
  'ались', 'ились', 'алась', 'илась', 'ался', 'ился', 'ются', 'ется', 'ится', 'атся',
  'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иях', 'ией', 'ать', 'ять', 'ить', 'еть', 'али', 'али', 'или', 'ала', 'ила', 'ало', 'ило', 'ует', 'уют',
  'ях', 'ах', 'ов', 'ев', 'ей', 'ой', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ом', 'ем', 'ам', 'ям', 'ия', 'ью', 'ья', 'ал', 'ил', 'ет', 'ют', 'ут', 'ит', 'ат', 'ят',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
];

// Kazakh agglutinates: plural, possessive and case endings follow each other; up to three are removed.
const KAZAKH_ENDINGS = [
  'лардың', 'лердің', 'дардың', 'дердің', 'тардың', 'тердің', 'ларға', 'лерге', 'дарға', 'дерге', 'тарға', 'терге',
  'лардан', 'лерден', 'дардан', 'дерден', 'тардан', 'терден', 'ларды', 'лерді', 'дарды', 'дерді', 'тарды', 'терді',
  'ының', 'інің', 'сының', 'сінің', 'ынан', 'інен', 'сынан', 'сінен', 'ына', 'іне', 'сына', 'сіне', 'ында', 'інде',
  'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'нан', 'нен', 'дан', 'ден', 'тан', 'тен',
  'мен', 'бен', 'пен', 'ға', 'ге', 'қа', 'ке', 'на', 'не', 'да', 'де', 'та', 'те', 'ды', 'ді', 'ты', 'ті', 'ны', 'ні', 'сы', 'сі', 'ы', 'і',
];

const KAZAKH_LETTERS = /[әғқңөұүһі]/;

function stripOnce(word: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/** The word (already folded: lower case, ё as е) without its inflectional endings. */
export function stemWord(word: string): string {
  if (word.length <= MIN_STEM || !/[а-яәғқңөұүһі]/.test(word)) return word;
  let stem = word;
  // A Kazakh word, or a Russian loanword with Kazakh endings («журналистерге»): Kazakh endings first.
  if (KAZAKH_LETTERS.test(word) || /(?:лар|лер|дар|дер|тар|тер)(?:|ге|ға|ді|ды|дің|дың|ден|дан|мен|де|да|і|ы)$/.test(word)) {
    for (let i = 0; i < 3; i++) {
      const next = stripOnce(stem, KAZAKH_ENDINGS);
      if (next === stem) break;
      stem = next;
    }
    return stem;
  }
  return stripOnce(stem, RUSSIAN_ENDINGS);
}
