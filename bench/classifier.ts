// Matcher throughput: one Aho–Corasick automaton vs one RegExp per term, on generated Russian-like
// news text, with the real rules and with 1,000 and 10,000 synthetic stems; then the whole classifier
// on item-sized texts beside normalisation alone. Prints a table, then one JSON line.
// Run: node --import tsx bench/classifier.ts [--mb 8] [--runs 5] [--items 3000]
import { createClassifier, compileRules } from '../shared/classify/classifier';
import { compileMatcher, parseTerm, type MatcherTerm } from '../shared/classify/matcher';
import { normalizeText } from '../shared/classify/normalize';
import { defaultRules } from '../shared/classify/rules/index';
import { mulberry32 } from '../test/support/seeded-random';

const args = process.argv.slice(2);
const argNumber = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const TARGET_MB = argNumber('--mb', 8);
const RUNS = argNumber('--runs', 5);
const ITEMS = argNumber('--items', 3000);

// Deterministic PRNG (mulberry32) so every run scans the same text.
const rand = mulberry32(20261128);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

// Frequent words of Russian news, so the automaton sees realistic prefixes of real terms.
const NEWS_WORDS = ('в и на по с что не о за как из к для это от при его года также был была были будет суд журналист журналиста журналисты ' +
  'редакции газеты сайт полиция задержали задержан области города Алматы Астане министерство информации закона закон депутаты ' +
  'заявил сообщил сообщает передает корреспондент отметил отношении дела дело уголовное административное штраф тенге миллионов ' +
  'тысяч решение проекта развития компании государственной казахстанцев Казахстана республики президент правительства акимат ' +
  'жителей граждан время работы после более около однако которые который которая может нужно сегодня вчера года месяца неделе ' +
  'статьи кодекса информацию интернет сети социальных блогер активист пост публикации видео заявление прокуратура следствие').split(' ');
const SYLLABLES = 'ба ва га да жа за ка ла ма на па ра са та фа ха ча ша бе ве ге де же зе ке ле ме не пе ре се те ни ри ти ли ки ви ми ди ко ло мо но по ро со то ку лу му ну ру су ту ск ст пр тр кр гр зд вл ств ов ев ин ен ан он ий ый ая ое ые ого ему'.split(' ');
const ENDINGS = ['', 'а', 'у', 'ом', 'ы', 'ов', 'ами', 'ах', 'е', 'ой', 'ий', 'ая', 'ые', 'ого', 'ть', 'ли', 'ет', 'ют'];

