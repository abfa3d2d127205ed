// Sums in tenge as integers: `25 млн 700 тыс. тенге`, `2 million 405 thousand tenge`, `KZT150 millions`,
// `1,29 млн тг`, `₸ 16,4 млрд`, `500 000 теңге`. Offered to reviewers, never trusted silently.

const SCALES: Array<[RegExp, number]> = [
  [/^(?:трлн|триллион|trillion|трлн\.)/, 1e12],
  [/^(?:млрд|миллиард|billion|bln|bn)/, 1e9],
  [/^(?:млн|миллион|million|mln|mn)/, 1e6],
  [/^(?:тыс|тысяч|мың|thousand|k$)/, 1e3],
];
const SCALE_WORD = String.raw`(?:трлн\.?|триллион[а-я]*|trillions?|млрд\.?|миллиард[а-яә]*|billions?|bln|bn|млн\.?|миллион[а-яә]*|millions?|mln|mn|тыс\.?|тысяч[а-я]*|мың|thousands?)`;
const NUM = String.raw`\d{1,3}(?:[ \u00a0]\d{3})+(?![\d])|\d+(?:[.,]\d+)*`;
const GROUP = String.raw`(?:${NUM})(?:\s*${SCALE_WORD})?`;
const CURRENCY = String.raw`(?:тенге|теңге|тг\.?|kzt|tenge|₸)`;
const AFTER = new RegExp(String.raw`(?<![\d.,])((?:${GROUP})(?:\s+(?:${GROUP}))*)\s*${CURRENCY}(?![a-zа-я])`, 'g');
const BEFORE = new RegExp(String.raw`(?:kzt|₸)\s*((?:${GROUP})(?:\s+(?:${GROUP}))*)`, 'g');
const GROUP_RE = new RegExp(String.raw`(${NUM})(?:\s*(${SCALE_WORD}))?`, 'g');

function parseNumber(raw: string, scaled: boolean): number {
  const s = raw.replace(/[ \u00a0]/g, '');
  // `1,000,000` or `1.000.000`: thousands separators; `1,29` or `16.4`: a decimal fraction.
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(s) && !scaled) return Number(s.replace(/[.,]/g, ''));
  const parts = s.split(/[.,]/);
  if (parts.length > 2) return Number(parts.join(''));
  return Number(parts.join('.'));
}

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  for (const [re, value] of SCALES) if (re.test(word)) return value;
  return 1;
}

function parseAmount(expr: string): number | undefined {
  let total = 0;
  let lastScale = Infinity;
  for (const g of expr.matchAll(GROUP_RE)) {
    const scale = scaleOf(g[2]);
    // `25 млн 700 тыс.` adds up; a second number of the same or larger scale starts another amount.
    if (scale >= lastScale && total > 0) break;
    total += parseNumber(g[1]!, scale > 1) * scale;
    lastScale = scale;
  }
  if (!Number.isFinite(total) || total <= 0) return undefined;
  return Math.round(total);
}

/** Amounts in tenge found in normalised text, in order, without duplicates. */
export function findAmountsKzt(text: string): number[] {
  const found: Array<{ at: number; value: number }> = [];
  for (const re of [AFTER, BEFORE]) {
    for (const m of text.matchAll(re)) {
      const value = parseAmount(m[1]!);
      if (value !== undefined && value >= 10) found.push({ at: m.index, value });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const out: number[] = [];
  for (const f of found) if (!out.includes(f.value)) out.push(f.value);
  return out;
}
