// Sums in tenge as integers: `25 млн 700 тыс. тенге`, `2 million 405 thousand tenge`, `KZT150 millions`,
// `1,29 млн тг`, `₸ 16,4 млрд`, `500 000 теңге`. Offered to reviewers, never trusted silently.
//
// Feed text is untrusted, so this is a single left-to-right scan and not one regular expression: a
// pattern like `(number)(\s+number)*` before a currency, where a number may itself contain spaced
// thousands, can split "111 111 111 …" in exponentially many ways before it fails. Here each run of
// numbers is read once into items, and spaced thousands are joined while parsing the items.

const SCALES: Array<[RegExp, number]> = [
  [/^(?:трлн|триллион|trillion|трлн\.)/, 1e12],
  [/^(?:млрд|миллиард|billion|bln|bn)/, 1e9],
  [/^(?:млн|миллион|million|mln|mn)/, 1e6],
  [/^(?:тыс|тысяч|мың|thousand|k$)/, 1e3],
];
// Flat alternations tried at one position (sticky), longer words before their prefixes (`тысяч` before
// `тыс`): no nested repetition, so each try is linear in the word.
const SCALE_AT = /трлн\.?|триллион[а-я]*|trillions?|млрд\.?|миллиард[а-яә]*|billions?|bln|bn|млн\.?|миллион[а-яә]*|millions?|mln|mn|тысяч[а-я]*|тыс\.?|мың|thousands?/y;
const CURRENCY_AT = /(?:тенге|теңге|тг\.?|kzt|tenge|₸)(?![a-zа-я])/y;
const CURRENCY_FIRST = ['kzt', '₸'];

/** One number as written (`1,29`, `500`, `13000000`) with the scale word that follows it, if any. */
interface NumberItem {
  numeral: string;
  /** The single space or no-break space before this item, when that was the whole gap (spaced thousands). */
  singleSpaceBefore: boolean;
  scaleWord?: string;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (isSpace(text[at])) at += 1;
  return at;
}

/** End of `\d+(?:[.,]\d+)*` starting at a digit. */
function numeralEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    while (isDigit(text[at])) at += 1;
    if ((text[at] === '.' || text[at] === ',') && isDigit(text[at + 1])) at += 1;
    else return at;
  }
}

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** Numbers separated by white space, each with an optional scale word, from a digit at `from`. */
function readNumberRun(text: string, from: number): { items: NumberItem[]; end: number } {
  const items: NumberItem[] = [];
  let at = from;
  let singleSpaceBefore = false;
  for (;;) {
    const end = numeralEnd(text, at);
    const item: NumberItem = { numeral: text.slice(at, end), singleSpaceBefore };
    let itemEnd = end;
    const scaleAt = skipSpaces(text, end);
    const scaleWord = matchAt(SCALE_AT, text, scaleAt);
    if (scaleWord) {
      item.scaleWord = scaleWord;
      itemEnd = scaleAt + scaleWord.length;
    }
    items.push(item);
    const next = skipSpaces(text, itemEnd);
    if (next === itemEnd || !isDigit(text[next])) return { items, end: itemEnd };
    singleSpaceBefore = next === itemEnd + 1 && (text[itemEnd] === ' ' || text[itemEnd] === '\u00a0');
    at = next;
  }
}

function parseNumber(raw: string, scaled: boolean): number {
  // `1,000,000` or `1.000.000`: thousands separators; `1,29` or `16.4`: a decimal fraction.
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(raw) && !scaled) return Number(raw.replace(/[.,]/g, ''));
  const parts = raw.split(/[.,]/);
  if (parts.length > 2) return Number(parts.join(''));
  return Number(parts.join('.'));
}

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  for (const [re, value] of SCALES) if (re.test(word)) return value;
  return 1;
}

/** Joins spaced thousands (`500 000`: 1–3 digits, then groups of exactly 3 after one space) into one number. */
function groupThousands(items: NumberItem[]): Array<{ numeral: string; scaleWord?: string }> {
  const groups: Array<{ numeral: string; scaleWord?: string }> = [];
  let joinable = false;
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && joinable && item.singleSpaceBefore && /^\d{3}$/.test(item.numeral)) {
      last.numeral += item.numeral;
      last.scaleWord = item.scaleWord;
    } else {
      groups.push({ numeral: item.numeral, scaleWord: item.scaleWord });
      joinable = /^\d{1,3}$/.test(item.numeral);
    }
    if (item.scaleWord) joinable = false;
  }
  return groups;
}

function parseAmount(items: NumberItem[]): number | undefined {
  let total = 0;
  let lastScale = Infinity;
  for (const group of groupThousands(items)) {
    const scale = scaleOf(group.scaleWord);
    // `25 млн 700 тыс.` adds up; a second number of the same or larger scale starts another amount.
    if (scale >= lastScale && total > 0) break;
    total += parseNumber(group.numeral, scale > 1) * scale;
    lastScale = scale;
  }
  if (!Number.isFinite(total) || total <= 0) return undefined;
  return Math.round(total);
}

/** Amounts in tenge found in normalised text, in order, without duplicates. */
export function findAmountsKzt(text: string): number[] {
  const found: Array<{ at: number; value: number }> = [];
  const record = (at: number, items: NumberItem[]) => {
    const value = parseAmount(items);
    if (value !== undefined && value >= 10) found.push({ at, value });
  };
  // Numbers followed by a currency: `500 000 теңге`, `25 млн 700 тыс. тенге`.
  for (let at = 0; at < text.length; ) {
    const previous = text[at - 1];
    if (!isDigit(text[at]) || isDigit(previous) || previous === '.' || previous === ',') {
      at += 1;
      continue;
    }
    const run = readNumberRun(text, at);
    const currency = matchAt(CURRENCY_AT, text, skipSpaces(text, run.end));
    if (currency) record(at, run.items);
    at = run.end;
  }
  // A currency followed by numbers: `KZT150 millions`, `₸ 16,4 млрд`.
  for (const mark of CURRENCY_FIRST) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length)) {
      const start = skipSpaces(text, at + mark.length);
      if (isDigit(text[start])) record(at, readNumberRun(text, start).items);
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.value))];
}