function syntheticWord(): string {
  const n = 1 + Math.floor(rand() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += pick(SYLLABLES);
  return w + pick(ENDINGS);
}

function generateText(targetBytes: number): string {
  const parts: string[] = [];
  let bytes = 0;
  let sentence = 0;
  while (bytes < targetBytes) {
    let word = rand() < 0.6 ? pick(NEWS_WORDS) : syntheticWord();
    if (sentence === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
    if (rand() < 0.03) word = String(Math.floor(rand() * 3000));
    sentence++;
    let sep = ' ';
    const r = rand();
    if (sentence > 8 && r < 0.12) {
      sep = rand() < 0.15 ? '.\n' : '. ';
      sentence = 0;
    } else if (r < 0.2) sep = ', ';
    else if (r < 0.21) sep = ' – ';
    parts.push(word, sep);
    bytes += Buffer.byteLength(word) + sep.length;
  }
  return parts.join('');
}

function syntheticStems(count: number, seed: number): MatcherTerm[] {
  const r = mulberry32(seed);
  const seen = new Set<string>();
  const out: MatcherTerm[] = [];
  while (out.length < count) {
    const n = 2 + Math.floor(r() * 3);
    let stem = '';
    for (let i = 0; i < n; i++) stem += SYLLABLES[Math.floor(r() * SYLLABLES.length)]!;
    if (seen.has(stem)) continue;
    seen.add(stem);
    out.push({ text: stem, boundaryStart: true, boundaryEnd: r() < 0.2 });
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * CPU time of the process (user + system), not wall time: the benchmark runs on machines shared with
 * test suites, and wall time would measure the neighbours. One thread, so this is per core.
 */
function timeMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The per-rule baseline: one RegExp per term, run over the text in a loop. */
function regexpBaseline(terms: readonly MatcherTerm[]): (text: string) => number {
  const res = terms.map(
    (t) => new RegExp(`${t.boundaryStart ? '(?<![\\p{L}\\p{N}])' : ''}${escapeRegExp(t.text)}${t.boundaryEnd ? '(?![\\p{L}\\p{N}])' : ''}`, 'gu'),
  );
  return (text) => {
    let count = 0;
    for (const re of res) {
      re.lastIndex = 0;
      while (re.exec(text)) count++;
    }
    return count;
  };
}

const raw = generateText(TARGET_MB * 1024 * 1024);
const rawBytes = Buffer.byteLength(raw);
const norm = normalizeText(raw, { latinKazakh: false }).text;
const MB = rawBytes / (1024 * 1024);

const realTerms = compileRules(defaultRules).matcher.terms;
const sets: Array<{ name: string; terms: MatcherTerm[] }> = [
  { name: 'real rules', terms: [...realTerms] },
  { name: '1k stems', terms: [...realTerms, ...syntheticStems(1000, 1)] },
  { name: '10k stems', terms: [...realTerms, ...syntheticStems(10000, 2)] },
];

interface Row {
  set: string;
  terms: number;
  states: number;
  compileMs: number;
  matches: number;
  automatonMBs: number;
  regexpMBs: number;
  speedup: number;
}
const rows: Row[] = [];
// Compile every matcher first, then time them round-robin: on a shared machine the neighbours' load
// changes from second to second, and interleaving spreads it evenly over the three term sets.
const compiled = sets.map((set) => {
  let matcher!: ReturnType<typeof compileMatcher>;
  const compileMs = timeMs(() => (matcher = compileMatcher(set.terms)));
  const matches = matcher.scan(norm); // also the warm-up
  return { set, matcher, compileMs, matches, times: [] as number[] };
});
for (let i = 0; i < RUNS; i++) for (const c of compiled) c.times.push(timeMs(() => c.matcher.scan(norm)));
for (const { set, matcher, compileMs, matches, times } of compiled) {
  const automatonMBs = MB / (median(times) / 1000);

  // The baseline is slow: measure it on a slice sized to keep each run around a second.
  const sliceChars = Math.min(norm.length, Math.max(10_000, Math.floor(2e8 / set.terms.length / 40)));
  const slice = norm.slice(0, sliceChars);
  const sliceMB = Buffer.byteLength(slice) / (1024 * 1024);
  const baseline = regexpBaseline(set.terms);
  baseline(slice.slice(0, 2000));
  const btimes: number[] = [];
  for (let i = 0; i < (set.terms.length > 5000 ? 1 : 3); i++) btimes.push(timeMs(() => baseline(slice)));
  const regexpMBs = sliceMB / (median(btimes) / 1000);
  rows.push({ set: set.name, terms: set.terms.length, states: matcher.stateCount, compileMs, matches, automatonMBs, regexpMBs, speedup: automatonMBs / regexpMBs });
}

// The whole classifier on item-sized texts (a headline and 300 to 3,000 chars, as ingest stores them) in
// the scripts the monitoring sees: Russian, Kazakh in Cyrillic, Latin (2018, 2021, informal) and Arabic
// script, and English. Normalisation alone (markup, case, transliteration) is timed on the same items in
// the same rounds, so the ratio between them tells what the rules cost on top of reading the text.
const KK_WORDS = ('және мен бен пен үшін туралы бойынша деп осы бұл жылы қаласы облысы тілші журналист блогер сот полиция әкімдік министрлік ' +
  'айыппұл ұсталды жауапқа тартылды жазбасы әлеуметтік желідегі ақпарат жалған хабарлады мәлімдеді қоғам мемлекет жаңа заң жобасы ' +
  'депутаттар талқылады бүгін кеше өтті болды келді айтты шешім қабылдады тұрғындар халық мектеп аурухана жол құрылыс бағдарлама').split(' ');
const EN_WORDS = ('the of and to in a is was for on that with by as at from court police journalist editor said reported ministry ' +
  'government city region new law draft bill people year month week today after before more than also which who has have been').split(' ');
const LATIN_2018: Record<string, string> = { ә: 'á', ғ: 'ǵ', қ: 'q', ң: 'ń', ө: 'ó', ұ: 'u', ү: 'ú', у: 'ý', ы: 'y', і: 'i', и: 'ı', й: 'ı', ш: 'sh', ч: 'ch', ж: 'j' };
const LATIN_2021: Record<string, string> = { ә: 'ä', ғ: 'ğ', қ: 'q', ң: 'ñ', ө: 'ö', ұ: 'ū', ү: 'ü', у: 'u', ы: 'ı', і: 'i', и: 'i', й: 'y', ш: 'ş', ч: 'ç', ж: 'j' };
const LATIN_ASCII: Record<string, string> = { ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', у: 'u', ы: 'y', і: 'i', и: 'i', й: 'i', ш: 'sh', ч: 'ch', ж: 'zh' };
const BASIC: Record<string, string> = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ф: 'f', х: 'h', ц: 'c', я: 'ia', ю: 'iu' };
const ARABIC: Record<string, string> = { а: 'ا', ә: 'ا', б: 'ب', в: 'ۆ', г: 'گ', ғ: 'ع', д: 'د', е: 'ە', ж: 'ج', з: 'ز', и: 'ي', й: 'ي', к: 'ك', қ: 'ق', л: 'ل', м: 'م', н: 'ن', ң: 'ڭ', о: 'و', ө: 'و', п: 'پ', р: 'ر', с: 'س', т: 'ت', у: 'ۋ', ұ: 'ۇ', ү: 'ۇ', ф: 'ف', х: 'ح', һ: 'ھ', ч: 'چ', ш: 'ش', ы: 'ى', і: 'ى' };
const spell = (text: string, table: Record<string, string>): string => [...text].map((ch) => table[ch] ?? BASIC[ch] ?? ch).join('');

function itemText(words: readonly string[], chars: number): string {
  const out: string[] = [];
  let length = 0;
  let sentence = 0;
  while (length < chars) {
    let word = pick(words);
    if (sentence === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
    sentence++;
    const end = sentence > 6 && rand() < 0.15;
    if (end) sentence = 0;
    out.push(word, end ? '. ' : ' ');
    length += word.length + 1;
  }
  return out.join('').trim();
}

type Script = 'ru' | 'kk' | 'kk-2018' | 'kk-2021' | 'kk-ascii' | 'kk-arabic' | 'en';
const MIX: Array<[Script, number]> = [['ru', 0.45], ['kk', 0.2], ['kk-2018', 0.08], ['kk-2021', 0.05], ['kk-ascii', 0.05], ['kk-arabic', 0.02], ['en', 0.15]];
function makeItem(): { title: string; text: string; script: Script } {
  let r = rand();
  const script = MIX.find(([, share]) => (r -= share) < 0)?.[0] ?? 'ru';
  const chars = 300 + Math.floor(rand() * 2700);
  const words = script === 'ru' ? NEWS_WORDS : script === 'en' ? EN_WORDS : KK_WORDS;
  let title = itemText(words, 60);
  let text = itemText(words, chars);
  const table = { 'kk-2018': LATIN_2018, 'kk-2021': LATIN_2021, 'kk-ascii': LATIN_ASCII, 'kk-arabic': ARABIC }[script as string];
  if (table) {
    title = spell(title.toLowerCase(), table);
    text = spell(text.toLowerCase(), table);
  }
  return { title, text, script };
}
const items = Array.from({ length: ITEMS }, makeItem);
const itemBytes = items.reduce((n, it) => n + Buffer.byteLength(it.text) + Buffer.byteLength(it.title), 0);
const classify = createClassifier();
classify(items[0]!);
const normalizeMs: number[] = [];
const classifyMs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  normalizeMs.push(timeMs(() => items.forEach((it) => (normalizeText(it.title), normalizeText(it.text)))));
  classifyMs.push(timeMs(() => items.forEach((it) => classify(it))));
}
const normalizeItemsPerSecond = items.length / (median(normalizeMs) / 1000);
const classifyItemsPerSecond = items.length / (median(classifyMs) / 1000);
const normalizeMBs = itemBytes / 1048576 / (median(normalizeMs) / 1000);
const flaggedShare = items.filter((it) => classify(it).flagged).length / items.length;

const pad = (s: string | number, n: number): string => String(s).padStart(n);
console.log(`text: ${MB.toFixed(1)} MB UTF-8 (${norm.length.toLocaleString('en')} chars) of generated Russian-like news, median of ${RUNS} runs, CPU time of one core`);
console.log(`${'term set'.padEnd(12)}${pad('terms', 8)}${pad('states', 9)}${pad('compile ms', 12)}${pad('matches', 11)}${pad('automaton MB/s', 16)}${pad('RegExp MB/s', 13)}${pad('speed-up', 10)}`);
for (const r of rows) {
  console.log(
    `${r.set.padEnd(12)}${pad(r.terms, 8)}${pad(r.states, 9)}${pad(r.compileMs.toFixed(0), 12)}${pad(r.matches, 11)}${pad(r.automatonMBs.toFixed(1), 16)}${pad(r.regexpMBs.toFixed(2), 13)}${pad(`${r.speedup.toFixed(0)}×`, 10)}`,
  );
}
const at1k = rows[1]!;
const at10k = rows[2]!;
const slowdown = at1k.automatonMBs / at10k.automatonMBs;
console.log(`10k vs 1k terms: ${slowdown.toFixed(2)}× slower (target ≤ 1.5×); 1k terms: ${at1k.automatonMBs.toFixed(0)} MB/s (target ≥ 150)`);
console.log(
  `${items.length} item-sized texts (${(itemBytes / items.length / 1024).toFixed(1)} KB each; ru, kk in Cyrillic, Latin and Arabic script, en): ` +
    `normalisation alone ${normalizeItemsPerSecond.toFixed(0)} items/s (${normalizeMBs.toFixed(1)} MB/s); whole classifier ${classifyItemsPerSecond.toFixed(0)} items/s ` +
    `(${(classifyItemsPerSecond / normalizeItemsPerSecond).toFixed(2)}× normalisation's rate; ${(flaggedShare * 100).toFixed(0)}% flagged)`,
);
console.log(
  JSON.stringify({
    textMB: Math.round(MB * 100) / 100,
    runs: RUNS,
    realRules: { terms: rows[0]!.terms, automatonMBs: Math.round(rows[0]!.automatonMBs), regexpMBs: Math.round(rows[0]!.regexpMBs * 100) / 100 },
    terms1k: { terms: at1k.terms, automatonMBs: Math.round(at1k.automatonMBs), regexpMBs: Math.round(at1k.regexpMBs * 100) / 100, speedup: Math.round(at1k.speedup) },
    terms10k: { terms: at10k.terms, automatonMBs: Math.round(at10k.automatonMBs), regexpMBs: Math.round(at10k.regexpMBs * 100) / 100, speedup: Math.round(at10k.speedup) },
    slowdown10kVs1k: Math.round(slowdown * 100) / 100,
    meets150MBs: at1k.automatonMBs >= 150,
    meetsRatio15: slowdown <= 1.5,
    normalizeMBs: Math.round(normalizeMBs),
    normalizeItemsPerSecond: Math.round(normalizeItemsPerSecond),
    classifyItemsPerSecond: Math.round(classifyItemsPerSecond),
    classifyVsNormalize: Math.round((classifyItemsPerSecond / normalizeItemsPerSecond) * 1000) / 1000,
  }),
);
